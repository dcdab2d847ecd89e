import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { parseVerifyArgs, toInputs } from '../../src/cli/verify-inputs.js';
import { characterName, unsafeCharacterIn } from '../../src/core/provenance/index.js';
import { GITHUB_HOSTED, NPM } from '../support/fixtures.js';

const now = new Date('2026-11-25T00:00:00Z');
const TGZ = NPM('playwright-cli-0.1.1.tgz');
const BUNDLE = NPM('playwright-cli-0.1.1.provenance.sigstore.json');
const COMMIT = 'd1c6d1113932ddcee243e8b111b6d4aea553df20';
const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;
const dir = mkdtempSync(join(tmpdir(), 'pg-cli-flags-'));
const output = (result: { stdout: string; stderr?: string }) => `${result.stdout}${result.stderr ?? ''}`;

describe("verify in gh's vocabulary", () => {
  const GH_WORDS = [
    ...['verify', TGZ, '--bundle', BUNDLE, '--repo', 'microsoft/playwright-cli'],
    ...['--source-ref', 'refs/tags/v0.1.1', '--source-digest', COMMIT, '--offline'],
  ];

  it('verifies with a positional FILE, --repo, --bundle, --source-ref refs/tags/X and --format json', async () => {
    const result = await runCli([...GH_WORDS, '--format', 'json'], now);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      verified: true,
      source_repo: 'microsoft/playwright-cli',
      source_ref: 'refs/tags/v0.1.1',
      source_commit: COMMIT,
    });
  });

  it('reads each old name into the same field as its gh name', () => {
    const gh = toInputs(parseVerifyArgs(GH_WORDS.slice(1)));
    const old = toInputs(
      parseVerifyArgs([
        ...['--artifact', TGZ, '--provenance', BUNDLE, '--expected-source-repo', 'microsoft/playwright-cli'],
        ...['--tag', 'v0.1.1', '--commit', COMMIT, '--offline'],
      ]),
    );
    expect(gh).toEqual(old);
    expect(gh).toMatchObject({ tag: 'v0.1.1', commit: COMMIT, provenance: BUNDLE, artifacts: [TGZ] });
  });

  it.each([
    [
      ['--repo', 'a/b', '--expected-source-repo', 'c/d'],
      /--repo and --expected-source-repo are the same flag/,
    ],
    [['--source-ref', 'v1', '--tag', 'v2'], /--source-ref and --tag are the same flag/],
    [['--source-ref', 'refs/heads/main'], /--source-ref refs\/heads\/main is not a tag/],
    [['--format', 'yaml'], /--format yaml is not one of text, json, line/],
    [['--json', '--format', 'line'], /--json and --format line ask for different outputs/],
  ])('refuses %j as a usage error', async (extra, message) => {
    const result = await runCli(['verify', TGZ, '--bundle', BUNDLE, '--owner', 'microsoft', ...extra], now);
    expect(result.exitCode).toBe(2);
    expect(output(result)).toMatch(message);
  });

  it('accepts an alias and its primary name given the same value', () => {
    const args = parseVerifyArgs([TGZ, '--repo', 'a/b', '--expected-source-repo', 'a/b', '--bundle', BUNDLE]);
    expect(toInputs(args).expectedSourceRepo).toBe('a/b');
  });

  it('maps --signer-workflow onto the builder ID pin, any tagged version without @REF', () => {
    const pin = (workflow: string, ...extra: string[]) =>
      toInputs(parseVerifyArgs([TGZ, '--owner', 'o', '--signer-workflow', workflow, ...extra]))
        .expectedBuilderIds;
    expect(pin('o/n/.github/workflows/release.yml')).toEqual([
      'https://github.com/o/n/.github/workflows/release.yml',
    ]);
    expect(pin('ghe.example.com/o/n/.github/workflows/r.yml@refs/tags/v1')).toEqual([
      'https://ghe.example.com/o/n/.github/workflows/r.yml@refs/tags/v1',
    ]);
    expect(pin('o/n/.github/workflows/r.yml', '--github-server-url', 'https://ghe.example')).toEqual([
      'https://ghe.example/o/n/.github/workflows/r.yml',
    ]);
    expect(() => pin('release.yml')).toThrow(/--signer-workflow release\.yml is not OWNER\/NAME\/\.github/);
    expect(() => pin('o/n/.github/workflows/r.yml', '--expected-builder-id', GITHUB_HOSTED)).toThrow(
      /both pin the builder/,
    );
  });

  it('without --bundle or --release passes a lookup by digest, with --registry and --bundle-out', () => {
    const inputs = toInputs(
      parseVerifyArgs([
        TGZ,
        '--owner',
        'acme',
        '--registry',
        'https://registry.npmjs.org',
        '--bundle-out',
        dir,
      ]),
    );
    expect(inputs).toMatchObject({
      provenance: '',
      lookup: { repo: null, owner: 'acme', registry: 'https://registry.npmjs.org' },
      bundleOut: dir,
    });
    expect(toInputs(parseVerifyArgs([TGZ, '--owner', 'acme', '--bundle', BUNDLE])).lookup).toBeNull();
  });

  it.each([['-v'], ['--version']])('%s prints the version', async (flag) => {
    expect(await runCli([flag])).toEqual({ exitCode: 0, stdout: `provenance-guard ${version}` });
  });

  it('kpi flush takes --kpi-spool as kpi dashboard does, and still --spool', async () => {
    for (const spelling of ['--kpi-spool', '--spool']) {
      const result = await runCli(['kpi', 'flush', spelling, join(dir, 'none.jsonl')], now);
      expect(output(result)).toMatch(/--supabase-url \(or SUPABASE_URL\) must not be empty/);
    }
  });
});

describe('--format line', () => {
  const PINNED = [TGZ, '--bundle', BUNDLE, '--repo', 'microsoft/playwright-cli', '--offline'];

  it('prints PASSED FILE BUILDER SOURCE@REF for a verified artifact', async () => {
    const result = await runCli(['verify', ...PINNED, '--format', 'line'], now);
    expect(result).toEqual({
      exitCode: 0,
      stdout: `PASSED ${TGZ} ${GITHUB_HOSTED} microsoft/playwright-cli@refs/tags/v0.1.1`,
    });
  });

  it('prints FAILED FILE CODE: one sentence for a rejected one', async () => {
    const result = await runCli(['verify', ...PINNED, '--source-ref', 'v0.1.2', '--format', 'line'], now);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe(
      `FAILED ${TGZ} tag_mismatch: source_ref expected refs/tags/v0.1.2, got refs/tags/v0.1.1`,
    );
  });

  it('prints UNDECIDED FILE CODE: one sentence when nothing could be decided', async () => {
    const notARoot = join(dir, 'not-a-root.json');
    writeFileSync(notARoot, '{"mediaType": "not a trusted root"}');
    const args = [TGZ, '--bundle', BUNDLE, '--repo', 'microsoft/playwright-cli'];
    const result = await runCli(
      ['verify', ...args, '--custom-trusted-root', notARoot, '--format', 'line'],
      now,
    );
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toMatch(new RegExp(`^UNDECIDED ${TGZ} trust_root_unavailable: [^\\n]+$`));
  });
});

describe('input errors that name the character', () => {
  it.each([
    ['a zero-width space', 'https:\u200b//x', '--cert-identity', 'U+200B ZERO WIDTH SPACE at position 7'],
    ['a tab', 'micro\tsoft', '--owner', 'U+0009 CHARACTER TABULATION at position 6'],
    ['a trailing newline', 'microsoft/playwright-cli\n', '--repo', 'U+000A LINE FEED at position 25'],
  ])('refuses %s, naming flag, character and position', async (_label, value, flag, named) => {
    const result = await runCli(['verify', TGZ, '--bundle', BUNDLE, flag, value], now);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(
      `error [input_invalid]: ${flag}: ${named} — copied from a job summary? Remove it and try again`,
    );
  });

  it('names a character outside the table by its code point alone', () => {
    expect(characterName(0xe0001)).toBe('U+E0001');
    expect(unsafeCharacterIn('a\u{e0001}')).toBe('U+E0001 at position 2');
    expect(unsafeCharacterIn('plain')).toBeNull();
  });

  it('policy lint says the allowed range of slsa-level and lists every problem', async () => {
    const path = join(dir, 'policy.yml');
    writeFileSync(path, 'version: 1\nartifacts:\n  - match: "*.tgz"\n    slsa-level: 5\n    runner: mine\n');
    const result = await runCli(['policy', 'lint', path], now);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      `${path}: artifacts.0.slsa-level: must be one of 1, 2, 3 (the allowed range is 1–3)`,
    );
    expect(result.stdout).toContain(`${path}: artifacts.0.runner: must be one of "github-hosted", "any"`);
  });

  it('kpi token lists every problem of its flags with what is allowed', async () => {
    const result = await runCli(['kpi', 'token', 'create', '--repository', 'acme', '--days', '400'], now);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('--repository must be OWNER/NAME');
    expect(result.stderr).toContain('--days (1 to 366) must be at most 366');
    expect(result.stderr).toContain('--db-url (or SUPABASE_DB_URL) must not be empty');
  });
});

describe('manifest, kpi report and kpi dashboard', () => {
  const manifest = readFileSync('examples/manifest.json', 'utf8');
  const tree = join(dir, 'tree');
  mkdirSync(join(tree, 'a'), { recursive: true });
  mkdirSync(join(tree, 'b', 'c'), { recursive: true });
  writeFileSync(join(tree, 'a', 'manifest.json'), manifest);
  writeFileSync(join(tree, 'b', 'c', 'manifest.json'), manifest);
  writeFileSync(join(tree, 'b', 'notes.json'), '{}');

  it('manifest show takes several files, and a folder for every manifest.json below it', async () => {
    const result = await runCli(['manifest', 'show', tree, '--json'], now);
    expect(result.exitCode).toBe(0);
    const { files } = JSON.parse(result.stdout) as { files: { path: string }[] };
    expect(files.map((f) => f.path)).toEqual([
      join(tree, 'a', 'manifest.json'),
      join(tree, 'b', 'c', 'manifest.json'),
    ]);
    const text = await runCli(
      ['manifest', 'show', join(tree, 'a', 'manifest.json'), 'examples/manifest.json'],
      now,
    );
    expect(text.stdout).toContain(`== examples/manifest.json ==`);
  });

  it('manifest lint reports every file of a folder, each violation with its file', async () => {
    const broken = join(dir, 'broken');
    mkdirSync(join(broken, 'x'), { recursive: true });
    writeFileSync(join(broken, 'manifest.json'), '{"schema_version":1,"entries":[{"tag":"v1","run_id":1}]}');
    writeFileSync(
      join(broken, 'x', 'manifest.json'),
      '{"schema_version":1,"entries":[{"tag":"v2","run_id":2}]}',
    );
    const result = await runCli(['manifest', 'lint', broken, '--repository', 'o/r', '--json'], now);
    expect(result.exitCode).toBe(1);
    const { ok, files } = JSON.parse(result.stdout) as {
      ok: boolean;
      files: { path: string; violations: { tag: string }[] }[];
    };
    expect(ok).toBe(false);
    expect(files.map((f) => [f.path, f.violations[0]?.tag])).toEqual([
      [join(broken, 'manifest.json'), 'v1'],
      [join(broken, 'x', 'manifest.json'), 'v2'],
    ]);
    expect(files.every((f) => f.violations.length > 10)).toBe(true);
  });

  it('kpi report against a refused connection is an operational failure, not a bad input', async () => {
    const result = await runCli(['kpi', 'report', '--db-url', 'postgres://kpi:pw@127.0.0.1:1/postgres'], now);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^error \[kpi_ingest_failed\]: cannot read the KPI views/);
  });

  it('kpi dashboard without --out says --out DIR is required', async () => {
    const result = await runCli(['kpi', 'dashboard'], now);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^error \[input_invalid\]: --out DIR is required\n/);
  });
});

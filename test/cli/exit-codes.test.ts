import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, exitCodeFor } from '../../src/cli/exit.js';
import { runCli } from '../../src/cli/main.js';
import { MAX_PROVENANCE_BYTES, toVerifyRequest, verifyProvenance } from '../../src/commands/verify/index.js';
import { FAILURE_CODES, OPERATIONAL_CODES } from '../../src/core/errors/index.js';
import { failed, rejectedBeforeVerification } from '../../src/core/policy/index.js';
import { renderVerdictTable, toVerdictJson } from '../../src/core/report/index.js';
import { GITHUB_HOSTED, NPM } from '../support/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'pg-exit-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const emptyObject = file('empty-object.json', '{}');
const emptyFile = file('empty.json', '');
const notARoot = file('not-a-root.json', '{"mediaType": "not a trusted root"}');
const directory = join(dir, 'a-directory');
mkdirSync(directory);
// Sparse: over the cap on disk without writing 33 MiB.
const oversized = file('oversized.sigstore.json', '');
truncateSync(oversized, MAX_PROVENANCE_BYTES + 1);

const BUNDLE = NPM('playwright-cli-0.1.1.provenance.sigstore.json');
const PIN = [
  '--artifact',
  NPM('playwright-cli-0.1.1.tgz'),
  '--expected-builder-id',
  GITHUB_HOSTED,
  '--expected-source-repo',
  'microsoft/playwright-cli',
];
const verify = (...args: string[]) => ['verify', ...PIN, ...args];
const now = new Date('2026-11-25T00:00:00Z');

/**
 * The exit status rule, as README's "The CLI" and `--help` state it:
 * 0 verified · 1 rejected (a policy or cryptographic check failed) · 2 could not decide.
 */
const TABLE: readonly (readonly [string, readonly string[], 0 | 1 | 2, RegExp])[] = [
  ['a verified release', verify('--provenance', BUNDLE, '--offline', '--tag', 'v0.1.1'), 0, /VERIFIED/],
  [
    'a policy check failed (another tag)',
    verify('--provenance', BUNDLE, '--offline', '--tag', 'v0.1.2'),
    1,
    /REJECTED \(tag_mismatch\)/,
  ],
  [
    'an identity check failed (another repository)',
    ['verify', ...PIN.slice(0, 4), '--expected-source-repo', 'acme/app', '--provenance', BUNDLE, '--offline'],
    1,
    /REJECTED \(source_mismatch\)/,
  ],
  [
    '`{}` as provenance',
    verify('--provenance', emptyObject, '--offline'),
    1,
    /REJECTED \(provenance_malformed\)[\s\S]*not a Sigstore bundle \(mediaType, verificationMaterial, dsseEnvelope\) nor a DSSE envelope/,
  ],
  ['no command', [], 2, /Usage/],
  [
    'an unknown flag',
    verify('--provenance', BUNDLE, '--offline', '--colour'),
    2,
    /\[input_invalid\].*Unknown option '--colour'/,
  ],
  [
    'a singular flag given twice',
    verify('--provenance', emptyObject, '--provenance', BUNDLE, '--offline'),
    2,
    /\[input_invalid\]: --provenance was given more than once/,
  ],
  [
    'a missing provenance file',
    verify('--provenance', join(dir, 'nope.json'), '--offline'),
    2,
    /\[attestation_missing\]: --provenance .*nope\.json: no such file/,
  ],
  [
    'an empty provenance file',
    verify('--provenance', emptyFile, '--offline'),
    2,
    /\[attestation_missing\]: --provenance .* is empty/,
  ],
  [
    'a directory as provenance',
    verify('--provenance', directory, '--offline'),
    2,
    /\[attestation_missing\]: --provenance .* is a directory, not a file/,
  ],
  [
    'a directory as artifact',
    ['verify', '--artifact', directory, ...PIN.slice(2), '--provenance', BUNDLE, '--offline'],
    2,
    /\[artifact_missing\]: --artifact .* is a directory/,
  ],
  [
    'a provenance file over 32 MiB',
    verify('--provenance', oversized, '--offline'),
    2,
    /\[attestation_missing\]: --provenance .* over the 32 MiB limit/,
  ],
  [
    'a --trusted-root that is not one',
    verify('--provenance', BUNDLE, '--trusted-root', notARoot),
    2,
    /UNDECIDED \(trust_root_unavailable\)/,
  ],
  [
    'an unreachable TUF mirror',
    verify(
      '--provenance',
      BUNDLE,
      '--tuf-mirror',
      'http://127.0.0.1:9',
      '--tuf-root',
      NPM('trusted_root.public-good.json'),
    ),
    2,
    /UNDECIDED \(trust_root_unavailable\)/,
  ],
];

describe('CLI exit status: 0 verified, 1 rejected, 2 could not decide', () => {
  it.each(TABLE)('%s → exit %i', async (_label, argv, exitCode, output) => {
    const result = await runCli(argv, now);
    const printed = `${result.stdout}${result.stderr ?? ''}`;
    expect(result.exitCode, printed).toBe(exitCode);
    expect(printed).toMatch(output);
    expect(printed).not.toMatch(/Invalid input|expected string, received|\n\s+at /);
  });

  it('refuses an oversized provenance file in the library path too, without reading it', async () => {
    const request = toVerifyRequest(
      {
        artifacts: [NPM('playwright-cli-0.1.1.tgz')],
        provenance: oversized,
        expectedBuilderIds: [],
        expectedSourceRepo: 'microsoft/playwright-cli',
        expectedOwner: null,
        denySelfHostedRunners: false,
        tag: null,
        commit: null,
        expectedSan: null,
        expectedRepositoryId: null,
        trust: { kind: 'embedded' },
        rekorUrl: null,
        requireAllSubjects: false,
        override: null,
      },
      (field) => field,
      now,
    );
    const before = process.memoryUsage().rss;
    const verdict = await verifyProvenance(request);
    expect(verdict.failureReason).toBe('provenance_malformed');
    expect(verdict.checks[0]?.actual).toMatch(/over the 32 MiB limit/);
    expect(process.memoryUsage().rss - before).toBeLessThan(MAX_PROVENANCE_BYTES);
  });

  it.each(TABLE.filter(([, argv]) => argv[0] === 'verify'))(
    '%s: the --json outcome is the exit status',
    async (_label, argv, exitCode) => {
      const result = await runCli([...argv, '--json'], now);
      expect(result.exitCode).toBe(exitCode);
      expect(EXIT[JSON.parse(result.stdout).outcome as keyof typeof EXIT]).toBe(exitCode);
    },
  );
});

describe('"could not decide" is never "rejected" (issue 23, case 10)', () => {
  const UNDECIDED = [
    'trust_root_unavailable',
    'artifact_missing',
    'artifact_retention_missing',
    ...OPERATIONAL_CODES,
  ];

  it.each(FAILURE_CODES)('%s: outcome, exit status and headline agree', (code) => {
    const verdict = rejectedBeforeVerification(failed('bundle', code, 'something', 'nothing'), 'sigstore-js');
    const outcome = UNDECIDED.includes(code) ? 'undecided' : 'rejected';
    expect(toVerdictJson(verdict)).toMatchObject({ verified: false, outcome });
    expect(exitCodeFor(verdict)).toBe(EXIT[outcome]);
    expect(renderVerdictTable(verdict, 'provenance-guard verify').split('\n')[0]).toBe(
      `provenance-guard verify: ${outcome.toUpperCase()} (${code})`,
    );
  });

  it('a --trusted-root that is not one: UNDECIDED, and the meaning and detail speak of the root given', async () => {
    const { stdout } = await runCli(verify('--provenance', BUNDLE, '--trusted-root', notARoot), now);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('provenance-guard verify: UNDECIDED (trust_root_unavailable)');
    expect(stdout).toContain(
      `\n                   actual:   ${notARoot} holds no certificate authority: not a Sigstore trusted root\n`,
    );
    expect(lines).toContain(
      'trust_root_unavailable: No Sigstore trusted root could be used: online TUF did not answer or did not verify, or the trusted root given could not be read as one.',
    );
    expect(stdout).not.toMatch(/REJECTED|no offline root/);
  });

  it('an unreachable TUF mirror: the detail names the mirror that did not answer', async () => {
    const { stdout } = await runCli(
      verify(
        '--provenance',
        BUNDLE,
        '--tuf-mirror',
        'http://127.0.0.1:9',
        '--tuf-root',
        NPM('trusted_root.public-good.json'),
      ),
      now,
    );
    expect(stdout.split('\n')[0]).toBe('provenance-guard verify: UNDECIDED (trust_root_unavailable)');
    expect(stdout).toMatch(/actual: {3}cannot fetch the trusted root from http:\/\/127\.0\.0\.1:9: /);
  });

  it.each([
    ['verify', verify('--provenance', join(dir, 'nope.json'), '--offline', '--json'), 'attestation_missing'],
    ['verify-vsa', ['verify-vsa', '--json'], 'input_invalid'],
  ])('%s: a usage error with --json is undecided too', async (_label, argv, code) => {
    const result = await runCli(argv, now);
    expect(result.exitCode).toBe(EXIT.undecided);
    expect(JSON.parse(result.stdout)).toMatchObject({
      verified: false,
      outcome: 'undecided',
      failure_reason: code,
    });
  });
});

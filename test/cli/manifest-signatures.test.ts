import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import {
  emptyManifest,
  serializeManifest,
  verdictDigest,
  type Manifest,
  type ManifestEntry,
} from '../../src/core/manifest/index.js';
import { startSigstoreInstance, type SigstoreTestInstance } from '../support/sigstore/index.js';
import {
  applyAll,
  entryIn,
  REPOSITORY,
  signedEvent,
  signedManifest,
  signEntry,
  validatedEvent,
  type SigningRun,
} from '../support/signed-verdict.js';

const dir = mkdtempSync(join(tmpdir(), 'pg-signed-verdicts-'));
const now = new Date('2026-12-20T00:00:00Z');
const AT = '2026-12-10T10:00:00.000Z';
let instance: SigstoreTestInstance;
let stranger: SigstoreTestInstance;
let rootPath: string;
let written = 0;

beforeAll(async () => {
  [instance, stranger] = await Promise.all([
    startSigstoreInstance('public-good'),
    startSigstoreInstance('public-good'),
  ]);
  rootPath = await instance.writeTrustedRoot(dir);
}, 60_000);
afterAll(() => Promise.all([instance.close(), stranger.close()]));

function file(manifest: Manifest): string {
  const path = join(dir, `manifest-${written++}.json`);
  writeFileSync(path, serializeManifest(manifest));
  return path;
}

interface LintAnswer {
  readonly exitCode: number;
  readonly ok: boolean;
  readonly rules: string[];
  readonly notices: string[];
  readonly messages: string[];
}

async function lint(head: Manifest, base: Manifest | null = null, ...flags: string[]): Promise<LintAnswer> {
  const args = ['manifest', 'lint', file(head), '--repository', REPOSITORY, '--trusted-root', rootPath];
  const result = await runCli([...args, ...(base ? ['--base', file(base)] : []), ...flags, '--json'], now);
  const json = JSON.parse(result.stdout) as {
    ok: boolean;
    violations: { rule: string; message: string }[];
    notices: { rule: string }[];
  };
  return {
    exitCode: result.exitCode,
    ok: json.ok,
    rules: json.violations.map((v) => v.rule),
    notices: json.notices.map((n) => n.rule),
    messages: json.violations.map((v) => v.message),
  };
}

/** `tag` run `runId` validated, its verdict signed by `run` (the right run unless told otherwise). */
async function signedBy(
  tag: string,
  runId: number,
  run: SigningRun,
  start = emptyManifest(),
): Promise<Manifest> {
  const validated = applyAll([validatedEvent(tag, runId, AT)], start);
  const entry = entryIn(validated, tag, runId);
  return applyAll([signedEvent(entry, await signEntry(instance, entry, run), AT)], validated);
}

/** `entry` copied under another tag and/or run id, signature and all. */
function copied(entry: ManifestEntry, tag: string, runId: number): ManifestEntry {
  return {
    ...entry,
    tag,
    run_id: runId,
    history: entry.history.map((step) => ({ ...step, run_id: runId })),
  };
}

describe('manifest lint: a verdict is vouched for by the signature of its own validate run', () => {
  it('passes an entry its own run signed, with no notice', async () => {
    const head = await signedManifest(instance, 'v1.4.1', 501, AT);
    expect(await lint(head, emptyManifest())).toMatchObject({
      exitCode: 0,
      ok: true,
      rules: [],
      notices: [],
    });
  });

  it('reports a forged success whose verdict_sha256 is recomputed but unsigned (verdict_unsigned)', async () => {
    const head = applyAll([validatedEvent('v1.5.0', 502, AT)]);
    expect((await lint(head, emptyManifest())).rules).toEqual(['verdict_unsigned']);
    // Without a base the date decides; a date after the cut-over is unsigned too.
    expect((await lint(head)).rules).toEqual(['verdict_unsigned']);
  });

  it('reports an unsigned verdict the base already held before the cut-over as a notice, not a violation', async () => {
    const legacy = applyAll([validatedEvent('v1.0.0', 400, '2026-03-10T10:00:00.000Z')]);
    expect(await lint(legacy, legacy)).toMatchObject({ ok: true, notices: ['verdict_unsigned'] });
    expect(await lint(legacy)).toMatchObject({ ok: true, notices: ['verdict_unsigned'] });
  });

  it('refuses an unsigned verdict a change adds, whatever old date it claims', async () => {
    const forged = applyAll([validatedEvent('v1.0.0', 400, '2026-03-10T10:00:00.000Z')]);
    expect((await lint(forged, emptyManifest())).rules).toEqual(['verdict_unsigned']);
  });

  it("refuses v1.4.1's signed entry copied as v1.5.0 (signed at another tag, tag, shared verdict)", async () => {
    const original = await signedManifest(instance, 'v1.4.1', 501, AT);
    const copy = copied(entryIn(original, 'v1.4.1', 501), 'v1.5.0', 601);
    const head = { ...original, entries: [...original.entries, copy] };
    const answer = await lint(head, original);
    expect(answer.rules.sort()).toEqual([
      'verdict_shared',
      'verdict_signer_mismatch',
      'verdict_tag_mismatch',
    ]);
  });

  it('refuses a signed entry copied to another run of the same tag (signature_replayed, shared)', async () => {
    const original = await signedManifest(instance, 'v1.4.1', 501, AT);
    const copy = copied(entryIn(original, 'v1.4.1', 501), 'v1.4.1', 777);
    const answer = await lint({ ...original, entries: [...original.entries, copy] }, original);
    expect(answer.rules.sort()).toEqual(['verdict_shared', 'verdict_signature_replayed']);
    expect(answer.messages.join('\n')).toContain('/actions/runs/501/attempts/1');
  });

  it.each<[string, SigningRun]>([
    ['another workflow of the repository', { workflow: '.github/workflows/scratch.yml' }],
    ['the validate workflow on a branch', { ref: 'refs/heads/scratch' }],
    ['the validate workflow at another tag', { ref: 'refs/tags/v0.0.1-scratch' }],
    ["another repository's validate workflow", { repository: 'mallory/widget' }],
    [
      'a certificate whose Build Signer URI is another workflow',
      { buildSignerUri: `https://github.com/${REPOSITORY}/.github/workflows/other.yml@refs/tags/v2.0.0` },
    ],
  ])('refuses a verdict signed by %s (verdict_signer_mismatch)', async (_what, run) => {
    expect((await lint(await signedBy('v2.0.0', 700, run), emptyManifest())).rules).toEqual([
      'verdict_signer_mismatch',
    ]);
  });

  it('accepts the default branch only when --default-branch names it', async () => {
    const head = await signedBy('v2.0.1', 701, { ref: 'refs/heads/main' });
    expect((await lint(head, emptyManifest())).rules).toEqual(['verdict_signer_mismatch']);
    expect((await lint(head, emptyManifest(), '--default-branch', 'main')).rules).toEqual([]);
  });

  it('refuses a signature made in another run or attempt than the step says (verdict_signature_replayed)', async () => {
    expect((await lint(await signedBy('v2.1.0', 800, { runId: 799 }), emptyManifest())).rules).toEqual([
      'verdict_signature_replayed',
    ]);
    const validated = applyAll([validatedEvent('v2.1.1', 801, AT)]);
    const entry = entryIn(validated, 'v2.1.1', 801);
    const bundle = await signEntry(instance, entry, { runAttempt: 2 });
    // Signed by attempt 2, recorded as attempt 1's signature.
    const head = applyAll([signedEvent(entry, bundle, AT, 1)], validated);
    expect((await lint(head, emptyManifest())).rules).toEqual(['verdict_signature_replayed']);
  });

  it('refuses a real signature of another verdict recorded with this verdict', async () => {
    const validated = applyAll([validatedEvent('v2.2.0', 900, AT)]);
    const entry = entryIn(validated, 'v2.2.0', 900);
    const other = {
      ...entry,
      verdict: { ...entry.verdict!, builder_id: 'https://example.com/other-builder' },
    };
    const head = applyAll([signedEvent(entry, await signEntry(instance, other), AT)], validated);
    const answer = await lint(head, emptyManifest());
    expect(answer.rules).toEqual(['verdict_signature_replayed']);
    expect(answer.messages[0]).toContain('not the verdict the entry holds');
  });

  it('refuses a bundle from an untrusted instance, and a bundle whose payload was edited (verdict_signature_invalid)', async () => {
    const validated = applyAll([validatedEvent('v2.3.0', 950, AT)]);
    const entry = entryIn(validated, 'v2.3.0', 950);
    const foreign = applyAll([signedEvent(entry, await signEntry(stranger, entry), AT)], validated);
    expect((await lint(foreign, emptyManifest())).rules).toEqual(['verdict_signature_invalid']);
    const bundle = (await signEntry(instance, entry)) as { dsseEnvelope: { payload: string } };
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString()) as {
      predicate: { run_id: number };
    };
    statement.predicate.run_id = 951;
    const edited = {
      ...bundle,
      dsseEnvelope: {
        ...bundle.dsseEnvelope,
        payload: Buffer.from(JSON.stringify(statement)).toString('base64'),
      },
    };
    const head = applyAll([signedEvent(entry, edited, AT)], validated);
    expect((await lint(head, emptyManifest())).rules).toEqual(['verdict_signature_invalid']);
  });

  it('refuses a bundle that is not a bundle, without crashing', async () => {
    const validated = applyAll([validatedEvent('v2.4.0', 960, AT)]);
    const entry = entryIn(validated, 'v2.4.0', 960);
    const head = applyAll(
      [signedEvent(entry, { mediaType: 'application/json', hello: 'world' }, AT)],
      validated,
    );
    expect((await lint(head, emptyManifest())).rules).toEqual(['verdict_signature_invalid']);
  });

  it('refuses a verdict whose source ref is not its tag (verdict_tag_mismatch)', async () => {
    const head = await signedManifest(instance, 'v3.0.0', 1000, AT);
    const entry = entryIn(head, 'v3.0.0', 1000);
    const moved = { ...entry, tag: 'v3.0.1' };
    expect((await lint({ ...head, entries: [moved] })).rules).toContain('verdict_tag_mismatch');
    expect(verdictDigest(entry.verdict!)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('manifest show marks a success no signature vouches for, given the repository', async () => {
    const signed = await signedManifest(instance, 'v4.0.0', 1100, AT);
    const forged = applyAll([validatedEvent('v4.0.1', 1101, AT)], signed);
    const args = ['manifest', 'show', file(forged), '--repository', REPOSITORY, '--trusted-root', rootPath];
    const shown = (await runCli(args, now)).stdout;
    expect(shown).toMatch(/^success\*\s+v4\.0\.1\s/m);
    expect(shown).toMatch(/^success\s+v4\.0\.0\s/m);
    expect(shown).toContain('* no signature of the validate workflow vouches for this verdict');
  });

  it('the dashboard counts a forged success as no pass, and says so', async () => {
    const signed = await signedManifest(instance, 'v4.1.0', 1200, AT);
    const forged = applyAll([validatedEvent('v4.1.1', 1201, AT)], signed);
    const out = join(dir, `site-${written}`);
    const args = ['kpi', 'dashboard', '--out', out, '--manifest', file(forged), '--from', '2026-12-01'];
    const result = await runCli([...args, '--repository', REPOSITORY, '--trusted-root', rootPath], now);
    expect(result.exitCode, result.stderr).toBe(0);
    const page = readFileSync(join(out, 'index.html'), 'utf8');
    expect(page).toContain('1 verdict no signature vouches for, not counted');
    // The forged success is neither a pass nor a validation; unchecked, it would be both.
    expect(page).toContain('1 of 1 validations');
    const unchecked = join(out, 'unchecked');
    delete process.env.GITHUB_REPOSITORY;
    await runCli(
      ['kpi', 'dashboard', '--out', unchecked, '--manifest', file(forged), '--from', '2026-12-01'],
      now,
    );
    expect(readFileSync(join(unchecked, 'index.html'), 'utf8')).toContain('2 of 2 validations');
  });

  it('needs the repository whose workflow signs (exit 2 without --repository)', async () => {
    const path = file(emptyManifest());
    const previous = process.env.GITHUB_REPOSITORY;
    delete process.env.GITHUB_REPOSITORY;
    try {
      const result = await runCli(['manifest', 'lint', path], now);
      expect(result.exitCode).toBe(2);
      expect(result.stdout + (result.stderr ?? '')).toContain('--repository');
    } finally {
      if (previous !== undefined) process.env.GITHUB_REPOSITORY = previous;
    }
  });
});

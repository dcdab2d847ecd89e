import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  applyEvent,
  emptyManifest,
  parseManifest,
  serializeManifest,
  type ManifestEvent,
} from '../../src/core/manifest/index.js';
import { startGitHubEmulator, type GitHubEmulator } from '../emulator/emulator.js';
import { startSigstoreInstance, type SigstoreTestInstance } from '../support/sigstore/index.js';
import { makeZip, makeZipSlip } from '../support/zip.js';
import { mintedRelease, TAG, WORKFLOW, type MintedRelease } from '../integration/minted-release.js';
import { actionEnvironment, captureStdout } from './validate-env.js';

const TOKEN = 'ghs_provenanceGuardTestToken0123456789';
const MANIFEST = 'docs/reports/2026-11-25/manifest.json';
let gh: GitHubEmulator;
let sigstore: SigstoreTestInstance;
let release: MintedRelease;
let bundlePath: string;
let run: (now?: Date) => Promise<void>;

beforeAll(async () => {
  gh = await startGitHubEmulator({
    tokens: { [TOKEN]: ['contents:write', 'actions:read', 'attestations:read'] },
  });
  process.env.GITHUB_API_URL = gh.url;
  delete process.env.GITHUB_SERVER_URL;
  ({ run } = await import('../../src/action/validate/main.js'));
  gh.state.repos.create('acme/widget');
  gh.state.workflows.add('acme/widget', { path: '.github/workflows/release.yml' });
  gh.state.git.createTag('acme/widget', TAG, { message: 'release v1.2.3' });
  const commit = gh.state.git.resolve('acme/widget', TAG)!.sha;
  sigstore = await startSigstoreInstance('public-good');
  release = await mintedRelease(sigstore, commit);
  bundlePath = release.write(
    'widget.sigstore.json',
    await sigstore.mint(release.statement(), release.identity),
  );
});
afterAll(async () => {
  await Promise.all([gh?.close(), sigstore?.close()]);
});

function runWithArtifact(zip: Buffer, options: { expiresAt?: Date } = {}): number {
  const created = gh.state.runs.create('acme/widget', 'release.yml', { ref: TAG });
  gh.state.artifacts.create('acme/widget', { runId: created.id, name: 'widget-binaries', zip, ...options });
  return created.id;
}
const artifactZip = () =>
  makeZip([{ name: 'widget-linux-amd64', content: readFileSync(release.artifactPath) }]);

function step(runId: number, inputs: Record<string, string> = {}) {
  return actionEnvironment(
    {
      GITHUB_REPOSITORY: 'acme/widget',
      GITHUB_RUN_ID: String(runId),
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_ACTOR: 'release-bot',
      PATH: '/usr/bin:/bin',
    },
    {
      tag: TAG,
      'artifact-name': 'widget-binaries',
      'provenance-path': bundlePath,
      'expected-builder-id': WORKFLOW,
      trust: release.trustedRootPath,
      'github-token': TOKEN,
      'manifest-path': MANIFEST,
      ...inputs,
    },
  );
}
const storedManifest = () =>
  parseManifest(gh.state.contents.read('acme/widget', MANIFEST)!.bytes.toString(), 'manifest');
const NOW = new Date('2026-11-25T12:00:00Z');

describe('the validate action end to end (emulator, the artifacts API, minted provenance)', () => {
  it('downloads by run id, resolves the annotated tag, verifies, records the manifest and writes evidence', async () => {
    const runId = runWithArtifact(await artifactZip());
    const env = step(runId);
    await run(NOW);
    const out = env.outputs();
    expect(process.exitCode, JSON.stringify(out)).toBeUndefined();
    expect(out).toMatchObject({
      verified: 'true',
      'failure-reason': '',
      verifier: 'sigstore-js',
      'source-commit': gh.state.git.resolve('acme/widget', TAG)!.sha,
    });
    expect(JSON.parse(out['manifest-entry']!)).toMatchObject({
      tag: TAG,
      run_id: runId,
      status: 'success',
      verified_at: NOW.toISOString(),
    });
    const stored = storedManifest().entries.find((e) => e.run_id === runId);
    expect(stored?.status).toBe('success');
    // What the job signs next: the recorded verdict of this entry, as this attempt.
    expect(JSON.parse(readFileSync(out['verdict-predicate-path']!, 'utf8'))).toEqual({
      tag: TAG,
      run_id: runId,
      run_attempt: 1,
      verdict: stored!.verdict,
    });
    expect(out['verdict-subject-name']).toBe(`provenance-guard-verdict:${TAG}@${runId}`);
    expect(out['verdict-subject-digest']).toBe(`sha256:${stored!.history.at(-1)!.verdict_sha256}`);
    const evidence = readFileSync(out['evidence-path']!, 'utf8');
    expect(evidence).not.toContain(TOKEN);
    expect(JSON.parse(evidence).verdict.verified).toBe(true);
    expect(readFileSync(`${out['evidence-path']}.sha256`, 'utf8')).toContain(out['evidence-sha256']);
    expect(env.summary()).toMatch(/```mermaid[\s\S]*artifact download \(run id\)[\s\S]*verified/);
    const kpis = readFileSync(out['kpi-spool']!, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(kpis.map((e) => [e.metric, e.value >= 0])).toEqual([
      ['security_ci.predicate_validation_pass_rate', true],
      ['metrics.lock_wait_seconds', true],
    ]);
    expect(kpis[0].value).toBe(1);
  });

  it('records the run once even when the step is re-run', async () => {
    const runId = runWithArtifact(await artifactZip());
    for (let i = 0; i < 2; i++) {
      step(runId);
      await run(NOW);
    }
    const entry = storedManifest().entries.find((e) => e.run_id === runId)!;
    expect(entry.history.filter((h) => h.event === 'validated')).toHaveLength(1);
  });

  it.each([
    [
      'an artifact that is not the attested one',
      async () => ({
        runId: runWithArtifact(await makeZip([{ name: 'widget-linux-amd64', content: 'tampered' }])),
      }),
      'subject_mismatch',
    ],
    [
      'a tag that does not exist',
      async () => ({ runId: runWithArtifact(await artifactZip()), inputs: { tag: 'v9.9.9' } }),
      'tag_mismatch',
    ],
    [
      'an expired artifact',
      async () => ({
        runId: runWithArtifact(await artifactZip(), { expiresAt: new Date(Date.now() - 1000) }),
      }),
      'artifact_retention_missing',
    ],
    [
      'a zip-slip archive',
      async () => ({ runId: runWithArtifact(await makeZipSlip('../../../evil')) }),
      'artifact_missing',
    ],
    [
      'no attestation for the digest',
      async () => ({
        runId: runWithArtifact(await artifactZip()),
        inputs: { 'provenance-path': '', 'provenance-source': 'attestations-api' },
      }),
      'attestation_missing',
    ],
    [
      'an unexpected builder',
      async () => ({
        runId: runWithArtifact(await artifactZip()),
        inputs: { 'expected-builder-id': 'https://github.com/acme/widget/.github/workflows/other.yml' },
      }),
      'builder_mismatch',
    ],
  ])('%s fails the step with its code and records the failure', async (_label, arrange, code) => {
    const { runId, inputs } = (await arrange()) as { runId: number; inputs?: Record<string, string> };
    const env = step(runId, inputs);
    const written = await captureStdout(() => run(NOW));
    expect(process.exitCode).toBe(1);
    expect(env.outputs()['failure-reason']).toBe(code);
    expect(written).toContain(`::error title=${code}%3A`);
    const tag = inputs?.tag ?? TAG;
    expect(storedManifest().entries.find((e) => e.run_id === runId && e.tag === tag)).toMatchObject({
      status: 'failure',
      failure_reason: code,
      requeue: true,
    });
  });

  it('404 three times then artifact_missing', async () => {
    const runId = runWithArtifact(await artifactZip());
    gh.faults.inject(
      { method: 'GET', path: `/repos/acme/widget/actions/runs/${runId}/artifacts` },
      { kind: 'status', status: 404 },
      3,
    );
    vi.useFakeTimers({ toFake: ['setTimeout'], shouldAdvanceTime: true, advanceTimeDelta: 1000 });
    try {
      const env = step(runId);
      await captureStdout(() => run(NOW));
      expect(env.outputs()['failure-reason']).toBe('artifact_missing');
    } finally {
      vi.useRealTimers();
    }
    expect(
      gh.requests.matching({ method: 'GET', path: `/repos/acme/widget/actions/runs/${runId}/artifacts` }),
    ).toHaveLength(3);
  });

  it('fetches provenance from the attestations API by digest', async () => {
    const runId = runWithArtifact(await artifactZip());
    gh.state.attestations.add(
      'acme/widget',
      `sha256:${release.digest}`,
      JSON.parse(readFileSync(bundlePath, 'utf8')),
    );
    const env = step(runId, { 'provenance-path': '', 'provenance-source': 'attestations-api' });
    await run(NOW);
    expect(env.outputs().verified).toBe('true');
    expect(env.summary()).toContain('GitHub attestations API');
  });

  it('pins this repository by its numeric ID (GITHUB_REPOSITORY_ID) unless another source repository is named', async () => {
    process.env.GITHUB_REPOSITORY_ID = '999999';
    try {
      const env = step(runWithArtifact(await artifactZip()));
      await captureStdout(() => run(NOW));
      expect(env.outputs()['failure-reason']).toBe('source_mismatch');
      const other = step(runWithArtifact(await artifactZip()), {
        'expected-source-repo': 'acme/widget-mirror',
      });
      await captureStdout(() => run(NOW));
      expect(
        JSON.parse(other.outputs().verdict!).checks.find((c: { name: string }) => c.name === 'repository_id')
          .status,
      ).toBe('skipped');
    } finally {
      delete process.env.GITHUB_REPOSITORY_ID;
    }
  });

  it('refuses a self-hosted runner by default', async () => {
    const selfHosted = await sigstore.mint(release.statement(), {
      ...release.identity,
      runnerEnvironment: 'self-hosted',
    });
    const path = release.write('self-hosted.sigstore.json', selfHosted);
    const env = step(runWithArtifact(await artifactZip()), { 'provenance-path': path });
    await captureStdout(() => run(NOW));
    expect(env.outputs()['failure-reason']).toBe('identity_mismatch');
    const allowed = step(runWithArtifact(await artifactZip()), {
      'provenance-path': path,
      'deny-self-hosted-runners': 'false',
    });
    await run(NOW);
    expect(allowed.outputs().verified).toBe('true');
  });

  it('tries every attestation for the digest: a decoy signed by another workflow does not reject the release', async () => {
    const other = WORKFLOW.replace('release.yml', 'other.yml');
    const decoy = await sigstore.mint(release.statement(), {
      ...release.identity,
      san: other,
      buildSignerUri: other,
    });
    const real = JSON.parse(readFileSync(bundlePath, 'utf8'));
    gh.state.attestations.add('acme/widget', `sha256:${release.digest}`, decoy);
    gh.state.attestations.add('acme/widget', `sha256:${release.digest}`, real);
    const runId = runWithArtifact(await artifactZip());
    const env = step(runId, { 'provenance-path': '', 'provenance-source': 'attestations-api' });
    await run(NOW);
    expect(env.outputs().verified).toBe('true');
    expect(JSON.parse(env.outputs().verdict!).attestation).toMatch(/attestation \d+ of \d+/);
  });

  it.each([
    ['both artifact-name and artifact-path', { 'artifact-path': 'dist/*' }, /exactly one of artifact-name/],
    ['no tag', { tag: '' }, /tag is required/],
    ['a bad commit', { 'commit-sha': 'xyz' }, /commit-sha must be a 40-hex-digit/],
  ])('refuses %s with input_invalid naming the input', async (_label, inputs, message) => {
    const env = step(1, inputs);
    const written = await captureStdout(() => run(NOW));
    expect(process.exitCode).toBe(1);
    expect(env.outputs()['failure-reason']).toBe('input_invalid');
    expect(written).toMatch(message);
  });
});

describe('slsa-verifier on PATH', () => {
  const fakeVerifier = (script: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-slsa-verifier-'));
    writeFileSync(join(dir, 'slsa-verifier'), `#!/bin/sh\n${script}\n`);
    chmodSync(join(dir, 'slsa-verifier'), 0o755);
    return `${dir}:/usr/bin:/bin`;
  };

  it.each([
    [
      'passes: both verifiers decide',
      'echo "PASSED: SLSA verification passed"; exit 0',
      'true',
      'slsa-verifier + sigstore-js',
      '',
    ],
    [
      'rejects: its rejection stands although ours accepts',
      'echo "FAILED: SLSA verification failed: mismatched artifact hash" >&2; exit 1',
      'false',
      'slsa-verifier + sigstore-js',
      'signature_invalid',
    ],
    // Its output echoes attacker-chosen names: text that looks environmental must not turn a rejection into a skip.
    [
      'rejects although its output reads like a network failure',
      'echo "widget-timeout: dial tcp: no such host, 503" >&2; exit 1',
      'false',
      'slsa-verifier + sigstore-js',
      'signature_invalid',
    ],
    [
      'crashes (exit 2, a Go panic): degraded to sigstore',
      'echo "panic: runtime error" >&2; exit 2',
      'true',
      'sigstore-js',
      '',
    ],
    ['killed by a signal: degraded to sigstore', 'kill -9 $$', 'true', 'sigstore-js', ''],
  ])('%s', async (_label, script, verified, verifier, reason) => {
    const runId = runWithArtifact(await artifactZip());
    const env = step(runId);
    process.env.PATH = fakeVerifier(script);
    const written = await captureStdout(() => run(NOW));
    expect(env.outputs()).toMatchObject({ verified, verifier, 'failure-reason': reason });
    if (reason) expect(written).toContain(`::error title=${reason}%3A slsa_verifier::`);
  });
});

describe('structured logs', () => {
  it('log-format json prints one JSON object per line with timestamp, level, tag, run id and event', async () => {
    const runId = runWithArtifact(await artifactZip());
    step(runId, { 'log-format': 'json' });
    const written = await captureStdout(() => run(NOW));
    const lines = written
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => l.event)).toEqual(
      expect.arrayContaining(['artifact_downloaded', 'verified', 'manifest_updated']),
    );
    for (const line of lines)
      expect(line).toMatchObject({ timestamp: expect.any(String), level: 'info', tag: TAG, run_id: runId });
    // The runner masks the token from its ::add-mask:: line on; nothing else may carry it.
    const logged = written.split('\n');
    expect(logged.filter((line) => line.includes(TOKEN))).toEqual([`::add-mask::${TOKEN}`]);
  });
});

describe('SLSA v0.2 passes only under an override granted in the manifest, never one the workflow declares', () => {
  let v02Path: string;
  beforeAll(async () => {
    v02Path = release.write(
      'v02.sigstore.json',
      await sigstore.mint(release.statementV02(), release.identity),
    );
    gh.state.collaborators.set('acme/widget', 'gov-maintainer', 'maintain');
    gh.state.collaborators.set('acme/widget', 'a-writer', 'write');
    gh.state.workflows.add('acme/widget', { path: '.github/workflows/provenance-rollback.yml' });
  });

  /** A governance workflow run, as GitHub records it: who dispatched it, from which branch, when. */
  const governanceRun = (
    actor: string,
    forRun: number,
    options: {
      event?: string;
      ref?: string;
      displayTitle?: string;
      createdAt?: Date;
      conclusion?: 'success' | 'failure';
    } = {},
  ) =>
    gh.state.runs.create('acme/widget', 'provenance-rollback.yml', {
      event: 'workflow_dispatch',
      actor,
      createdAt: new Date('2026-11-25T10:59:00Z'),
      updatedAt: new Date('2026-11-25T11:01:00Z'),
      // As the template's run-name gives it: the entry, and the expiry the grant was dispatched with.
      displayTitle: `override_grant ${TAG} run ${forRun} until 2026-11-28T00:00:00Z`,
      ...options,
    }).id;

  /** The entry of the release run as validate and the rollback action's override_grant leave it. */
  function seedEntry(
    runId: number,
    approver: string,
    expiresAt: string,
    revoked = false,
    grantedByRun: number | null = governanceRun(approver, runId),
  ) {
    const base = { tag: TAG, run_id: runId, run_attempt: 1, reason: null };
    const override = {
      reason: 'legacy line',
      approver,
      expires_at: expiresAt,
      ...(grantedByRun === null ? {} : { granted_by_run: grantedByRun }),
    };
    const events: ManifestEvent[] = [
      {
        ...base,
        event: 'failed',
        at: '2026-11-25T10:00:00.000Z',
        actor: 'release-bot',
        failure_reason: 'predicate_mismatch',
        artifact_url: null,
      },
      { ...base, event: 'override_granted', at: '2026-11-25T11:00:00.000Z', actor: approver, override },
      ...(revoked
        ? [
            {
              ...base,
              event: 'override_revoked',
              at: '2026-11-25T11:30:00.000Z',
              actor: approver,
            } as ManifestEvent,
          ]
        : []),
      // Recover requeues the failure and claims its rerun: the rerun's validate records its verdict.
      { ...base, event: 'requeued', at: '2026-11-25T11:40:00.000Z', actor: 'steward' },
      { ...base, event: 'rerun_started', at: '2026-11-25T11:40:01.000Z', actor: 'steward' },
    ];
    const current = gh.state.contents.read('acme/widget', MANIFEST);
    let manifest = current ? parseManifest(current.bytes.toString(), 'manifest') : emptyManifest();
    for (const event of events) {
      const applied = applyEvent(manifest, event);
      if (!applied.ok) throw new Error(`seed: ${applied.reason}`);
      manifest = applied.manifest;
    }
    gh.state.contents.put('acme/widget', MANIFEST, serializeManifest(manifest));
  }

  const validateV02 = async (runId: number, inputs: Record<string, string> = {}) => {
    const env = step(runId, { 'provenance-path': v02Path, ...inputs });
    const written = await captureStdout(() => run(NOW));
    return { outputs: env.outputs(), written };
  };

  it('declared override inputs are input_invalid: a workflow cannot approve itself', async () => {
    const { outputs, written } = await validateV02(runWithArtifact(await artifactZip()), {
      'override-reason': 'legacy',
      'override-approver': 'the-ceo',
      'override-expires': '2026-11-30T00:00:00Z',
    });
    expect(outputs['failure-reason']).toBe('input_invalid');
    expect(written).toMatch(/cannot declare its own override.*override_grant/);
  });

  it('no grant: predicate_mismatch', async () => {
    expect((await validateV02(runWithArtifact(await artifactZip()))).outputs['failure-reason']).toBe(
      'predicate_mismatch',
    );
  });

  it('a live grant by a maintainer: verified, and the check names the approver', async () => {
    const runId = runWithArtifact(await artifactZip());
    seedEntry(runId, 'gov-maintainer', '2026-11-28T00:00:00.000Z');
    const { outputs } = await validateV02(runId);
    expect(outputs['failure-reason'], outputs.verdict).toBe('');
    expect(
      JSON.parse(outputs.verdict!).checks.find((c: { name: string }) => c.name === 'predicate_type').actual,
    ).toContain('gov-maintainer');
  });

  it('manifest: read honours the grant and records nothing (the second verification of a release run)', async () => {
    const runId = runWithArtifact(await artifactZip());
    seedEntry(runId, 'gov-maintainer', '2026-11-28T00:00:00.000Z');
    const before = gh.state.contents.read('acme/widget', MANIFEST)!.sha;
    const { outputs } = await validateV02(runId, { manifest: 'read' });
    expect(outputs['failure-reason'], outputs.verdict).toBe('');
    expect(outputs.verified).toBe('true');
    expect(gh.state.contents.read('acme/widget', MANIFEST)!.sha).toBe(before);
    // A job that records nothing signs nothing.
    expect(outputs['verdict-predicate-path']).toBe('');
  });

  it('manifest takes true, false or read, nothing else', async () => {
    const { outputs, written } = await validateV02(runWithArtifact(await artifactZip()), { manifest: 'yes' });
    expect(outputs['failure-reason']).toBe('input_invalid');
    expect(written).toContain(
      '::error::input_invalid: manifest Invalid option: expected one of "true"|"false"|"read"',
    );
  });

  it.each([
    [
      'granted by someone GitHub says is only a writer',
      'a-writer',
      '2026-11-28T00:00:00.000Z',
      false,
      'predicate_mismatch',
    ],
    ['revoked', 'gov-maintainer', '2026-11-28T00:00:00.000Z', true, 'predicate_mismatch'],
    ['expired', 'gov-maintainer', '2026-11-25T11:30:00.000Z', false, 'override_expired'],
  ])('a grant %s does not let v0.2 pass', async (_label, approver, expiresAt, revoked, code) => {
    const runId = runWithArtifact(await artifactZip());
    seedEntry(runId, approver, expiresAt, revoked);
    expect((await validateV02(runId)).outputs['failure-reason']).toBe(code);
  });

  it.each([
    ['names no governance run', () => null],
    ['names a run a writer dispatched', (runId: number) => governanceRun('a-writer', runId)],
    [
      'names a run that was not dispatched',
      (runId: number) => governanceRun('gov-maintainer', runId, { event: 'push' }),
    ],
    ['names a run GitHub does not know', () => 987654321],
    [
      "names the maintainer's grant run for another entry",
      (runId: number) => governanceRun('gov-maintainer', runId + 1),
    ],
  ])('a grant that %s is not honoured, whatever the manifest says', async (_label, run) => {
    const runId = runWithArtifact(await artifactZip());
    seedEntry(runId, 'gov-maintainer', '2026-11-28T00:00:00.000Z', false, run(runId));
    expect((await validateV02(runId)).outputs['failure-reason']).toBe('predicate_mismatch');
  });

  it('a grant revoked on GitHub is not honoured after a manifest edit un-revokes it', async () => {
    const runId = runWithArtifact(await artifactZip());
    seedEntry(runId, 'gov-maintainer', '2026-11-28T00:00:00.000Z');
    // The revoke ran and succeeded; the manifest lost its override_revoked step and revoked_at.
    governanceRun('gov-maintainer', runId, {
      displayTitle: `override_revoke ${TAG} run ${runId}`,
      createdAt: new Date('2026-11-25T11:30:00Z'),
    });
    expect((await validateV02(runId)).outputs['failure-reason']).toBe('predicate_mismatch');
  });

  it('a revoke run that failed, or revoked another entry, leaves the grant live', async () => {
    const runId = runWithArtifact(await artifactZip());
    seedEntry(runId, 'gov-maintainer', '2026-11-28T00:00:00.000Z');
    const later = new Date('2026-11-25T11:30:00Z');
    governanceRun('a-writer', runId, {
      displayTitle: `override_revoke ${TAG} run ${runId}`,
      createdAt: later,
      conclusion: 'failure',
    });
    governanceRun('gov-maintainer', runId + 1, {
      displayTitle: `override_revoke ${TAG} run ${runId + 1}`,
      createdAt: later,
    });
    expect((await validateV02(runId)).outputs['failure-reason']).toBe('');
  });

  it('an expiry extended in the manifest ends when the grant run said (override_expired)', async () => {
    const runId = runWithArtifact(await artifactZip());
    const grantRun = governanceRun('gov-maintainer', runId, {
      displayTitle: `override_grant ${TAG} run ${runId} until 2026-11-25T11:30:00Z`,
    });
    // The manifest says 28 November; the grant was dispatched until 25 November 11:30.
    seedEntry(runId, 'gov-maintainer', '2026-11-28T00:00:00.000Z', false, grantRun);
    expect((await validateV02(runId)).outputs['failure-reason']).toBe('override_expired');
  });

  it('a grant run named without its expiry is not honoured', async () => {
    const runId = runWithArtifact(await artifactZip());
    const grantRun = governanceRun('gov-maintainer', runId, {
      displayTitle: `override_grant ${TAG} run ${runId}`,
    });
    seedEntry(runId, 'gov-maintainer', '2026-11-28T00:00:00.000Z', false, grantRun);
    expect((await validateV02(runId)).outputs['failure-reason']).toBe('predicate_mismatch');
  });

  it('an override edited into the manifest without its grant step is not honoured', async () => {
    const runId = runWithArtifact(await artifactZip());
    seedEntry(runId, 'gov-maintainer', '2026-11-28T00:00:00.000Z');
    const manifest = parseManifest(
      gh.state.contents.read('acme/widget', MANIFEST)!.bytes.toString(),
      'manifest',
    );
    const withoutStep = (e: (typeof manifest.entries)[number]) => ({
      ...e,
      history: e.history.filter((h) => h.event !== 'override_granted'),
    });
    const forged = {
      ...manifest,
      entries: manifest.entries.map((e) => (e.run_id === runId ? withoutStep(e) : e)),
    };
    gh.state.contents.put('acme/widget', MANIFEST, serializeManifest(forged));
    expect((await validateV02(runId)).outputs['failure-reason']).toBe('predicate_mismatch');
  });
});

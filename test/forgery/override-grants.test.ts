import { readFileSync } from 'node:fs';
import { Octokit } from '@octokit/rest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applyEvent,
  emptyManifest,
  parseManifest,
  serializeManifest,
  type ManifestEvent,
} from '../../src/core/manifest/index.js';
import { startGitHubEmulator, type GitHubEmulator } from '../emulator/emulator.js';
import { startSigstoreInstance, type SigstoreTestInstance } from '../support/sigstore/index.js';
import { makeZip } from '../support/zip.js';
import { mintedRelease, TAG, WORKFLOW, type MintedRelease } from '../integration/minted-release.js';
import { actionEnvironment, captureStdout } from '../action/validate-env.js';

const TOKEN = 'ghs_forgeryValidateGrantToken012345';
/** A collaborator with write access: may re-run, cancel and dispatch workflow runs, and edit the manifest. */
const WRITER_TOKEN = 'ghs_forgeryWriterToken0123456789abc';
const MANIFEST = 'docs/reports/2026-11-25/manifest.json';
const NOW = new Date('2026-11-25T12:00:00Z');
const GOVERNANCE = 'provenance-rollback.yml';
let gh: GitHubEmulator;
let sigstore: SigstoreTestInstance;
let release: MintedRelease;
let v02Path: string;
let run: (now?: Date) => Promise<void>;
let writer: Octokit;

beforeAll(async () => {
  gh = await startGitHubEmulator({
    tokens: {
      [TOKEN]: ['contents:write', 'actions:read', 'attestations:read'],
      [WRITER_TOKEN]: ['contents:write', 'actions:write'],
    },
  });
  process.env.GITHUB_API_URL = gh.url;
  delete process.env.GITHUB_SERVER_URL;
  ({ run } = await import('../../src/action/validate/main.js'));
  gh.state.repos.create('acme/widget');
  gh.state.workflows.add('acme/widget', { path: '.github/workflows/release.yml' });
  gh.state.workflows.add('acme/widget', { path: `.github/workflows/${GOVERNANCE}` });
  gh.state.git.createTag('acme/widget', TAG, { message: 'release v1.2.3' });
  gh.state.collaborators.set('acme/widget', 'gov-maintainer', 'maintain');
  gh.state.collaborators.set('acme/widget', 'a-writer', 'write');
  sigstore = await startSigstoreInstance('public-good');
  release = await mintedRelease(sigstore, gh.state.git.resolve('acme/widget', TAG)!.sha);
  v02Path = release.write('v02.sigstore.json', await sigstore.mint(release.statementV02(), release.identity));
  writer = new Octokit({ baseUrl: gh.url, auth: WRITER_TOKEN });
}, 60_000);
afterAll(async () => {
  await Promise.all([gh?.close(), sigstore?.close()]);
});

async function releaseRun(): Promise<number> {
  const created = gh.state.runs.create('acme/widget', 'release.yml', { ref: TAG });
  const zip = await makeZip([{ name: 'widget-linux-amd64', content: readFileSync(release.artifactPath) }]);
  gh.state.artifacts.create('acme/widget', { runId: created.id, name: 'widget-binaries', zip });
  return created.id;
}

interface GovernanceRun {
  readonly actor?: string;
  readonly title: string;
  readonly createdAt?: Date;
  readonly updatedAt?: Date;
  readonly status?: 'completed' | 'in_progress' | 'queued';
  readonly conclusion?: 'success' | 'failure' | 'cancelled' | null;
  readonly ref?: string;
}

/** A run of the governance workflow as GitHub records it (a dispatch by the maintainer, from main). */
function governanceRun(options: GovernanceRun): number {
  return gh.state.runs.create('acme/widget', GOVERNANCE, {
    event: 'workflow_dispatch',
    actor: options.actor ?? 'gov-maintainer',
    createdAt: options.createdAt ?? new Date('2026-11-25T10:59:00Z'),
    updatedAt: options.updatedAt ?? new Date('2026-11-25T11:01:00Z'),
    displayTitle: options.title,
    ...(options.status ? { status: options.status } : {}),
    ...(options.conclusion !== undefined ? { conclusion: options.conclusion } : {}),
    ...(options.ref ? { ref: options.ref } : {}),
  }).id;
}

const grantTitle = (runId: number, until = '2026-11-28T00:00:00Z') =>
  `override_grant ${TAG} run ${runId} until ${until}`;
const revokeTitle = (runId: number) => `override_revoke ${TAG} run ${runId}`;
const AFTER_REVOKE = new Date('2026-11-25T11:30:00Z');

/**
 * The release run's entry after `override_grant` recorded the grant of `grantRun`, then — as a writer's edit
 * leaves it — without any trace of a later revoke; recover's rerun is in progress.
 */
function seedGrantedEntry(runId: number, grantRun: number, expiresAt = '2026-11-28T00:00:00.000Z'): void {
  const base = { tag: TAG, run_id: runId, run_attempt: 1, reason: null };
  const events: ManifestEvent[] = [
    {
      ...base,
      event: 'failed',
      at: '2026-11-25T10:00:00.000Z',
      actor: 'release-bot',
      failure_reason: 'predicate_mismatch',
      artifact_url: null,
    },
    {
      ...base,
      event: 'override_granted',
      at: '2026-11-25T11:00:00.000Z',
      actor: 'gov-maintainer',
      override: {
        reason: 'legacy line',
        approver: 'gov-maintainer',
        expires_at: expiresAt,
        granted_by_run: grantRun,
      },
    },
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

/** The rerun's validate job (attempt 2) on SLSA v0.2 provenance: '' when the grant let it pass. */
async function validateV02(runId: number, now = NOW, inputs: Record<string, string> = {}): Promise<string> {
  const env = actionEnvironment(
    {
      GITHUB_REPOSITORY: 'acme/widget',
      GITHUB_RUN_ID: String(runId),
      GITHUB_RUN_ATTEMPT: '2',
      GITHUB_ACTOR: 'release-bot',
      PATH: '/usr/bin:/bin',
    },
    {
      tag: TAG,
      'artifact-name': 'widget-binaries',
      'provenance-path': v02Path,
      'expected-builder-id': WORKFLOW,
      trust: release.trustedRootPath,
      'github-token': TOKEN,
      'manifest-path': MANIFEST,
      ...inputs,
    },
  );
  await captureStdout(() => run(now));
  return env.outputs()['failure-reason'] ?? '(no output)';
}

/** The same, reading the manifest only (a second verification of the run): records nothing. */
const checkV02 = (runId: number) => validateV02(runId, NOW, { manifest: 'read' });

/** A grant the maintainer made for a fresh release run, and that run's id. */
async function granted(): Promise<{ runId: number; grantRun: number }> {
  const runId = await releaseRun();
  const grantRun = governanceRun({ title: grantTitle(runId) });
  seedGrantedEntry(runId, grantRun);
  return { runId, grantRun };
}

describe('a grant is live only as far as GitHub vouches for it', () => {
  it('honours the live grant of the maintainer (the setup every refusal below departs from)', async () => {
    const { runId } = await granted();
    expect(await validateV02(runId)).toBe('');
  });

  it('ends a grant at a revoke run that succeeded, after more than one page of later runs', async () => {
    const { runId } = await granted();
    governanceRun({ title: revokeTitle(runId), createdAt: AFTER_REVOKE, updatedAt: AFTER_REVOKE });
    for (let i = 0; i < 150; i++)
      governanceRun({
        actor: 'a-writer',
        title: 'noise',
        createdAt: new Date(AFTER_REVOKE.getTime() + 1000 * (i + 1)),
        conclusion: 'failure',
      });
    expect(await validateV02(runId)).toBe('predicate_mismatch');
  });

  it.each([
    [
      'a longer tag that starts with the tag',
      (runId: number) => `override_grant ${TAG}-rc.1 run ${runId} until 2026-11-28T00:00:00Z`,
    ],
    [
      'a shorter tag the tag starts with',
      (runId: number) => `override_grant v1.2 run ${runId} until 2026-11-28T00:00:00Z`,
    ],
    [
      'a run id the run id starts with',
      (runId: number) => `override_grant ${TAG} run ${String(runId).slice(0, -1)} until 2026-11-28T00:00:00Z`,
    ],
    [
      'a run id that starts with the run id',
      (runId: number) => `override_grant ${TAG} run ${runId}0 until 2026-11-28T00:00:00Z`,
    ],
    [
      'another operation',
      (runId: number) => `override_revoke ${TAG} run ${runId} until 2026-11-28T00:00:00Z`,
    ],
    ['no expiry date', (runId: number) => `override_grant ${TAG} run ${runId} until soon`],
    [
      'an expiry that is not one ISO 8601 word',
      (runId: number) => `override_grant ${TAG} run ${runId} until Fri Jan 01 2099`,
    ],
  ])('does not honour a grant run named for %s', async (_what, title) => {
    const runId = await releaseRun();
    seedGrantedEntry(runId, governanceRun({ title: title(runId) }));
    expect(await validateV02(runId)).toBe('predicate_mismatch');
  });

  it.each([
    ['a far-future expiry in the run name', '2099-01-01T00:00:00Z'],
    ['an expiry with a far offset', '2099-01-01T00:00:00-12:00'],
  ])('never lets %s outlive 7 days from the grant run', async (_what, until) => {
    const runId = await releaseRun();
    const grantRun = governanceRun({ title: grantTitle(runId, until) });
    // The manifest's expiry is the longest a grant recorded at 11:00 may have: seven days.
    seedGrantedEntry(runId, grantRun, '2026-12-02T11:00:00.000Z');
    // Seven days after the grant run started (10:59 on 25 November) it has ended, whatever the names say.
    expect(await validateV02(runId, new Date('2026-12-02T10:59:30Z'))).toBe('override_expired');
  });

  it.each([
    ['a run dispatched on a branch', { ref: 'feature' }],
    ['a run still in progress', { status: 'in_progress' as const, conclusion: null }],
    ['a cancelled run', { conclusion: 'cancelled' as const }],
    ['a run that ended before the grant was recorded', { updatedAt: new Date('2026-11-25T10:59:30Z') }],
  ])('does not honour a grant that names %s', async (_what, options) => {
    const runId = await releaseRun();
    if ('ref' in options) gh.state.git.createBranch('acme/widget', 'feature');
    seedGrantedEntry(runId, governanceRun({ title: grantTitle(runId), ...options }));
    expect(await validateV02(runId)).toBe('predicate_mismatch');
  });

  it('does not honour a grant whose run was re-run by a writer', async () => {
    const { runId, grantRun } = await granted();
    await writer.rest.actions.reRunWorkflow({ owner: 'acme', repo: 'widget', run_id: grantRun });
    gh.state.runs.complete('acme/widget', grantRun, 'success');
    // The run's times are now the re-run's: the grant was not recorded while it ran.
    expect(await validateV02(runId)).toBe('predicate_mismatch');
  });
});

describe('a manifest edit cannot bring a revoked grant back', () => {
  it('keeps a grant ended whose successful revoke run a writer re-ran (its new attempt waits for approval)', async () => {
    const { runId } = await granted();
    const revoke = governanceRun({
      title: revokeTitle(runId),
      createdAt: AFTER_REVOKE,
      updatedAt: AFTER_REVOKE,
    });
    expect(await checkV02(runId)).toBe('predicate_mismatch');
    // Any writer may re-run a run; the governance environment then holds the new attempt for a reviewer.
    await writer.rest.actions.reRunWorkflow({ owner: 'acme', repo: 'widget', run_id: revoke });
    gh.state.runs.setStatus('acme/widget', revoke, 'waiting');
    expect(gh.state.runs.attempt('acme/widget', revoke, 1).conclusion).toBe('success');
    expect(await validateV02(runId), 'the revoke that succeeded still ended the grant').toBe(
      'predicate_mismatch',
    );
  });

  it('keeps a grant ended whose revoke run succeeded once and whose re-run a reviewer rejected', async () => {
    const { runId } = await granted();
    const revoke = governanceRun({
      title: revokeTitle(runId),
      createdAt: AFTER_REVOKE,
      updatedAt: AFTER_REVOKE,
    });
    await writer.rest.actions.reRunWorkflow({ owner: 'acme', repo: 'widget', run_id: revoke });
    gh.state.runs.complete('acme/widget', revoke, 'failure');
    expect(await validateV02(runId), 'the revoke that succeeded still ended the grant').toBe(
      'predicate_mismatch',
    );
  });

  it('keeps a grant ended whose revoke run a writer cancelled after the revoke was recorded', async () => {
    const { runId } = await granted();
    // The rollback action recorded override_revoked; the run was cancelled during its audit upload.
    governanceRun({
      title: revokeTitle(runId),
      createdAt: AFTER_REVOKE,
      updatedAt: AFTER_REVOKE,
      conclusion: 'cancelled',
    });
    expect(await validateV02(runId), 'a recorded revoke is undone by cancelling its run').toBe(
      'predicate_mismatch',
    );
  });

  it('keeps a grant ended whose revoke was dispatched with the run id pasted with a leading space', async () => {
    const { runId } = await granted();
    // The rollback action trims the run-id input (` 123` is run 123) and revokes; the run name keeps the space.
    governanceRun({
      title: `override_revoke ${TAG} run  ${runId}`,
      createdAt: AFTER_REVOKE,
      updatedAt: AFTER_REVOKE,
    });
    expect(await validateV02(runId), 'the revoke is not recognised by its run name').toBe(
      'predicate_mismatch',
    );
  });

  it('keeps a grant ended by a revoke dispatched before it and approved after it was recorded', async () => {
    const runId = await releaseRun();
    // The revoke waited for a reviewer from 10:58; the new grant ran at 10:59; the revoke ran at 11:20, on it.
    governanceRun({
      title: revokeTitle(runId),
      createdAt: new Date('2026-11-25T10:58:00Z'),
      updatedAt: new Date('2026-11-25T11:20:00Z'),
    });
    seedGrantedEntry(runId, governanceRun({ title: grantTitle(runId) }));
    expect(await checkV02(runId), 'a revoke that ran after the grant is not seen').toBe('predicate_mismatch');
  });

  // Last: the runs it creates are the newest of the workflow for every test after it.
  it('keeps a grant ended after a writer dispatches a thousand runs of the governance workflow', async () => {
    const { runId } = await granted();
    governanceRun({ title: revokeTitle(runId), createdAt: AFTER_REVOKE, updatedAt: AFTER_REVOKE });
    expect(await checkV02(runId)).toBe('predicate_mismatch');
    // Dispatches from a branch of the writer's: each creates a run of the workflow, which then fails or waits.
    for (let i = 0; i < 1000; i++)
      governanceRun({
        actor: 'a-writer',
        title: `${GOVERNANCE} ${i}`,
        createdAt: new Date(AFTER_REVOKE.getTime() + 1000 * (i + 1)),
        conclusion: 'failure',
      });
    expect(await validateV02(runId), 'the revoke fell off the listed pages').toBe('predicate_mismatch');
  }, 120_000);
});

import { readFileSync } from 'node:fs';
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
import { mintedRelease, TAG, WORKFLOW, type MintedRelease } from './minted-release.js';
import { actionEnvironment, captureStdout } from '../action/validate-env.js';
import { recoverRun } from '../../src/commands/recover/index.js';
import { operationDependencies, TOKEN as OPS_TOKEN } from '../commands/recover/operations-env.js';

// A repository writer (not a maintainer) who can commit the manifest forges an override grant for a
// SLSA v0.2 release. The forged step names a maintainer and a real run that maintainer dispatched from
// the default branch, so every question validate asks GitHub is answered "yes". None of these runs
// recorded this grant; validate must not honour it.

const TOKEN = 'ghs_provenanceGuardTestToken0123456789';
const REPO = 'acme/widget';
const MANIFEST = 'docs/reports/2026-11-25/manifest.json';
const NOW = new Date('2026-11-25T12:00:00Z');
const GRANTED_AT = '2026-11-25T11:00:00.000Z';
const MAINTAINER = 'gov-maintainer';

let gh: GitHubEmulator;
let sigstore: SigstoreTestInstance;
let release: MintedRelease;
let v02Path: string;
let run: (now?: Date) => Promise<void>;

beforeAll(async () => {
  gh = await startGitHubEmulator({
    tokens: { [TOKEN]: ['contents:write', 'actions:read', 'attestations:read'] },
  });
  process.env.GITHUB_API_URL = gh.url;
  delete process.env.GITHUB_SERVER_URL;
  ({ run } = await import('../../src/action/validate/main.js'));
  gh.state.repos.create(REPO);
  for (const path of ['release.yml', 'provenance-rollback.yml', 'slsa-provenance-recover.yml'])
    gh.state.workflows.add(REPO, { path: `.github/workflows/${path}` });
  gh.state.git.createTag(REPO, TAG, { message: 'release v1.2.3' });
  gh.state.collaborators.set(REPO, MAINTAINER, 'maintain');
  gh.state.collaborators.set(REPO, 'a-writer', 'write');
  sigstore = await startSigstoreInstance('public-good');
  release = await mintedRelease(sigstore, gh.state.git.resolve(REPO, TAG)!.sha);
  v02Path = release.write('v02.sigstore.json', await sigstore.mint(release.statementV02(), release.identity));
});
afterAll(async () => {
  await Promise.all([gh?.close(), sigstore?.close()]);
});

async function releaseRun(): Promise<number> {
  const created = gh.state.runs.create(REPO, 'release.yml', { ref: TAG });
  const zip = await makeZip([{ name: 'widget-linux-amd64', content: readFileSync(release.artifactPath) }]);
  gh.state.artifacts.create(REPO, { runId: created.id, name: 'widget-binaries', zip });
  return created.id;
}

/**
 * A run the maintainer really dispatched from the default branch, as GitHub records it: named by the
 * template's run-name for the entry it was dispatched for and its expiry, finished just after the grant time.
 */
const dispatchedByMaintainer = (
  workflow: string,
  forRun: number,
  options: { createdAt?: Date; updatedAt?: Date; conclusion?: 'success' | 'failure' | 'cancelled' } = {},
) =>
  gh.state.runs.create(REPO, workflow, {
    event: 'workflow_dispatch',
    actor: MAINTAINER,
    createdAt: new Date('2026-11-25T10:59:00Z'),
    updatedAt: new Date('2026-11-25T11:01:00Z'),
    displayTitle: `override_grant ${TAG} run ${forRun} until 2026-11-28T00:00:00Z`,
    ...options,
  }).id;

/**
 * What the writer commits: a failed entry with an appended override_granted step that names the maintainer and
 * the run, then requeued for its rerun as recover does (the rerun's validate records rerun_succeeded).
 */
function forgeGrant(runId: number, grantedByRun: number, grantedAt = GRANTED_AT): void {
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
      at: grantedAt,
      actor: MAINTAINER,
      override: {
        reason: 'legacy line',
        approver: MAINTAINER,
        expires_at: '2026-11-28T00:00:00.000Z',
        granted_by_run: grantedByRun,
      },
    },
    { ...base, event: 'requeued', at: '2026-11-25T11:30:00.000Z', actor: MAINTAINER },
    { ...base, event: 'rerun_started', at: '2026-11-25T11:30:01.000Z', actor: MAINTAINER },
  ];
  const current = gh.state.contents.read(REPO, MANIFEST);
  let manifest = current ? parseManifest(current.bytes.toString(), 'manifest') : emptyManifest();
  for (const event of events) {
    const applied = applyEvent(manifest, event);
    if (!applied.ok) throw new Error(`forge: ${applied.reason}`);
    manifest = applied.manifest;
  }
  gh.state.contents.put(REPO, MANIFEST, serializeManifest(manifest));
}

async function validateV02(runId: number): Promise<string | undefined> {
  const env = actionEnvironment(
    {
      GITHUB_REPOSITORY: REPO,
      GITHUB_RUN_ID: String(runId),
      GITHUB_RUN_ATTEMPT: '1',
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
    },
  );
  await captureStdout(() => run(NOW));
  return env.outputs()['failure-reason'];
}

describe('a forged override grant is not vouched for by a run that did not record it', () => {
  it('control: the grant the governance workflow recorded lets v0.2 pass', async () => {
    const runId = await releaseRun();
    forgeGrant(runId, dispatchedByMaintainer('provenance-rollback.yml', runId));
    expect(await validateV02(runId)).toBe('');
  });

  it('a run of another workflow the maintainer dispatched (the recover workflow) is not a governance run', async () => {
    const runId = await releaseRun();
    forgeGrant(runId, dispatchedByMaintainer('slsa-provenance-recover.yml', runId));
    expect(await validateV02(runId)).toBe('predicate_mismatch');
  });

  it('a governance run that the environment reviewer rejected (cancelled) vouches for nothing', async () => {
    const runId = await releaseRun();
    forgeGrant(runId, dispatchedByMaintainer('provenance-rollback.yml', runId, { conclusion: 'cancelled' }));
    expect(await validateV02(runId)).toBe('predicate_mismatch');
  });

  it('a governance run from months before the grant is not the run that recorded it', async () => {
    const runId = await releaseRun();
    forgeGrant(
      runId,
      dispatchedByMaintainer('provenance-rollback.yml', runId, {
        createdAt: new Date('2026-08-01T09:00:00Z'),
        updatedAt: new Date('2026-08-01T09:05:00Z'),
      }),
    );
    expect(await validateV02(runId)).toBe('predicate_mismatch');
  });

  it('a grant recorded in the last second of its governance run is honoured (GitHub gives run times to the second)', async () => {
    const runId = await releaseRun();
    forgeGrant(runId, dispatchedByMaintainer('provenance-rollback.yml', runId), '2026-11-25T11:01:00.400Z');
    expect(await validateV02(runId)).toBe('');
  });

  it('a grant recorded a second after its governance run ended is not', async () => {
    const runId = await releaseRun();
    forgeGrant(runId, dispatchedByMaintainer('provenance-rollback.yml', runId), '2026-11-25T11:01:01.000Z');
    expect(await validateV02(runId)).toBe('predicate_mismatch');
  });

  it("one real grant run replayed onto another release run's entry is honoured only once", async () => {
    const granted = await releaseRun();
    const governanceRun = dispatchedByMaintainer('provenance-rollback.yml', granted);
    forgeGrant(granted, governanceRun);
    expect(await validateV02(granted)).toBe('');
    const replayed = await releaseRun();
    forgeGrant(replayed, governanceRun);
    expect(await validateV02(replayed)).toBe('predicate_mismatch');
  });
});

// A writer commits a `failed` entry for the release tag naming a run of another workflow that happens to
// have built the tagged commit (a pull_request run of a branch at that commit, a deploy workflow). An
// on-call engineer dispatches recover for it: the dispatch token must not rerun a workflow that is not
// the release workflow.
describe('recover reruns only a run of the release workflow', () => {
  let ops: GitHubEmulator;
  const OPS_REPO = 'acme/gadget';
  beforeAll(async () => {
    ops = await startGitHubEmulator({
      tokens: { [OPS_TOKEN]: ['contents:write', 'actions:write', 'issues:write'] },
    });
    ops.state.repos.create(OPS_REPO);
    for (const path of ['release.yml', 'deploy.yml', 'pr-checks.yml'])
      ops.state.workflows.add(OPS_REPO, { path: `.github/workflows/${path}` });
    ops.state.git.createTag(OPS_REPO, 'v1.0.0');
    ops.state.git.createBranch(OPS_REPO, 'contributor/patch');
    ops.state.collaborators.set(OPS_REPO, 'steward', 'write');
    ops.state.issues.create(OPS_REPO, { title: 'provenance: subject_mismatch for v1.0.0' });
  });
  afterAll(() => ops?.close());

  it.each([
    [
      'a pull_request run of a branch at the tagged commit',
      'pr-checks.yml',
      { ref: 'contributor/patch', event: 'pull_request' },
    ],
    ['a run of another workflow on the tag', 'deploy.yml', { ref: 'v1.0.0', event: 'push' }],
  ])('%s is input_invalid, and is not rerun', async (_label, workflow, where) => {
    const other = ops.state.runs.create(OPS_REPO, workflow, { ...where, conclusion: 'failure' });
    expect(other.headSha).toBe(ops.state.git.resolve(OPS_REPO, 'v1.0.0')!.sha);
    const deps = operationDependencies(ops, 'gadget');
    await deps.store!.apply({
      event: 'failed',
      failure_reason: 'subject_mismatch',
      tag: 'v1.0.0',
      run_id: other.id,
      run_attempt: 1,
      at: new Date().toISOString(),
      actor: 'a-writer',
    });
    const outcome = await recoverRun(
      {
        operation: 'auto',
        runId: other.id,
        tag: 'v1.0.0',
        reason: 'transient runner failure',
        incident: 1,
        actor: 'steward',
        requestId: '9100-1',
        releaseWorkflow: 'release.yml',
        governanceReviewers: [],
        trigger: 'manual',
        awaitRerun: null,
        escalation: null,
        secrets: [OPS_TOKEN],
      },
      deps,
    ).then(
      () => null,
      (error: unknown) => error,
    );
    expect(ops.state.runs.run(OPS_REPO, other.id).runAttempt).toBe(1);
    expect(outcome).toMatchObject({ code: 'input_invalid' });
  });
});

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseManifest, type ManifestEntry } from '../../src/core/manifest/index.js';
import { startGitHubEmulator, type GitHubEmulator } from '../emulator/emulator.js';
import { startSigstoreInstance, type SigstoreTestInstance } from '../support/sigstore/index.js';
import { makeZip } from '../support/zip.js';
import { mintedRelease, TAG, WORKFLOW, type MintedRelease } from '../integration/minted-release.js';
import { actionEnvironment, captureStdout } from './validate-env.js';

/**
 * Issue #13, case 1: validate on day D, notify on D+1, recover and rollback on D+40 all find the same
 * entry, in the file of the release run's day — no manifest-path given anywhere.
 */
const TOKEN = 'ghs_manifestHomeToken0123456789abcdef';
const READ_ONLY = 'ghs_manifestReadOnlyToken0123456789ab';
const REPO = 'acme/widget';
const DAY = 86_400_000;
const CREATED = new Date('2026-03-10T23:58:00Z');
const HOME = 'docs/reports/2026-03-10/manifest.json';
const at = (days: number, minutes = 0) => new Date(CREATED.getTime() + days * DAY + minutes * 60_000);
let gh: GitHubEmulator;
let sigstore: SigstoreTestInstance;
let release: MintedRelease;
let bundlePath: string;
let validate: (now?: Date) => Promise<void>;
let notify: (now?: Date) => Promise<void>;
let recover: (now?: () => Date) => Promise<void>;
let rollback: (now?: () => Date) => Promise<void>;

beforeAll(async () => {
  gh = await startGitHubEmulator({
    tokens: {
      [TOKEN]: [
        'contents:write',
        'actions:write',
        'issues:write',
        'pull_requests:write',
        'attestations:read',
      ],
      [READ_ONLY]: ['contents:read', 'actions:read', 'attestations:read'],
    },
  });
  process.env.GITHUB_API_URL = gh.url;
  delete process.env.GITHUB_SERVER_URL;
  ({ run: validate } = await import('../../src/action/validate/main.js'));
  ({ run: notify } = await import('../../src/action/notify/main.js'));
  ({ run: recover } = await import('../../src/action/recover/main.js'));
  ({ run: rollback } = await import('../../src/action/rollback/main.js'));
  gh.state.repos.create(REPO);
  gh.state.workflows.add(REPO, { path: '.github/workflows/release.yml' });
  gh.state.git.createTag(REPO, TAG);
  gh.state.collaborators.set(REPO, 'steward', 'write');
  gh.state.collaborators.set(REPO, 'maintainer', 'maintain');
  sigstore = await startSigstoreInstance('public-good');
  release = await mintedRelease(sigstore, gh.state.git.resolve(REPO, TAG)!.sha);
  bundlePath = release.write(
    'widget.sigstore.json',
    await sigstore.mint(release.statement(), release.identity),
  );
});
afterAll(async () => {
  await Promise.all([gh?.close(), sigstore?.close()]);
});

const base = (runId: number, actor = 'release-bot') => ({
  GITHUB_REPOSITORY: REPO,
  GITHUB_RUN_ID: String(runId),
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_ACTOR: actor,
  GITHUB_TRIGGERING_ACTOR: actor,
  PATH: '/usr/bin:/bin',
});
const validateStep = (runId: number, inputs: Record<string, string> = {}) =>
  actionEnvironment(base(runId), {
    tag: TAG,
    'artifact-name': 'widget-binaries',
    'provenance-path': bundlePath,
    'expected-builder-id': WORKFLOW,
    trust: release.trustedRootPath,
    'github-token': TOKEN,
    ...inputs,
  });
const operation = (runId: number, actor: string, inputs: Record<string, string>) =>
  actionEnvironment(base(4242, actor), {
    'run-id': String(runId),
    tag: TAG,
    reason: 'incident follow-up',
    incident: '1',
    'github-token': TOKEN,
    ...inputs,
  });
const entryOf = (runId: number): ManifestEntry =>
  parseManifest(gh.state.contents.read(REPO, HOME)!.bytes.toString(), HOME).entries.find(
    (e) => e.run_id === runId,
  )!;
const otherManifests = () =>
  gh.state.contents
    .list(REPO, 'docs/reports')
    ?.entries.map((e) => e.name)
    .filter((name) => name !== '2026-03-10') ?? [];

describe('one home per entry: the day of its release run', () => {
  it('a failed release: validate on D, notify on D+1 and recover on D+40 work on the same entry', async () => {
    gh.state.issues.create(REPO, { title: 'incident' });
    const runId = gh.state.runs.create(REPO, 'release.yml', {
      ref: TAG,
      conclusion: 'failure',
      createdAt: CREATED,
    }).id;
    validateStep(runId);
    await captureStdout(() => validate(at(0, 1)));
    expect(entryOf(runId)).toMatchObject({ status: 'failure', failure_reason: 'artifact_missing' });

    const notified = actionEnvironment(base(runId), {
      tag: TAG,
      'failure-reason': 'artifact_missing',
      'github-token': TOKEN,
    });
    await captureStdout(() => notify(at(1)));
    expect(notified.outputs()).toMatchObject({ route: 'issue' });
    expect(entryOf(runId).issue_number).toBe(Number(notified.outputs()['issue-number']));

    const recovered = operation(runId, 'steward', { 'release-workflow': 'release.yml' });
    await captureStdout(() => recover(() => at(40)));
    expect(recovered.outputs()).toMatchObject({
      performed: 'dispatch_release',
      'final-status': 'rerun_in_progress',
    });
    expect(entryOf(runId).history.map((h) => h.event)).toEqual([
      'failed',
      'notify_claimed',
      'notified',
      'issue_opened',
      'requeued',
      'rerun_started',
    ]);
    expect(otherManifests()).toEqual([]);
  });

  it('a verified release: validate on D, rollback on D+40 records the rollback on that entry', async () => {
    const runId = gh.state.runs.create(REPO, 'release.yml', { ref: TAG, createdAt: CREATED }).id;
    gh.state.artifacts.create(REPO, {
      runId,
      name: 'widget-binaries',
      zip: await makeZip([{ name: 'widget-linux-amd64', content: readFileSync(release.artifactPath) }]),
    });
    const validated = validateStep(runId);
    await captureStdout(() => validate(at(0, 1)));
    expect(validated.outputs()).toMatchObject({ verified: 'true' });
    expect(entryOf(runId).status).toBe('success');

    const good = gh.state.git.tip(REPO, 'main').sha;
    gh.state.contents.put(REPO, 'src/widget.c', 'bad release', { message: 'bad release' });
    const rolledBack = operation(runId, 'maintainer', { 'target-sha': good });
    await captureStdout(() => rollback(() => at(40)));
    expect(rolledBack.outputs()['pull-request']).toMatch(/^\d+$/);
    expect(entryOf(runId)).toMatchObject({ status: 'rollback', governance_flag: 'rollback' });
    expect(otherManifests()).toEqual([]);
  });
});

/** Issue #13, case 4: a manifest write GitHub refuses is permission_denied, and the summary says the step did not fully succeed. */
describe('a refused manifest write', () => {
  it('a verified release whose manifest commit gets 403 fails with permission_denied (not lock_timeout) and says so in the summary heading', async () => {
    const runId = gh.state.runs.create(REPO, 'release.yml', { ref: TAG, createdAt: CREATED }).id;
    gh.state.artifacts.create(REPO, {
      runId,
      name: 'widget-binaries',
      zip: await makeZip([{ name: 'widget-linux-amd64', content: readFileSync(release.artifactPath) }]),
    });
    const step = validateStep(runId, { 'github-token': READ_ONLY });
    const written = await captureStdout(() => validate(at(0, 1)));
    expect(step.outputs()).toMatchObject({ verified: 'true', 'failure-reason': 'permission_denied' });
    expect(process.exitCode).toBe(1);
    expect(written).toMatch(
      /::error::permission_denied: the manifest was not updated: GitHub refused to write .*contents: write.*protected branch.*manifest-branch.*\(runbook: https:\/\/github\.com\/[\w.-]+\/provenance-guard\/blob\/[^/]+\/docs\/ops\/runbooks\/permission_denied\.md\)/,
    );
    expect(written).not.toMatch(/lock_timeout/);
    expect(step.summary()).toMatch(
      /^## ⚠️ Provenance verified, but the manifest was not updated: permission_denied$/m,
    );
  });

  /** An entry that cannot be read is not "no entry": the verdict is made, not recorded, and the step fails. */
  it('a verified release whose entry read fails three times is not green and records nothing', async () => {
    const runId = gh.state.runs.create(REPO, 'release.yml', { ref: TAG, createdAt: CREATED }).id;
    gh.state.artifacts.create(REPO, {
      runId,
      name: 'widget-binaries',
      zip: await makeZip([{ name: 'widget-linux-amd64', content: readFileSync(release.artifactPath) }]),
    });
    const step = validateStep(runId);
    gh.faults.inject(
      { method: 'GET', path: new RegExp(`/contents/${HOME}`) },
      { kind: 'status', status: 502 },
      3,
    );
    await captureStdout(() => validate(at(0, 1)));
    gh.faults.clear();
    expect(step.outputs()).toMatchObject({ verified: 'true', 'failure-reason': 'github_unavailable' });
    expect(process.exitCode).toBe(1);
    expect(entryOf(runId)).toBeUndefined();
    expect(step.summary()).toMatch(/^## ⚠️ Provenance verified, but the manifest was not updated/m);
  });

  /** A verdict the manifest refuses (here: a verified rerun of a failure recover never requeued) fails the step. */
  it('a verdict the manifest refuses fails the step instead of passing with the verdict unrecorded', async () => {
    const runId = gh.state.runs.create(REPO, 'release.yml', { ref: TAG, createdAt: CREATED }).id;
    validateStep(runId);
    await captureStdout(() => validate(at(0, 1)));
    expect(entryOf(runId)).toMatchObject({ status: 'failure', failure_reason: 'artifact_missing' });
    process.exitCode = 0;
    gh.state.artifacts.create(REPO, {
      runId,
      name: 'widget-binaries',
      zip: await makeZip([{ name: 'widget-linux-amd64', content: readFileSync(release.artifactPath) }]),
    });
    const again = validateStep(runId);
    const written = await captureStdout(() => validate(at(0, 5)));
    expect(again.outputs()).toMatchObject({ verified: 'true', 'failure-reason': 'input_invalid' });
    expect(process.exitCode).toBe(1);
    expect(written).toMatch(
      /the manifest refused the verdict: validated is not allowed .* in status failure/,
    );
    expect(entryOf(runId).status).toBe('failure');
  });
});

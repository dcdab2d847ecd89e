import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GitHubEmulator } from './emulator.js';
import type { Artifact } from './state/artifacts.js';
import { client, expectFailure, makeZip, owner, REPO, repo, startWithRepo } from './support.js';

describe('artifacts', () => {
  const now = new Date('2026-03-01T12:00:00Z');
  let gh: GitHubEmulator;
  let zip: Buffer;
  let bundle: Artifact;
  let runId: number;
  let expired: Artifact;
  beforeAll(async () => {
    gh = await startWithRepo({ now: () => now });
    gh.state.workflows.add(REPO, { path: '.github/workflows/build.yml' });
    runId = gh.state.runs.create(REPO, 'build.yml').id;
    const otherRun = gh.state.runs.create(REPO, 'build.yml').id;
    zip = await makeZip({ 'dist/app.tgz': 'binary', 'provenance.intoto.jsonl': '{}' });
    bundle = gh.state.artifacts.create(REPO, { runId, name: 'release-bundle', zip });
    gh.state.artifacts.create(REPO, { runId, name: 'logs', zip });
    gh.state.artifacts.create(REPO, { runId: otherRun, name: 'release-bundle', zip });
    expired = gh.state.artifacts.create(REPO, {
      runId,
      name: 'old',
      zip,
      expiresAt: new Date(now.getTime() - 1),
    });
  });
  afterAll(() => gh.close());

  it('describes an artifact with its digest and workflow run', async () => {
    const { data } = await client(gh).rest.actions.getArtifact({ owner, repo, artifact_id: bundle.id });
    const run = gh.state.runs.run(REPO, runId);
    expect(data).toMatchObject({
      id: bundle.id,
      name: 'release-bundle',
      size_in_bytes: zip.length,
      expired: false,
      digest: `sha256:${createHash('sha256').update(zip).digest('hex')}`,
      archive_download_url: `${gh.url}/repos/acme/app/actions/artifacts/${bundle.id}/zip`,
      created_at: '2026-03-01T12:00:00Z',
      expires_at: '2026-05-30T12:00:00Z',
      workflow_run: {
        id: runId,
        repository_id: run.repo.id,
        head_repository_id: run.repo.id,
        head_branch: 'main',
        head_sha: run.headSha,
      },
    });
    await expectFailure(client(gh).rest.actions.getArtifact({ owner, repo, artifact_id: 1 }), 404);
  });

  it('lists repository-wide and per run, filtering by name and paginating', async () => {
    const octokit = client(gh);
    const all = await octokit.rest.actions.listArtifactsForRepo({ owner, repo, per_page: 3 });
    expect(all.data.total_count).toBe(4);
    expect(all.data.artifacts).toHaveLength(3);
    expect(all.headers.link).toContain('rel="next"');
    const named = await octokit.rest.actions.listWorkflowRunArtifacts({
      owner,
      repo,
      run_id: runId,
      name: 'release-bundle',
    });
    expect(named.data.artifacts.map((artifact) => artifact.id)).toEqual([bundle.id]);
    const perRun = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, {
      owner,
      repo,
      run_id: runId,
      per_page: 1,
    });
    expect(perRun.map((artifact) => artifact.name)).toEqual(['old', 'logs', 'release-bundle']);
  });

  it('redirects the zip download to an absolute URL on the same server', async () => {
    const octokit = client(gh);
    const manual = await octokit.rest.actions.downloadArtifact({
      owner,
      repo,
      artifact_id: bundle.id,
      archive_format: 'zip',
      request: { redirect: 'manual' },
    });
    expect(manual.status).toBe(302);
    const location = new URL(String(manual.headers.location));
    expect(location.origin).toBe(gh.url);
    const followed = await octokit.rest.actions.downloadArtifact({
      owner,
      repo,
      artifact_id: bundle.id,
      archive_format: 'zip',
    });
    expect(Buffer.from(followed.data as ArrayBuffer).equals(zip)).toBe(true);
    const unauthenticated = await fetch(location);
    expect(Buffer.from(await unauthenticated.arrayBuffer()).equals(zip)).toBe(true);
  });

  it('answers 410 for an expired artifact', async () => {
    const { data } = await client(gh).rest.actions.getArtifact({ owner, repo, artifact_id: expired.id });
    expect(data.expired).toBe(true);
    await expectFailure(
      client(gh).rest.actions.downloadArtifact({
        owner,
        repo,
        artifact_id: expired.id,
        archive_format: 'zip',
      }),
      410,
      'Artifact has expired',
    );
  });
});

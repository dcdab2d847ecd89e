import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GitHubEmulator } from '../emulator.js';
import { allRoutes } from '../routes/index.js';
import { DAY_MS } from '../state/clock.js';
import { base64, client, expectFailure, makeZip, owner, REPO, repo, startWithRepo } from '../support.js';
import { checkResponse } from './check.js';

// Every route the emulator serves, with its successes and the errors it knows, checked against GitHub's description.
describe("the emulator against GitHub's OpenAPI description", () => {
  const now = new Date('2026-03-01T12:00:00Z');
  let gh: GitHubEmulator;
  beforeAll(async () => {
    gh = await startWithRepo({ now: () => now, tokens: { 'tok-checks': ['checks:read'] } });
  });
  afterAll(() => gh.close());

  const octokit = () => client(gh);

  it('contents: files, large files, media types, directories, writes and deletes', async () => {
    const put = (path: string, content: string, sha?: string, branch?: string) =>
      octokit().rest.repos.createOrUpdateFileContents({
        owner,
        repo,
        path,
        message: 'write',
        content: base64(content),
        sha,
        branch,
      });
    const created = await put('docs/a.json', '{}');
    await put('docs/a.json', '[]', created.data.content?.sha);
    await expectFailure(put('docs/a.json', 'x'), 422);
    await expectFailure(put('docs/a.json', 'x', 'f'.repeat(40)), 409);
    await expectFailure(put('docs/a.json', 'x', undefined, 'missing'), 404);
    gh.state.contents.put(REPO, 'docs/big.bin', Buffer.alloc(1024 * 1024 + 1));
    const read = (path: string, format?: 'raw' | 'object') =>
      octokit().rest.repos.getContent({ owner, repo, path, ...(format && { mediaType: { format } }) });
    for (const format of [undefined, 'raw', 'object'] as const) {
      await read('docs/a.json', format);
      await read('docs/big.bin', format);
      await read('docs', format === 'raw' ? undefined : format);
    }
    await expectFailure(read('nothing'), 404);
    const current = gh.state.contents.read(REPO, 'docs/a.json')?.sha ?? '';
    await expectFailure(
      octokit().rest.repos.deleteFile({
        owner,
        repo,
        path: 'docs/a.json',
        message: 'rm',
        sha: 'f'.repeat(40),
      }),
      409,
    );
    await octokit().rest.repos.deleteFile({ owner, repo, path: 'docs/a.json', message: 'rm', sha: current });
  });

  it('repositories', async () => {
    await octokit().rest.repos.get({ owner, repo });
    await expectFailure(octokit().rest.repos.get({ owner, repo: 'missing' }), 404);
  });

  it('git: refs, annotated tags and commit objects', async () => {
    const tag = gh.state.git.createTag(REPO, 'v1.0.0', { message: 'v1.0.0' });
    gh.state.git.createTag(REPO, 'v1.0.1');
    await octokit().rest.git.getRef({ owner, repo, ref: 'tags/v1.0.0' });
    await expectFailure(octokit().rest.git.getRef({ owner, repo, ref: 'tags/none' }), 404);
    await octokit().rest.git.listMatchingRefs({ owner, repo, ref: 'tags/v1' });
    const head = gh.state.git.tip(REPO, 'main').sha;
    await octokit().rest.git.createRef({ owner, repo, ref: 'refs/heads/release', sha: head });
    await expectFailure(
      octokit().rest.git.createRef({ owner, repo, ref: 'refs/heads/release', sha: head }),
      422,
    );
    await octokit().rest.git.getTag({ owner, repo, tag_sha: tag.sha });
    await expectFailure(octokit().rest.git.getTag({ owner, repo, tag_sha: head }), 404);
    const { data: commit } = await octokit().rest.git.getCommit({ owner, repo, commit_sha: head });
    await expectFailure(octokit().rest.git.getCommit({ owner, repo, commit_sha: 'f'.repeat(40) }), 404);
    await octokit().rest.git.createCommit({
      owner,
      repo,
      message: 'revert',
      tree: commit.tree.sha,
      parents: [head],
    });
    await expectFailure(
      octokit().rest.git.createCommit({ owner, repo, message: 'x', tree: 'f'.repeat(40), parents: [head] }),
      422,
    );
  });

  it('git: trees, ref updates and protected branches', async () => {
    gh.state.contents.put(REPO, 'src/a.ts', 'a');
    const tip = gh.state.git.tip(REPO, 'main');
    await octokit().rest.git.getTree({ owner, repo, tree_sha: tip.treeSha });
    await octokit().rest.git.getTree({ owner, repo, tree_sha: 'main', recursive: '1' });
    await expectFailure(octokit().rest.git.getTree({ owner, repo, tree_sha: 'f'.repeat(40) }), 404);
    const { data: tree } = await octokit().rest.git.createTree({
      owner,
      repo,
      base_tree: tip.treeSha,
      tree: [{ path: 'src/b.ts', mode: '100644', type: 'blob', content: 'b' }],
    });
    await expectFailure(
      octokit().rest.git.createTree({
        owner,
        repo,
        tree: [{ path: 'x', mode: '100644', sha: 'f'.repeat(40) }],
      }),
      422,
    );
    const { data: commit } = await octokit().rest.git.createCommit({
      owner,
      repo,
      message: 'b',
      tree: tree.sha,
      parents: [tip.sha],
    });
    await octokit().rest.git.updateRef({ owner, repo, ref: 'heads/main', sha: commit.sha });
    await expectFailure(octokit().rest.git.updateRef({ owner, repo, ref: 'heads/main', sha: tip.sha }), 422);
    gh.state.protection.set(REPO, 'main', { requiredStatusChecks: [] });
    await expectFailure(
      octokit().rest.repos.createOrUpdateFileContents({
        owner,
        repo,
        path: 'c.ts',
        message: 'c',
        content: base64('c'),
      }),
      409,
    );
    gh.state.protection.clear(REPO, 'main');
  });

  it('issues, comments, labels, pull requests and search', async () => {
    const issue = await octokit().rest.issues.create({
      owner,
      repo,
      title: 'Failure',
      body: 'marker',
      labels: ['ops'],
    });
    for (let i = 0; i < 3; i += 1) await octokit().rest.issues.create({ owner, repo, title: `more ${i}` });
    gh.state.repos.create('acme/quiet', { hasIssues: false });
    await expectFailure(octokit().rest.issues.create({ owner, repo: 'quiet', title: 'x' }), 410);
    await octokit().rest.issues.listForRepo({ owner, repo, per_page: 2, page: 2 });
    await octokit().rest.issues.get({ owner, repo, issue_number: issue.data.number });
    await expectFailure(octokit().rest.issues.get({ owner, repo, issue_number: 99 }), 404);
    await octokit().rest.issues.update({ owner, repo, issue_number: issue.data.number, state: 'closed' });
    await octokit().rest.issues.createComment({ owner, repo, issue_number: issue.data.number, body: 'note' });
    await octokit().rest.issues.listComments({ owner, repo, issue_number: issue.data.number });
    await octokit().rest.issues.createLabel({ owner, repo, name: 'release', color: '00ff00' });
    await expectFailure(octokit().rest.issues.createLabel({ owner, repo, name: 'release' }), 422);
    await octokit().rest.issues.listLabelsForRepo({ owner, repo });
    await octokit().rest.issues.getLabel({ owner, repo, name: 'release' });
    await expectFailure(octokit().rest.issues.getLabel({ owner, repo, name: 'none' }), 404);
    await octokit().rest.issues.addLabels({
      owner,
      repo,
      issue_number: issue.data.number,
      labels: ['release'],
    });
    gh.state.git.createBranch(REPO, 'fix');
    gh.state.contents.put(REPO, 'fix.txt', 'fix\n', { branch: 'fix' });
    const pull = await octokit().rest.pulls.create({
      owner,
      repo,
      title: 'Fix',
      head: 'fix',
      base: 'main',
      body: 'marker',
    });
    await expectFailure(
      octokit().rest.pulls.create({ owner, repo, title: 'Fix', head: 'fix', base: 'main' }),
      422,
    );
    await octokit().rest.pulls.list({ owner, repo });
    await octokit().rest.pulls.get({ owner, repo, pull_number: pull.data.number });
    await expectFailure(octokit().rest.pulls.get({ owner, repo, pull_number: 99 }), 404);
    const merge = (sha?: string) =>
      octokit().rest.pulls.merge({ owner, repo, pull_number: pull.data.number, sha });
    await expectFailure(merge('f'.repeat(40)), 409);
    gh.state.protection.set(REPO, 'main', { requiredStatusChecks: ['lint'] });
    await expectFailure(merge(), 405);
    gh.state.checks.record(REPO, pull.data.head.sha, 'lint', 'success');
    await client(gh, 'tok-checks').rest.checks.listForRef({ owner, repo, ref: pull.data.head.sha });
    await expectFailure(
      client(gh, 'tok-checks').rest.checks.listForRef({ owner, repo, ref: 'nowhere' }),
      404,
    );
    await merge(pull.data.head.sha);
    gh.state.protection.clear(REPO, 'main');
    await octokit().rest.pulls.get({ owner, repo, pull_number: pull.data.number });
    await octokit().rest.issues.get({ owner, repo, issue_number: pull.data.number });
    await octokit().rest.issues.listForRepo({ owner, repo, state: 'all' });
    await octokit().rest.search.issuesAndPullRequests({ q: 'repo:acme/app marker', per_page: 1 });
    await expectFailure(octokit().rest.search.issuesAndPullRequests({ q: 'repo:acme/none x' }), 422);
  });

  it('collaborators, runs, re-runs and dispatches', async () => {
    gh.state.collaborators.set(REPO, 'alice', { name: 'release-manager', base: 'maintain' });
    await octokit().rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: 'alice' });
    await expectFailure(
      octokit().rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: 'mallory' }),
      404,
    );
    const workflow = gh.state.workflows.add(REPO, { path: '.github/workflows/release.yml', name: 'Release' });
    gh.state.workflows.add(REPO, { path: '.github/workflows/push.yml', dispatchable: false });
    const run = gh.state.runs.create(REPO, 'release.yml', { conclusion: 'failure' });
    const old = gh.state.runs.create(REPO, 'release.yml', {
      createdAt: new Date(now.getTime() - 31 * DAY_MS),
    });
    await octokit().rest.actions.getWorkflowRun({ owner, repo, run_id: run.id });
    await expectFailure(octokit().rest.actions.getWorkflowRun({ owner, repo, run_id: 1 }), 404);
    await octokit().rest.actions.reRunWorkflow({ owner, repo, run_id: run.id });
    await expectFailure(octokit().rest.actions.reRunWorkflow({ owner, repo, run_id: run.id }), 403);
    gh.state.runs.complete(REPO, run.id, 'failure');
    await octokit().rest.actions.reRunWorkflowFailedJobs({ owner, repo, run_id: run.id });
    await expectFailure(octokit().rest.actions.reRunWorkflowFailedJobs({ owner, repo, run_id: old.id }), 403);
    await octokit().rest.actions.getWorkflowRunAttempt({ owner, repo, run_id: run.id, attempt_number: 1 });
    await expectFailure(
      octokit().rest.actions.getWorkflowRunAttempt({ owner, repo, run_id: run.id, attempt_number: 9 }),
      404,
    );
    await octokit().rest.actions.listWorkflowRuns({ owner, repo, workflow_id: workflow.id, per_page: 1 });
    const dispatch = (workflow_id: string, extra: Record<string, unknown> = {}) =>
      octokit().request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', {
        owner,
        repo,
        workflow_id,
        ref: 'main',
        ...extra,
      });
    await dispatch('release.yml');
    await dispatch('release.yml', { return_run_details: true });
    await expectFailure(dispatch('push.yml'), 422);
  });

  it('artifacts and attestations', async () => {
    const run = gh.state.runs.runsOf(REPO)[0]?.id ?? 0;
    const zip = await makeZip({ 'a.txt': 'a' });
    const artifact = gh.state.artifacts.create(REPO, { runId: run, name: 'bundle', zip });
    gh.state.artifacts.create(REPO, { runId: run, name: 'second', zip });
    const expired = gh.state.artifacts.create(REPO, {
      runId: run,
      name: 'old',
      zip,
      expiresAt: new Date(now.getTime() - 1),
    });
    await octokit().rest.actions.listArtifactsForRepo({ owner, repo, per_page: 1 });
    await octokit().rest.actions.listWorkflowRunArtifacts({ owner, repo, run_id: run, name: 'bundle' });
    await octokit().rest.actions.getArtifact({ owner, repo, artifact_id: artifact.id });
    await octokit().rest.actions.downloadArtifact({
      owner,
      repo,
      artifact_id: artifact.id,
      archive_format: 'zip',
    });
    await expectFailure(
      octokit().rest.actions.downloadArtifact({
        owner,
        repo,
        artifact_id: expired.id,
        archive_format: 'zip',
      }),
      410,
    );
    const digest = `sha256:${'ab'.repeat(32)}`;
    const bundle = {
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      verificationMaterial: {},
      dsseEnvelope: { payload: 'e30=' },
    };
    for (let i = 0; i < 3; i += 1) gh.state.attestations.add(REPO, digest, bundle);
    const first = await octokit().rest.repos.listAttestations({
      owner,
      repo,
      subject_digest: digest,
      per_page: 2,
    });
    await octokit().request(`GET ${String(/<([^>]+)>; rel="next"/.exec(first.headers.link ?? '')?.[1])}`);
    await expectFailure(
      octokit().rest.repos.listAttestations({ owner, repo, subject_digest: `sha256:${'cd'.repeat(32)}` }),
      404,
    );
    await octokit().rest.orgs.listAttestations({ org: owner, subject_digest: digest, per_page: 2 });
    await expectFailure(
      octokit().rest.orgs.listAttestations({ org: owner, subject_digest: `sha256:${'cd'.repeat(32)}` }),
      404,
    );
    await octokit().request('POST /orgs/{org}/attestations/bulk-list{?per_page}', {
      org: owner,
      per_page: 2,
      subject_digests: [digest, `sha256:${'cd'.repeat(32)}`],
    });
    await expectFailure(
      octokit().request('POST /orgs/{org}/attestations/bulk-list', { org: owner, subject_digests: 'x' }),
      422,
    );
  });

  it('releases and release assets', async () => {
    const release = gh.state.releases.create(REPO, {
      tag: 'v9.0.0',
      assets: [
        { name: 'a.tgz', bytes: Buffer.from('a') },
        { name: 'b.tgz', bytes: Buffer.from('b') },
      ],
    });
    await octokit().rest.repos.listReleases({ owner, repo, per_page: 1 });
    await octokit().rest.repos.getReleaseByTag({ owner, repo, tag: 'v9.0.0' });
    await expectFailure(octokit().rest.repos.getReleaseByTag({ owner, repo, tag: 'v0.0.0' }), 404);
    await octokit().rest.repos.listReleaseAssets({
      owner,
      repo,
      release_id: release.id,
      per_page: 1,
      page: 2,
    });
    const asset = release.assets[0]?.id ?? 0;
    await octokit().rest.repos.getReleaseAsset({ owner, repo, asset_id: asset });
    await octokit().request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
      owner,
      repo,
      asset_id: asset,
      headers: { accept: 'application/octet-stream' },
    });
    await expectFailure(octokit().rest.repos.getReleaseAsset({ owner, repo, asset_id: 1 }), 404);
  });

  it('rulesets', async () => {
    gh.state.rulesets.add(REPO, { name: 'main', target: 'branch', include: ['~DEFAULT_BRANCH'] });
    const tags = gh.state.rulesets.add(REPO, {
      name: 'release tags',
      include: ['refs/tags/v*'],
      exclude: ['refs/tags/v0*'],
      rules: ['creation', 'update', 'deletion', 'non_fast_forward', 'required_signatures'],
    });
    const org = gh.state.rulesets.add(REPO, { name: 'org', include: ['~ALL'], organization: true });
    await octokit().rest.repos.getRepoRulesets({ owner, repo, per_page: 1, page: 2 });
    await octokit().rest.repos.getRepoRulesets({ owner, repo, targets: 'tag', includes_parents: false });
    for (const ruleset of [tags, org])
      await octokit().rest.repos.getRepoRuleset({ owner, repo, ruleset_id: ruleset.id });
    await expectFailure(octokit().rest.repos.getRepoRuleset({ owner, repo, ruleset_id: 1 }), 404);
  });

  it('authentication, permissions, bad JSON and unknown paths', async () => {
    await expectFailure(client(gh, null).rest.issues.listForRepo({ owner, repo }), 401);
    await expectFailure(client(gh, 'tok-unknown').rest.issues.listForRepo({ owner, repo }), 401);
    await expectFailure(client(gh, 'tok-read').rest.issues.listForRepo({ owner, repo }), 403);
    const headers = { authorization: 'token tok-write' };
    const response = await fetch(`${gh.url}/repos/acme/app/issues`, { method: 'POST', headers, body: '{' });
    expect(response.status).toBe(400);
    await expectFailure(octokit().request('GET /nowhere'), 404);
  });

  it('sent only responses the description allows, from every route it has', () => {
    const responses = gh.responses.all();
    const unfaithful = responses
      .map((response) => ({ response, verdict: checkResponse(response) }))
      .filter(({ verdict }) => verdict.findings.length > 0);
    expect(unfaithful).toEqual([]);
    const answered = new Set(responses.map((response) => `${response.method} ${response.route}`));
    const silent = allRoutes(gh.state)
      .map((route) => `${route.method} ${route.path}`)
      .filter((route) => !answered.has(route));
    expect(silent).toEqual([]);
    const bases = new Set(responses.map((response) => checkResponse(response).basis));
    expect([...bases].sort()).toEqual(['documented', 'listed', 'outside-api']);
  });
});

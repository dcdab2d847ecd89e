import { Octokit } from '@octokit/rest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findIssueByMarker } from '../../../src/adapters/github/issues.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../emulator/emulator.js';

const REPO = 'acme/app';
const LABEL = 'provenance-failure';
const MARKER = '<!-- provenance-guard:v1.2.0:42 -->';

describe('findIssueByMarker', () => {
  let gh: GitHubEmulator;
  let octokit: Octokit;
  beforeAll(async () => {
    gh = await startGitHubEmulator({ tokens: { tok: ['issues:read', 'pull_requests:read'] } });
    gh.state.repos.create(REPO);
    gh.state.git.createBranch(REPO, 'fix');
    gh.state.contents.put(REPO, 'fix.txt', 'fix', { branch: 'fix' });
    octokit = new Octokit({ baseUrl: gh.url, auth: 'tok' });
  });
  afterAll(() => gh.close());

  const find = () =>
    findIssueByMarker({ octokit, repository: { owner: 'acme', repo: 'app' } }, LABEL, MARKER);

  it('skips a labelled pull request that quotes the marker and finds the issue', async () => {
    gh.state.issues.create(REPO, {
      title: 'Provenance failure',
      body: `run failed ${MARKER}`,
      labels: [LABEL],
    });
    const pull = gh.state.pulls.create(REPO, {
      title: 'Fix',
      head: 'fix',
      base: 'main',
      body: `fixes ${MARKER}`,
      labels: [LABEL],
    });
    const listed = await octokit.rest.issues.listForRepo({ owner: 'acme', repo: 'app', labels: LABEL });
    expect(listed.data[0]).toMatchObject({
      number: pull.number,
      pull_request: { url: `${gh.url}/repos/${REPO}/pulls/${pull.number}` },
    });
    expect(await find()).toBe(1);
  });

  it('finds nothing when only a pull request carries the marker', async () => {
    gh.state.issues.update(REPO, 1, { state: 'closed' });
    expect(await find()).toBeNull();
  });
});

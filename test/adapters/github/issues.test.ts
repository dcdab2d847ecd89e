import { Octokit } from '@octokit/rest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findIssueByMarker, openIssue } from '../../../src/adapters/github/issues.js';
import { defaultGitHubRetryTiming } from '../../../src/adapters/github/retry.js';
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

/** Issue #24: an issue whose creation landed while its answer was lost is found, never opened twice. */
describe('openIssue', () => {
  let gh: GitHubEmulator;
  const repo = { owner: 'acme', repo: 'lost' };
  const timing = { ...defaultGitHubRetryTiming, sleep: async () => {} };
  const content = {
    title: 'provenance: subject_mismatch for v1.2.0',
    body: `failed ${MARKER}`,
    labels: [LABEL],
  };
  const found = { label: LABEL, marker: MARKER };
  beforeAll(async () => {
    gh = await startGitHubEmulator({ tokens: { tok: ['issues:write'] } });
  });
  afterAll(() => gh.close());

  /** A client whose first `POST …/issues` lands and then loses its answer (a 502 after GitHub acted). */
  function losingFirstAnswer(): { octokit: Octokit; lost: () => boolean } {
    const octokit = new Octokit({ baseUrl: gh.url, auth: 'tok', retry: { enabled: false } });
    let lost = false;
    octokit.hook.wrap('request', async (send, options) => {
      const response = await send(options);
      if (!lost && options.method === 'POST' && options.url.endsWith('/issues')) {
        lost = true;
        throw Object.assign(new Error('Bad Gateway'), { status: 502 });
      }
      return response;
    });
    return { octokit, lost: () => lost };
  }

  it('reads back the issue it opened before trying again: one issue', async () => {
    gh.state.repos.create('acme/lost');
    const client = losingFirstAnswer();
    const number = await openIssue({ octokit: client.octokit, repository: repo, timing }, content, found);
    expect(client.lost()).toBe(true);
    expect(gh.state.issues.list('acme/lost', {}).map((issue) => issue.number)).toEqual([number]);
  });

  it('opens it when the failed try never reached GitHub', async () => {
    gh.state.repos.create('acme/refused');
    gh.faults.inject(
      { method: 'POST', path: '/repos/acme/refused/issues' },
      { kind: 'status', status: 502 },
      1,
    );
    const octokit = new Octokit({ baseUrl: gh.url, auth: 'tok', retry: { enabled: false } });
    const number = await openIssue(
      { octokit, repository: { owner: 'acme', repo: 'refused' }, timing },
      content,
      found,
    );
    expect(gh.state.issues.list('acme/refused', {}).map((issue) => issue.number)).toEqual([number]);
  });
});

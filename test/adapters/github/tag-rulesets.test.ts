import { Octokit } from '@octokit/rest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readTagProtection } from '../../../src/adapters/github/tag-rulesets.js';
import { defaultGitHubRetryTiming } from '../../../src/adapters/github/index.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../emulator/emulator.js';

const TOKEN = 'ghs_tagRulesetReader0123456789abcdef';
const timing = { ...defaultGitHubRetryTiming, sleep: async () => {} };
let gh: GitHubEmulator;
let n = 0;
let repository: { owner: string; repo: string };

beforeAll(async () => {
  gh = await startGitHubEmulator({ tokens: { [TOKEN]: ['contents:read'] } });
});
afterAll(() => gh?.close());
beforeEach(() => {
  repository = { owner: 'acme', repo: `widget-${++n}` };
  gh.state.repos.create(`acme/${repository.repo}`);
});

const octokit = (auth = TOKEN) => new Octokit({ baseUrl: gh.url, auth });
const read = (tag: string, auth?: string) => readTagProtection(octokit(auth), repository, tag, timing);
const full = () => `acme/${repository.repo}`;

describe('readTagProtection: the rulesets API, read as a job token can', () => {
  it('a repository without rulesets: any writer may push a v* tag', async () => {
    expect(await read('v9-anything')).toEqual({
      kind: 'unrestricted',
      missing: 'no active tag ruleset covers refs/tags/v9-anything',
    });
  });

  it('an active tag ruleset over refs/tags/v* that restricts creation protects the release tag', async () => {
    gh.state.rulesets.add(full(), {
      name: 'main',
      target: 'branch',
      include: ['~DEFAULT_BRANCH'],
      rules: ['creation'],
    });
    gh.state.rulesets.add(full(), {
      name: 'release tags',
      include: ['refs/tags/v*'],
      rules: ['creation', 'update', 'deletion'],
    });
    expect(await read('v1.2.3')).toEqual({ kind: 'restricted', rulesets: ['release tags'] });
  });

  it("the organization's tag ruleset that applies counts too", async () => {
    gh.state.rulesets.add(full(), {
      name: 'org tags',
      include: ['~ALL'],
      rules: ['creation'],
      organization: true,
    });
    expect(await read('v1.2.3')).toEqual({ kind: 'restricted', rulesets: ['org tags'] });
  });

  it('a disabled ruleset, or one that only restricts deletion, leaves the tag open and says what is missing', async () => {
    gh.state.rulesets.add(full(), {
      name: 'off',
      include: ['refs/tags/v*'],
      rules: ['creation'],
      enforcement: 'disabled',
    });
    gh.state.rulesets.add(full(), { name: 'keep tags', include: ['refs/tags/v*'], rules: ['deletion'] });
    expect(await read('v1.2.3')).toEqual({
      kind: 'unrestricted',
      missing: 'the active tag rulesets covering refs/tags/v1.2.3 (keep tags) lack creation, update',
    });
  });

  it('reads past the first page: the restricting ruleset is the 102nd', async () => {
    for (let i = 0; i < 101; i++)
      gh.state.rulesets.add(full(), { name: `other ${i}`, include: ['refs/tags/x*'] });
    gh.state.rulesets.add(full(), { name: 'release tags', include: ['refs/tags/v*'], rules: ['creation'] });
    expect(await read('v1.2.3')).toEqual({ kind: 'restricted', rulesets: ['release tags'] });
  });

  it('a token GitHub refuses makes the answer unknown, never an error', async () => {
    expect(await read('v1.2.3', 'ghs_unknownToken0000000000000000000')).toMatchObject({
      kind: 'unknown',
      why: expect.stringContaining('could not be read'),
    });
  });
});

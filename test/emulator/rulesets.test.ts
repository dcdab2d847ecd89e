import { afterAll, beforeAll, expect, it } from 'vitest';
import type { GitHubEmulator } from './emulator.js';
import { client, expectFailure, owner, REPO, repo, startWithRepo } from './support.js';

let gh: GitHubEmulator;
let tagRuleset: number;
let organizationRuleset: number;
beforeAll(async () => {
  gh = await startWithRepo();
  gh.state.rulesets.add(REPO, {
    name: 'main',
    target: 'branch',
    include: ['~DEFAULT_BRANCH'],
    rules: ['deletion'],
  });
  tagRuleset = gh.state.rulesets.add(REPO, {
    name: 'release tags',
    include: ['refs/tags/v*'],
    exclude: ['refs/tags/v0*'],
    rules: ['creation', 'update', 'deletion'],
  }).id;
  organizationRuleset = gh.state.rulesets.add(REPO, {
    name: 'org tags',
    include: ['~ALL'],
    rules: ['deletion'],
    organization: true,
  }).id;
});
afterAll(() => gh.close());

const list = (query: { targets?: string; includes_parents?: boolean; per_page?: number } = {}) =>
  client(gh, 'tok-read').rest.repos.getRepoRulesets({ owner, repo, ...query });

it('lists every ruleset that applies, the organization one included, without conditions or rules', async () => {
  const { data } = await list();
  expect(data.map((r) => [r.name, r.target, r.source_type, r.source])).toEqual([
    ['main', 'branch', 'Repository', REPO],
    ['release tags', 'tag', 'Repository', REPO],
    ['org tags', 'tag', 'Organization', owner],
  ]);
  expect(data[1]).not.toHaveProperty('conditions');
  expect(data[1]).not.toHaveProperty('rules');
});

it('filters by targets and leaves the organization out when includes_parents is false', async () => {
  expect((await list({ targets: 'tag' })).data.map((r) => r.name)).toEqual(['release tags', 'org tags']);
  expect((await list({ targets: 'tag', includes_parents: false })).data.map((r) => r.name)).toEqual([
    'release tags',
  ]);
  expect((await list({ targets: 'push' })).data).toEqual([]);
});

it('pages the list with a link header, so octokit.paginate reads every ruleset', async () => {
  const all = await client(gh, 'tok-read').paginate(client(gh, 'tok-read').rest.repos.getRepoRulesets, {
    owner,
    repo,
    per_page: 1,
  });
  expect(all).toHaveLength(3);
});

it('answers one ruleset with its ref-name conditions, rules and enforcement', async () => {
  const { data } = await client(gh, 'tok-read').rest.repos.getRepoRuleset({
    owner,
    repo,
    ruleset_id: tagRuleset,
  });
  expect(data).toMatchObject({
    name: 'release tags',
    target: 'tag',
    enforcement: 'active',
    conditions: { ref_name: { include: ['refs/tags/v*'], exclude: ['refs/tags/v0*'] } },
    rules: [{ type: 'creation' }, { type: 'update' }, { type: 'deletion' }],
  });
  expect(data).not.toHaveProperty('bypass_actors');
});

it('answers 404 for an unknown ruleset, and for an organization ruleset without includes_parents', async () => {
  const get = (ruleset_id: number, includes_parents?: boolean) =>
    client(gh, 'tok-read').rest.repos.getRepoRuleset({ owner, repo, ruleset_id, includes_parents });
  await expectFailure(get(999_999), 404, 'Not Found');
  await expectFailure(get(organizationRuleset, false), 404, 'Not Found');
  expect((await get(organizationRuleset)).data.source_type).toBe('Organization');
});

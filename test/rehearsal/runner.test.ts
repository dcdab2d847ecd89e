import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConcurrencyGroups, displacedBy } from './runner/concurrency.js';
import { matchesFilter } from './workflow/filters.js';
import type { RunRecord } from './runner/model.js';
import { logOf, results } from './scenario.js';
import { User } from './user.js';
import { startWorld, type World } from './world.js';

let world: World;
let maintainer: User;

beforeAll(async () => {
  world = await startWorld();
  maintainer = new User(world, 'maintainer');
});
afterAll(() => world?.close());

let repoCount = 0;
async function repository(files: Record<string, string>): Promise<string> {
  const repo = `acme/runner-${++repoCount}`;
  world.gh.state.repos.create(repo);
  world.gh.state.collaborators.set(repo, 'maintainer', 'admin');
  await maintainer.commit(repo, files, 'workflows');
  await world.runner.settle();
  return repo;
}

const job = (run: RunRecord, id: string) => run.jobs.get(id)!;

describe('the runner runs a workflow as GitHub does', () => {
  it('starts a tag push workflow and follows needs, if:, outputs, env files and summaries', async () => {
    const repo = await repository({
      '.github/workflows/release.yml': `
name: release
run-name: release \${{ github.ref_name }} by \${{ github.actor }}
on:
  push:
    tags: ['v*']
permissions: {}
jobs:
  build:
    runs-on: ubuntu-latest
    outputs:
      word: \${{ steps.say.outputs.word }}
    steps:
      - id: say
        run: |
          echo "word=hello" >> "$GITHUB_OUTPUT"
          echo "GREETING=hi there" >> "$GITHUB_ENV"
          echo "## built" >> "$GITHUB_STEP_SUMMARY"
      - run: '[ "$GREETING" = "hi there" ] && [ "$CI" = true ] && [ "$GITHUB_REF" = refs/tags/v1.0.0 ]'
      - env:
          FOLDED: >-
            \${{ format('[{0} {1}]', 'a',
                 'b') }}
          JSON: \${{ contains(toJSON(github.event.repository), 'runner-') }}
          STARTS: \${{ startsWith(github.ref, 'refs/tags/') }}
        run: echo "folded=$FOLDED json=$JSON starts=$STARTS"
  broken:
    needs: build
    runs-on: ubuntu-latest
    steps:
      - run: 'false'
  after-broken:
    needs: broken
    runs-on: ubuntu-latest
    steps:
      - run: echo never
  on-failure:
    needs: [build, broken]
    if: failure()
    runs-on: ubuntu-latest
    steps:
      - env:
          WORD: \${{ needs.build.outputs.word }}
          RESULT: \${{ needs.broken.result }}
        run: echo "saw $WORD and $RESULT"
`,
    });
    await maintainer.tag(repo, 'v1.0.0');
    await world.runner.settle();
    const [run] = world.runner.runsOf(repo, 'release.yml');
    expect(run).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
      displayTitle: 'release v1.0.0 by maintainer',
    });
    expect(Object.fromEntries([...run!.jobs].map(([id, record]) => [id, record.result]))).toEqual({
      build: 'success',
      broken: 'failure',
      'after-broken': 'skipped',
      'on-failure': 'success',
    });
    expect(job(run!, 'build').summary()).toBe('## built\n');
    expect(logOf(run!, 'on-failure')).toContain('saw hello and failure');
    expect(logOf(run!, 'broken')).toContain('##[error]Process completed with exit code 1.');
    expect(logOf(run!, 'build')).toContain('folded=[a b] json=true starts=true');
    const emulated = world.gh.state.runs.run(repo, run!.id);
    expect(emulated).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
      event: 'push',
      headBranch: 'v1.0.0',
    });
    const checks = world.gh.state.checks.list(repo, run!.trigger.headSha).map((c) => [c.name, c.conclusion]);
    expect(checks).toEqual(
      expect.arrayContaining([
        ['build', 'success'],
        ['broken', 'failure'],
        ['after-broken', 'skipped'],
      ]),
    );
  });
});

/** A step that calls the REST API with a token, as a script in a job would. */
const api = (method: string, path: string, token: string, body: string) =>
  `node -e 'fetch(process.env.GITHUB_API_URL + "/repos/" + process.env.GITHUB_REPOSITORY + "${path}", { method: "${method}", headers: { authorization: "Bearer " + process.env.${token} }, body: JSON.stringify(${body}) }).then((r) => { console.log("${method} ${path} " + r.status); process.exitCode = r.ok ? 0 : 1; })'`;

describe('what starts a run', () => {
  it('a push made with GITHUB_TOKEN starts nothing; the same push with a personal token does, and so does a dispatch', async () => {
    const repo = await repository({
      '.github/workflows/on-branch.yml': `
on:
  push:
    branches: ['made-*']
jobs:
  seen:
    runs-on: ubuntu-latest
    steps:
      - run: echo "$GITHUB_REF"
`,
      '.github/workflows/dispatched.yml': `
on: workflow_dispatch
jobs:
  seen:
    runs-on: ubuntu-latest
    steps:
      - run: echo dispatched
`,
      '.github/workflows/maker.yml': `
on: workflow_dispatch
permissions:
  contents: write
  actions: write
jobs:
  make:
    runs-on: ubuntu-latest
    env:
      ACTIONS_TOKEN: \${{ github.token }}
      PERSONAL_TOKEN: \${{ secrets.PUSH_TOKEN }}
    steps:
      - run: |
          ${api('POST', '/git/refs', 'ACTIONS_TOKEN', '{ ref: "refs/heads/made-by-actions", sha: process.env.GITHUB_SHA }')}
      - run: |
          ${api('POST', '/git/refs', 'PERSONAL_TOKEN', '{ ref: "refs/heads/made-by-person", sha: process.env.GITHUB_SHA }')}
      - run: |
          ${api('POST', '/actions/workflows/dispatched.yml/dispatches', 'ACTIONS_TOKEN', '{ ref: "main" }')}
  read-only:
    runs-on: ubuntu-latest
    permissions:
      contents: read
    env:
      ACTIONS_TOKEN: \${{ github.token }}
    steps:
      - run: |
          ${api('POST', '/git/refs', 'ACTIONS_TOKEN', '{ ref: "refs/heads/made-read-only", sha: process.env.GITHUB_SHA }')}
`,
    });
    world
      .settings(repo)
      .secrets.set('PUSH_TOKEN', world.credentials.personal('maintainer', ['contents:write']));
    await maintainer.dispatch(repo, 'maker.yml', {});
    await world.runner.settle();
    const [maker] = world.runner.runsOf(repo, 'maker.yml');
    expect(results(maker!)).toEqual({ make: 'success', 'read-only': 'failure' });
    expect(logOf(maker!, 'read-only')).toContain('POST /git/refs 403');
    expect(world.runner.runsOf(repo, 'on-branch.yml').map((run) => run.trigger.ref)).toEqual([
      'refs/heads/made-by-person',
    ]);
    expect(world.runner.runsOf(repo, 'dispatched.yml').map((run) => run.trigger.actor)).toEqual([
      'github-actions[bot]',
    ]);
    expect(
      world.runner.quiet.filter((quiet) => quiet.event.repo === repo).map((quiet) => quiet.reason),
    ).toEqual(['made with GITHUB_TOKEN: GitHub starts no workflow for it']);
  });
});

describe('schedules and workflow_run', () => {
  it('a schedule fires on demand from the default branch; a finished run starts the workflows that name it', async () => {
    const repo = await repository({
      '.github/workflows/nightly.yml': `
name: nightly
on:
  schedule:
    - cron: '17 6 * * *'
jobs:
  work:
    runs-on: ubuntu-latest
    steps:
      - env:
          # A schedule's payload carries no repository, as on GitHub.
          DEFAULT: \${{ github.event.repository.default_branch }}
        run: echo "$GITHUB_EVENT_NAME $GITHUB_REF [$DEFAULT] $GITHUB_REPOSITORY"
`,
      '.github/workflows/after.yml': `
on:
  workflow_run:
    workflows: [nightly]
    types: [completed]
jobs:
  report:
    runs-on: ubuntu-latest
    steps:
      - env:
          CONCLUSION: \${{ github.event.workflow_run.conclusion }}
        run: echo "nightly ended $CONCLUSION"
`,
    });
    world.runner.schedule(repo, 'nightly.yml');
    await world.runner.settle();
    const [nightly] = world.runner.runsOf(repo, 'nightly.yml');
    expect(logOf(nightly!, 'work')).toContain(`schedule refs/heads/main [] ${repo}`);
    const [report] = world.runner.runsOf(repo, 'after.yml');
    expect(report?.trigger.eventName).toBe('workflow_run');
    expect(logOf(report!, 'report')).toContain('nightly ended success');
  });
});

describe('job-level status functions', () => {
  it('success() asks every ancestor: a job after an always() job whose own need was skipped is skipped', async () => {
    const repo = await repository({
      '.github/workflows/chain.yml': `
on: workflow_dispatch
jobs:
  first:
    if: false
    runs-on: ubuntu-latest
    steps:
      - run: echo first
  middle:
    needs: first
    if: always()
    runs-on: ubuntu-latest
    steps:
      - run: echo middle
  last:
    needs: middle
    runs-on: ubuntu-latest
    steps:
      - run: echo last
`,
    });
    await maintainer.octokit.rest.actions.createWorkflowDispatch({
      owner: 'acme',
      repo: repo.split('/')[1]!,
      workflow_id: 'chain.yml',
      ref: 'main',
    });
    await world.runner.settle();
    const [run] = world.runner.runsOf(repo, 'chain.yml');
    expect(results(run!)).toEqual({ first: 'skipped', middle: 'success', last: 'skipped' });
  });
});

describe('environments', () => {
  it('give their secrets only to jobs that name them, and refuse refs their deployment policy does not select', async () => {
    const repo = await repository({
      '.github/workflows/deploy.yml': `
on:
  push:
    tags: ['v*']
  workflow_dispatch:
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - env:
          KEY: \${{ secrets.DEPLOY_KEY }}
        run: echo "key=$KEY length=\${#KEY}"
  outside:
    runs-on: ubuntu-latest
    steps:
      - env:
          KEY: \${{ secrets.DEPLOY_KEY }}
        run: echo "length=\${#KEY}"
`,
    });
    world.settings(repo).environments.set('production', {
      name: 'production',
      secrets: new Map([['DEPLOY_KEY', 'hunter2-secret']]),
      variables: new Map(),
      deployment: { kind: 'selected', branches: ['main'], tags: [] },
      reviewers: [],
      preventSelfReview: false,
    });
    await maintainer.dispatch(repo, 'deploy.yml', {});
    await maintainer.tag(repo, 'v1.0.0');
    await world.runner.settle();
    const [fromMain, fromTag] = world.runner.runsOf(repo, 'deploy.yml');
    expect(results(fromMain!)).toEqual({ deploy: 'success', outside: 'success' });
    expect(logOf(fromMain!, 'deploy')).toContain('key=*** length=14');
    expect(logOf(fromMain!, 'outside')).toContain('length=0');
    expect(results(fromTag!)).toEqual({ deploy: 'failure', outside: 'success' });
    expect(fromTag!.jobs.get('deploy')!.message).toBe(
      'Tag "v1.0.0" is not allowed to deploy to production due to environment protection rules.',
    );
  });

  it('hold a job for a required reviewer, and its run keeps its concurrency group: newer runs wait, the newest displaces the older', async () => {
    const repo = await repository({
      '.github/workflows/gated.yml': `
on: workflow_dispatch
concurrency: gate
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: gated
    steps:
      - run: echo deployed
`,
    });
    world.settings(repo).environments.set('gated', {
      name: 'gated',
      secrets: new Map(),
      variables: new Map(),
      deployment: { kind: 'all' },
      reviewers: ['reviewer'],
      preventSelfReview: true,
    });
    for (let i = 0; i < 3; i++) await maintainer.dispatch(repo, 'gated.yml', {});
    await world.runner.settle();
    const [first, second, third] = world.runner.runsOf(repo, 'gated.yml');
    expect([first, second, third].map((run) => [run!.status, run!.conclusion])).toEqual([
      ['waiting', null],
      ['completed', 'cancelled'],
      ['queued', null],
    ]);
    expect(second!.jobs.get('deploy')!.message).toBe(displacedBy('gate'));
    expect(world.gh.state.runs.run(repo, second!.id).conclusion).toBe('cancelled');
    world.runner.approve(first!.id, 'gated', 'reviewer');
    await world.runner.settle();
    expect([first!.conclusion, third!.status]).toEqual(['success', 'waiting']);
    world.runner.approve(third!.id, 'gated', 'reviewer');
    await world.runner.settle();
    expect(third!.conclusion).toBe('success');
  });
});

describe('time', () => {
  it('is simulated: a process that waits an hour finishes at once, and its clock has moved', async () => {
    const repo = await repository({
      '.github/workflows/wait.yml': `
on: workflow_dispatch
jobs:
  wait:
    runs-on: ubuntu-latest
    steps:
      - run: node -e 'const t = Date.now(); setTimeout(() => console.log("waited", Math.round((Date.now() - t) / 60000), "minutes"), 3600000)'
`,
    });
    const started = Date.now();
    await maintainer.dispatch(repo, 'wait.yml', {});
    await world.runner.settle();
    const [run] = world.runner.runsOf(repo, 'wait.yml');
    expect(logOf(run!, 'wait')).toContain('waited 60 minutes');
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('filter patterns', () => {
  it.each([
    ['v1.0.0', ['v*'], true],
    ['feature/x', ['*'], false],
    ['feature/x', ['**'], true],
    ['docs/reports/2026-01-01/manifest.json', ['docs/reports/**/manifest.json'], true],
    ['docs/reports/manifest.json', ['docs/reports/**/manifest.json'], true],
    ['docs/reportsX/manifest.json', ['docs/reports/**/manifest.json'], false],
    ['main', ['*', '!main'], false],
    ['main', ['!main', '*'], true],
    ['v10.2.0', ['v[0-9]+.*'], true],
  ] as const)('%s against %j: %s', (value, patterns, expected) => {
    expect(matchesFilter(value, patterns)).toBe(expected);
  });
});

describe('concurrency groups', () => {
  const contender = (log: string[], name: string) => ({
    start: () => log.push(`start ${name}`),
    cancel: (reason: string) => log.push(`cancel ${name}: ${reason}`),
  });

  it('keep one running and one pending; a newer pending cancels the older; cancel-in-progress cancels the running', () => {
    const groups = new ConcurrencyGroups();
    const log: string[] = [];
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((name) => contender(log, name));
    const g = { repo: 'acme/app', group: 'g' };
    groups.enter(g, a!, false);
    groups.enter(g, b!, false);
    groups.enter({ repo: 'ACME/app', group: 'G' }, c!, false);
    groups.leave(g, a!);
    groups.enter(g, d!, true);
    expect(log).toEqual([
      'start a',
      `cancel b: ${displacedBy('G')}`,
      'start c',
      `cancel c: ${displacedBy('g')}`,
    ]);
    groups.leave(g, c!);
    expect(log.at(-1)).toBe('start d');
  });

  it('are per repository: the same name in another repository is another group', () => {
    const groups = new ConcurrencyGroups();
    const log: string[] = [];
    groups.enter({ repo: 'acme/app', group: 'pages' }, contender(log, 'a'), true);
    groups.enter({ repo: 'acme/other', group: 'pages' }, contender(log, 'b'), true);
    expect(log).toEqual(['start a', 'start b']);
  });
});

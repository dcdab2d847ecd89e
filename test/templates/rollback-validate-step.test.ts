import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { beforeEach, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const template = parse(readFileSync(join(ROOT, 'workflows-templates/rollback-validate.yml'), 'utf8')) as {
  jobs: Record<string, { steps: { id?: string; run?: string }[] }>;
};
const checkScript = template.jobs['provenance-validate']!.steps.find((step) => step.id === 'target')!.run!;

let repo: string;
let target: string;
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'a',
  GIT_AUTHOR_EMAIL: 'a@a',
  GIT_COMMITTER_NAME: 'a',
  GIT_COMMITTER_EMAIL: 'a@a',
};
const git = (...args: string[]) =>
  execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', env }).trim();
const write = (files: Record<string, string | null>) => {
  for (const [path, text] of Object.entries(files)) {
    if (text === null) rmSync(join(repo, path));
    else {
      mkdirSync(join(repo, path, '..'), { recursive: true });
      writeFileSync(join(repo, path), text);
    }
  }
  git('add', '-A');
};
const commit = (message: string, files: Record<string, string | null>) => {
  write(files);
  git('commit', '-q', '--allow-empty', '-m', message);
  return git('rev-parse', 'HEAD');
};

/** The rollback branch as the rollback action makes it: one commit on main, the target's code, main's folders. */
function rollbackBranch(extra: Record<string, string | null> = {}): string {
  git('checkout', '-q', '-b', 'rollback/v1.0.0-10', 'main');
  return commit('Roll back v1.0.0', { 'src/app.ts': 'good', 'src/new.ts': null, ...extra });
}

/** The check as GitHub runs it on a pull_request: the checkout is the merge of the head into the base. */
function check(head: string, body = `Rolls v1.0.0 back to ${target}`) {
  git('checkout', '-q', '--detach', 'main');
  git('merge', '-q', '--no-ff', '--no-edit', head);
  const output = join(mkdtempSync(join(tmpdir(), 'pg-rv-')), 'output');
  writeFileSync(output, '');
  const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', checkScript], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...env, BODY: body, HEAD_SHA: head, GITHUB_OUTPUT: output },
  });
  return { status: run.status, stdout: run.stdout, output: readFileSync(output, 'utf8') };
}

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'pg-rollback-validate-'));
  git('init', '-q', '-b', 'main');
  target = commit('v0.9.0', { 'src/app.ts': 'good', '.github/workflows/ci.yml': 'pin A' });
  git('tag', 'v0.9.0', target);
  git('tag', 'v0.9.0-retry', target);
  commit('manifest', { 'docs/reports/2026-01-01/manifest.json': '{"entries":[1]}' });
  commit('v1.0.0', { 'src/app.ts': 'bad', 'src/new.ts': 'new', '.github/workflows/ci.yml': 'pin B' });
  commit('manifest', { 'docs/reports/2026-01-01/manifest.json': '{"entries":[1,2]}' });
});

describe("rollback-validate.yml's check of the revert pull request", () => {
  it('passes the rollback the action makes, and verifies the retry tag of the target (the one that verified)', () => {
    const head = rollbackBranch();
    // The base moves on after the pull request was opened: the rollback is recorded in the manifest.
    git('checkout', '-q', 'main');
    commit('rolled_back', { 'docs/reports/2026-01-01/manifest.json': '{"entries":[1,2,3]}' });
    const result = check(head);
    expect(result.status).toBe(0);
    expect(result.output).toBe('tag=v0.9.0-retry\n');
  });

  it('refuses a pull request that changes a manifest', () => {
    const head = rollbackBranch({ 'docs/reports/2026-01-01/manifest.json': '{"entries":[1]}' });
    expect(check(head).stdout).toContain(
      '::error::merging would change docs/reports/: a rollback never rewrites a manifest',
    );
  });

  it('refuses code that is not the target code', () => {
    const result = check(rollbackBranch({ 'src/extra.ts': 'smuggled' }));
    expect(result.stdout).toContain(`::error::merging would not give the code of ${target}`);
    expect(result.status).toBe(1);
  });

  it('refuses workflows that are neither the base branch nor the target ones', () => {
    const result = check(rollbackBranch({ '.github/workflows/ci.yml': 'pin C' }));
    expect(result.stdout).toContain('::error::merging would give workflows that are neither');
  });

  it('accepts the target workflows (restore_workflows)', () => {
    expect(check(rollbackBranch({ '.github/workflows/ci.yml': 'pin A' })).status).toBe(0);
  });

  it('refuses a checkout that is not the merge of the pull request head', () => {
    const head = rollbackBranch();
    git('checkout', '-q', '--detach', head);
    const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', checkScript], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...env, BODY: `back to ${target}`, HEAD_SHA: head, GITHUB_OUTPUT: '/dev/null' },
    });
    expect(run.stdout).toContain(
      `::error::the checkout is not GitHub's merge of the pull request head ${head}`,
    );
    expect(run.status).toBe(1);
  });

  it('refuses a body that names no commit of the repository', () => {
    expect(check(rollbackBranch(), `back to ${'f'.repeat(40)}`).stdout).toContain(
      `::error::${'f'.repeat(40)} is not a commit of this repository`,
    );
  });
});

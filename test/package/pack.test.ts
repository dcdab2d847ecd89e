import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

interface PackageJson {
  readonly name: string;
  readonly version: string;
  readonly private?: boolean;
  readonly bin?: Record<string, string>;
  readonly files?: readonly string[];
  readonly engines?: { readonly node?: string };
}
interface PackResult {
  readonly filename: string;
  readonly files: readonly { readonly path: string }[];
}

/**
 * `npm start`'s first offline case that verifies (real, public provenance in test/fixtures/), its paths made
 * absolute: the arguments the documented examples run, kept in step with the CLI's flags.
 */
const OFFLINE_CASE = (
  JSON.parse(readFileSync('examples/cases.json', 'utf8')) as {
    cases: { args: string[]; expect: number }[];
  }
).cases
  .find((example) => example.expect === 0 && example.args.includes('--offline'))!
  .args.map((arg) => (arg.startsWith('test/fixtures/') ? resolve(arg) : arg));

const project = JSON.parse(readFileSync('package.json', 'utf8')) as PackageJson;
const pack = (...args: string[]) =>
  JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  )[0] as PackResult;

describe('the npm package', () => {
  it('is publishable, with the provenance-guard command', () => {
    expect(project.private).toBeUndefined();
    expect(project.bin).toEqual({ 'provenance-guard': 'dist/cli/index.js' });
    expect(readFileSync('dist/cli/index.js', 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  it('packs the bundled CLI and the manifest schema, and nothing of the sources, tests or actions', () => {
    const files = pack('--dry-run')
      .files.map((file) => file.path)
      .sort();
    expect(files).toContain('dist/cli/index.js');
    expect(files).toContain('manifest-schema/manifest.schema.json');
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json']));
    const outside = files.filter(
      (path) =>
        !/^(dist\/cli\/[\w.-]+|manifest-schema\/[\w.-]+\.json|README\.md|LICENSE|package\.json)$/.test(path),
    );
    expect(outside).toEqual([]);
  });

  it('the packed CLI runs on its own, as `npx provenance-guard` would run it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-pack-'));
    const { filename } = pack('--pack-destination', dir);
    execFileSync('tar', ['-xzf', join(dir, filename), '-C', dir]);
    const help = execFileSync(
      process.execPath,
      [join(dir, 'package', project.bin!['provenance-guard']!), '--help'],
      { encoding: 'utf8', cwd: dir },
    );
    expect(help).toMatch(/provenance-guard verify FILE\.\.\./);
  });

  it('declares no runtime dependency: ncc bundles everything the CLI loads', () => {
    const declared = project as PackageJson & Record<string, unknown>;
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies'])
      expect(declared[field], field).toBeUndefined();
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
      packages: Record<string, { dev?: boolean; dependencies?: object }>;
    };
    expect(lock.packages['']?.dependencies).toBeUndefined();
    const runtime = Object.entries(lock.packages).filter(([path, entry]) => path !== '' && !entry.dev);
    expect(runtime.map(([path]) => path)).toEqual([]);
  });
});

describe('the packed tarball installed into an empty folder, offline', () => {
  let installDir: string;
  let installLog: string;

  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-install-'));
    const { filename } = pack('--pack-destination', dir);
    installDir = join(dir, 'app');
    mkdirSync(installDir);
    // An empty cache and --offline: any dependency the tarball declared would fail to install.
    const install = spawnSync(
      'npm',
      [
        'install',
        '--omit=dev',
        '--no-audit',
        '--no-fund',
        '--offline',
        '--cache',
        join(dir, 'cache'),
        join(dir, filename),
      ],
      { cwd: installDir, encoding: 'utf8' },
    );
    installLog = `${install.stdout}${install.stderr}`;
    expect(install.status, installLog).toBe(0);
  });

  it('installs with no engine mismatch and no npm warning', () => {
    expect(installLog).not.toMatch(/EBADENGINE|npm warn/i);
    expect(installLog).toMatch(/added 1 package/);
  });

  it('holds the package itself and nothing else', () => {
    const tree = JSON.parse(
      execFileSync('npm', ['ls', '--all', '--json'], { cwd: installDir, encoding: 'utf8' }),
    ) as { dependencies?: Record<string, { version: string; dependencies?: object }> };
    expect(Object.keys(tree.dependencies ?? {})).toEqual([project.name]);
    expect(tree.dependencies![project.name]!.version).toBe(project.version);
    expect(tree.dependencies![project.name]!.dependencies).toBeUndefined();
    expect(readdirSync(join(installDir, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual([
      project.name,
    ]);
  });

  // CI sets NODE24_BIN to Node 24 (.ci/run); elsewhere the second case runs on this node too, and says so.
  const NODE24 = process.env.NODE24_BIN;
  it.each([
    [`this node (${process.version})`, process.execPath, null],
    [
      NODE24 === undefined
        ? `this node again (${process.version}): NODE24_BIN unset`
        : 'NODE24_BIN (Node 24)',
      NODE24 ?? process.execPath,
      NODE24 === undefined ? null : /^v24\./,
    ],
  ] as const)(
    'the installed provenance-guard verifies real provenance offline under %s',
    (_, node, version) => {
      // The bin's `#!/usr/bin/env node` finds the node under test first on PATH.
      const env = { ...process.env, PATH: `${dirname(node)}${delimiter}${process.env.PATH ?? ''}` };
      const ran = execFileSync('node', ['--version'], { env, encoding: 'utf8' }).trim();
      if (version !== null) expect(ran).toMatch(version);
      const bin = join(installDir, 'node_modules', '.bin', 'provenance-guard');
      const verify = spawnSync(bin, ['verify', ...OFFLINE_CASE, '--json'], {
        cwd: installDir,
        env,
        encoding: 'utf8',
      });
      expect(verify.status, `${ran}\n${verify.stdout}${verify.stderr}`).toBe(0);
      expect(JSON.parse(verify.stdout)).toMatchObject({ verified: true, outcome: 'verified' });
    },
  );
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

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

const project = JSON.parse(readFileSync('package.json', 'utf8')) as PackageJson;
// npm's own range arithmetic (node_modules/semver, which npm and half the tree depend on).
const semver = createRequire(import.meta.url)('semver') as { subset: (sub: string, sup: string) => boolean };
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
    expect(help).toMatch(/provenance-guard verify --artifact FILE/);
  });

  it('says it runs on Node versions every runtime dependency supports', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
      packages: Record<string, { dev?: boolean }>;
    };
    const ours = project.engines!.node!;
    const disagreeing = Object.entries(lock.packages)
      .filter(([path, entry]) => path.startsWith('node_modules/') && !entry.dev)
      .map(
        ([path]) =>
          [
            path,
            (JSON.parse(readFileSync(join(path, 'package.json'), 'utf8')) as PackageJson).engines?.node,
          ] as const,
      )
      .filter(([, theirs]) => theirs !== undefined && !semver.subset(ours, theirs))
      .map(([path, theirs]) => `${path} wants node ${theirs}`);
    expect(disagreeing).toEqual([]);
  });
});

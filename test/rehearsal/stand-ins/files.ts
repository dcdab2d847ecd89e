import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import * as glob from '@actions/glob';
import { extractZipSafely } from '../../../src/adapters/artifact/safe-unzip.js';
import { makeZip } from '../../support/zip.js';

/** Patterns (one per line, `!` excludes) relative to the workspace, as @actions/glob resolves them in a step. */
function absolutePatterns(workspace: string, patterns: string): string[] {
  return patterns
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const negated = line.startsWith('!');
      const pattern = negated ? line.slice(1) : line;
      return `${negated ? '!' : ''}${isAbsolute(pattern) ? pattern : resolve(workspace, pattern)}`;
    });
}

/** The files (not directories) the patterns match. */
export async function findFiles(workspace: string, patterns: string): Promise<string[]> {
  const globber = await glob.create(absolutePatterns(workspace, patterns).join('\n'), {
    matchDirectories: false,
    implicitDescendants: true,
  });
  return (await globber.glob()).filter((path) => statSync(path).isFile()).sort();
}

/** Whether a file or a directory it lies in below `root` is hidden (a name starting with `.`). */
export function isHidden(root: string, path: string): boolean {
  return relative(root, path)
    .split(sep)
    .some((part) => part.startsWith('.'));
}

/**
 * upload-artifact's root: a single file's directory, a single directory itself, else the deepest directory
 * every search path (a pattern's part before its first wildcard) lies in.
 */
export function artifactRoot(workspace: string, patterns: string): string {
  const searchPaths = absolutePatterns(workspace, patterns)
    .filter((pattern) => !pattern.startsWith('!'))
    .map((pattern) => {
      const wildcard = pattern.search(/[*?[]/);
      return wildcard < 0 ? pattern : dirname(pattern.slice(0, wildcard + 1));
    });
  if (searchPaths.length === 1) {
    const only = searchPaths[0]!;
    const isFile = (() => {
      try {
        return statSync(only).isFile();
      } catch {
        return false;
      }
    })();
    return isFile ? dirname(only) : only;
  }
  return searchPaths.reduce((common, path) => {
    let candidate = common;
    while (path !== candidate && !path.startsWith(`${candidate}${sep}`)) candidate = dirname(candidate);
    return candidate;
  });
}

export function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** A zip of the files, named by their path below `root`. */
export function zipFiles(root: string, files: readonly string[]): Promise<Buffer> {
  return makeZip(
    files.map((file) => ({ name: relative(root, file).split(sep).join('/'), content: readFileSync(file) })),
  );
}

/** Extracts an archive's bytes into `target`. */
export async function unzipInto(bytes: Buffer, target: string, scratch: string): Promise<string[]> {
  mkdirSync(scratch, { recursive: true });
  const zipPath = join(scratch, `${randomUUID()}.zip`);
  writeFileSync(zipPath, bytes);
  return extractZipSafely(zipPath, target);
}

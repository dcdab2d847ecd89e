import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RepoFiles } from './link-checks.js';

/** The repository's own Markdown, read from disk: the real inputs of the docs gate. */

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const RUNBOOK_DIR = 'docs/ops/runbooks';

export const repoFiles: RepoFiles = {
  exists: (path) => existsSync(join(REPO_ROOT, path)),
  read: (path) => readFileSync(join(REPO_ROOT, path), 'utf8'),
};

/** README.md and every Markdown file under docs/, as repository-relative posix paths. */
export function markdownDocs(): string[] {
  const docs = existsSync(join(REPO_ROOT, 'docs'))
    ? readdirSync(join(REPO_ROOT, 'docs'), { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.md'))
        .map((name) => `docs/${name.split('\\').join('/')}`)
    : [];
  return ['README.md', ...docs.sort()];
}

export function runbookFileNames(): string[] {
  const dir = join(REPO_ROOT, RUNBOOK_DIR);
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

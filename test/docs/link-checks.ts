import { posix } from 'node:path';
import { headingAnchors, markdownLinks } from './markdown-syntax.js';

/** Relative Markdown links must resolve inside the repository, and `#anchors` to a heading of the target. */

export interface RepoFiles {
  /** Whether a repository-relative path (posix separators) is a file or a folder. */
  exists(path: string): boolean;
  /** The text of a repository-relative file. */
  read(path: string): string;
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** Broken relative links of one Markdown file, each as "file:line: target — why". */
export function brokenLinks(file: string, text: string, repo: RepoFiles): string[] {
  const problems: string[] = [];
  for (const { target, line } of markdownLinks(text)) {
    if (EXTERNAL.test(target)) continue;
    const hash = target.indexOf('#');
    const rawPath = hash < 0 ? target : target.slice(0, hash);
    const fail = (why: string): void => void problems.push(`${file}:${line}: ${target} — ${why}`);

    let path: string;
    let anchor: string | null;
    try {
      anchor = hash < 0 ? null : decodeURIComponent(target.slice(hash + 1));
      path =
        rawPath === ''
          ? file
          : posix
              .normalize(
                rawPath.startsWith('/')
                  ? rawPath.slice(1)
                  : posix.join(posix.dirname(file), decodeURI(rawPath)),
              )
              .replace(/(.)\/$/, '$1');
    } catch {
      fail('not a valid URL path');
      continue;
    }
    if (path === '..' || path.startsWith('../')) {
      fail('points outside the repository');
      continue;
    }
    if (!repo.exists(path)) {
      fail(`${path} does not exist`);
      continue;
    }
    if (anchor && path.endsWith('.md') && !headingAnchors(repo.read(path)).has(anchor.toLowerCase())) {
      fail(`${path} has no heading for #${anchor}`);
    }
  }
  return problems;
}

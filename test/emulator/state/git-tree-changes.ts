import { ApiError } from '../http.js';
import { fileBlob, flatten } from './git-hash.js';
import type { FileBlob, FileMode, GitTree } from './git-objects.js';

/** One entry of `POST git/trees`: a file or a subtree set at a path, or (`sha: null`) the path deleted. */
export interface TreeChange {
  path: string;
  mode: FileMode | '040000';
  /** A blob (or, for `040000`, a tree) of the repository; null deletes the path. Absent when `content` is given. */
  sha?: string | null;
  /** The file's new content, as UTF-8 text. */
  content?: string;
}

export interface ObjectLookup {
  blob(sha: string): FileBlob | undefined;
  tree(sha: string): GitTree | undefined;
}

/** GitHub's answer when a change names an object or a path the tree does not have. */
const badObjectState = (): ApiError => new ApiError(422, 'GitRPC::BadObjectState');

function checkPath(path: string): void {
  // UNCONFIRMED: the wording of GitHub's refusal of an empty, `.` or `..` path segment.
  if (path.split('/').some((segment) => segment === '' || segment === '.' || segment === '..'))
    throw new ApiError(422, 'tree.path contains a malformed path component');
}

/** Removes what lies at `path`: the file there, and every file below it. */
function clear(files: Map<string, FileBlob>, path: string): number {
  const removed = [...files.keys()].filter((file) => file === path || file.startsWith(`${path}/`));
  for (const file of removed) files.delete(file);
  return removed.length;
}

/** Puts files at `path`, replacing what was there and any file standing where one of its directories goes. */
function place(files: Map<string, FileBlob>, path: string, placed: readonly [string, FileBlob][]): void {
  clear(files, path);
  const segments = path.split('/');
  for (let depth = 1; depth < segments.length; depth += 1) files.delete(segments.slice(0, depth).join('/'));
  for (const [relative, blob] of placed) files.set(relative === '' ? path : `${path}/${relative}`, blob);
}

function applyOne(files: Map<string, FileBlob>, change: TreeChange, objects: ObjectLookup): void {
  checkPath(change.path);
  if (change.sha === null) {
    if (clear(files, change.path) === 0) throw badObjectState();
    return;
  }
  if (change.mode === '040000') {
    const tree = change.sha === undefined ? undefined : objects.tree(change.sha);
    if (!tree) throw badObjectState();
    place(files, change.path, flatten(tree));
    return;
  }
  const known = change.sha === undefined ? undefined : objects.blob(change.sha);
  if (change.sha !== undefined && !known) throw badObjectState();
  const blob = known
    ? { ...known, mode: change.mode }
    : fileBlob(Buffer.from(change.content ?? ''), change.mode);
  place(files, change.path, [['', blob]]);
}

/** The files of a new tree: `files` (the base tree's) with each change applied in order. */
export function applyTreeChanges(
  files: Map<string, FileBlob>,
  changes: readonly TreeChange[],
  objects: ObjectLookup,
): Map<string, FileBlob> {
  for (const change of changes) applyOne(files, change, objects);
  return files;
}

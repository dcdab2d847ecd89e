import { createHash } from 'node:crypto';
import type {
  AnnotatedTag,
  Commit,
  FileBlob,
  FileMode,
  GitTree,
  Signature,
  TreeEntry,
} from './git-objects.js';

export type ObjectType = 'blob' | 'tree' | 'commit' | 'tag';

/** The sha git gives an object: sha1 of `<type> <length>\0` followed by the object's body. */
export function objectSha(type: ObjectType, body: Buffer): string {
  return createHash('sha1').update(`${type} ${body.length}\0`).update(body).digest('hex');
}

/** A file's blob, hashed as git hashes it. */
export function fileBlob(bytes: Buffer, mode: FileMode = '100644'): FileBlob {
  return { sha: objectSha('blob', bytes), bytes, mode };
}

/** git orders a tree's entries by the bytes of their names, a subtree's name read as if it ended in `/`. */
const sortKey = (entry: TreeEntry): Buffer =>
  Buffer.from(entry.type === 'tree' ? `${entry.name}/` : entry.name);

/** `<mode> <name>\0<20-byte sha>` for each entry, in git's order. */
export function treeBody(entries: readonly TreeEntry[]): Buffer {
  return Buffer.concat(
    entries.flatMap((entry) => [Buffer.from(`${entry.mode} ${entry.name}\0`), Buffer.from(entry.sha, 'hex')]),
  );
}

/** The tree objects of a set of files, given by path: one tree per directory, empty directories having none. */
export function buildTree(files: Iterable<readonly [string, FileBlob]>): GitTree {
  const entries: TreeEntry[] = [];
  const directories = new Map<string, [string, FileBlob][]>();
  for (const [path, blob] of files) {
    const slash = path.indexOf('/');
    if (slash < 0) {
      entries.push({ type: 'blob', name: path, mode: blob.mode, sha: blob.sha, blob });
      continue;
    }
    const name = path.slice(0, slash);
    const children = directories.get(name) ?? [];
    children.push([path.slice(slash + 1), blob]);
    directories.set(name, children);
  }
  for (const [name, children] of directories) {
    const tree = buildTree(children);
    entries.push({ type: 'tree', name, mode: '40000', sha: tree.sha, tree });
  }
  entries.sort((a, b) => Buffer.compare(sortKey(a), sortKey(b)));
  return { sha: objectSha('tree', treeBody(entries)), entries };
}

/** Every file below a tree, by path. */
export function flatten(tree: GitTree, prefix = ''): [string, FileBlob][] {
  return tree.entries.flatMap((entry): [string, FileBlob][] =>
    entry.type === 'blob'
      ? [[`${prefix}${entry.name}`, entry.blob]]
      : flatten(entry.tree, `${prefix}${entry.name}/`),
  );
}

/** Every entry below a tree, with its path, in the order `git ls-tree -r -t` lists them. */
export function walk(tree: GitTree, prefix = ''): { path: string; entry: TreeEntry }[] {
  return tree.entries.flatMap((entry) => {
    const path = `${prefix}${entry.name}`;
    return entry.type === 'blob' ? [{ path, entry }] : [{ path, entry }, ...walk(entry.tree, `${path}/`)];
  });
}

/** The tree at a directory path ('' is the tree itself); undefined when no directory lies there. */
export function subtree(tree: GitTree, path: string): GitTree | undefined {
  if (path === '') return tree;
  let current: GitTree | undefined = tree;
  for (const name of path.split('/')) {
    const entry: TreeEntry | undefined = current?.entries.find((candidate) => candidate.name === name);
    current = entry?.type === 'tree' ? entry.tree : undefined;
  }
  return current;
}

/** `Name <email> <unix seconds> +0000`: the emulator's clock is UTC. */
export function signatureLine(signature: Signature): string {
  const seconds = Math.floor(Date.parse(signature.date) / 1000);
  return `${signature.name} <${signature.email}> ${seconds} +0000`;
}

/** A commit object's body; the message is kept exactly as given (git appends nothing). */
export function commitBody(commit: Omit<Commit, 'sha' | 'tree'>): Buffer {
  const headers = [
    `tree ${commit.treeSha}`,
    ...commit.parents.map((parent) => `parent ${parent}`),
    `author ${signatureLine(commit.author)}`,
    `committer ${signatureLine(commit.committer)}`,
  ];
  return Buffer.from(`${headers.join('\n')}\n\n${commit.message}`);
}

/** An annotated tag object's body; it always tags a commit here. */
export function tagBody(tag: Omit<AnnotatedTag, 'sha'>): Buffer {
  const headers = [
    `object ${tag.objectSha}`,
    'type commit',
    `tag ${tag.tag}`,
    `tagger ${signatureLine(tag.tagger)}`,
  ];
  return Buffer.from(`${headers.join('\n')}\n\n${tag.message}`);
}

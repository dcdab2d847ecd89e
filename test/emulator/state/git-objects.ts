/** A file's git mode: regular, executable, or a symbolic link (whose blob is the link's target). */
export type FileMode = '100644' | '100755' | '120000';

export const FILE_MODES: readonly FileMode[] = ['100644', '100755', '120000'];

export interface FileBlob {
  sha: string;
  bytes: Buffer;
  mode: FileMode;
}

/** Snapshot of every file at one commit, by path. */
export type Tree = ReadonlyMap<string, FileBlob>;

/** A file as a commit is seeded with: the emulator hashes it; a regular file unless `mode` says otherwise. */
export interface FileInput {
  bytes: Buffer;
  mode?: FileMode;
}

/** One entry of a git tree object: a file, or a subtree with its own entries. */
export type TreeEntry =
  | { type: 'blob'; name: string; mode: FileMode; sha: string; blob: FileBlob }
  | { type: 'tree'; name: string; mode: '40000'; sha: string; tree: GitTree };

/** A git tree object: its sha and its entries in git's order. */
export interface GitTree {
  sha: string;
  entries: readonly TreeEntry[];
}

export interface Identity {
  name: string;
  email: string;
}

export interface Signature extends Identity {
  date: string;
}

export interface Commit {
  sha: string;
  message: string;
  parents: readonly string[];
  tree: Tree;
  treeSha: string;
  author: Signature;
  committer: Signature;
}

export interface AnnotatedTag {
  sha: string;
  tag: string;
  message: string;
  objectSha: string;
  tagger: Signature;
}

export interface RefTarget {
  sha: string;
  type: 'commit' | 'tag';
}

export interface CommitInput {
  message: string;
  /** Every file of the commit, by path. */
  tree: ReadonlyMap<string, FileInput>;
  author?: Identity;
  committer?: Identity;
}

export const BOT_IDENTITY: Identity = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};

/** The committer of merges made on github.com. */
export const GITHUB_IDENTITY: Identity = { name: 'GitHub', email: 'noreply@github.com' };

/** What a ref's `before` is when the ref did not exist, as in GitHub's push events. */
export const ZERO_SHA = '0'.repeat(40);

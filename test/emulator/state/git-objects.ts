export interface FileBlob {
  sha: string;
  bytes: Buffer;
}

/** Snapshot of every file at one commit, by path. */
export type Tree = ReadonlyMap<string, FileBlob>;

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
  tree: Tree;
  author?: Identity;
  committer?: Identity;
}

export const BOT_IDENTITY: Identity = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};

/** A file's git mode: regular, executable, or a symbolic link. */
export type FileMode = '100644' | '100755' | '120000';

export function isFileMode(mode: unknown): mode is FileMode {
  return mode === '100644' || mode === '100755' || mode === '120000';
}

/** One file of a git tree, as `GET /git/trees/{sha}?recursive=1` lists it. */
export interface TreeFile {
  readonly path: string;
  readonly mode: FileMode;
  readonly sha: string;
}

/** An entry of `POST /git/trees`: a file set to a blob, or (`sha: null`) a path deleted. */
export interface TreeChange {
  readonly path: string;
  readonly mode: FileMode;
  readonly type: 'blob';
  readonly sha: string | null;
}

/** What a rollback keeps from the branch it lands on: the manifests always, the workflows unless asked. */
export const MANIFEST_FOLDER = 'docs/reports/';
export const WORKFLOWS_FOLDER = '.github/workflows/';

export function keptFolders(restoreWorkflows: boolean): readonly string[] {
  return restoreWorkflows ? [MANIFEST_FOLDER] : [MANIFEST_FOLDER, WORKFLOWS_FOLDER];
}

/**
 * The changes that turn the target's tree into the rollback's tree: inside each kept folder every file is
 * the base branch's, so nothing recorded since the target (manifests, pin bumps) is deleted or reverted.
 */
export function keptFolderChanges(
  base: readonly TreeFile[],
  target: readonly TreeFile[],
  folders: readonly string[],
): TreeChange[] {
  const kept = (file: TreeFile) => folders.some((folder) => file.path.startsWith(folder));
  const baseKept = base.filter(kept);
  const basePaths = new Set(baseKept.map((file) => file.path));
  const targetKept = new Map(target.filter(kept).map((file) => [file.path, file]));
  const same = (file: TreeFile) => {
    const other = targetKept.get(file.path);
    return other?.sha === file.sha && other.mode === file.mode;
  };
  const restored = baseKept
    .filter((file) => !same(file))
    .map((file) => ({ path: file.path, mode: file.mode, type: 'blob' as const, sha: file.sha }));
  const deleted = [...targetKept.values()]
    .filter((file) => !basePaths.has(file.path))
    .map((file) => ({ path: file.path, mode: file.mode, type: 'blob' as const, sha: null }));
  return [...restored, ...deleted];
}

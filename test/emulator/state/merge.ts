import type { FileBlob, Tree } from './git-objects.js';

const same = (a: FileBlob | undefined, b: FileBlob | undefined): boolean =>
  a?.sha === b?.sha && a?.mode === b?.mode;

/** A file standing where another file's directory goes: no git tree can hold both. */
function clashes(files: Tree): boolean {
  return [...files.keys()].some((path) => {
    const segments = path.split('/');
    return segments.slice(1).some((_, depth) => files.has(segments.slice(0, depth + 1).join('/')));
  });
}

/**
 * The three-way merge of two trees, path by path: a path changed on one side only takes that side, a path
 * changed alike on both takes either; a path changed differently on both is a conflict (undefined).
 */
export function mergeTrees(base: Tree, ours: Tree, theirs: Tree): Tree | undefined {
  const merged = new Map<string, FileBlob>();
  for (const path of new Set([...base.keys(), ...ours.keys(), ...theirs.keys()])) {
    const [was, mine, other] = [base.get(path), ours.get(path), theirs.get(path)];
    if (!same(mine, other) && !same(was, mine) && !same(was, other)) return undefined;
    const kept = same(was, mine) ? other : mine;
    if (kept) merged.set(path, kept);
  }
  return clashes(merged) ? undefined : merged;
}

import { describe, expect, it } from 'vitest';
import { keptFolderChanges, keptFolders, type TreeFile } from '../../../src/core/release/index.js';

const file = (path: string, sha: string, mode: TreeFile['mode'] = '100644'): TreeFile => ({
  path,
  mode,
  sha,
});

const target = [
  file('src/app.ts', 'a1'),
  file('docs/reports/2026-01-01/manifest.json', 'm1'),
  file('.github/workflows/security-ci.yml', 'w1'),
  file('.github/workflows/old.yml', 'o1'),
];
const base = [
  file('src/app.ts', 'a2'),
  file('docs/reports/2026-01-01/manifest.json', 'm2'),
  file('docs/reports/2026-02-01/manifest.json', 'm3'),
  file('.github/workflows/security-ci.yml', 'w2'),
];

describe('the rollback tree keeps the base branch folders', () => {
  it('keeps every manifest and workflow of the base branch, and drops the target workflows the base deleted', () => {
    expect(keptFolderChanges(base, target, keptFolders(false))).toEqual([
      { path: 'docs/reports/2026-01-01/manifest.json', mode: '100644', type: 'blob', sha: 'm2' },
      { path: 'docs/reports/2026-02-01/manifest.json', mode: '100644', type: 'blob', sha: 'm3' },
      { path: '.github/workflows/security-ci.yml', mode: '100644', type: 'blob', sha: 'w2' },
      { path: '.github/workflows/old.yml', mode: '100644', type: 'blob', sha: null },
    ]);
  });

  it('restores the target workflows when asked, never the manifests', () => {
    expect(keptFolders(true)).toEqual(['docs/reports/']);
    expect(keptFolderChanges(base, target, keptFolders(true))).toEqual([
      { path: 'docs/reports/2026-01-01/manifest.json', mode: '100644', type: 'blob', sha: 'm2' },
      { path: 'docs/reports/2026-02-01/manifest.json', mode: '100644', type: 'blob', sha: 'm3' },
    ]);
  });

  it('changes nothing where the kept files are already the same, and never touches the code', () => {
    expect(keptFolderChanges(target, target, keptFolders(false))).toEqual([]);
    expect(
      keptFolderChanges([file('src/app.ts', 'x')], [file('src/app.ts', 'y')], keptFolders(false)),
    ).toEqual([]);
  });

  it('a mode change counts as a change; a path that only starts like a kept folder is code', () => {
    const executable = [file('.github/workflows/security-ci.yml', 'w1', '100755')];
    expect(
      keptFolderChanges(executable, [file('.github/workflows/security-ci.yml', 'w1')], keptFolders(false)),
    ).toEqual([{ path: '.github/workflows/security-ci.yml', mode: '100755', type: 'blob', sha: 'w1' }]);
    expect(keptFolderChanges([file('docs/reports-old/x.json', 'n')], [], keptFolders(false))).toEqual([]);
  });
});

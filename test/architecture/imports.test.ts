import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCircles, importGraph } from './import-graph.js';

const sourceRoot = fileURLToPath(new URL('../../src/', import.meta.url));

describe('the import graph of src/', () => {
  it('has no circles', () => {
    expect(importCircles(importGraph(sourceRoot))).toEqual([]);
  });

  it('finds a circle of two files, a longer one and a file importing itself', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['a.ts', 'c.ts']],
      ['c.ts', []],
      ['d.ts', ['e.ts']],
      ['e.ts', ['f.ts']],
      ['f.ts', ['d.ts']],
      ['g.ts', ['g.ts']],
    ]);
    expect(importCircles(graph)).toEqual([['a.ts', 'b.ts'], ['d.ts', 'e.ts', 'f.ts'], ['g.ts']]);
  });

  it('reads the real tree: the identity checks import the workflow URI parser', () => {
    expect(importGraph(sourceRoot).get('core/policy/identity.ts')).toContain('core/policy/workflow-uri.ts');
  });
});

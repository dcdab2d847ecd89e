import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './repo-docs.js';

type ActionMetadata = { inputs?: Record<string, unknown>; outputs?: Record<string, unknown> };

const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as ActionMetadata;
const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');

/** The names in the first column of the table under `### <heading>` (a row may name several: `a` / `b`, `c`). */
function tableNames(heading: string): string[] {
  const section = readme.split(`\n### ${heading}\n`)[1]?.split(/\n#{2,3} /)[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...line.split('|')[1]!.matchAll(/`([\w-]+)`/g)].map((match) => match[1]!))
    .sort();
}

describe("the README's action reference is action.yml's", () => {
  it('the Inputs table names every input and nothing else', () => {
    expect(tableNames('Inputs')).toEqual(Object.keys(action.inputs ?? {}).sort());
  });

  it('the Outputs table names every output and nothing else', () => {
    expect(tableNames('Outputs')).toEqual(Object.keys(action.outputs ?? {}).sort());
  });
});

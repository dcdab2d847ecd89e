import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VERDICT_CODES } from '../../src/core/errors/index.js';
import { loadTrustedRoots } from '../../src/adapters/sigstore/index.js';
import { verifyProvenance, type VerifyDependencies } from '../../src/commands/verify/index.js';
import { GH, NPM, request } from '../support/fixtures.js';

const SOURCES = [
  { bundle: NPM('sigstore-2.3.1.provenance.sigstore.json'), artifact: NPM('sigstore-2.3.1.tgz') },
  { bundle: GH('bcr-module/MODULE.bazel.intoto.jsonl'), artifact: GH('bcr-module/MODULE.bazel') },
];

function firstJson(text: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return JSON.parse(text.trim().split('\n')[0]!) as Json;
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside a JSON document. */
function pathsOf(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries: [string | number, Json][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, child]) => pathsOf(child, [...prefix, key]))];
}

function mutate(
  document: Json,
  path: (string | number)[],
  replacement: Json,
  mode: 'replace' | 'delete' | 'flip',
): Json {
  const copy = structuredClone(document);
  if (path.length === 0) return replacement;
  const parent = path
    .slice(0, -1)
    .reduce<Json>((node, key) => (node as Record<string | number, Json>)[key] as Json, copy) as Record<
    string | number,
    Json
  >;
  const key = path[path.length - 1] as string | number;
  const current = parent[key];
  if (mode === 'delete') delete parent[key];
  else if (mode === 'flip' && typeof current === 'string' && current.length > 0) {
    const i = Math.abs(JSON.stringify(replacement).length) % current.length;
    parent[key] = current.slice(0, i) + (current[i] === 'A' ? 'B' : 'A') + current.slice(i + 1);
  } else parent[key] = replacement;
  return copy;
}

describe('mutated real bundles always end in a coded verdict', () => {
  it('never throws, never reports an uncoded failure', async () => {
    const roots = await loadTrustedRoots({ kind: 'embedded' });
    const deps: VerifyDependencies = { trustedRoots: async () => roots };
    const dir = mkdtempSync(join(tmpdir(), 'pg-mutation-'));
    const documents = SOURCES.map((s) => ({ ...s, json: firstJson(readFileSync(s.bundle, 'utf8')) }));
    const seen = new Set<string>();
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.nat(documents.length - 1),
        fc.nat(),
        fc.jsonValue(),
        fc.constantFrom('replace', 'delete', 'flip') as fc.Arbitrary<'replace' | 'delete' | 'flip'>,
        fc.boolean(),
        async (which, pick, replacement, mode, truncate) => {
          const source = documents[which]!;
          const paths = pathsOf(source.json);
          const mutated = JSON.stringify(
            mutate(source.json, paths[pick % paths.length]!, replacement as Json, mode),
          );
          const file = join(dir, `case-${runs++ % 8}.json`);
          writeFileSync(file, truncate ? mutated.slice(0, pick % mutated.length) : mutated);
          const verdict = await verifyProvenance(
            request({ provenancePath: file, artifactPaths: [source.artifact] }),
            deps,
          );
          if (!verdict.verified) {
            expect(VERDICT_CODES).toContain(verdict.failureReason);
            seen.add(verdict.failureReason!);
          }
        },
      ),
      { numRuns: 1_500 },
    );
    expect([...seen]).toEqual(expect.arrayContaining(['provenance_malformed', 'signature_invalid']));
  }, 120_000);
});

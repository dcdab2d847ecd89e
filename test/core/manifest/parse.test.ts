import { describe, expect, it } from 'vitest';
import { GuardError } from '../../../src/core/errors/index.js';
import {
  describeInvalidEntry,
  emptyManifest,
  MAX_MANIFEST_BYTES,
  parseManifest,
  readManifest,
  serializeManifest,
  type InvalidEntry,
} from '../../../src/core/manifest/index.js';
import { entryOf, manifestOf } from './support.js';

const SHELL = '{"schema_version":1,"entries":[]}';
const STATUSES = '"pending", "success", "failure", "requeued", "rerun_in_progress", "blocked", "rollback"';
const text = (entries: unknown[]) => JSON.stringify({ schema_version: 1, entries });

function refusal(read: () => unknown): { code: string; message: string } {
  try {
    read();
  } catch (error) {
    if (!(error instanceof GuardError)) throw error;
    return { code: error.code, message: error.message };
  }
  throw new Error('expected a refusal');
}

describe('the manifest size limit', () => {
  it('is the 100 MB GitHub serves', () => {
    expect(MAX_MANIFEST_BYTES).toBe(104_857_600);
  });

  it('reads a manifest of exactly the limit', () => {
    const padded = SHELL + ' '.repeat(MAX_MANIFEST_BYTES - SHELL.length);
    expect(parseManifest(padded, 'm.json')).toEqual(emptyManifest());
  });

  it.each([
    ['one byte over the limit', SHELL + ' '.repeat(MAX_MANIFEST_BYTES - SHELL.length + 1)],
    [
      'at the limit in characters but over it in UTF-8 bytes',
      SHELL + ' '.repeat(MAX_MANIFEST_BYTES - SHELL.length - 1) + 'é',
    ],
  ])('refuses a manifest %s before parsing it', (_label, oversized) => {
    expect(refusal(() => readManifest(oversized, 'm.json'))).toEqual({
      code: 'input_invalid',
      message: 'm.json is larger than 104857600 bytes: not a release manifest',
    });
  });
});

describe('files that are not a manifest', () => {
  it.each([
    ['not JSON', '{', 'm.json is not JSON'],
    ['empty', '', 'm.json is not JSON'],
    ['JSON null', 'null', 'm.json has schema_version undefined; this version of provenance-guard reads 1'],
    [
      'without a schema_version',
      '{"entries":[]}',
      'm.json has schema_version undefined; this version of provenance-guard reads 1',
    ],
    [
      'of another version',
      '{"schema_version":2,"entries":[]}',
      'm.json has schema_version 2; this version of provenance-guard reads 1',
    ],
    [
      'with the version as a string',
      '{"schema_version":"1","entries":[]}',
      'm.json has schema_version "1"; this version of provenance-guard reads 1',
    ],
    [
      'with an unknown top-level field',
      '{"schema_version":1,"entries":[],"extra":1}',
      'm.json does not match the manifest schema: the document has unknown fields extra',
    ],
    [
      'whose entries are not a list',
      '{"schema_version":1,"entries":{}}',
      'm.json does not match the manifest schema: entries must be an array',
    ],
    [
      'without entries',
      '{"schema_version":1}',
      'm.json does not match the manifest schema: entries is missing',
    ],
  ])('refuses a file %s, named by its origin', (_label, input, message) => {
    expect(refusal(() => readManifest(input, 'm.json'))).toEqual({ code: 'input_invalid', message });
    expect(refusal(() => parseManifest(input, 'm.json'))).toEqual({ code: 'input_invalid', message });
  });
});

describe('readManifest: invalid entries are set aside and named', () => {
  const valid = entryOf();
  const other = entryOf({ tag: 'v2.0.0', run_id: 200 });

  it('keeps the valid entries in order and names each invalid one by index, tag and run id', () => {
    const read = readManifest(
      text([
        valid,
        { ...valid, tag: 'v1.1.0', status: 'done' },
        {},
        other,
        { ...valid, tag: '', run_id: 1.5, status: 'done' },
        42,
        null,
        ['x'],
        { ...valid, tag: 7, run_id: 300, status: 'done' },
      ]),
      'm.json',
    );
    expect(read.manifest).toEqual(manifestOf(valid, other));
    expect(read.invalid).toEqual([
      { index: 1, tag: 'v1.1.0', run_id: 100, problem: `status must be one of ${STATUSES}`, problems: 1 },
      { index: 2, tag: null, run_id: null, problem: 'tag is missing', problems: 19 },
      { index: 4, tag: null, run_id: null, problem: 'tag is too short or empty', problems: 3 },
      { index: 5, tag: null, run_id: null, problem: 'the document must be an object', problems: 1 },
      { index: 6, tag: null, run_id: null, problem: 'the document must be an object', problems: 1 },
      { index: 7, tag: null, run_id: null, problem: 'the document must be an object', problems: 1 },
      { index: 8, tag: null, run_id: 300, problem: 'tag must be a string', problems: 2 },
    ]);
  });

  it('returns a fresh manifest of version 1 with no invalid entries for a clean file', () => {
    expect(readManifest(text([valid]), 'm.json')).toEqual({ manifest: manifestOf(valid), invalid: [] });
  });

  it('still refuses two valid entries for the same tag and run', () => {
    expect(
      refusal(() => readManifest(text([valid, other, { ...valid, notes: ['again'] }]), 'm.json')),
    ).toEqual({
      code: 'input_invalid',
      message: 'm.json has two entries for tag v1.0.0, run 100',
    });
  });

  it('reads the same tag in two runs and the same run under two tags', () => {
    const entries = [valid, entryOf({ run_id: 101 }), entryOf({ tag: 'v1.0.1' })];
    expect(readManifest(text(entries), 'm.json').manifest.entries).toEqual(entries);
  });
});

describe('parseManifest: an invalid entry sinks the file', () => {
  const bad = { ...entryOf(), status: 'done' };

  it.each([
    [1, ''],
    [2, ' (and 1 more invalid entries)'],
    [3, ' (and 2 more invalid entries)'],
  ])('names the first of %i invalid entries', (count, more) => {
    const entries = [
      entryOf({ tag: 'v0' }),
      ...Array.from({ length: count }, (_, i) => ({ ...bad, run_id: i + 1 })),
    ];
    expect(refusal(() => parseManifest(text(entries), 'm.json'))).toEqual({
      code: 'input_invalid',
      message: `m.json does not match the manifest schema: entry v1.0.0 (run 1): status must be one of ${STATUSES}${more}`,
    });
  });

  it('returns the manifest when every entry is valid', () => {
    const manifest = manifestOf(entryOf(), entryOf({ run_id: 101 }));
    expect(parseManifest(serializeManifest(manifest), 'm.json')).toEqual(manifest);
  });
});

describe('describeInvalidEntry', () => {
  const entry = (overrides: Partial<InvalidEntry>): InvalidEntry => ({
    index: 2,
    tag: 'v1',
    run_id: 5,
    problem: 'status is not valid',
    problems: 1,
    ...overrides,
  });

  it.each([
    ['tag and run id', {}, 'entry v1 (run 5): status is not valid'],
    ['only a run id', { tag: null }, 'entry (no tag) (run 5): status is not valid'],
    ['only a tag', { run_id: null }, 'entry v1 (run ?): status is not valid'],
    ['neither: by its 1-based position', { tag: null, run_id: null }, 'entry 3: status is not valid'],
    ['two problems', { problems: 2 }, 'entry v1 (run 5): status is not valid and 1 more problem'],
    ['three problems', { problems: 3 }, 'entry v1 (run 5): status is not valid and 2 more problems'],
  ])('names an entry with %s', (_label, overrides, description) => {
    expect(describeInvalidEntry(entry(overrides))).toBe(description);
  });
});

describe('serializeManifest', () => {
  it('writes two-space indented JSON ending in a newline', () => {
    expect(serializeManifest(emptyManifest())).toBe('{\n  "schema_version": 1,\n  "entries": []\n}\n');
  });

  it('round-trips through parseManifest', () => {
    const manifest = manifestOf(entryOf({ notes: ['ü ✓'] }));
    expect(parseManifest(serializeManifest(manifest), 'm.json')).toEqual(manifest);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { applyEvent, emptyManifest, serializeManifest, type Manifest } from '../../src/core/manifest/index.js';
import { manifestEvent } from '../support/manifest-events.js';

const dir = mkdtempSync(join(tmpdir(), 'pg-manifest-cli-'));
const now = new Date('2026-11-25T00:00:00Z');
const write = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
function build(...names: Parameters<typeof manifestEvent>[0][]): Manifest {
  return names.reduce((m, name) => {
    const r = applyEvent(m, manifestEvent(name));
    if (!r.ok) throw new Error(r.reason);
    return r.manifest;
  }, emptyManifest());
}

describe('provenance-guard manifest lint', () => {
  const base = build('failed', 'issue_opened');
  const basePath = write('base.json', serializeManifest(base));

  it('exits 0 for a change made through events, 1 when the base history was rewritten', async () => {
    const next = applyEvent(base, manifestEvent('requeued'));
    if (!next.ok) throw new Error(next.reason);
    const head = write('clean.json', serializeManifest(next.manifest));
    const result = await runCli(['manifest', 'lint', head, '--base', basePath], now);
    expect(result.exitCode, result.stdout).toBe(0);
    const otherBase = write('other-base.json', serializeManifest(build('failed', 'issue_opened')));
    const rewritten = await runCli(['manifest', 'lint', head, '--base', otherBase], now);
    expect(rewritten.exitCode).toBe(1);
    expect(rewritten.stdout).toMatch(/history_rewritten/);
  });

  it('exits 1 and names entry, rule and remedy for violations; --json gives the contract', async () => {
    const head = write('removed.json', serializeManifest(emptyManifest()));
    const text = await runCli(['manifest', 'lint', head, '--base', basePath], now);
    expect(text.exitCode).toBe(1);
    expect(text.stdout).toMatch(/v1\.0\.0 \(run 100\): \[entry_removed\] .*restore it/);
    const json = JSON.parse((await runCli(['manifest', 'lint', head, '--base', basePath, '--json'], now)).stdout);
    expect(json).toEqual({ ok: false, violations: [expect.objectContaining({ rule: 'entry_removed', tag: 'v1.0.0', run_id: 100 })] });
  });

  it('reports schema problems as violations', async () => {
    const head = write('schema.json', JSON.stringify({ schema_version: 1, entries: [{ tag: 'v1' }] }));
    const result = await runCli(['manifest', 'lint', head, '--json'], now);
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.stdout).violations[0].rule).toBe('schema');
  });

  it.each([
    ['not JSON', '{'],
    ['a wrong schema version', '{"schema_version": 9, "entries": []}'],
    ['duplicate entries', JSON.stringify({ ...base, entries: [base.entries[0], base.entries[0]] })],
  ])('exits 2 with input_invalid for %s', async (_label, content) => {
    const result = await runCli(['manifest', 'lint', write('bad.json', content)], now);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/error \[input_invalid\]/);
  });

  it('exits 2 for a missing file and a bad --now', async () => {
    expect((await runCli(['manifest', 'lint', join(dir, 'nope.json')], now)).exitCode).toBe(2);
    expect((await runCli(['manifest', 'lint', basePath, '--now', 'yesterday'], now)).stderr).toMatch(/--now yesterday/);
  });
});

describe('provenance-guard manifest show', () => {
  it('prints one row per entry with status, tag, run, failure, issue and age', async () => {
    const path = write('show.json', serializeManifest(build('failed', 'issue_opened')));
    const result = await runCli(['manifest', 'show', path], now);
    expect(result.exitCode).toBe(0);
    expect(result.stdout.split('\n')[0]).toMatch(/^STATUS\s+TAG\s+RUN\s+FAILURE\s+ISSUE\s+FLAG\s+AGE$/);
    expect(result.stdout).toMatch(/failure\s+v1\.0\.0\s+100#1\s+subject_mismatch\s+#7\s+-\s+\d+d/);
  });
});

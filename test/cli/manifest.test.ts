import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import {
  applyEvent,
  emptyManifest,
  serializeManifest,
  type Manifest,
} from '../../src/core/manifest/index.js';
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
    const result = await runCli(['manifest', 'lint', head, '--repository', 'o/r', '--base', basePath], now);
    expect(result.exitCode, result.stdout).toBe(0);
    const otherBase = write('other-base.json', serializeManifest(build('failed', 'issue_opened')));
    const rewritten = await runCli(
      ['manifest', 'lint', head, '--repository', 'o/r', '--base', otherBase],
      now,
    );
    expect(rewritten.exitCode).toBe(1);
    expect(rewritten.stdout).toMatch(/history_rewritten/);
  });

  it('exits 1 and names entry, rule and remedy for violations; --json gives the contract', async () => {
    const head = write('removed.json', serializeManifest(emptyManifest()));
    const text = await runCli(['manifest', 'lint', head, '--repository', 'o/r', '--base', basePath], now);
    expect(text.exitCode).toBe(1);
    expect(text.stdout).toMatch(/v1\.0\.0 \(run 100\): \[entry_removed\] .*restore it/);
    const json = JSON.parse(
      (await runCli(['manifest', 'lint', head, '--repository', 'o/r', '--base', basePath, '--json'], now))
        .stdout,
    );
    expect(json).toEqual({
      ok: false,
      violations: [expect.objectContaining({ rule: 'entry_removed', tag: 'v1.0.0', run_id: 100 })],
      notices: [],
    });
  });

  it('reports every schema problem of a bad entry, each by tag and run id, in its own words', async () => {
    const good = base.entries[0]!;
    const head = write(
      'schema.json',
      JSON.stringify({ schema_version: 1, entries: [good, { tag: 'v9.9.9', run_id: 321 }] }),
    );
    const result = await runCli(['manifest', 'lint', head, '--repository', 'o/r', '--json'], now);
    expect(result.exitCode).toBe(1);
    const { violations } = JSON.parse(result.stdout) as { violations: { message: string }[] };
    // The entry lacks every field but tag and run_id: each missing one is its own violation.
    const missing = Object.keys(good).filter((field) => field !== 'tag' && field !== 'run_id');
    expect(violations).toHaveLength(missing.length);
    for (const field of missing)
      expect(violations).toContainEqual({
        rule: 'schema',
        tag: 'v9.9.9',
        run_id: 321,
        message: `${field} is missing; fix the entry to match manifest-schema/manifest.schema.json`,
      });
    const text = await runCli(['manifest', 'lint', head, '--repository', 'o/r'], now);
    expect(text.stdout.split('\n')).toHaveLength(missing.length);
    expect(text.stdout.split('\n')[0]).toMatch(/^v9\.9\.9 \(run 321\): \[schema\] \w+ is missing/);
    expect(text.stdout).not.toMatch(/Invalid input|expected \w+, received/);
  });

  it('--json on an unreadable file prints its own {ok, violations} shape with the error, exit 2', async () => {
    const result = await runCli(
      ['manifest', 'lint', join(dir, 'nope.json'), '--repository', 'o/r', '--json'],
      now,
    );
    expect(result.exitCode).toBe(2);
    expect(JSON.parse(result.stdout)).toEqual({
      ok: false,
      violations: [],
      error: {
        code: 'input_invalid',
        message: expect.stringContaining('nope.json'),
        runbook: expect.stringMatching(/^https:\/\/.*input_invalid\.md$/),
      },
    });
  });

  it.each([
    ['not JSON', '{'],
    ['a wrong schema version', '{"schema_version": 9, "entries": []}'],
    ['duplicate entries', JSON.stringify({ ...base, entries: [base.entries[0], base.entries[0]] })],
  ])('exits 2 with input_invalid for %s', async (_label, content) => {
    const result = await runCli(['manifest', 'lint', write('bad.json', content), '--repository', 'o/r'], now);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/error \[input_invalid\]/);
  });

  it('exits 2 for a missing file and a bad --now', async () => {
    expect(
      (await runCli(['manifest', 'lint', join(dir, 'nope.json'), '--repository', 'o/r'], now)).exitCode,
    ).toBe(2);
    expect(
      (await runCli(['manifest', 'lint', basePath, '--repository', 'o/r', '--now', 'yesterday'], now)).stderr,
    ).toMatch(/--now yesterday/);
  });
});

describe('provenance-guard manifest show', () => {
  it('shows the readable entries and marks the bad one instead of refusing the file', async () => {
    const path = write(
      'show-bad.json',
      JSON.stringify({
        schema_version: 1,
        entries: [...build('failed').entries, { tag: 'v2.0.0', run_id: 555, status: 'bogus' }],
      }),
    );
    const result = await runCli(['manifest', 'show', path], now);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/failure\s+v1\.0\.0\s+100#1\s+subject_mismatch/);
    expect(result.stdout).toMatch(
      /1 entry does not match the schema and is not shown above:\n {2}INVALID entry v2\.0\.0 \(run 555\): run_attempt is missing and \d+ more problems/,
    );
    expect(
      JSON.parse((await runCli(['manifest', 'show', path, '--json'], now)).stdout).invalid_entries,
    ).toEqual([expect.objectContaining({ tag: 'v2.0.0', run_id: 555 })]);
  });

  it('prints one row per entry with status, tag, run, failure, issue and age', async () => {
    const path = write('show.json', serializeManifest(build('failed', 'issue_opened')));
    const result = await runCli(['manifest', 'show', path], now);
    expect(result.exitCode).toBe(0);
    expect(result.stdout.split('\n')[0]).toMatch(/^STATUS\s+TAG\s+RUN\s+FAILURE\s+ISSUE\s+FLAG\s+AGE$/);
    expect(result.stdout).toMatch(/failure\s+v1\.0\.0\s+100#1\s+subject_mismatch\s+#7\s+-\s+\d+d/);
  });
});

/** The example's repository, and the root of the instance that signed its verdicts. */
const EXAMPLE_SIGNER = ['--repository', 'acme/widget', '--trusted-root', 'examples/trusted_root.json'];

describe('the shipped example manifest', () => {
  it('lints clean against its base, and every rule holds without the base too', async () => {
    const withBase = await runCli(
      [
        'manifest',
        'lint',
        'examples/manifest.json',
        ...EXAMPLE_SIGNER,
        '--base',
        'examples/manifest.base.json',
        '--json',
      ],
      now,
    );
    expect(JSON.parse(withBase.stdout)).toEqual({ ok: true, violations: [], notices: [] });
    expect(
      (await runCli(['manifest', 'lint', 'examples/manifest.json', ...EXAMPLE_SIGNER], now)).exitCode,
    ).toBe(0);
    // Under the embedded public-good and GitHub roots, the example instance's signatures are not trusted.
    const embedded = await runCli(
      ['manifest', 'lint', 'examples/manifest.json', '--repository', 'acme/widget', '--json'],
      now,
    );
    expect(JSON.parse(embedded.stdout).violations.map((v: { rule: string }) => v.rule)).toEqual([
      'verdict_signature_invalid',
      'verdict_signature_invalid',
      'verdict_signature_invalid',
    ]);
  });

  it('has several tags, a failure, a rerun, a rollback and an override, as the README walks through', async () => {
    const shown = await runCli(['manifest', 'show', 'examples/manifest.json'], now);
    expect(shown.stdout).toMatch(/blocked\s+v1\.4\.2\s+12000100005#1\s+builder_mismatch/);
    expect(shown.stdout).toMatch(/rollback\s+v1\.4\.0\s+.*rollback/);
    expect(shown.stdout).toMatch(/success\s+v1\.3\.9\s+12000100003#2\s+-\s+-\s+override/);
    expect(shown.stdout).toMatch(/success\s+v1\.4\.1\s+12000100002#2\s+-\s+#214/);
  });

  it("the README's manifest show, with the example's signer, vouches for every verdict", async () => {
    const shown = await runCli(['manifest', 'show', 'examples/manifest.json', ...EXAMPLE_SIGNER], now);
    expect(shown.exitCode).toBe(0);
    expect(shown.stdout).toMatch(/^success\s+v1\.4\.1\s/m);
    expect(shown.stdout).not.toContain('*');
    expect(shown.stdout).not.toContain('not checked');
  });

  it('a forged edit of the example is caught with a named rule', async () => {
    const { readFileSync } = await import('node:fs');
    const example = JSON.parse(readFileSync('examples/manifest.json', 'utf8'));
    const blocked = example.entries.find((e: { tag: string }) => e.tag === 'v1.4.2');
    Object.assign(blocked, { status: 'success', failure_reason: null });
    blocked.history.push({
      ...blocked.history.at(-1),
      event: 'validated',
      from: 'blocked',
      to: 'success',
      at: '2026-03-12T16:00:00.000Z',
    });
    const result = await runCli(
      [
        'manifest',
        'lint',
        write('forged-example.json', JSON.stringify(example)),
        '--base',
        'examples/manifest.base.json',
        ...EXAMPLE_SIGNER,
      ],
      now,
    );
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/v1\.4\.2 \(run 12000100005\): \[event_mismatch\]/);
    expect(result.stdout).toMatch(/\[success_incomplete\]/);
  });
});

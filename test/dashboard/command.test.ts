import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKpi } from '../../src/cli/kpi-command.js';
import { runCli } from '../../src/cli/main.js';
import { serializeManifest } from '../../src/core/manifest/index.js';
import { firstDay } from './fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'pg-dashboard-cli-'));
const manifest = join(dir, 'manifest.json');
writeFileSync(manifest, serializeManifest(firstDay()));
const now = new Date('2026-11-25T06:00:00Z');
const dashboard = (args: readonly string[], env: NodeJS.ProcessEnv = {}) =>
  runKpi(['dashboard', ...args], now, env);

describe('provenance-guard kpi dashboard', () => {
  it('writes DIR/index.html, creating DIR, and says what it read', async () => {
    const out = join(dir, 'site', 'kpi');
    const result = await runCli(['kpi', 'dashboard', '--out', out, '--manifest', manifest], now);
    expect(result).toEqual({
      exitCode: 0,
      stdout: `${join(out, 'index.html')}: 4 manifest entries, 0 KPI events`,
    });
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toMatch(
      /^<!doctype html>[\s\S]*Pass rate per day[\s\S]*<\/html>\n$/,
    );
  });

  it('writes an empty-state page and exits 0 on day one, before any manifest exists', async () => {
    const out = join(dir, 'day-one');
    const result = await runCli(['kpi', 'dashboard', '--out', out], now);
    expect(result).toEqual({
      exitCode: 0,
      stdout: `${join(out, 'index.html')}: empty-state page (no manifest, spool or database given yet)`,
    });
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain(
      '<p class="empty-state" id="empty-state">No release has been recorded yet.',
    );
  });

  it('links under the workflow repository by default', async () => {
    const out = join(dir, 'linked');
    await dashboard(['--out', out, '--manifest', manifest], {
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'acme/app',
    });
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain(
      'href="https://github.com/acme/app/actions/runs/103/attempts/1"',
    );
  });

  it.each([
    [['--manifest', manifest], '--out DIR is required'],
    [['--out', dir, '--manifest', manifest, '--from', '2026-13-01'], '--from is not a real date'],
    [
      ['--out', dir, '--manifest', manifest, '--repo-url', 'javascript:alert(1)'],
      '--repo-url (or GITHUB_SERVER_URL/GITHUB_REPOSITORY) must be an http(s) URL',
    ],
    [['--out', dir, '--kpi-spool', join(dir, 'absent.jsonl')], `cannot read ${join(dir, 'absent.jsonl')}`],
    [
      ['--out', dir, '--kpi-spool', manifest, '--db-url', 'postgres://localhost/kpi'],
      '--kpi-spool and --db-url both give KPI events',
    ],
  ])('refuses %j', async (args, message) => {
    await expect(dashboard(args)).rejects.toThrow(message);
  });

  it('reads SUPABASE_DB_URL without a spool, and never prints its password', async () => {
    const error = await dashboard(['--out', dir], {
      SUPABASE_DB_URL: 'postgres://reader:s3cret-pw@127.0.0.1:1/postgres',
    }).catch((e: Error) => e);
    expect(String(error)).toMatch(/cannot read the KPI views/);
    expect(String(error)).not.toContain('s3cret-pw');
  });

  it('is listed with the other kpi subcommands', async () => {
    expect((await runCli(['kpi', 'nope'], now)).stderr).toContain(
      'kpi needs a subcommand: flush, report or dashboard',
    );
    expect((await runCli(['--help'], now)).stdout).toContain('provenance-guard kpi dashboard --out DIR');
  });
});

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { serializeManifest } from '../../src/core/manifest/index.js';
import { firstDay, HOSTILE_DETAIL, HOSTILE_TAG, RANGE, secondDay, spoolEvents } from './fixture.js';

// The flags this machine needs: without the networking ones Chromium keeps dialling hosts it cannot reach.
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const SCREENSHOT = resolve('test-results/kpi-dashboard.png');
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/** Debian's chromium; missing, the test fails: CI installs it with scripts/ci/chromium.sh. */
function chromiumPath(): string {
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('chromium is not installed: run scripts/ci/chromium.sh (apt-get install chromium)');
  }
}

/** Builds the page from the fixture with the CLI and opens it from disk. */
async function openDashboard(requests: string[]): Promise<{ browser: Browser; page: Page }> {
  const dir = mkdtempSync(join(tmpdir(), 'pg-dashboard-'));
  writeFileSync(join(dir, 'day1.json'), serializeManifest(firstDay()));
  writeFileSync(join(dir, 'day2.json'), serializeManifest(secondDay()));
  writeFileSync(
    join(dir, 'spool.jsonl'),
    `${spoolEvents()
      .map((event) => JSON.stringify(event))
      .join('\n')}\n{"torn`,
  );
  const result = await runCli(
    [
      'kpi',
      'dashboard',
      '--out',
      join(dir, 'site'),
      '--from',
      RANGE.from,
      '--to',
      RANGE.to,
      '--manifest',
      join(dir, 'day1.json'),
      '--manifest',
      join(dir, 'day2.json'),
      '--kpi-spool',
      join(dir, 'spool.jsonl'),
      '--repo-url',
      'https://github.com/acme/app',
    ],
    new Date('2026-11-25T06:00:00Z'),
  );
  if (result.exitCode !== 0) throw new Error(`kpi dashboard failed: ${result.stderr}`);
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: FLAGS });
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(join(dir, 'site', 'index.html')).href);
  return { browser, page };
}

describe('the KPI dashboard in headless Chromium', () => {
  const requests: string[] = [];
  // Every test awaits the page, so a missing browser fails each of them instead of skipping them.
  let opened: Promise<{ browser: Browser; page: Page }>;

  beforeAll(() => {
    opened = openDashboard(requests);
    opened.catch(() => undefined);
  });

  afterAll(async () => {
    const { browser, page } = await opened.catch(() => ({ browser: null, page: null }));
    if (page) {
      mkdirSync(resolve('test-results'), { recursive: true });
      await page.screenshot({ path: SCREENSHOT, fullPage: true });
    }
    await browser?.close();
  });

  const cells = async (selector: string) =>
    (await opened).page.$$eval(`${selector} tr`, (rows) =>
      rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? '').trim())),
    );
  const bars = async (section: string) =>
    (await opened).page.$$eval(`#${section} svg g.bar`, (groups) =>
      groups.map((g) => [g.getAttribute('data-label'), Number(g.getAttribute('data-value'))]),
    );
  const text = async (selector: string) => (await opened).page.locator(selector).innerText();

  it('opens from disk without asking for anything else', async () => {
    await opened;
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatch(/^file:.*index\.html$/);
  });

  it('shows the headline figures the fixture implies', async () => {
    const tile = (id: string) => text(`#tile-${id} .value`);
    expect(await tile('pass-rate')).toBe('44.4%');
    expect(await tile('open-failures')).toBe('3');
    expect(await tile('rerun-success')).toBe('66.7%');
    expect(await tile('issue-latency')).toBe('37.5 s');
    // A spool holds only sends that failed: from spools the ingest rate is unknown, not a red figure.
    expect(await tile('ingest-success')).toBe('unknown');
    expect(await (await opened).page.locator('#tile-ingest-success').getAttribute('class')).toContain(
      'tone-muted',
    );
  });

  it('draws the pass rate per day and lists it in its table', async () => {
    expect(await bars('pass-rate')).toEqual([
      ['11-23', 0.5],
      ['11-24', 0.4],
    ]);
    expect(await cells('#pass-rate tbody')).toEqual([
      ['2026-11-23', '4', '2', '50%'],
      ['2026-11-24', '5', '2', '40%'],
    ]);
    expect(await cells('#pass-rate tfoot')).toEqual([['all days', '9', '4', '44.4%']]);
  });

  it('draws failures by code, routes and rates with the same numbers as their tables', async () => {
    expect(await bars('failures-by-code')).toEqual([
      ['tag_mismatch', 2],
      ['builder_mismatch', 1],
    ]);
    expect(await cells('#failures-by-code tbody')).toEqual([
      ['tag_mismatch', '2', '66.7%'],
      ['builder_mismatch', '1', '33.3%'],
    ]);
    expect(await bars('notify-routes')).toEqual([
      ['slack', 3],
      ['issue', 1],
      ['summary', 1],
    ]);
    expect(await cells('#rerun-success tfoot')).toEqual([['all days', '3', '2', '66.7%']]);
    expect(await cells('#ingest-success tbody')).toEqual([
      ['2026-11-23', '2', '1'],
      ['2026-11-24', '3', '3'],
    ]);
    expect(await text('#ingest-success .headline')).toBe('unknown');
    expect(await (await opened).page.locator('#ingest-success svg').count()).toBe(0);
  });

  it('shows duration histograms with p50/p95 in the caption', async () => {
    expect(await bars('issue-latency')).toEqual([
      ['5–30 s', 1],
      ['30 s–2 min', 2],
      ['2–10 min', 1],
    ]);
    expect(await text('#issue-latency caption')).toBe(
      'Issue latency: 4 samples, p50 37.5 s, p95 4.4 min, max 5 min',
    );
    expect(await text('#time-to-resolution .headline')).toBe('p50 10 min · p95 1.4 h');
    expect(await cells('#lock-wait tbody')).toEqual([
      ['< 1 s', '1'],
      ['1–5 s', '2'],
      ['5–30 s', '1'],
    ]);
  });

  it('lists the latest failures with links to run, runbook and issue, data shown as text', async () => {
    const rows = await cells('#latest-failures tbody');
    expect(rows.map((row) => row[0])).toEqual([HOSTILE_TAG, 'v1.1.1', 'v1.0.2', 'v1.0.1']);
    expect(rows[2]).toEqual([
      'v1.0.2',
      '2026-11-23 12:00',
      '103 #1',
      'tag_mismatch',
      'failure',
      '#42',
      HOSTILE_DETAIL,
    ]);
    // A failure a rerun fixed: "passed since" is its status, not a failure code.
    expect(rows.filter((row) => row[4]!.endsWith('passed since')).map((row) => [row[3], row[4]])).toEqual([
      ['—', 'success · passed since'],
    ]);
    const { page } = await opened;
    const links = await page.$$eval('#latest-failures tbody tr:nth-child(3) a', (anchors) =>
      anchors.map((a) => a.getAttribute('href')),
    );
    expect(links).toEqual([
      'https://github.com/acme/app/actions/runs/103/attempts/1',
      `https://github.com/provenance-guard/provenance-guard/blob/v${version}/docs/ops/runbooks/tag_mismatch.md`,
      'https://github.com/acme/app/issues/42',
    ]);
    expect(await page.locator('script, img').count()).toBe(0);
  });
});

describe('the day-one dashboard in headless Chromium: no manifest yet', () => {
  it('is an empty-state page the CLI writes with exit 0, saying what fills it, with no chart and no skipped-lines count', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-dashboard-empty-'));
    const result = await runCli(
      ['kpi', 'dashboard', '--out', join(dir, 'site')],
      new Date('2026-11-25T06:00:00Z'),
    );
    expect(result.exitCode).toBe(0);
    const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: FLAGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
      await page.goto(pathToFileURL(join(dir, 'site', 'index.html')).href);
      expect(await page.locator('#empty-state').isVisible()).toBe(true);
      expect(await page.locator('#empty-state').innerText()).toMatch(
        /^No release has been recorded yet\. This page fills in once the first release run writes its manifest/,
      );
      expect(await page.locator('svg').count()).toBe(0);
      expect(await page.locator('header.top p').innerText()).not.toMatch(/skipped/);
      expect(await page.locator('#tile-ingest-success .value').innerText()).toBe('unknown');
    } finally {
      await browser.close();
    }
  });
});

import { describe, expect, it } from 'vitest';
import {
  buildDashboard,
  kpiReportFigures,
  renderDashboardHtml,
  type Dashboard,
} from '../../src/core/dashboard/index.js';
import { escapeHtml, html } from '../../src/core/dashboard/html.js';
import { KPI_METRICS, type KpiMetric, type KpiRow } from '../../src/core/kpi/index.js';
import { firstDay, HOSTILE_DETAIL, HOSTILE_TAG, RANGE, secondDay, spoolEvents } from './fixture.js';

const dashboard = buildDashboard({
  manifests: [firstDay(), secondDay()],
  kpi: { events: spoolEvents(), unreadable: 0 },
  range: RANGE,
  generatedAt: new Date('2026-11-25T06:00:00Z'),
});
const empty = buildDashboard({
  manifests: [],
  kpi: { events: [], unreadable: 0 },
  range: { from: null, to: null },
  generatedAt: new Date(0),
});

describe('renderDashboardHtml', () => {
  const page = renderDashboardHtml(dashboard, { repoUrl: 'https://github.com/acme/app/' });

  it('escapes every value from the data: tags and failure details stay text', () => {
    expect(page).not.toContain(HOSTILE_TAG);
    expect(page).not.toContain(HOSTILE_DETAIL);
    expect(page).toContain(escapeHtml(HOSTILE_TAG));
    expect(page).toContain(escapeHtml(HOSTILE_DETAIL));
    expect(page).not.toMatch(/<script|<img/i);
  });

  it('is self-contained: inline style, no script, nothing fetched, a policy that forbids fetching', () => {
    expect(page).toContain(
      `content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:"`,
    );
    expect(page).not.toMatch(/<[a-z]+[^>]*\s(src|srcset)=|<link|@import|url\(/i);
    const targets = [...page.matchAll(/href="([^"]*)"/g)].map(([, href]) => href);
    expect(targets.length).toBeGreaterThan(0);
    // Runs and issues live in the user's repository; runbooks in this project's, at the version that ran.
    const runbook =
      /^https:\/\/github\.com\/provenance-guard\/provenance-guard\/blob\/v\d+\.\d+\.\d+\/docs\/ops\/runbooks\/[a-z_]+\.md$/;
    expect(
      targets
        .filter((href) => !runbook.test(href!))
        .every((href) => href!.startsWith('https://github.com/acme/app/')),
    ).toBe(true);
    expect(targets.some((href) => runbook.test(href!))).toBe(true);
  });

  it('gives every chart an accessible name and a table with a caption and scoped headers', () => {
    // KPI ingest from spools is unknown: a table, no chart (see below).
    for (const id of [
      'pass-rate',
      'failures-by-code',
      'rerun-success',
      'notify-routes',
      'issue-latency',
      'time-to-resolution',
      'lock-wait',
    ]) {
      const section = page.slice(
        page.indexOf(`<section class="card" id="${id}"`),
        page.indexOf('</section>', page.indexOf(`id="${id}"`)),
      );
      expect(section, id).toMatch(new RegExp(`<svg [^>]*role="img" aria-labelledby="${id}-title"`));
      expect(section, id).toMatch(/<caption>[^<]+<\/caption>/);
      expect(section, id).toContain('<th scope="col">');
      expect(section, id).toContain('<th scope="row">');
    }
  });

  it('prints runs and issues as text without a repository URL; runbooks stay links', () => {
    const plain = renderDashboardHtml(dashboard, { repoUrl: null });
    expect(
      [...plain.matchAll(/<a href="([^"]*)"/g)].every(([, href]) =>
        href!.startsWith('https://github.com/provenance-guard/provenance-guard/blob/'),
      ),
    ).toBe(true);
    expect(plain).toContain('<td>103 #1</td>');
  });

  it('says so in words when every value is 0, and keeps the table of zeros', () => {
    const zero = { ...empty, rerunSuccess: [{ day: '2026-11-24', attempts: 2, succeeded: 0 }] };
    const section = renderDashboardHtml(zero, { repoUrl: null })
      .split('id="rerun-success"')[1]!
      .split('</section>')[0]!;
    expect(section).not.toContain('<svg');
    expect(section).toContain('No data to draw: every value in this range is 0.');
    expect(section).toContain('<tr><th scope="row">2026-11-24</th><td>2</td><td>0</td><td>0%</td></tr>');
  });

  it('counts skipped lines in the header only when there are any', () => {
    const header = (skippedEvents: number) =>
      renderDashboardHtml(
        { ...empty, sources: { ...empty.sources, kpiEvents: 3, skippedEvents } },
        { repoUrl: null },
      ).split('</header>')[0]!;
    expect(header(0)).not.toMatch(/skipped/);
    expect(header(2)).toContain('3 KPI events (2 unusable lines skipped)');
  });

  it('says "no data" instead of drawing empty charts', () => {
    const blank = renderDashboardHtml(empty, { repoUrl: null });
    expect(blank).not.toContain('<svg');
    expect(blank.match(/No data in this range\./g)).toHaveLength(6);
    // Notification routes are listed with zero counts: nothing to draw, said in words.
    expect(blank.split('id="notify-routes"')[1]!.split('</section>')[0]).toContain(
      'No data to draw: every value in this range is 0.',
    );
    expect(blank).toContain('Unknown from spool files.');
    expect(blank).toContain('Failures come from the release manifests: build the page with --manifest.');
  });

  it('draws per-day p95 from the database views and says which figures they do not keep', () => {
    const metrics = Object.fromEntries(KPI_METRICS.map((metric) => [metric, []])) as unknown as Record<
      KpiMetric,
      KpiRow[]
    >;
    metrics['metrics.lock_wait_seconds'] = [
      {
        repository: 'acme/app',
        day: '2026-11-24',
        samples: 3,
        p50_seconds: 1,
        p95_seconds: 4.5,
        max_seconds: 5,
      },
    ];
    const fromViews: Dashboard = { ...empty, ...kpiReportFigures({ from: null, to: null, metrics }) };
    const page = renderDashboardHtml(fromViews, { repoUrl: null });
    expect(page).toContain('data-label="11-24" data-value="4.5"');
    expect(page).toContain(
      '<tr><th scope="row">2026-11-24</th><td>3</td><td>1 s</td><td>4.5 s</td><td>5 s</td></tr>',
    );
    expect(page).toContain('The database views do not keep this figure');
  });
});

describe('html', () => {
  it('escapes interpolations, quotes included, and keeps nested markup', () => {
    expect(html`<a title="${'"x" & <y>'}">${html`<b>${"'"}</b>`}</a>`.text).toBe(
      '<a title="&quot;x&quot; &amp; &lt;y&gt;"><b>&#39;</b></a>',
    );
  });
});

import { withoutTrailingSlashes } from '../url.js';
import { runbookUrl, type FailureCode } from '../errors/index.js';
import { counted } from '../report/plural.js';
import { countCard, distributionCard, highestDailyP95, rateCard, rateTone } from './cards.js';
import { PASSED_SINCE } from './from-manifests.js';
import { unknownCard } from './cards.js';
import { duration, html, percent, raw, type Html } from './html.js';
import type { Dashboard, FailureRow } from './model.js';
import { totalRate } from './stats.js';
import { STYLES } from './styles.js';
import type { Tone } from './svg-charts.js';

export interface RenderOptions {
  /**
   * e.g. https://github.com/OWNER/REPO: runs and issues link under it (null prints them as text); runbooks
   * link to this project.
   */
  readonly repoUrl: string | null;
}

const ROUTE_TONE: Record<string, Tone> = { slack: 'good', issue: 'warn', summary: 'bad' };
// Nothing may leave the page: it must work from disk, and data never goes anywhere.
const POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** The whole page: inline CSS and SVG, no script, no request of any kind. */
export function renderDashboardHtml(dashboard: Dashboard, options: RenderOptions): string {
  const link = links(options.repoUrl);
  const page = html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<title>Provenance KPIs${dashboard.range.from || dashboard.range.to ? ` · ${rangeText(dashboard)}` : ''}</title><style>${raw(STYLES)}</style></head>
<body><header class="top"><h1>Release provenance · KPIs</h1><p>${rangeText(dashboard)} · ${sourcesText(dashboard)} · generated ${dashboard.generatedAt.slice(0, 16).replace('T', ' ')} UTC</p></header>
<main>${isEmpty(dashboard) ? html`<p class="empty-state" id="empty-state">${EMPTY_STATE}</p>` : ''}${tiles(dashboard)}${failures(dashboard.latestFailures, dashboard.sources.manifestFiles > 0, link)}
<div class="grid">
${rateCard({ id: 'pass-rate', title: 'Pass rate per day', what: 'Verdicts recorded per UTC day, first runs and reruns alike.' }, dashboard.passRate, ['validations', 'passed'])}
${countCard(
  {
    id: 'failures-by-code',
    title: 'Failures by code',
    what: `Entries that failed in the range and still record a code; one a rerun fixed shows as “${PASSED_SINCE}” among the latest failures.`,
  },
  dashboard.failuresByCode,
  {
    header: 'code',
    unit: 'entries',
    tone: () => 'bad',
    cell: (label) => link.runbook(label as FailureCode),
  },
)}
${rateCard({ id: 'rerun-success', title: 'Rerun success', what: 'Reruns started by recovery that ended verified (rerun.success_rate).' }, dashboard.rerunSuccess, ['reruns', 'verified'])}
${countCard(
  {
    id: 'notify-routes',
    title: 'Notification routes',
    what: 'Where each failure was announced: Slack, the GitHub issue fallback, or the ops summary channel (notify.failures).',
  },
  dashboard.notifyRoutes,
  {
    header: 'route',
    unit: 'notifications',
    tone: (label) => ROUTE_TONE[label] ?? 'neutral',
  },
)}
${distributionCard({ id: 'issue-latency', title: 'Issue latency', what: 'From the failure to its GitHub issue (notify.issue_latency).' }, dashboard.issueLatency)}
${distributionCard({ id: 'time-to-resolution', title: 'Time to resolution', what: 'From the failure to the rerun that verified (rerun.time_to_resolution).' }, dashboard.timeToResolution)}
${distributionCard({ id: 'lock-wait', title: 'Manifest lock wait', what: 'From the first read of the manifest to the successful write (metrics.lock_wait_seconds).' }, dashboard.lockWait)}
${
  dashboard.sources.database
    ? rateCard(
        {
          id: 'ingest-success',
          title: 'KPI ingest success',
          what: 'Event batches that reached Supabase (security_ci.kpi_ingest_success).',
        },
        dashboard.ingestSuccess,
        ['batches', 'stored'],
      )
    : unknownCard(
        { id: 'ingest-success', title: 'KPI ingest success', what: SPOOL_INGEST },
        dashboard.ingestSuccess,
        ['batches', 'stored'],
      )
}
</div></main>
<footer>provenance-guard <code>kpi dashboard</code> · days are UTC · durations p50/p95 interpolate like PostgreSQL’s percentile_cont</footer>
</body></html>
`;
  return page.text;
}

/** Sends that succeeded never reach a spool, so a rate computed from spools alone would always read 0 %. */
const SPOOL_INGEST =
  'Event batches that reached Supabase (security_ci.kpi_ingest_success). Unknown from spool files: a spool holds only the sends that failed; build the page with --db-url for the rate.';

const EMPTY_STATE =
  'No release has been recorded yet. This page fills in once the first release run writes its manifest ' +
  '(docs/reports/<YYYY-MM-DD>/manifest.json) and the dashboard workflow runs again.';

/** Nothing to show at all: no manifest, no KPI event, no database. */
export function isEmpty({ sources }: Dashboard): boolean {
  return sources.manifestFiles === 0 && sources.kpiEvents === 0 && !sources.database;
}

function tiles(dashboard: Dashboard): Html {
  const pass = totalRate(dashboard.passRate);
  const reruns = totalRate(dashboard.rerunSuccess);
  const ingest = totalRate(dashboard.ingestSuccess);
  const open = dashboard.failuresByCode.reduce((sum, c) => sum + c.count, 0);
  const latency =
    dashboard.issueLatency.kind === 'samples'
      ? { value: duration(dashboard.issueLatency.p50), note: 'p50, failure → GitHub issue' }
      : {
          value: duration(highestDailyP95(dashboard.issueLatency)),
          note: 'highest daily p95, failure → GitHub issue',
        };
  const manifests = dashboard.sources.manifestFiles > 0;
  return html`<section class="tiles" aria-label="Headline figures">
${tile({ id: 'pass-rate', label: 'Pass rate', value: percent(pass.rate), note: `${pass.succeeded} of ${pass.attempts} validations`, tone: rateTone(pass.rate) })}
${
  manifests
    ? tile({
        id: 'open-failures',
        label: 'Still failing',
        value: String(open),
        note: 'entries whose latest verdict failed',
        tone: open > 0 ? 'bad' : 'good',
      })
    : tile({
        id: 'open-failures',
        label: 'Still failing',
        value: '—',
        note: 'needs the manifests (--manifest)',
        tone: 'muted',
      })
}
${tile({ id: 'rerun-success', label: 'Rerun success', value: percent(reruns.rate), note: `${reruns.succeeded} of ${reruns.attempts} reruns`, tone: rateTone(reruns.rate) })}
${tile({ id: 'issue-latency', label: 'Issue latency', value: latency.value, note: latency.note, tone: 'neutral' })}
${
  dashboard.sources.database
    ? tile({
        id: 'ingest-success',
        label: 'KPI ingest',
        value: percent(ingest.rate),
        note: `${ingest.succeeded} of ${ingest.attempts} batches stored`,
        tone: rateTone(ingest.rate),
      })
    : tile({
        id: 'ingest-success',
        label: 'KPI ingest',
        value: 'unknown',
        note: `${ingest.attempts} batches spooled; a spool holds only failed sends`,
        tone: 'muted',
      })
}
</section>`;
}

/** One headline figure: `value` large, `note` saying what it counts. */
interface Tile {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly note: string;
  readonly tone: Tone;
}

function tile({ id, label, value, note, tone }: Tile): Html {
  return html`<div class="tile tone-${tone}" id="tile-${id}"><p class="label">${label}</p><p class="value">${value}</p><p class="note">${note}</p></div>`;
}

function failures(rows: readonly FailureRow[], manifests: boolean, link: ReturnType<typeof links>): Html {
  const body =
    rows.length === 0
      ? html`<p class="empty">${manifests ? 'No failures in this range.' : 'Failures come from the release manifests: build the page with --manifest.'}</p>`
      : html`<div class="table-wrap" tabindex="0" role="region" aria-label="Latest failures"><table class="failures"><caption>Newest first; links open the run, the runbook and the issue</caption>
<thead><tr>${['tag', 'when (UTC)', 'run', 'code', 'status', 'issue', 'detail'].map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>
<tbody>${rows.map(
          (
            row,
          ) => html`<tr class="status-${row.status}"><th scope="row">${row.tag}</th><td>${row.at.replace('T', ' ').slice(0, 16)}</td><td>${link.run(row)}</td>
<td>${row.code === null ? '—' : link.runbook(row.code)}</td><td><span class="status">${row.code === null ? `${row.status} · ${PASSED_SINCE}` : row.status}</span></td>
<td>${row.issueNumber === null ? '—' : link.issue(row.issueNumber)}</td><td class="detail">${row.detail ?? ''}</td></tr>`,
        )}</tbody></table></div>`;
  return html`<section class="card wide" id="latest-failures" aria-labelledby="latest-failures-heading"><header><h2 id="latest-failures-heading">Latest failures</h2></header>${body}</section>`;
}

function links(repoUrl: string | null) {
  const base = repoUrl === null ? null : withoutTrailingSlashes(repoUrl);
  const to = (path: string, text: string) =>
    base === null ? text : html`<a href="${base}/${path}">${text}</a>`;
  return {
    run: (row: FailureRow) =>
      to(`actions/runs/${row.runId}/attempts/${row.runAttempt}`, `${row.runId} #${row.runAttempt}`),
    issue: (issue: number) => to(`issues/${issue}`, `#${issue}`),
    runbook: (code: FailureCode) => html`<a href="${runbookUrl(code)}">${code}</a>`,
  };
}

function rangeText({ range }: Dashboard): string {
  return `${range.from ?? 'the first day'} to ${range.to ?? 'the last day'}`;
}

function sourcesText({ sources }: Dashboard): string {
  const unvouched = sources.unvouchedVerdicts
    ? `, ${counted(sources.unvouchedVerdicts, 'verdict')} no signature vouches for, not counted`
    : '';
  const manifests = `${counted(sources.manifestFiles, 'manifest file')} (${counted(sources.entries, 'entry', 'entries')}${unvouched})`;
  if (sources.database) return `${manifests} · KPI database views`;
  return `${manifests} · ${sources.kpiEvents} KPI events${sources.skippedEvents > 0 ? ` (${sources.skippedEvents} unusable lines skipped)` : ''}`;
}

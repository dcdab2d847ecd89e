export const id = 372;
export const ids = [372];
export const modules = {

/***/ 3372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDashboard: () => (/* binding */ runDashboard)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./src/adapters/kpi/spool.ts
var spool = __webpack_require__(3954);
// EXTERNAL MODULE: ./src/core/dashboard/stats.ts
var stats = __webpack_require__(4695);
// EXTERNAL MODULE: ./src/core/kpi/index.ts + 2 modules
var kpi = __webpack_require__(9265);
;// CONCATENATED MODULE: ./src/core/dashboard/from-kpi-events.ts


const NOTIFY_ROUTES = ['slack', 'issue', 'summary'];
/**
 * Spool lines are parsed, not validated: an event without a known metric, a finite value, a date or
 * an idempotency key is skipped. A re-sent event (same key) counts once, as in the database.
 */
function kpiEventFigures(events, range) {
    const seen = new Set();
    const usable = [];
    let skipped = 0;
    for (const event of events) {
        const day = isKpiEvent(event) ? (0,stats/* dayOf */.kb)(event.occurred_at) : null;
        if (!isKpiEvent(event) || day === null)
            skipped++;
        else if (!seen.has(event.idempotency_key)) {
            seen.add(event.idempotency_key);
            if ((0,stats/* inRange */.r4)(day, range))
                usable.push({ ...event, day });
        }
    }
    const of = (metric) => usable.filter((event) => event.metric === metric);
    const rates = (metric) => (0,stats/* dailyRates */.DN)(of(metric).map(({ day, value }) => ({ day, ok: value > 0 })));
    const seconds = (metric) => (0,stats/* distribution */.Nx)(of(metric).map(({ value }) => value));
    const routed = of('notify.failures');
    return {
        used: usable.length,
        skipped,
        figures: {
            passRate: rates('security_ci.predicate_validation_pass_rate'),
            rerunSuccess: rates('rerun.success_rate'),
            notifyRoutes: NOTIFY_ROUTES.map((route) => ({
                label: route,
                count: routed
                    .filter((event) => event.labels?.route === route)
                    .reduce((sum, event) => sum + event.value, 0),
            })),
            issueLatency: seconds('notify.issue_latency'),
            timeToResolution: seconds('rerun.time_to_resolution'),
            lockWait: seconds('metrics.lock_wait_seconds'),
            ingestSuccess: rates('security_ci.kpi_ingest_success'),
        },
    };
}
function isKpiEvent(value) {
    const event = value;
    return (typeof event === 'object' &&
        event !== null &&
        kpi/* KPI_METRICS */.Bb.includes(event.metric) &&
        typeof event.value === 'number' &&
        Number.isFinite(event.value) &&
        typeof event.occurred_at === 'string' &&
        typeof event.idempotency_key === 'string');
}

;// CONCATENATED MODULE: ./src/core/dashboard/from-kpi-report.ts
/**
 * The database views hold one row per repository and day. Repositories are added up per day; for
 * durations, whose percentiles cannot be added, a day shows the highest figure of any repository.
 */
function kpiReportFigures(report) {
    const rates = (metric, attempts, succeeded) => byDay(report.metrics[metric]).map(([day, rows]) => ({
        day,
        attempts: sum(rows, attempts),
        succeeded: sum(rows, succeeded),
    }));
    const seconds = (metric) => ({
        kind: 'daily',
        days: byDay(report.metrics[metric]).map(([day, rows]) => ({
            day,
            samples: sum(rows, 'samples'),
            p50: highest(rows, 'p50_seconds'),
            p95: highest(rows, 'p95_seconds'),
            max: highest(rows, 'max_seconds'),
        })),
    });
    return {
        passRate: rates('security_ci.predicate_validation_pass_rate', 'validations', 'passed'),
        rerunSuccess: rates('rerun.success_rate', 'reruns', 'succeeded'),
        notifyRoutes: null,
        issueLatency: seconds('notify.issue_latency'),
        timeToResolution: seconds('rerun.time_to_resolution'),
        lockWait: seconds('metrics.lock_wait_seconds'),
        ingestSuccess: rates('security_ci.kpi_ingest_success', 'attempts', 'succeeded'),
    };
}
function byDay(rows) {
    const days = new Map();
    for (const row of rows)
        days.set(row.day, [...(days.get(row.day) ?? []), row]);
    return [...days].sort(([a], [b]) => a.localeCompare(b));
}
const figure = (row, column) => Number(row[column] ?? 0);
const sum = (rows, column) => rows.reduce((total, row) => total + figure(row, column), 0);
const highest = (rows, column) => Math.max(...rows.map((row) => figure(row, column)));

// EXTERNAL MODULE: ./src/core/manifest/index.ts + 15 modules
var manifest = __webpack_require__(6275);
;// CONCATENATED MODULE: ./src/core/dashboard/from-manifests.ts


/** How an entry a rerun fixed since shows among the latest failures: a status, its code is no longer kept. */
const PASSED_SINCE = 'passed since';
const VERDICTS = {
    validated: true,
    rerun_succeeded: true,
    failed: false,
    rerun_failed: false,
};
/** Every verdict recorded in range is one validation; each entry that failed in range is one failure. */
function manifestFigures(manifests, range, vouched = null, latestCount = 20) {
    const entries = mergeEntries(manifests);
    const unvouched = new Set(vouched === null ? [] : entries.filter((entry) => entry.verdict !== null && !vouched(entry)));
    const verdicts = entries.flatMap((entry) => entry.history.flatMap((step) => {
        const ok = VERDICTS[step.event];
        // A pass that no signature vouches for is not counted: a forged success is no release verified.
        if (ok === true && unvouched.has(entry))
            return [];
        const day = (0,stats/* dayOf */.kb)(step.at);
        return ok === undefined || day === null || !(0,stats/* inRange */.r4)(day, range) ? [] : [{ entry, step, day, ok }];
    }));
    const lastFailure = new Map();
    for (const { entry, step, ok } of verdicts)
        if (!ok)
            lastFailure.set(entry, step);
    const failures = [...lastFailure]
        .map(([entry, step]) => toFailureRow(entry, step))
        .sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
    return {
        entries: entries.length,
        unvouched: vouched === null ? null : unvouched.size,
        passRate: (0,stats/* dailyRates */.DN)(verdicts),
        failuresByCode: (0,stats/* countBy */.Tr)(failures.flatMap((failure) => (failure.code === null ? [] : [failure.code]))),
        latestFailures: failures.slice(0, latestCount),
    };
}
/**
 * Several manifests (one per day) may hold the same entry: the copy with the longest history is the latest.
 */
function mergeEntries(manifests) {
    const byKey = new Map();
    for (const entry of manifests.flatMap((manifest) => manifest.entries)) {
        const known = byKey.get((0,manifest/* entryKey */.k2)(entry));
        if (!known || entry.history.length > known.history.length)
            byKey.set((0,manifest/* entryKey */.k2)(entry), entry);
    }
    return [...byKey.values()];
}
function toFailureRow(entry, step) {
    return {
        tag: entry.tag,
        runId: entry.run_id,
        runAttempt: step.run_attempt,
        at: step.at,
        code: entry.failure_reason,
        status: entry.status,
        issueNumber: entry.issue_number,
        detail: step.reason,
    };
}

;// CONCATENATED MODULE: ./src/core/dashboard/build.ts



/**
 * Pass rate and failures come from the manifests; the database's pass rate or KPI events stand in without
 * them.
 */
function buildDashboard(input) {
    const fromManifests = manifestFigures(input.manifests, input.range, input.vouched ?? null);
    const kpi = 'report' in input.kpi
        ? { figures: kpiReportFigures(input.kpi.report), used: 0, skipped: 0 }
        : kpiEventFigures(input.kpi.events, input.range);
    const unreadable = 'unreadable' in input.kpi ? input.kpi.unreadable : 0;
    return {
        ...kpi.figures,
        passRate: input.manifests.length > 0 ? fromManifests.passRate : kpi.figures.passRate,
        range: input.range,
        generatedAt: input.generatedAt.toISOString(),
        sources: {
            manifestFiles: input.manifests.length,
            entries: fromManifests.entries,
            unvouchedVerdicts: fromManifests.unvouched,
            kpiEvents: kpi.used,
            skippedEvents: kpi.skipped + unreadable,
            database: 'report' in input.kpi,
        },
        failuresByCode: fromManifests.failuresByCode,
        latestFailures: fromManifests.latestFailures,
    };
}

// EXTERNAL MODULE: ./src/core/url.ts
var url = __webpack_require__(38);
// EXTERNAL MODULE: ./src/core/errors/index.ts + 6 modules
var errors = __webpack_require__(9421);
// EXTERNAL MODULE: ./src/core/report/plural.ts
var plural = __webpack_require__(9410);
;// CONCATENATED MODULE: ./src/core/dashboard/html.ts
/** Markup that is already safe: only `html` and `raw` make one, so every other value gets escaped. */
class Html {
    text;
    constructor(text) {
        this.text = text;
    }
    toString() {
        return this.text;
    }
}
function escapeHtml(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}
/** A template tag that escapes every interpolated value for text and quoted attributes alike. */
function html(strings, ...parts) {
    return new Html(strings.reduce((out, text, i) => out + text + (i < parts.length ? render(parts[i]) : ''), ''));
}
/** For the page's own constants (its stylesheet), never for data. */
function raw(text) {
    return new Html(text);
}
function render(part) {
    if (part instanceof Html)
        return part.text;
    if (Array.isArray(part))
        return part.map(render).join('');
    if (part === null || part === undefined || part === false)
        return '';
    return escapeHtml(String(part));
}
function percent(rate) {
    return rate === null ? '—' : `${trim(rate * 100)}%`;
}
/** Seconds in the unit an on-call engineer reads them in. */
function duration(seconds) {
    if (seconds === null)
        return '—';
    if (seconds < 60)
        return `${trim(seconds)} s`;
    if (seconds < 3600)
        return `${trim(seconds / 60)} min`;
    if (seconds < 86_400)
        return `${trim(seconds / 3600)} h`;
    return `${trim(seconds / 86_400)} d`;
}
function trim(value) {
    return String(Math.round(value * 10) / 10);
}

;// CONCATENATED MODULE: ./src/core/dashboard/svg-charts.ts

const WIDTH = 560;
const HEIGHT = 190;
const AXIS = 24;
/** Room at both ends, so the first and last day labels are not cut. */
const INSET = 20;
const round = (value) => Math.round(value * 10) / 10;
/** Vertical bars over days or histogram buckets; labels thin out so they never overlap. */
function columnChart(spec) {
    const max = scaleMax(spec);
    const slot = (WIDTH - 2 * INSET) / Math.max(spec.bars.length, 1);
    const width = Math.min(slot * 0.7, 64);
    const every = Math.ceil(spec.bars.length / Math.floor(WIDTH / 72));
    const plot = HEIGHT - AXIS - 20;
    const columns = spec.bars.map((bar, i) => {
        const height = Math.max(bar.value > 0 ? 2 : 0, (bar.value / max) * plot);
        const middle = round(INSET + (i + 0.5) * slot);
        const y = round(HEIGHT - AXIS - height);
        return html `<g class="bar tone-${bar.tone}" data-label="${bar.label}" data-value="${bar.value}"><title>${bar.label}: ${bar.text}</title>
<rect x="${round(middle - width / 2)}" y="${y}" width="${round(width)}" height="${round(height)}" rx="3"/>
${slot >= 40 ? html `<text class="value" x="${middle}" y="${y - 6}" text-anchor="middle">${bar.text}</text>` : ''}
${i % every === 0 ? html `<text class="axis" x="${middle}" y="${HEIGHT - AXIS + 17}" text-anchor="middle">${bar.label}</text>` : ''}</g>`;
    });
    const top = spec.scale
        ? html `<line class="scale" x1="0" x2="${WIDTH}" y1="${HEIGHT - AXIS - plot}" y2="${HEIGHT - AXIS - plot}"/>
<text class="axis" x="${WIDTH}" y="${HEIGHT - AXIS - plot - 4}" text-anchor="end">${spec.scale.label}</text>`
        : '';
    return svg(spec, html `${top}<line class="baseline" x1="0" x2="${WIDTH}" y1="${HEIGHT - AXIS}" y2="${HEIGHT - AXIS}"/>${columns}`, HEIGHT);
}
/** Horizontal bars for categories (failure codes, notify routes), largest first as given. */
function barChart(spec) {
    const max = scaleMax(spec);
    const row = 32;
    const labelWidth = 190;
    const room = WIDTH - labelWidth - 80;
    const rows = spec.bars.map((bar, i) => {
        const y = 6 + i * row;
        return html `<g class="bar tone-${bar.tone}" data-label="${bar.label}" data-value="${bar.value}"><title>${bar.label}: ${bar.text}</title>
<text class="axis" x="${labelWidth - 8}" y="${y + 16}" text-anchor="end">${bar.label}</text>
<rect x="${labelWidth}" y="${y}" width="${round(Math.max(bar.value > 0 ? 2 : 0, (bar.value / max) * room))}" height="22" rx="3"/>
<text class="value" x="${round(labelWidth + (bar.value / max) * room + 6)}" y="${y + 16}">${bar.text}</text></g>`;
    });
    return svg(spec, html `${rows}`, spec.bars.length * row + 12);
}
function scaleMax(spec) {
    return spec.scale?.max ?? Math.max(1, ...spec.bars.map((bar) => bar.value));
}
function svg(spec, body, height) {
    return html `<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="${spec.id}-title" focusable="false">
<title id="${spec.id}-title">${spec.title}</title>${body}</svg>`;
}

;// CONCATENATED MODULE: ./src/core/dashboard/cards.ts



function rateTone(rate) {
    if (rate === null)
        return 'muted';
    if (rate >= 0.95)
        return 'good';
    if (rate >= 0.8)
        return 'warn';
    return 'bad';
}
function rateCard(text, rates, [attempts, succeeded]) {
    const total = (0,stats/* totalRate */.jo)(rates);
    const rateOf = (r) => r.succeeded / r.attempts;
    const chart = columnChart({
        id: text.id,
        title: text.title,
        scale: { max: 1, label: '100%' },
        bars: rates.map((r) => ({
            label: r.day.slice(5),
            value: rateOf(r),
            text: percent(rateOf(r)),
            tone: rateTone(rateOf(r)),
        })),
    });
    return card(text, percent(total.rate), {
        chart: rates.length === 0 || rates.every((r) => r.succeeded === 0) ? null : chart,
        table: {
            caption: `${text.title} per UTC day`,
            columns: ['day', attempts, succeeded, 'rate'],
            rows: rates.map((r) => [r.day, String(r.attempts), String(r.succeeded), percent(rateOf(r))]),
            total: ['all days', String(total.attempts), String(total.succeeded), percent(total.rate)],
        },
    });
}
/** A rate the sources cannot tell: the counts are listed, the rate is “unknown”, nothing is drawn red. */
function unknownCard(text, rates, [attempts, succeeded]) {
    const total = (0,stats/* totalRate */.jo)(rates);
    return card(text, 'unknown', {
        chart: null,
        table: {
            caption: `${text.title} per UTC day`,
            columns: ['day', attempts, succeeded],
            rows: rates.map((r) => [r.day, String(r.attempts), String(r.succeeded)]),
            total: ['all days', String(total.attempts), String(total.succeeded)],
        },
        empty: 'Unknown from spool files.',
    });
}
function countCard(text, counts, options) {
    if (counts === null)
        return card(text, '—', {
            chart: null,
            table: null,
            empty: 'The database views do not keep this figure; build the page from spool files to see it.',
        });
    const all = counts.reduce((sum, c) => sum + c.count, 0);
    const share = (c) => percent(all === 0 ? null : c.count / all);
    const chart = barChart({
        id: text.id,
        title: text.title,
        bars: counts.map((c) => ({
            label: c.label,
            value: c.count,
            text: `${c.count} (${share(c)})`,
            tone: options.tone(c.label),
        })),
    });
    return card(text, `${all} ${options.unit}`, {
        chart: all === 0 ? null : chart,
        table: {
            caption: text.title,
            columns: [options.header, 'count', 'share'],
            rows: counts.map((c) => [options.cell?.(c.label) ?? c.label, String(c.count), share(c)]),
            total: ['all', String(all), all === 0 ? '—' : '100%'],
        },
    });
}
/** The database views keep percentiles per day: the worst day is what they can tell about the range. */
function highestDailyP95(figures) {
    return figures.days.length === 0 ? null : Math.max(...figures.days.map((d) => d.p95));
}
function distributionCard(text, figures) {
    if (figures.kind === 'daily') {
        const worst = highestDailyP95(figures);
        const chart = columnChart({
            id: text.id,
            title: `${text.title}: p95 per day`,
            bars: figures.days.map((d) => ({
                label: d.day.slice(5),
                value: d.p95,
                text: duration(d.p95),
                tone: 'neutral',
            })),
        });
        return card(text, worst === null ? '—' : `p95 ≤ ${duration(worst)}`, {
            chart: figures.days.every((d) => d.p95 === 0) ? null : chart,
            table: {
                caption: `${text.title} per UTC day`,
                columns: ['day', 'samples', 'p50', 'p95', 'max'],
                rows: figures.days.map((d) => [
                    d.day,
                    String(d.samples),
                    duration(d.p50),
                    duration(d.p95),
                    duration(d.max),
                ]),
            },
        });
    }
    const stats = `${figures.samples} samples, p50 ${duration(figures.p50)}, p95 ${duration(figures.p95)}, max ${duration(figures.max)}`;
    const chart = columnChart({
        id: text.id,
        title: `${text.title}: ${stats}`,
        bars: figures.histogram.map((b) => ({
            label: b.label,
            value: b.count,
            text: String(b.count),
            tone: 'neutral',
        })),
    });
    return card(text, `p50 ${duration(figures.p50)} · p95 ${duration(figures.p95)}`, {
        chart: figures.histogram.every((b) => b.count === 0) ? null : chart,
        table: {
            caption: `${text.title}: ${stats}`,
            columns: ['duration', 'samples'],
            rows: figures.samples === 0 ? [] : figures.histogram.map((b) => [b.label, String(b.count)]),
        },
    });
}
const NO_DATA = 'No data in this range.';
function card(text, headline, figure) {
    return html `<section class="card" id="${text.id}" aria-labelledby="${text.id}-heading">
<header><h2 id="${text.id}-heading">${text.title}</h2><p class="headline">${headline}</p></header>
<p class="what">${text.what}</p>
${renderFigure(figure)}
</section>`;
}
/**
 * The chart and its table. With no rows: the `empty` sentence. With rows but nothing to draw (every
 * value 0): “no data” to draw is said in words, and the table still shows the zeros.
 */
function renderFigure({ chart, table, empty = NO_DATA }) {
    if (table === null || table.rows.length === 0)
        return html `<p class="empty">${empty}</p>`;
    if (chart === null)
        return html `<p class="empty">${empty === NO_DATA ? 'No data to draw: every value in this range is 0.' : empty}</p>${renderTable(table)}`;
    return html `<div class="figure">${chart}${renderTable(table)}</div>`;
}
function renderTable(table) {
    return html `<div class="table-wrap" tabindex="0" role="region" aria-label="${table.caption}"><table>
<caption>${table.caption}</caption>
<thead><tr>${table.columns.map((column) => html `<th scope="col">${column}</th>`)}</tr></thead>
<tbody>${table.rows.map(([head, ...cells]) => html `<tr><th scope="row">${head}</th>${cells.map((cell) => html `<td>${cell}</td>`)}</tr>`)}</tbody>
${table.total ? html `<tfoot><tr><th scope="row">${table.total[0]}</th>${table.total.slice(1).map((cell) => html `<td>${cell}</td>`)}</tr></tfoot>` : ''}
</table></div>`;
}

;// CONCATENATED MODULE: ./src/core/dashboard/styles.ts
/** The page's only stylesheet, inlined so the page needs nothing but itself. */
const STYLES = `
:root { --bg: #f6f8fa; --card: #fff; --line: #d0d7de; --text: #1f2328; --muted: #59636e;
  --good: #1a7f37; --warn: #bf8700; --bad: #cf222e; --neutral: #0969da; --grey: #8c959f; color-scheme: light dark; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #0d1117; --card: #151b23; --line: #3d444d; --text: #e6edf3; --muted: #9198a1;
    --good: #3fb950; --warn: #d29922; --bad: #f85149; --neutral: #4493f8; --grey: #656c76; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--text); font: 14px/1.45 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
header.top { background: #24292f; color: #fff; padding: 18px 28px; }
header.top h1 { margin: 0; font-size: 20px; font-weight: 600; }
header.top p { margin: 4px 0 0; color: #c9d1d9; font-size: 13px; }
main { max-width: 1320px; margin: 0 auto; padding: 20px 28px 8px; }
.tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(190px, 1fr)); gap: 12px; margin-bottom: 16px; }
.tile { background: var(--card); border: 1px solid var(--line); border-left: 5px solid var(--tone); border-radius: 8px; padding: 10px 14px; }
.tile p { margin: 0; }
.tile .label { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
.tile .value { font-size: 28px; font-weight: 600; color: var(--tone); }
.tile .note { color: var(--muted); font-size: 12px; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(520px, 1fr)); gap: 16px; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 14px 18px; min-width: 0; }
.card.wide { margin-bottom: 16px; }
.card header { display: flex; justify-content: space-between; align-items: baseline; gap: 12px; }
.card h2 { margin: 0; font-size: 16px; }
.card .headline { margin: 0; font-size: 18px; font-weight: 600; }
.card .what { margin: 2px 0 8px; color: var(--muted); font-size: 12.5px; }
.figure { display: grid; gap: 10px; }
@media (max-width: 760px) { .grid { grid-template-columns: 1fr; } }
.chart { width: 100%; max-width: 720px; height: auto; }
.chart text { font-size: 13px; fill: var(--text); }
.chart text.axis { fill: var(--muted); font-size: 12px; }
.chart .baseline { stroke: var(--line); }
.chart .scale { stroke: var(--line); stroke-dasharray: 4 4; }
.tone-good { --tone: var(--good); } .tone-warn { --tone: var(--warn); } .tone-bad { --tone: var(--bad); }
.tone-neutral { --tone: var(--neutral); } .tone-muted { --tone: var(--grey); }
.bar rect { fill: var(--tone); }
.table-wrap { max-height: 240px; overflow: auto; }
table { border-collapse: collapse; min-width: 60%; font-size: 12.5px; font-variant-numeric: tabular-nums; }
caption { text-align: left; color: var(--muted); font-size: 12px; padding-bottom: 4px; }
th, td { padding: 3px 8px; border-bottom: 1px solid var(--line); text-align: right; white-space: nowrap; }
th[scope=row], thead th:first-child { text-align: left; }
thead th { position: sticky; top: 0; background: var(--card); color: var(--muted); font-weight: 600; }
tfoot th, tfoot td { font-weight: 600; border-bottom: 0; }
table.failures { width: 100%; }
table.failures td, table.failures th { text-align: left; }
table.failures td.detail { white-space: normal; color: var(--muted); min-width: 240px; }
.status { border: 1px solid var(--line); border-radius: 10px; padding: 0 7px; font-size: 11.5px; }
tr.status-failure .status, tr.status-blocked .status { color: var(--bad); border-color: var(--bad); }
tr.status-success .status { color: var(--good); border-color: var(--good); }
a { color: var(--neutral); }
.empty { color: var(--muted); font-style: italic; }
.empty-state { background: var(--card); border: 1px solid var(--line); border-left: 5px solid var(--neutral); border-radius: 8px; padding: 12px 16px; margin: 0 0 16px; }
footer { max-width: 1320px; margin: 0 auto; padding: 8px 28px 24px; color: var(--muted); font-size: 12px; }
`;

;// CONCATENATED MODULE: ./src/core/dashboard/render-html.ts









const ROUTE_TONE = { slack: 'good', issue: 'warn', summary: 'bad' };
// Nothing may leave the page: it must work from disk, and data never goes anywhere.
const POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
/** The whole page: inline CSS and SVG, no script, no request of any kind. */
function renderDashboardHtml(dashboard, options) {
    const link = links(options.repoUrl);
    const page = html `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<title>Provenance KPIs${dashboard.range.from || dashboard.range.to ? ` · ${rangeText(dashboard)}` : ''}</title><style>${raw(STYLES)}</style></head>
<body><header class="top"><h1>Release provenance · KPIs</h1><p>${rangeText(dashboard)} · ${sourcesText(dashboard)} · generated ${dashboard.generatedAt.slice(0, 16).replace('T', ' ')} UTC</p></header>
<main>${isEmpty(dashboard) ? html `<p class="empty-state" id="empty-state">${EMPTY_STATE}</p>` : ''}${tiles(dashboard)}${failures(dashboard.latestFailures, dashboard.sources.manifestFiles > 0, link)}
<div class="grid">
${rateCard({ id: 'pass-rate', title: 'Pass rate per day', what: 'Verdicts recorded per UTC day, first runs and reruns alike.' }, dashboard.passRate, ['validations', 'passed'])}
${countCard({
        id: 'failures-by-code',
        title: 'Failures by code',
        what: `Entries that failed in the range and still record a code; one a rerun fixed shows as “${PASSED_SINCE}” among the latest failures.`,
    }, dashboard.failuresByCode, {
        header: 'code',
        unit: 'entries',
        tone: () => 'bad',
        cell: (label) => link.runbook(label),
    })}
${rateCard({ id: 'rerun-success', title: 'Rerun success', what: 'Reruns started by recovery that ended verified (rerun.success_rate).' }, dashboard.rerunSuccess, ['reruns', 'verified'])}
${countCard({
        id: 'notify-routes',
        title: 'Notification routes',
        what: 'Where each failure was announced: Slack, the GitHub issue fallback, or the ops summary channel (notify.failures).',
    }, dashboard.notifyRoutes, {
        header: 'route',
        unit: 'notifications',
        tone: (label) => ROUTE_TONE[label] ?? 'neutral',
    })}
${distributionCard({ id: 'issue-latency', title: 'Issue latency', what: 'From the failure to its GitHub issue (notify.issue_latency).' }, dashboard.issueLatency)}
${distributionCard({ id: 'time-to-resolution', title: 'Time to resolution', what: 'From the failure to the rerun that verified (rerun.time_to_resolution).' }, dashboard.timeToResolution)}
${distributionCard({ id: 'lock-wait', title: 'Manifest lock wait', what: 'From the first read of the manifest to the successful write (metrics.lock_wait_seconds).' }, dashboard.lockWait)}
${dashboard.sources.database
        ? rateCard({
            id: 'ingest-success',
            title: 'KPI ingest success',
            what: 'Event batches that reached Supabase (security_ci.kpi_ingest_success).',
        }, dashboard.ingestSuccess, ['batches', 'stored'])
        : unknownCard({ id: 'ingest-success', title: 'KPI ingest success', what: SPOOL_INGEST }, dashboard.ingestSuccess, ['batches', 'stored'])}
</div></main>
<footer>provenance-guard <code>kpi dashboard</code> · days are UTC · durations p50/p95 interpolate like PostgreSQL’s percentile_cont</footer>
</body></html>
`;
    return page.text;
}
/** Sends that succeeded never reach a spool, so a rate computed from spools alone would always read 0 %. */
const SPOOL_INGEST = 'Event batches that reached Supabase (security_ci.kpi_ingest_success). Unknown from spool files: a spool holds only the sends that failed; build the page with --db-url for the rate.';
const EMPTY_STATE = 'No release has been recorded yet. This page fills in once the first release run writes its manifest ' +
    '(docs/reports/<YYYY-MM-DD>/manifest.json) and the dashboard workflow runs again.';
/** Nothing to show at all: no manifest, no KPI event, no database. */
function isEmpty({ sources }) {
    return sources.manifestFiles === 0 && sources.kpiEvents === 0 && !sources.database;
}
function tiles(dashboard) {
    const pass = (0,stats/* totalRate */.jo)(dashboard.passRate);
    const reruns = (0,stats/* totalRate */.jo)(dashboard.rerunSuccess);
    const ingest = (0,stats/* totalRate */.jo)(dashboard.ingestSuccess);
    const open = dashboard.failuresByCode.reduce((sum, c) => sum + c.count, 0);
    const latency = dashboard.issueLatency.kind === 'samples'
        ? { value: duration(dashboard.issueLatency.p50), note: 'p50, failure → GitHub issue' }
        : {
            value: duration(highestDailyP95(dashboard.issueLatency)),
            note: 'highest daily p95, failure → GitHub issue',
        };
    const manifests = dashboard.sources.manifestFiles > 0;
    return html `<section class="tiles" aria-label="Headline figures">
${tile({ id: 'pass-rate', label: 'Pass rate', value: percent(pass.rate), note: `${pass.succeeded} of ${pass.attempts} validations`, tone: rateTone(pass.rate) })}
${manifests
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
        })}
${tile({ id: 'rerun-success', label: 'Rerun success', value: percent(reruns.rate), note: `${reruns.succeeded} of ${reruns.attempts} reruns`, tone: rateTone(reruns.rate) })}
${tile({ id: 'issue-latency', label: 'Issue latency', value: latency.value, note: latency.note, tone: 'neutral' })}
${dashboard.sources.database
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
        })}
</section>`;
}
function tile({ id, label, value, note, tone }) {
    return html `<div class="tile tone-${tone}" id="tile-${id}"><p class="label">${label}</p><p class="value">${value}</p><p class="note">${note}</p></div>`;
}
function failures(rows, manifests, link) {
    const body = rows.length === 0
        ? html `<p class="empty">${manifests ? 'No failures in this range.' : 'Failures come from the release manifests: build the page with --manifest.'}</p>`
        : html `<div class="table-wrap" tabindex="0" role="region" aria-label="Latest failures"><table class="failures"><caption>Newest first; links open the run, the runbook and the issue</caption>
<thead><tr>${['tag', 'when (UTC)', 'run', 'code', 'status', 'issue', 'detail'].map((c) => html `<th scope="col">${c}</th>`)}</tr></thead>
<tbody>${rows.map((row) => html `<tr class="status-${row.status}"><th scope="row">${row.tag}</th><td>${row.at.replace('T', ' ').slice(0, 16)}</td><td>${link.run(row)}</td>
<td>${row.code === null ? '—' : link.runbook(row.code)}</td><td><span class="status">${row.code === null ? `${row.status} · ${PASSED_SINCE}` : row.status}</span></td>
<td>${row.issueNumber === null ? '—' : link.issue(row.issueNumber)}</td><td class="detail">${row.detail ?? ''}</td></tr>`)}</tbody></table></div>`;
    return html `<section class="card wide" id="latest-failures" aria-labelledby="latest-failures-heading"><header><h2 id="latest-failures-heading">Latest failures</h2></header>${body}</section>`;
}
function links(repoUrl) {
    const base = repoUrl === null ? null : (0,url/* withoutTrailingSlashes */.A)(repoUrl);
    const to = (path, text) => base === null ? text : html `<a href="${base}/${path}">${text}</a>`;
    return {
        run: (row) => to(`actions/runs/${row.runId}/attempts/${row.runAttempt}`, `${row.runId} #${row.runAttempt}`),
        issue: (issue) => to(`issues/${issue}`, `#${issue}`),
        runbook: (code) => html `<a href="${(0,errors/* runbookUrl */.oV)(code)}">${code}</a>`,
    };
}
function rangeText({ range }) {
    return `${range.from ?? 'the first day'} to ${range.to ?? 'the last day'}`;
}
function sourcesText({ sources }) {
    const unvouched = sources.unvouchedVerdicts
        ? `, ${(0,plural/* counted */.h)(sources.unvouchedVerdicts, 'verdict')} no signature vouches for, not counted`
        : '';
    const manifests = `${(0,plural/* counted */.h)(sources.manifestFiles, 'manifest file')} (${(0,plural/* counted */.h)(sources.entries, 'entry', 'entries')}${unvouched})`;
    if (sources.database)
        return `${manifests} · KPI database views`;
    return `${manifests} · ${sources.kpiEvents} KPI events${sources.skippedEvents > 0 ? ` (${sources.skippedEvents} unusable lines skipped)` : ''}`;
}

;// CONCATENATED MODULE: ./src/core/dashboard/index.ts








// EXTERNAL MODULE: ./src/core/report/index.ts + 5 modules
var report = __webpack_require__(3405);
// EXTERNAL MODULE: ./src/cli/signature-policy.ts
var signature_policy = __webpack_require__(1719);
// EXTERNAL MODULE: ./src/core/redaction/index.ts + 4 modules
var redaction = __webpack_require__(3963);
// EXTERNAL MODULE: ./src/commands/verify/index.ts + 12 modules
var verify = __webpack_require__(6982);
// EXTERNAL MODULE: ./src/cli/day.ts
var day = __webpack_require__(7112);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/cli-inputs.ts
var cli_inputs = __webpack_require__(9996);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
;// CONCATENATED MODULE: ./src/cli/dashboard-command.ts















const DashboardSchema = schemas/* object */.Ikc({
    out: verify/* text */.Qq,
    from: day/* day */.v.nullable(),
    to: day/* day */.v.nullable(),
    manifests: schemas/* array */.YOg(verify/* text */.Qq),
    spools: schemas/* array */.YOg(verify/* text */.Qq),
    databaseUrl: verify/* text */.Qq.nullable(),
    repoUrl: verify/* url */.OZ
        .refine((value) => /^https?:$/.test(new URL(value).protocol), 'must be an http(s) URL')
        .nullable(),
});
const FLAG = {
    out: '--out',
    from: '--from',
    to: '--to',
    manifests: '--manifest',
    spools: '--kpi-spool',
    databaseUrl: '--db-url (or SUPABASE_DB_URL)',
    repoUrl: '--repo-url (or GITHUB_SERVER_URL/GITHUB_REPOSITORY)',
};
/**
 * `kpi dashboard --out DIR [--from DATE] [--to DATE] [--manifest FILE ...] [--kpi-spool FILE ...] [--db-url
 * URL] [--repo-url URL]`.
 */
async function runDashboard(argv, now, env) {
    const { values } = (0,args/* parseCommandArgs */.Qx)(flags/* KPI_DASHBOARD_FLAGS */.ss, argv);
    const spools = values['kpi-spool'] ?? [];
    const inputs = (0,cli_inputs/* parseCliInputs */.x)(DashboardSchema, {
        out: values.out ?? '',
        from: values.from ?? null,
        to: values.to ?? null,
        manifests: values.manifest ?? [],
        spools,
        // An explicit spool means "these events": the environment's database does not silently take over.
        databaseUrl: values['db-url'] ?? (spools.length === 0 && env.SUPABASE_DB_URL ? env.SUPABASE_DB_URL : null),
        repoUrl: values['repo-url'] ??
            (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY
                ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}`
                : null),
    }, (field) => FLAG[field] ?? field);
    if (inputs.databaseUrl !== null && spools.length > 0) {
        throw new errors/* GuardError */.U$('input_invalid', '--kpi-spool and --db-url both give KPI events: the database views already hold every flushed spool; pick one');
    }
    const range = { from: inputs.from, to: inputs.to };
    const manifests = await Promise.all(inputs.manifests.map(async (path) => (0,manifest/* parseManifest */.Ng)(await readText(path), path)));
    const kpi = inputs.databaseUrl === null
        ? await readSpools(spools)
        : { report: await readViews(inputs.databaseUrl, range) };
    // In a workflow the repository is known: a success no signature vouches for is not counted as a pass.
    const repository = (0,signature_policy/* repositoryOf */._M)(values, env);
    const policy = repository === null ? null : await (0,signature_policy/* signaturePolicy */.zA)(values, repository, env);
    const dashboard = buildDashboard({
        manifests,
        kpi,
        range,
        generatedAt: now,
        ...(policy ? { vouched: (entry) => (0,manifest/* verdictVouched */.md)(entry, policy) } : {}),
    });
    const page = (0,external_node_path_.join)(inputs.out, 'index.html');
    await (0,promises_.mkdir)(inputs.out, { recursive: true });
    await (0,promises_.writeFile)(page, renderDashboardHtml(dashboard, { repoUrl: inputs.repoUrl }));
    const { sources } = dashboard;
    // Day one has no manifest yet: the page says so and the publishing workflow still succeeds.
    if (isEmpty(dashboard))
        return { exitCode: 0, stdout: `${page}: empty-state page (no manifest, spool or database given yet)` };
    return {
        exitCode: 0,
        stdout: `${page}: ${(0,report/* counted */.hS)(sources.entries, 'manifest entry', 'manifest entries')}, ${sources.database ? 'KPI database views' : (0,report/* counted */.hS)(sources.kpiEvents, 'KPI event')}`,
    };
}
async function readSpools(paths) {
    const spools = await Promise.all(paths.map(async (path) => {
        // A spool that was never written reads as empty for `kpi flush`; here a wrong path must not look like a
        // quiet week.
        await (0,promises_.stat)(path).catch((error) => {
            throw cannotRead(path, error);
        });
        return (0,spool/* readSpool */.qO)(path);
    }));
    return {
        events: spools.flatMap((spool) => spool.events),
        unreadable: spools.reduce((sum, spool) => sum + spool.unreadable, 0),
    };
}
async function readViews(databaseUrl, range) {
    const secrets = [
        databaseUrl,
        URL.canParse(databaseUrl) ? decodeURIComponent(new URL(databaseUrl).password) : '',
    ];
    // Loaded here so a page built from files does not pay for the database driver.
    const { readKpiReport } = await Promise.all(/* import() */[__webpack_require__.e(534), __webpack_require__.e(71)]).then(__webpack_require__.bind(__webpack_require__, 4071));
    return readKpiReport(databaseUrl, range).catch((error) => {
        throw new errors/* GuardError */.U$('kpi_ingest_failed', `cannot read the KPI views: ${(0,redaction/* redactText */.Rd)(error.message, secrets)}`, { cause: error });
    });
}
async function readText(path) {
    return (0,promises_.readFile)(path, 'utf8').catch((error) => {
        throw cannotRead(path, error);
    });
}
function cannotRead(path, error) {
    return new errors/* GuardError */.U$('input_invalid', `cannot read ${path}: ${error.message}`, { cause: error });
}


/***/ }),

/***/ 1719:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UT: () => (/* binding */ requiredRepository),
/* harmony export */   _$: () => (/* binding */ isoDate),
/* harmony export */   _M: () => (/* binding */ repositoryOf),
/* harmony export */   zA: () => (/* binding */ signaturePolicy)
/* harmony export */ });
/* unused harmony exports DEFAULT_RELEASE_TAGS, DEFAULT_VALIDATE_WORKFLOW */
/* harmony import */ var _adapters_sigstore_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8870);
/* harmony import */ var _core_errors_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9421);
/* harmony import */ var _core_url_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38);
/* harmony import */ var _core_manifest_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6275);




/** The tags the templates release from (security-ci's trigger, the tag ruleset SETUP asks for). */
const DEFAULT_RELEASE_TAGS = 'v*';
/** The workflow of the templates that runs validate and signs its verdicts. */
const DEFAULT_VALIDATE_WORKFLOW = '.github/workflows/security-ci.yml';
const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
/** `--repository`, else the workflow's repository (GITHUB_REPOSITORY); null when neither is set. */
function repositoryOf(values, env = process.env) {
    const repository = values.repository ?? env.GITHUB_REPOSITORY ?? null;
    if (repository !== null && !REPOSITORY.test(repository))
        throw new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GuardError */ .U$('input_invalid', `--repository ${repository} is not OWNER/NAME`);
    return repository;
}
function requiredRepository(values, env = process.env) {
    const repository = repositoryOf(values, env);
    if (repository === null)
        throw new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GuardError */ .U$('input_invalid', 'manifest lint needs --repository OWNER/NAME, the repository whose validate workflow signs the verdicts');
    return repository;
}
/**
 * Whose signatures the manifest's verdicts need: the validate workflow of `repository`, verified offline
 * under the embedded Sigstore roots, `--trusted-root`, or PROVENANCE_GUARD_TRUSTED_ROOT (a private
 * instance's root).
 */
async function signaturePolicy(values, repository, env = process.env) {
    const rootFile = values['trusted-root'] ?? (env.PROVENANCE_GUARD_TRUSTED_ROOT || undefined);
    const roots = await (0,_adapters_sigstore_index_js__WEBPACK_IMPORTED_MODULE_0__/* .loadTrustedRoots */ .Bu)(rootFile ? { kind: 'file', path: rootFile } : { kind: 'embedded' });
    return {
        signer: {
            repository,
            serverUrl: (0,_core_url_js__WEBPACK_IMPORTED_MODULE_3__/* .withoutTrailingSlashes */ .A)(values['server-url'] ?? env.GITHUB_SERVER_URL ?? 'https://github.com'),
            workflow: values.workflow ?? DEFAULT_VALIDATE_WORKFLOW,
            defaultBranch: values['default-branch'] ?? null,
            releaseTags: values['release-tags'] ?? DEFAULT_RELEASE_TAGS,
        },
        verify: (bundle) => (0,_adapters_sigstore_index_js__WEBPACK_IMPORTED_MODULE_0__/* .verifyVerdictSignature */ .D$)(bundle, roots),
        signedFrom: isoDate('--signed-from', values['signed-from']) ?? new Date(_core_manifest_index_js__WEBPACK_IMPORTED_MODULE_2__/* .SIGNED_VERDICTS_FROM */ .T9),
    };
}
function isoDate(flag, value) {
    if (value === undefined)
        return null;
    const date = new Date(value);
    if (Number.isNaN(date.getTime()))
        throw new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GuardError */ .U$('input_invalid', `${flag} ${value} is not an ISO 8601 date-time`);
    return date;
}


/***/ }),

/***/ 4695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DN: () => (/* binding */ dailyRates),
/* harmony export */   Nx: () => (/* binding */ distribution),
/* harmony export */   Tr: () => (/* binding */ countBy),
/* harmony export */   jo: () => (/* binding */ totalRate),
/* harmony export */   kb: () => (/* binding */ dayOf),
/* harmony export */   r4: () => (/* binding */ inRange)
/* harmony export */ });
/* unused harmony export percentile */
/** The UTC day of an ISO 8601 time, or null when it is not one. */
function dayOf(iso) {
    const time = Date.parse(iso);
    return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}
function inRange(day, range) {
    return (range.from === null || day >= range.from) && (range.to === null || day <= range.to);
}
/**
 * Linear interpolation between closest ranks, as PostgreSQL's percentile_cont: the page and the views agree.
 */
function percentile(sorted, fraction) {
    if (sorted.length === 0)
        return null;
    const position = (sorted.length - 1) * fraction;
    const below = Math.floor(position);
    const lower = sorted[below];
    const upper = sorted[Math.min(below + 1, sorted.length - 1)];
    return lower + (upper - lower) * (position - below);
}
/** Upper bounds in seconds; one scale serves lock waits (seconds) and issue latency (hours). */
const BUCKETS = [
    { label: '< 1 s', below: 1 },
    { label: '1–5 s', below: 5 },
    { label: '5–30 s', below: 30 },
    { label: '30 s–2 min', below: 120 },
    { label: '2–10 min', below: 600 },
    { label: '10–60 min', below: 3600 },
    { label: '1–6 h', below: 6 * 3600 },
    { label: '6–24 h', below: 86_400 },
    { label: '≥ 1 day', below: Infinity },
];
function distribution(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const counts = BUCKETS.map(({ label }) => ({ label, count: 0 }));
    for (const value of sorted)
        counts[BUCKETS.findIndex(({ below }) => value < below)].count++;
    const first = counts.findIndex(({ count }) => count > 0);
    const last = counts.findLastIndex(({ count }) => count > 0);
    return {
        kind: 'samples',
        samples: sorted.length,
        p50: percentile(sorted, 0.5),
        p95: percentile(sorted, 0.95),
        max: sorted.at(-1) ?? null,
        histogram: first < 0 ? [] : counts.slice(first, last + 1),
    };
}
/** Outcomes grouped by day, oldest first. */
function dailyRates(outcomes) {
    const byDay = new Map();
    for (const { day, ok } of outcomes) {
        const figures = byDay.get(day) ?? { attempts: 0, succeeded: 0 };
        figures.attempts++;
        if (ok)
            figures.succeeded++;
        byDay.set(day, figures);
    }
    return [...byDay].sort(([a], [b]) => a.localeCompare(b)).map(([day, figures]) => ({ day, ...figures }));
}
function totalRate(rates) {
    const attempts = rates.reduce((sum, r) => sum + r.attempts, 0);
    const succeeded = rates.reduce((sum, r) => sum + r.succeeded, 0);
    return { attempts, succeeded, rate: attempts === 0 ? null : succeeded / attempts };
}
/** Counts by label, largest first, ties by label. */
function countBy(labels) {
    const counts = new Map();
    for (const label of labels)
        counts.set(label, (counts.get(label) ?? 0) + 1);
    return [...counts]
        .map(([label, count]) => ({ label, count }))
        .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}


/***/ }),

/***/ 3405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hS: () => (/* reexport */ plural/* counted */.h),
  aq: () => (/* reexport */ renderManifestCounts),
  us: () => (/* reexport */ renderManifestTable),
  v3: () => (/* reexport */ renderVerdictLines),
  G5: () => (/* reexport */ renderVerdictTable),
  R9: () => (/* reexport */ toVerdictJson)
});

// UNUSED EXPORTS: countManifest

// EXTERNAL MODULE: ./src/core/errors/index.ts + 6 modules
var errors = __webpack_require__(9421);
// EXTERNAL MODULE: ./src/core/redaction/index.ts + 4 modules
var redaction = __webpack_require__(3963);
;// CONCATENATED MODULE: ./src/core/report/verdict-json.ts


/**
 * Redacted, because it becomes outputs, evidence and `--json`: a certificate's e-mail SAN shows as
 * `<e-mail redacted>@domain`, secret-shaped text (from a predicate, say) as `***`.
 */
function toVerdictJson(verdict) {
    const facts = verdict.facts;
    return (0,redaction/* redactJson */.Kp)({
        verified: verdict.verified,
        outcome: (0,errors/* outcomeOf */.sG)(verdict),
        failure_reason: verdict.failureReason,
        runbook: verdict.failureReason ? (0,errors/* runbookUrl */.oV)(verdict.failureReason) : null,
        checks: verdict.checks.map(toCheckJson),
        predicate_type: facts?.predicateType || null,
        builder_id: facts?.builderId ?? null,
        source_repo: facts?.sourceRepository ?? null,
        source_ref: facts?.sourceRef ?? null,
        source_commit: facts?.sourceCommits[0] ?? null,
        subjects: verdict.subjects.map((s) => ({ name: s.name, digest: { ...s.digest } })),
        verifier: verdict.verifier,
        attestation: verdict.attestation,
    }, []);
}
function toCheckJson(check) {
    return {
        name: check.name,
        ok: check.status === 'skipped' ? null : check.status === 'passed',
        status: check.status,
        code: check.status === 'failed' ? check.code : null,
        expected: check.expected,
        actual: check.actual,
    };
}

;// CONCATENATED MODULE: ./src/core/report/verdict-table.ts


const MARK = { passed: 'ok  ', failed: 'FAIL', skipped: 'skip' };
/** A readable table of checks; the failing one is marked and points at its runbook. */
function renderVerdictTable(verdict, title) {
    const width = Math.max(...verdict.checks.map((c) => c.name.length), 5);
    const rows = verdict.checks.map((check) => {
        const marker = check.status === 'failed' ? '✗' : ' ';
        const head = `${marker} ${check.name.padEnd(width)}  ${MARK[check.status]}  `;
        const pad = ' '.repeat(head.length);
        if (check.status === 'skipped')
            return `${head}${shown(check.expected)}`;
        if (check.status === 'passed')
            return `${head}${shown(check.actual)}`;
        return `${head}expected: ${shown(check.expected)}\n${pad}actual:   ${shown(check.actual)}`;
    });
    const headline = (0,errors/* outcomeOf */.sG)(verdict).toUpperCase();
    const lines = [
        `${title}: ${verdict.failureReason ? `${headline} (${verdict.failureReason})` : headline}`,
        ...(verdict.attestation ? [shown(verdict.attestation)] : []),
        '',
        ...rows,
    ];
    if (verdict.failureReason) {
        lines.push('', `${verdict.failureReason}: ${errors/* FAILURE_CATALOG */.PR[verdict.failureReason].meaning}`, `runbook: ${(0,errors/* runbookUrl */.oV)(verdict.failureReason)}`);
    }
    return lines.join('\n');
}
/**
 * Untrusted text on a terminal: redacted, on one line, without control characters (an escape
 * sequence in a predicate could otherwise rewrite what the reader sees).
 */
function shown(text) {
    return (0,redaction/* redactText */.Rd)(text, [])
        .replace(/\r\n|[\n\r\u2028\u2029]/g, ' ')
        .replace(/\p{Cc}/gu, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

// EXTERNAL MODULE: ./src/core/dashboard/stats.ts
var stats = __webpack_require__(4695);
;// CONCATENATED MODULE: ./src/core/report/manifest-charts.ts

function countManifest(manifest) {
    return {
        entries: manifest.entries.length,
        statuses: (0,stats/* countBy */.Tr)(manifest.entries.map((entry) => entry.status)),
        failureCodes: (0,stats/* countBy */.Tr)(manifest.entries.flatMap((entry) => (entry.failure_reason === null ? [] : [entry.failure_reason]))),
    };
}

;// CONCATENATED MODULE: ./src/core/report/manifest-table.ts

const COLUMNS = ['STATUS', 'TAG', 'RUN', 'FAILURE', 'ISSUE', 'FLAG', 'AGE'];
/** `manifest show`: one row per entry, newest activity first. */
function renderManifestTable(manifest, now, vouched = null) {
    if (manifest.entries.length === 0)
        return 'The manifest has no entries.';
    // Each signature is verified once: the rows and the note below read the same set.
    const unvouched = new Set(vouched === null ? [] : manifest.entries.filter((entry) => entry.verdict !== null && !vouched(entry)));
    const rows = [...manifest.entries]
        .map((entry) => ({ entry, last: Date.parse(entry.history.at(-1)?.at ?? '') }))
        .sort((a, b) => b.last - a.last)
        .map(({ entry, last }) => [
        unvouched.has(entry) ? `${entry.status}${UNVOUCHED}` : entry.status,
        entry.tag,
        `${entry.run_id}#${entry.run_attempt}`,
        entry.failure_reason ?? '-',
        entry.issue_number === null ? '-' : `#${entry.issue_number}`,
        entry.governance_flag ?? '-',
        age(now.getTime() - last),
    ]);
    const widths = COLUMNS.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
    const line = (cells) => cells
        .map((cell, i) => cell.padEnd(widths[i]))
        .join('  ')
        .trimEnd();
    return [line(COLUMNS), ...rows.map(line), ...signatureNote(vouched !== null, unvouched.size)].join('\n');
}
/** Marks a verdict no signature vouches for: its status is only what the file says. */
const UNVOUCHED = '*';
function signatureNote(checked, unvouched) {
    if (!checked)
        return ['(verdict signatures not checked: give --repository OWNER/NAME)'];
    return unvouched > 0
        ? [
            `${UNVOUCHED} no signature of the validate workflow vouches for this verdict: \`manifest lint\` says why`,
        ]
        : [];
}
/** The lines under the table: entries per status and per failure code; nothing for an empty manifest. */
function renderManifestCounts(manifest) {
    const { entries, statuses, failureCodes } = countManifest(manifest);
    if (entries === 0)
        return '';
    const list = (counts) => counts.map(({ label, count }) => `${count} ${label}`).join(', ');
    return [
        `${entries} ${entries === 1 ? 'entry' : 'entries'}: ${list(statuses)}`,
        ...(failureCodes.length > 0 ? [`failure codes: ${list(failureCodes)}`] : []),
    ].join('\n');
}
function age(ms) {
    if (!Number.isFinite(ms))
        return '?';
    const minutes = Math.max(0, Math.floor(ms / 60_000));
    if (minutes < 60)
        return `${minutes}m`;
    if (minutes < 48 * 60)
        return `${Math.floor(minutes / 60)}h`;
    return `${Math.floor(minutes / 1440)}d`;
}

// EXTERNAL MODULE: ./src/core/report/plural.ts
var plural = __webpack_require__(9410);
;// CONCATENATED MODULE: ./src/core/report/verdict-line.ts


/**
 * `--format line`, for CI logs: one line per artifact, `PASSED FILE BUILDER SOURCE@REF`, `FAILED FILE CODE:
 * WHY` or `UNDECIDED FILE CODE: WHY`. The verdict is about the artifacts together, so each line carries it.
 */
function renderVerdictLines(verdict, artifacts) {
    const files = artifacts.length > 0 ? artifacts : ['-'];
    const outcome = (0,errors/* outcomeOf */.sG)(verdict);
    if (outcome === 'verified' || verdict.failureReason === null) {
        const facts = verdict.facts;
        const builder = oneWord(facts?.builderId ?? '-');
        const source = `${oneWord(facts?.sourceRepository ?? '-')}@${oneWord(facts?.sourceRef ?? '-')}`;
        return files.map((file) => `PASSED ${oneWord(file)} ${builder} ${source}`).join('\n');
    }
    const head = outcome === 'rejected' ? 'FAILED' : 'UNDECIDED';
    const why = sentence(verdict);
    return files.map((file) => `${head} ${oneWord(file)} ${verdict.failureReason}: ${why}`).join('\n');
}
/** The failing check's expected and actual, or the code's meaning when no check failed. */
function sentence(verdict) {
    const check = verdict.checks.find((c) => c.status === 'failed');
    if (check === undefined)
        return oneLine(errors/* FAILURE_CATALOG */.PR[verdict.failureReason].meaning);
    return oneLine(`${check.name} expected ${check.expected}, got ${check.actual}`);
}
/**
 * Untrusted text on a log line: redacted, without line breaks or control characters (an escape sequence in a
 * predicate could otherwise rewrite what the reader sees).
 */
function oneLine(text) {
    return (0,redaction/* redactText */.Rd)(text, [])
        .replace(/\r\n|[\n\r\u2028\u2029]/g, ' ')
        .replace(/\p{Cc}/gu, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
/** One field of a line: a space inside it would shift the fields after it. */
function oneWord(text) {
    return oneLine(text).replace(/\s/g, '%20');
}

;// CONCATENATED MODULE: ./src/core/report/index.ts








/***/ }),

/***/ 38:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ withoutTrailingSlashes)
/* harmony export */ });
/**
 * A base URL without its trailing slashes (`https://ghe.example.com/` → `https://ghe.example.com`), so a path
 * can be appended. Only a slash that follows no slash starts the match: the run is read once.
 */
function withoutTrailingSlashes(url) {
    return url.replace(/(?<!\/)\/+$/, '');
}


/***/ })

};

import type { Count, DailyDistribution, DailyRate, Distribution } from './model.js';
import { duration, html, percent, type Html } from './html.js';
import { totalRate } from './stats.js';
import { barChart, columnChart, type Tone } from './svg-charts.js';

export interface CardText {
  readonly id: string;
  readonly title: string;
  /** One sentence: what is counted and where it comes from. */
  readonly what: string;
}

/** A card's body: the chart, the table behind it, and the sentence for when there is nothing to show. */
interface Figure {
  readonly chart: Html | null;
  readonly table: Table | null;
  readonly empty?: string;
}

interface Table {
  readonly caption: string;
  readonly columns: readonly string[];
  /** The first cell of each row is its header. */
  readonly rows: readonly (readonly (string | Html)[])[];
  readonly total?: readonly string[];
}

export function rateTone(rate: number | null): Tone {
  if (rate === null) return 'muted';
  if (rate >= 0.95) return 'good';
  if (rate >= 0.8) return 'warn';
  return 'bad';
}

export function rateCard(
  text: CardText,
  rates: readonly DailyRate[],
  [attempts, succeeded]: readonly [string, string],
): Html {
  const total = totalRate(rates);
  const rateOf = (r: DailyRate) => r.succeeded / r.attempts;
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
export function unknownCard(
  text: CardText,
  rates: readonly DailyRate[],
  [attempts, succeeded]: readonly [string, string],
): Html {
  const total = totalRate(rates);
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

export interface CountOptions {
  readonly header: string;
  /** What is counted, for the headline: `entries`, `notifications`. */
  readonly unit: string;
  readonly tone: (label: string) => Tone;
  readonly cell?: (label: string) => string | Html;
}

export function countCard(text: CardText, counts: readonly Count[] | null, options: CountOptions): Html {
  if (counts === null)
    return card(text, '—', {
      chart: null,
      table: null,
      empty: 'The database views do not keep this figure; build the page from spool files to see it.',
    });
  const all = counts.reduce((sum, c) => sum + c.count, 0);
  const share = (c: Count) => percent(all === 0 ? null : c.count / all);
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
export function highestDailyP95(figures: DailyDistribution): number | null {
  return figures.days.length === 0 ? null : Math.max(...figures.days.map((d) => d.p95));
}

export function distributionCard(text: CardText, figures: Distribution): Html {
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

function card(text: CardText, headline: string, figure: Figure): Html {
  return html`<section class="card" id="${text.id}" aria-labelledby="${text.id}-heading">
<header><h2 id="${text.id}-heading">${text.title}</h2><p class="headline">${headline}</p></header>
<p class="what">${text.what}</p>
${renderFigure(figure)}
</section>`;
}

/**
 * The chart and its table. With no rows: the `empty` sentence. With rows but nothing to draw (every
 * value 0): “no data” to draw is said in words, and the table still shows the zeros.
 */
function renderFigure({ chart, table, empty = NO_DATA }: Figure): Html {
  if (table === null || table.rows.length === 0) return html`<p class="empty">${empty}</p>`;
  if (chart === null)
    return html`<p class="empty">${empty === NO_DATA ? 'No data to draw: every value in this range is 0.' : empty}</p>${renderTable(table)}`;
  return html`<div class="figure">${chart}${renderTable(table)}</div>`;
}

function renderTable(table: Table): Html {
  return html`<div class="table-wrap" tabindex="0" role="region" aria-label="${table.caption}"><table>
<caption>${table.caption}</caption>
<thead><tr>${table.columns.map((column) => html`<th scope="col">${column}</th>`)}</tr></thead>
<tbody>${table.rows.map(([head, ...cells]) => html`<tr><th scope="row">${head}</th>${cells.map((cell) => html`<td>${cell}</td>`)}</tr>`)}</tbody>
${table.total ? html`<tfoot><tr><th scope="row">${table.total[0]}</th>${table.total.slice(1).map((cell) => html`<td>${cell}</td>`)}</tr></tfoot>` : ''}
</table></div>`;
}

import { html, type Html } from './html.js';

export type Tone = 'good' | 'warn' | 'bad' | 'neutral' | 'muted';

export interface Bar {
  readonly label: string;
  readonly value: number;
  /** The value as printed on the chart. */
  readonly text: string;
  readonly tone: Tone;
}

export interface ChartSpec {
  readonly id: string;
  /** What the chart shows, read out by screen readers with the table's caption. */
  readonly title: string;
  readonly bars: readonly Bar[];
  /** A fixed top of the scale, drawn as a dashed line (100% for rates); else the largest value. */
  readonly scale?: { readonly max: number; readonly label: string };
}

const WIDTH = 560;
const HEIGHT = 190;
const AXIS = 24;
/** Room at both ends, so the first and last day labels are not cut. */
const INSET = 20;
const round = (value: number) => Math.round(value * 10) / 10;

/** Vertical bars over days or histogram buckets; labels thin out so they never overlap. */
export function columnChart(spec: ChartSpec): Html {
  const max = scaleMax(spec);
  const slot = (WIDTH - 2 * INSET) / Math.max(spec.bars.length, 1);
  const width = Math.min(slot * 0.7, 64);
  const every = Math.ceil(spec.bars.length / Math.floor(WIDTH / 72));
  const plot = HEIGHT - AXIS - 20;
  const columns = spec.bars.map((bar, i) => {
    const height = Math.max(bar.value > 0 ? 2 : 0, (bar.value / max) * plot);
    const middle = round(INSET + (i + 0.5) * slot);
    const y = round(HEIGHT - AXIS - height);
    return html`<g class="bar tone-${bar.tone}" data-label="${bar.label}" data-value="${bar.value}"><title>${bar.label}: ${bar.text}</title>
<rect x="${round(middle - width / 2)}" y="${y}" width="${round(width)}" height="${round(height)}" rx="3"/>
${slot >= 40 ? html`<text class="value" x="${middle}" y="${y - 6}" text-anchor="middle">${bar.text}</text>` : ''}
${i % every === 0 ? html`<text class="axis" x="${middle}" y="${HEIGHT - AXIS + 17}" text-anchor="middle">${bar.label}</text>` : ''}</g>`;
  });
  const top = spec.scale
    ? html`<line class="scale" x1="0" x2="${WIDTH}" y1="${HEIGHT - AXIS - plot}" y2="${HEIGHT - AXIS - plot}"/>
<text class="axis" x="${WIDTH}" y="${HEIGHT - AXIS - plot - 4}" text-anchor="end">${spec.scale.label}</text>`
    : '';
  return svg(
    spec,
    html`${top}<line class="baseline" x1="0" x2="${WIDTH}" y1="${HEIGHT - AXIS}" y2="${HEIGHT - AXIS}"/>${columns}`,
    HEIGHT,
  );
}

/** Horizontal bars for categories (failure codes, notify routes), largest first as given. */
export function barChart(spec: ChartSpec): Html {
  const max = scaleMax(spec);
  const row = 32;
  const labelWidth = 190;
  const room = WIDTH - labelWidth - 80;
  const rows = spec.bars.map((bar, i) => {
    const y = 6 + i * row;
    return html`<g class="bar tone-${bar.tone}" data-label="${bar.label}" data-value="${bar.value}"><title>${bar.label}: ${bar.text}</title>
<text class="axis" x="${labelWidth - 8}" y="${y + 16}" text-anchor="end">${bar.label}</text>
<rect x="${labelWidth}" y="${y}" width="${round(Math.max(bar.value > 0 ? 2 : 0, (bar.value / max) * room))}" height="22" rx="3"/>
<text class="value" x="${round(labelWidth + (bar.value / max) * room + 6)}" y="${y + 16}">${bar.text}</text></g>`;
  });
  return svg(spec, html`${rows}`, spec.bars.length * row + 12);
}

function scaleMax(spec: ChartSpec): number {
  return spec.scale?.max ?? Math.max(1, ...spec.bars.map((bar) => bar.value));
}

function svg(spec: ChartSpec, body: Html, height: number): Html {
  return html`<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="${spec.id}-title" focusable="false">
<title id="${spec.id}-title">${spec.title}</title>${body}</svg>`;
}

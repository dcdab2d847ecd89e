import { escapeMarkdown, markdownCode, markdownLink } from '../../core/notify/index.js';
import { redactText } from '../../core/redaction/index.js';

/** Untrusted text (a SAN, an error, a tag) in a summary: redacted, then escaped for GitHub Markdown. */
export function shown(text: string): string {
  return escapeMarkdown(redactText(text, []));
}

/** Untrusted text as a code span (never inside a table cell: a `|` would split it). */
export function code(text: string): string {
  return markdownCode(redactText(text, []));
}

export function link(url: string, label: string): string {
  return markdownLink(url, label);
}

/** A GitHub Markdown table; cells are already escaped. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

export type Tone = 'good' | 'bad' | 'waiting' | 'neutral';

export const COLOUR: Record<Tone, string> = {
  good: '#1a7f37',
  bad: '#cf222e',
  waiting: '#bf8700',
  neutral: '#6e7781',
};

export interface Slice {
  readonly label: string;
  readonly count: number;
  readonly tone: Tone;
}

/**
 * A Mermaid pie whose colours mean something: failure red, verified green, in-flight amber.
 * Mermaid colours slices by position (pie1, pie2, …) after sorting them by size, so the
 * slices are sorted here the same way and each position gets its slice's colour.
 */
export function pie(title: string, slices: readonly Slice[]): string {
  const ordered = slices.filter((s) => s.count > 0).sort((a, b) => b.count - a.count);
  const colours = Object.fromEntries(ordered.map((slice, i) => [`pie${i + 1}`, COLOUR[slice.tone]]));
  return [
    '```mermaid',
    `%%{init: {"theme": "base", "themeVariables": ${JSON.stringify(colours)}}}%%`,
    `pie showData title ${title}`,
    ...ordered.map(({ label, count }) => `  "${label.replace(/"/g, "'")}" : ${count}`),
    '```',
  ].join('\n');
}

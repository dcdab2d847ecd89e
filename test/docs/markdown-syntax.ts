/** The few pieces of Markdown the docs gate reads: fenced blocks, headings, sections, links. */

export interface FencedBlock {
  readonly lang: string;
  readonly body: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
}

export interface Heading {
  readonly level: number;
  readonly text: string;
  readonly line: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/;

/** Walks the lines once, telling for each whether it opens, is inside, or closes a fenced block. */
function scanFences(
  markdown: string,
  visit: (text: string, index: number, state: 'open' | 'inside' | 'close' | 'prose', lang: string) => void,
): void {
  let open: { fence: string; lang: string } | null = null;
  markdown.split('\n').forEach((text, index) => {
    const match = FENCE.exec(text);
    if (!open) {
      if (match?.[1]) open = { fence: match[1], lang: (match[2] ?? '').toLowerCase() };
      visit(text, index, open ? 'open' : 'prose', open?.lang ?? '');
      return;
    }
    const fence = match?.[1] ?? '';
    const closes = fence[0] === open.fence[0] && fence.length >= open.fence.length && !match?.[2];
    visit(text, index, closes ? 'close' : 'inside', open.lang);
    if (closes) open = null;
  });
}

/** Every fenced code block, with its info-string language (lower-cased, '' when none). */
export function fencedBlocks(markdown: string): FencedBlock[] {
  const blocks: FencedBlock[] = [];
  let body: string[] = [];
  let line = 0;
  scanFences(markdown, (text, index, state, lang) => {
    if (state === 'open') [body, line] = [[], index + 1];
    else if (state === 'inside') body.push(text);
    else if (state === 'close') blocks.push({ lang, body: body.join('\n'), line });
  });
  return blocks;
}

/** The text with fenced blocks blanked out (line numbers are kept). */
export function withoutFences(markdown: string): string {
  const lines: string[] = [];
  scanFences(markdown, (text, _index, state) => lines.push(state === 'prose' ? text : ''));
  return lines.join('\n');
}

/** The text with fenced blocks and inline code spans blanked out (line numbers are kept). */
export function proseOnly(markdown: string): string {
  return withoutFences(markdown)
    .split('\n')
    .map((text) => text.replace(/(`+)[^`]*?\1/g, ''))
    .join('\n');
}

/** The code of a Markdown text: each fenced block's body and each inline code span. */
export function codeSnippets(markdown: string): string[] {
  const spans = [...withoutFences(markdown).matchAll(/(`+)([^`]*?)\1/g)].map((m) => m[2] ?? '');
  return [...fencedBlocks(markdown).map((block) => block.body), ...spans];
}

export function headings(markdown: string): Heading[] {
  return withoutFences(markdown)
    .split('\n')
    .flatMap((text, index) => {
      const match = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(text);
      return match?.[1] && match[2] ? [{ level: match[1].length, text: match[2], line: index + 1 }] : [];
    });
}

/** GitHub's heading anchor: lower-case, punctuation dropped, spaces to hyphens; repeats get -1, -2, … */
export function headingAnchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const { text } of headings(markdown)) {
    const plain = text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const base = plain
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  for (const match of markdown.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) if (match[1]) anchors.add(match[1]);
  return anchors;
}

/** The body under each `## ` heading (up to the next heading of level 1 or 2), keyed by heading text. */
export function level2Sections(markdown: string): { title: string; body: string }[] {
  const lines = markdown.split('\n');
  const marks = headings(markdown).filter((h) => h.level <= 2);
  return marks.flatMap((mark, i) => {
    if (mark.level !== 2) return [];
    const end = marks[i + 1]?.line ?? lines.length + 1;
    return [{ title: mark.text, body: lines.slice(mark.line, end - 1).join('\n') }];
  });
}

export interface MarkdownLink {
  readonly target: string;
  readonly line: number;
}

/** Inline links and images `[x](target)` and reference definitions `[x]: target`, outside code. */
export function markdownLinks(markdown: string): MarkdownLink[] {
  return proseOnly(markdown)
    .split('\n')
    .flatMap((text, index) => {
      const inline = [...text.matchAll(/!?\[[^\]]*\]\(\s*(<[^>]*>|[^)\s]+)(?:\s+"[^"]*")?\s*\)/g)].map(
        (m) => m[1] ?? '',
      );
      const definition = /^ {0,3}\[[^\]]+\]:\s*(\S+)/.exec(text)?.[1];
      return [...inline, ...(definition ? [definition] : [])].map((target) => ({
        target: target.replace(/^<|>$/g, ''),
        line: index + 1,
      }));
    });
}

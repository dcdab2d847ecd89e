/**
 * E-mail addresses, whatever at-sign they use: `@`, the full-width `＠` (U+FF20), the small `﹫`
 * (U+FE6B) or the URL-encoded `%40`, with format characters (zero-width space, joiner, soft hyphen)
 * hidden around it and full-width or ideographic dots in the domain. Only the domain is kept: it says
 * which organisation signed without saying who.
 *
 * The pattern starts at the at-sign and reads the domain: format characters
 * `[\u00AD\u200B-\u200D\u2060\uFEFF]`, then labels of letters and digits joined by hyphens, each dot
 * (`[.\uFF0E\u3002]`, format characters around it) ending one, and a top-level label of two letters or
 * more. The local part is read backwards from the at-sign, no further than the end of the previous
 * address. A pattern that started at the local part re-read it from each of its characters: quadratic
 * on long text without an at-sign (70 s on 128 KiB of hex).
 */
export const EMAIL_AT_DOMAIN =
  /(?:[@\uFF20\uFE6B]|%40)[\u00AD\u200B-\u200D\u2060\uFEFF]*([\p{L}\p{N}]+(?:-+[\p{L}\p{N}]+)*(?:[\u00AD\u200B-\u200D\u2060\uFEFF]*[.\uFF0E\u3002][\u00AD\u200B-\u200D\u2060\uFEFF]*[\p{L}\p{N}]+(?:-+[\p{L}\p{N}]+)*)*[\u00AD\u200B-\u200D\u2060\uFEFF]*[.\uFF0E\u3002][\u00AD\u200B-\u200D\u2060\uFEFF]*\p{L}{2,})/gu;

/** Addresses the shape catches; the SQL side (kpi.looks_secret) is tested against them too. */
export const EMAIL_SAMPLES: readonly string[] = [
  'asked by jane.doe@example.com',
  'asked by jane\uFF20example.com',
  'asked by jane\uFE6Bexample.com',
  'asked by jane@\u200Bexample.com',
  'asked by jane@example\uFF0Ecom',
  'signed by jane.doe%40example.com',
];

export const EMAIL_REDACTED = '<e-mail redacted>';

const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
const FORMAT_CHAR = /[\u00AD\u200B-\u200D\u2060\uFEFF]/u;

interface FoundAddress {
  readonly start: number;
  readonly end: number;
  readonly domain: string;
}

/** Each address in the text, left to right; every character is read a bounded number of times. */
function* emailAddresses(text: string): Generator<FoundAddress> {
  let last = 0;
  for (const match of text.matchAll(EMAIL_AT_DOMAIN)) {
    let start = match.index;
    while (start > last && FORMAT_CHAR.test(text[start - 1] ?? '')) start--;
    const localEnd = start;
    while (start > last && LOCAL_CHAR.test(text[start - 1] ?? '')) start--;
    if (start === localEnd) continue;
    const domain = (match[1] ?? '').normalize('NFKC').replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '');
    last = match.index + match[0].length;
    yield { start, end: last, domain };
  }
}

/** `jane@example.com` → `<e-mail redacted>@example.com`. */
export function redactEmailAddresses(text: string): string {
  let out = '';
  let last = 0;
  for (const { start, end, domain } of emailAddresses(text)) {
    out += `${text.slice(last, start)}${EMAIL_REDACTED}@${domain}`;
    last = end;
  }
  return out + text.slice(last);
}

/** Whether the text holds an e-mail address. */
export function containsEmailAddress(text: string): boolean {
  return !emailAddresses(text).next().done;
}

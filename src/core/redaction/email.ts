/**
 * E-mail addresses, whatever at-sign they use: `@`, the full-width `＠` (U+FF20) or the small `﹫`
 * (U+FE6B), with format characters (zero-width space, joiner, soft hyphen) hidden around it and
 * full-width or ideographic dots in the domain. Only the domain is kept: it says which organisation
 * signed without saying who.
 */
const FORMAT = '[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]*';
const DOT = `${FORMAT}[.\\uFF0E\\u3002]${FORMAT}`;
// Bounded as the standards bound them (a local part of 64, a label of 63): unbounded runs made the scan
// quadratic on long attacker-chosen text without an at-sign (70 s on 128 KiB of hex).
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?';
export const EMAIL_ADDRESS = new RegExp(
  `[\\p{L}\\p{N}._%+-]{1,64}${FORMAT}[@\\uFF20\\uFE6B]${FORMAT}(${LABEL}(?:${DOT}${LABEL})*${DOT}\\p{L}{2,})`,
  'gu',
);

export const EMAIL_REDACTED = '<e-mail redacted>';

const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;

/** `jane@example.com` → `<e-mail redacted>@example.com`. */
export function redactEmailAddresses(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(EMAIL_ADDRESS)) {
    // The pattern bounds the local part; what precedes it of a longer one goes too, or it would leak.
    let start = match.index;
    while (start > last && LOCAL_CHAR.test(text[start - 1] ?? '')) start--;
    const domain = (match[1] ?? '').normalize('NFKC').replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '');
    out += `${text.slice(last, start)}${EMAIL_REDACTED}@${domain}`;
    last = match.index + match[0].length;
  }
  return out + text.slice(last);
}

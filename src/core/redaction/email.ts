/**
 * E-mail addresses, whatever at-sign they use: `@`, the full-width `＠` (U+FF20) or the small `﹫`
 * (U+FE6B), with format characters (zero-width space, joiner, soft hyphen) hidden around it and
 * full-width or ideographic dots in the domain. Only the domain is kept: it says which organisation
 * signed without saying who.
 */
const FORMAT = '[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]*';
const DOT = `${FORMAT}[.\\uFF0E\\u3002]${FORMAT}`;
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?';
export const EMAIL_ADDRESS = new RegExp(
  `[\\p{L}\\p{N}._%+-]+${FORMAT}[@\\uFF20\\uFE6B]${FORMAT}(${LABEL}(?:${DOT}${LABEL})*${DOT}\\p{L}{2,})`, 'gu');

export const EMAIL_REDACTED = '<e-mail redacted>';

/** `jane@example.com` → `<e-mail redacted>@example.com`. */
export function redactEmailAddresses(text: string): string {
  return text.replace(EMAIL_ADDRESS, (_address, domain: string) => `${EMAIL_REDACTED}@${domain.normalize('NFKC').replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')}`);
}

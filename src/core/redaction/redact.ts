import { containsEmailAddress, redactEmailAddresses } from './email.js';
import { SECRET_SHAPES } from './shapes.js';

export const REDACTED = '***';

/**
 * Replaces known secret values and secret-shaped text with `***`, and e-mail addresses with `<e-mail
 * redacted>@domain`. Each step is one left-to-right pass over the text.
 */
export function redactText(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length >= 4) result = result.split(secret).join(REDACTED);
  }
  for (const { pattern } of SECRET_SHAPES) result = redactShape(result, pattern);
  return redactEmailAddresses(result);
}

/** Deep copy of a JSON value with every string redacted; keys are kept (they are ours). */
export function redactJson<T>(value: T, secrets: readonly string[]): T {
  if (typeof value === 'string') return redactText(value, secrets) as T;
  if (Array.isArray(value)) return value.map((item) => redactJson(item, secrets)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, redactJson(item, secrets)]),
    ) as T;
  }
  return value;
}

/** Whether any known secret or secret-shaped text is still present: the fail-closed check. */
export function containsSecret(text: string, secrets: readonly string[]): boolean {
  if (secrets.some((secret) => secret.length >= 4 && text.includes(secret))) return true;
  if (SECRET_SHAPES.some(({ pattern }) => !secretMatches(text, pattern).next().done)) return true;
  return containsEmailAddress(text);
}

/** A shape's matches that are secrets: one whose `keep` group took part is text the shape passed over. */
function* secretMatches(text: string, pattern: RegExp): Generator<RegExpExecArray> {
  for (const match of text.matchAll(pattern)) if (match.groups?.keep === undefined) yield match;
}

function redactShape(text: string, pattern: RegExp): string {
  let out = '';
  let last = 0;
  for (const match of secretMatches(text, pattern)) {
    out += `${text.slice(last, match.index)}${match.groups?.shown ?? ''}${REDACTED}`;
    last = match.index + match[0].length;
  }
  return out + text.slice(last);
}

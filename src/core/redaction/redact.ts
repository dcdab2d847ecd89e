import { EMAIL_ADDRESS, redactEmailAddresses } from './email.js';

/**
 * Shapes of credentials that must never leave the process, whoever supplied them; the audit table's
 * CHECK (supabase/migrations/…_audit_events_secret_shapes.sql) refuses the same ones.
 */
export const SECRET_PATTERNS: readonly RegExp[] = [
  /\bgh[pousr]_[A-Za-z0-9]{20,}\b/g,
  /\bgithub_pat_[A-Za-z0-9_]{20,}\b/g,
  /\bxox[abeprs]-[A-Za-z0-9-]{10,}\b/g,
  /\bxapp-\d-[A-Za-z0-9-]{10,}\b/g,
  /https:\/\/hooks\.slack(?:-gov)?\.com\/[A-Za-z0-9/_-]+/gi,
  /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g,
  /\b(?:sb_secret|sb_publishable)_[A-Za-z0-9_-]{10,}\b/g,
  /\bpgk_[0-9a-f]{16,}\b/g,
  /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g,
  /(?<=\b(?:bearer|token)\s+)[A-Za-z0-9._~+/-]{16,}=*/gi,
];

export const REDACTED = '***';

/**
 * Replaces known secret values and secret-shaped text with `***`, and e-mail addresses with `<e-mail
 * redacted>@domain`.
 */
export function redactText(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length >= 4) result = result.split(secret).join(REDACTED);
  }
  for (const pattern of SECRET_PATTERNS) result = result.replace(pattern, REDACTED);
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
  return [...SECRET_PATTERNS, EMAIL_ADDRESS].some((pattern) =>
    new RegExp(pattern.source, pattern.flags.replace('g', '')).test(text),
  );
}

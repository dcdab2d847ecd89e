import { containsSecret, REDACTED, redactText } from './redact.js';

/** Long enough to hold a token once decoded; shorter base64-looking strings are words, digests or ids. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4}){6,}(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** The marker that replaces an encoded value (a certificate, say) that decoded to secret-shaped text. */
export const ENCODED_REDACTED = `${REDACTED} (base64 holding secret-shaped text, redacted)`;

/**
 * Deep copy of a JSON value in which encoded text is redacted too: a DSSE envelope's payload is
 * decoded, redacted and encoded again (so the statement stays readable), and any other base64 string
 * whose decoding holds a secret or an e-mail address is replaced by ENCODED_REDACTED.
 */
export function redactEncoded<T>(value: T, secrets: readonly string[]): T {
  if (typeof value === 'string') return (encodedSecret(value, secrets) ? ENCODED_REDACTED : value) as T;
  if (Array.isArray(value)) return value.map((item) => redactEncoded(item, secrets)) as T;
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).map(([key, item]) => [key, redactEncoded(item, secrets)] as const);
  const record = Object.fromEntries(entries) as Record<string, unknown>;
  const payload = (value as Record<string, unknown>).payload;
  if (
    typeof (value as Record<string, unknown>).payloadType === 'string' &&
    typeof payload === 'string' &&
    BASE64.test(payload)
  ) {
    const decoded = decodeUtf8(payload);
    const redacted = redactText(decoded, secrets);
    record.payload = redacted === decoded ? payload : encodeUtf8(redacted);
  }
  return record as T;
}

/**
 * Whether any string in the value, or the decoding of any base64 string in it, still holds a secret: the
 * fail-closed check.
 */
export function containsEncodedSecret(value: unknown, secrets: readonly string[]): boolean {
  if (typeof value === 'string') return containsSecret(value, secrets) || encodedSecret(value, secrets);
  if (Array.isArray(value)) return value.some((item) => containsEncodedSecret(item, secrets));
  if (value !== null && typeof value === 'object')
    return Object.values(value).some((item) => containsEncodedSecret(item, secrets));
  return false;
}

function encodedSecret(text: string, secrets: readonly string[]): boolean {
  if (!BASE64.test(text)) return false;
  // latin1 keeps ASCII runs inside binary (a DER certificate's e-mail SAN) as they are.
  const bytes = Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  return (
    containsSecret(new TextDecoder('latin1').decode(bytes), secrets) ||
    containsSecret(new TextDecoder().decode(bytes), secrets)
  );
}

function decodeUtf8(base64: string): string {
  return new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
}

function encodeUtf8(text: string): string {
  return btoa(Array.from(new TextEncoder().encode(text), (byte) => String.fromCharCode(byte)).join(''));
}

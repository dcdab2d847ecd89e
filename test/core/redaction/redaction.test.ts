import { describe, expect, it } from 'vitest';
import {
  containsEncodedSecret,
  containsSecret,
  ENCODED_REDACTED,
  redactEmailAddresses,
  redactEncoded,
  redactText,
} from '../../../src/core/redaction/index.js';

const b64 = (text: string) => Buffer.from(text, 'latin1').toString('base64');
// Assembled from parts so that no complete credential shape sits in the source.
const GITHUB_TOKEN = `${'ghp'}_abcdefghijklmnopqrstuvwxyz0123456789`;

describe('redaction', () => {
  it.each([
    ['jane.doe@example.com', '<e-mail redacted>@example.com'],
    ['signed by jane\uFF20example.com', 'signed by <e-mail redacted>@example.com'],
    ['jane\uFE6Bcorp.example.org', '<e-mail redacted>@corp.example.org'],
    ['jane@\u200bexample\uFF0Ecom', '<e-mail redacted>@example.com'],
    [
      'issuer https://accounts.google.com, SAN release@acme.dev',
      'issuer https://accounts.google.com, SAN <e-mail redacted>@acme.dev',
    ],
  ])('shows %j as %j', (text, shown) => {
    expect(redactEmailAddresses(text)).toBe(shown);
    expect(containsSecret(redactText(text, []), [])).toBe(false);
  });

  it.each([
    ['an AWS access key', `${'AKIA'}IOSFODNN7EXAMPLE`],
    ['an ingest token', `${'pgk'}_${'ab'.repeat(32)}`],
    ['a Slack refresh token', `${'xoxe'}-1-abcdefghijkl`],
    ['a Slack webhook in capitals', `HTTPS://HOOKS.SLACK${'.COM'}/services/T/B/x`],
  ])('redacts %s', (_name, secret) => {
    expect(redactText(`value ${secret} end`, [])).toBe('value *** end');
  });

  it('redacts the whole of an over-long local part, not only its last 64 characters', () => {
    expect(redactEmailAddresses(`${'a'.repeat(100)}@example.com tail`)).toBe(
      '<e-mail redacted>@example.com tail',
    );
  });

  it('stays linear on long attacker-chosen text without an at-sign, and with many (a quarter MiB each)', () => {
    const hex = 'ab12'.repeat(64 * 1024);
    expect(redactEmailAddresses(hex)).toBe(hex);
    const many = `${'x'.repeat(70)}@`.repeat(3_000);
    expect(redactEmailAddresses(many)).toBe(many);
  });

  it.each([
    ['an npm token', `npmrc ${'npm'}_abcdefghijklmnopqrstuvwxyz0123456789 end`, 'npmrc *** end'],
    [
      'a PEM private key, header to footer',
      `key ${'-----BEGIN'} EC ${'PRIVATE KEY'}-----\nMHcCAQEEIBkg\nProc-Type: 4\n-----END EC PRIVATE KEY----- end`,
      'key *** end',
    ],
    ['a Discord webhook', `to https://ptb.${'discord'}.com/api/webhooks/1234/abcDEF-_x end`, 'to *** end'],
    [
      'a GitHub token in base64',
      `Basic ${'Z2hwX'}2FiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6MDEyMzQ1Njc4OQ== end`,
      'Basic *** end',
    ],
    ['a URL-encoded e-mail address', 'by jane.doe%40example.com end', 'by <e-mail redacted>@example.com end'],
    ['a JWT after a hyphen', `id-${'eyJhbGciOiJ'}.eyJzdWIiOiJ.c2lnbmF0dXJl end`, 'id-*** end'],
    ['a value after "token", keeping the word', `token  ${'abcdefghijklmnop'}== end`, 'token  *** end'],
  ])('redacts %s', (_name, text, shown) => {
    expect(redactText(text, [])).toBe(shown);
    expect(containsSecret(text, [])).toBe(true);
    expect(containsSecret(shown, [])).toBe(false);
  });

  it('leaves a run that only starts like a JWT, and a PEM certificate, alone', () => {
    const text = `x-eyJ-abc-${'eyJ'}-def and -----BEGIN CERTIFICATE-----`;
    expect(redactText(text, [])).toBe(text);
    expect(containsSecret(text, [])).toBe(false);
  });

  // Each is 200,000 characters or more, an attacker's first try at a shape. Patterns that re-scanned from
  // every start position took 11, 16 and 21 s on the first three; linear ones finish all in milliseconds.
  it('stays linear on long attacker-chosen text built from each shape', () => {
    const attacks = [
      `token${' '.repeat(200_000)}`,
      `bearer${'\t'.repeat(200_000)}x`,
      '-eyJ'.repeat(50_000),
      `${'-----BEGIN '}${'A'.repeat(200_000)}`,
      `${'-----BEGIN'} ${'PRIVATE KEY'}-----${'-'.repeat(200_000)}`,
      'xoxb-'.repeat(40_000),
      '%40a.'.repeat(40_000),
      `a@${'b-'.repeat(100_000)}`,
      `a@${'\u200b'.repeat(200_000)}`,
      'ab12'.repeat(50_000),
      `${'https://hooks.slack'}.com/`.repeat(8_000),
      'Z2hwX'.repeat(40_000),
    ];
    const started = performance.now();
    for (const text of attacks) {
      expect(redactText(text, []).length).toBeGreaterThan(0);
      containsSecret(text, []);
    }
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('leaves workflow identities and ordinary text alone', () => {
    const san = 'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.0.0';
    expect(redactText(san, [])).toBe(san);
    expect(redactText('mentioned @security-team', [])).toBe('mentioned @security-team');
  });
});

describe('redaction of encoded text', () => {
  const statement = (extra: string) =>
    JSON.stringify({ _type: 'https://in-toto.io/Statement/v1', predicate: { note: extra } });
  const envelope = (payload: string) => ({
    payloadType: 'application/vnd.in-toto+json',
    payload: b64(payload),
    signatures: [{ sig: 'MEUCIQ==' }],
  });

  it('decodes a DSSE payload, redacts it and encodes it again; a clean payload stays byte for byte', () => {
    const dirty = { dsseEnvelope: envelope(statement(`token ${GITHUB_TOKEN} by jane@example.com`)) };
    const redacted = redactEncoded(dirty, []);
    const decoded = Buffer.from(redacted.dsseEnvelope.payload, 'base64').toString();
    expect(JSON.parse(decoded)).toEqual({
      _type: 'https://in-toto.io/Statement/v1',
      predicate: { note: 'token *** by <e-mail redacted>@example.com' },
    });
    const clean = { dsseEnvelope: envelope(statement('nothing to hide')) };
    expect(redactEncoded(clean, [])).toEqual(clean);
    expect(containsEncodedSecret(dirty, [])).toBe(true);
    expect(containsEncodedSecret(redacted, [])).toBe(false);
  });

  it('replaces other base64 whose decoding holds a secret, such as a certificate with an e-mail SAN', () => {
    const certificate = b64(`\u0030\u0082\u0001binary-der\u00a0rfc822:releaser@example.com\u0000more-bytes`);
    expect(redactEncoded({ rawBytes: certificate, other: b64('plain bytes of a certificate') }, [])).toEqual({
      rawBytes: ENCODED_REDACTED,
      other: b64('plain bytes of a certificate'),
    });
    expect(redactEncoded({ rawBytes: b64('known canary-value-1234 inside') }, ['canary-value-1234'])).toEqual(
      { rawBytes: ENCODED_REDACTED },
    );
  });
});

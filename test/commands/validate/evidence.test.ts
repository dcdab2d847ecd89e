import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeEvidence, type EvidenceReport } from '../../../src/commands/validate/index.js';
import { redactText } from '../../../src/core/redaction/index.js';

const report = (extra: Record<string, unknown> = {}): EvidenceReport => ({
  schema: 'provenance-guard/evidence/v1',
  generated_at: '2026-11-25T00:00:00Z',
  repository: 'acme/widget',
  tag: 'v1',
  run_id: 1,
  run_attempt: 1,
  verdict: {
    verified: true,
    outcome: 'verified',
    failure_reason: null,
    runbook: null,
    checks: [],
    predicate_type: null,
    builder_id: null,
    source_repo: null,
    source_ref: null,
    source_commit: null,
    subjects: [],
    verifier: 'sigstore-js',
    attestation: null,
  },
  artifacts: [],
  provenance: null,
  slsa_verifier: null,
  tools: {},
  ...extra,
});

describe('evidence', () => {
  it('redacts known secrets and secret-shaped text, and records its SHA-256', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-evidence-'));
    const canaries = [
      'canary-token-value-123',
      'ghp_abcdefghijklmnopqrstuvwxyz0123456789',
      'https://hooks.slack.com/services/T000/B000/XXXX',
      'releaser@example.com',
    ];
    const result = await writeEvidence(
      dir,
      report({ slsa_verifier: { outcome: 'passed', detail: canaries.join(' ') } }),
      ['canary-token-value-123'],
    );
    expect(result.written).toBe(true);
    if (!result.written) return;
    const text = readFileSync(result.path, 'utf8');
    for (const canary of canaries) expect(text).not.toContain(canary);
    expect(readFileSync(`${result.path}.sha256`, 'utf8')).toBe(`${result.sha256}  evidence.json\n`);
  });

  it('redacts secret-shaped text inside the base64 DSSE payload, keeping the statement readable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-evidence-'));
    const token = ['ghp', 'abcdefghijklmnopqrstuvwxyz0123456789'].join('_');
    const statement = {
      _type: 'https://in-toto.io/Statement/v1',
      predicate: { buildDefinition: { externalParameters: { note: `${token} from signer@example.com` } } },
    };
    const payload = Buffer.from(JSON.stringify(statement)).toString('base64');
    const bundle = {
      dsseEnvelope: {
        payloadType: 'application/vnd.in-toto+json',
        payload,
        signatures: [{ sig: 'MEUCIQ==' }],
      },
    };
    const result = await writeEvidence(
      dir,
      report({ provenance: { sha256: 'f'.repeat(64), documents: [bundle] } }),
      [],
    );
    expect(result.written).toBe(true);
    if (!result.written) return;
    const written = JSON.parse(readFileSync(result.path, 'utf8')) as {
      provenance: { documents: [typeof bundle] };
    };
    const decoded = Buffer.from(written.provenance.documents[0].dsseEnvelope.payload, 'base64').toString();
    expect(decoded).not.toContain(token);
    expect(JSON.parse(decoded)).toMatchObject({
      predicate: {
        buildDefinition: { externalParameters: { note: '*** from <e-mail redacted>@example.com' } },
      },
    });
    expect(readFileSync(result.path, 'utf8')).not.toContain(payload);
  });

  it('shows a certificate e-mail SAN in the verdict as <e-mail redacted>@domain', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-evidence-'));
    const check = {
      name: 'certificate_identity',
      ok: false,
      status: 'failed' as const,
      code: 'identity_mismatch',
      expected: 'issuer x',
      actual: 'SAN jane@example.com',
    };
    const result = await writeEvidence(
      dir,
      report({ verdict: { ...report().verdict, checks: [check] } }),
      [],
    );
    expect(result.written && readFileSync(result.path, 'utf8')).toContain(
      '"actual": "SAN <e-mail redacted>@example.com"',
    );
  });

  it('fails closed: when redaction cannot run, nothing is written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-evidence-'));
    const result = await writeEvidence(dir, report({ tools: { broken: 10n } }), []);
    expect(result).toMatchObject({ written: false, reason: expect.stringMatching(/redaction failed/) });
    expect(existsSync(join(dir, 'evidence.json'))).toBe(false);
  });

  it.each([
    ['a GitHub token', 'token ghs_0123456789abcdefghijABCDEFGHIJ'],
    ['a Slack bot token', 'xoxb-1234567890-abcdefghij'],
    ['a JWT', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhYmMxMjMifQ.c2lnbmF0dXJlMTIz'],
    ['a bearer token', 'Authorization: Bearer abcdefghijklmnop0123'],
  ])('redacts %s', (_label, text) => {
    expect(redactText(text, [])).toContain('***');
  });
});

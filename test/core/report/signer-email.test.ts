import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeValidateSummary } from '../../../src/action/validate/summary.js';
import {
  checkCertificateIdentity,
  rejectedBeforeVerification,
  type SignerFacts,
  type VerificationPolicy,
} from '../../../src/core/policy/index.js';
import { renderVerdictTable, toVerdictJson } from '../../../src/core/report/index.js';

/** A Google-account certificate: its SAN is the signer's e-mail address. */
const signer: SignerFacts = {
  subjectAlternativeName: 'jane.doe@example.com',
  issuer: 'https://accounts.google.com',
  buildSignerUri: null,
  runnerEnvironment: null,
  sourceRepositoryUri: null,
  sourceRepositoryDigest: null,
  sourceRepositoryRef: null,
  sourceRepositoryIdentifier: null,
  sourceRepositoryOwnerIdentifier: null,
};
const policy = {
  expectedIssuer: 'https://token.actions.githubusercontent.com',
  expectedSan: null,
} as VerificationPolicy;
const verdict = rejectedBeforeVerification(checkCertificateIdentity(signer, policy), 'sigstore-js');
const previousSummary = process.env.GITHUB_STEP_SUMMARY;
afterEach(() => {
  process.env.GITHUB_STEP_SUMMARY = previousSummary;
});

describe("a signer's e-mail SAN", () => {
  it('is present in the check itself, which compares it exactly', () => {
    expect(verdict.checks[0]!.actual).toContain('jane.doe@example.com');
  });

  it('shows as <e-mail redacted>@domain in the verdict JSON (outputs, evidence, --json) and the CLI table', () => {
    const json = JSON.stringify(toVerdictJson(verdict));
    expect(json).toContain('SAN <e-mail redacted>@example.com');
    expect(json).not.toContain('jane.doe');
    expect(renderVerdictTable(verdict, 'v1')).toContain('SAN <e-mail redacted>@example.com');
  });

  it('shows as <e-mail redacted>@domain in the job summary', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pg-summary-')), 'summary.md');
    writeFileSync(file, '');
    process.env.GITHUB_STEP_SUMMARY = file;
    await writeValidateSummary(
      { verdict, manifest: null, evidence: { written: false, reason: 'by jane.doe@example.com' }, steps: [] },
      {
        tag: 'v1',
        runId: 1,
        artifacts: 'app.tgz',
        runUrl: 'https://github.com/a/b/actions/runs/1',
        manifestUrl: null,
      },
    );
    const summary = readFileSync(file, 'utf8');
    // The zero-width space keeps GitHub from reading `@example` as a mention.
    expect(summary).toContain('SAN \\<e-mail redacted\\>@\u200bexample.com');
    expect(summary).not.toContain('jane.doe');
  });
});

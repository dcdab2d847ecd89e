import { outcomeOf, runbookUrl, type Outcome } from '../errors/index.js';
import type { Check, Verdict } from '../policy/index.js';
import { redactJson } from '../redaction/index.js';

export interface CheckJson {
  readonly name: string;
  /** `null` when the check was not asked for (skipped), never `true`. */
  readonly ok: boolean | null;
  readonly status: Check['status'];
  readonly code: string | null;
  readonly expected: string;
  readonly actual: string;
}

/** The `--json` contract of `verify`; field names are stable. */
export interface VerdictJson {
  readonly verified: boolean;
  /** `undecided` when nothing could be said about the release (no trust root, no artifact, a bad input). */
  readonly outcome: Outcome;
  readonly failure_reason: string | null;
  readonly runbook: string | null;
  readonly checks: readonly CheckJson[];
  readonly predicate_type: string | null;
  readonly builder_id: string | null;
  readonly source_repo: string | null;
  readonly source_ref: string | null;
  readonly source_commit: string | null;
  readonly subjects: readonly { name: string; digest: Record<string, string> }[];
  readonly verifier: string;
  /** Which attestation of the input the verdict is about, when it held several. */
  readonly attestation: string | null;
}

/**
 * Redacted, because it becomes outputs, evidence and `--json`: a certificate's e-mail SAN shows as
 * `<e-mail redacted>@domain`, secret-shaped text (from a predicate, say) as `***`.
 */
export function toVerdictJson(verdict: Verdict): VerdictJson {
  const facts = verdict.facts;
  return redactJson<VerdictJson>(
    {
      verified: verdict.verified,
      outcome: outcomeOf(verdict),
      failure_reason: verdict.failureReason,
      runbook: verdict.failureReason ? runbookUrl(verdict.failureReason) : null,
      checks: verdict.checks.map(toCheckJson),
      predicate_type: facts?.predicateType || null,
      builder_id: facts?.builderId ?? null,
      source_repo: facts?.sourceRepository ?? null,
      source_ref: facts?.sourceRef ?? null,
      source_commit: facts?.sourceCommits[0] ?? null,
      subjects: verdict.subjects.map((s) => ({ name: s.name, digest: { ...s.digest } })),
      verifier: verdict.verifier,
      attestation: verdict.attestation,
    },
    [],
  );
}

function toCheckJson(check: Check): CheckJson {
  return {
    name: check.name,
    ok: check.status === 'skipped' ? null : check.status === 'passed',
    status: check.status,
    code: check.status === 'failed' ? check.code : null,
    expected: check.expected,
    actual: check.actual,
  };
}

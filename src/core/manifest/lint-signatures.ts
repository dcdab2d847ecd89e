import { entryKey, type HistoryEntry, type Manifest, type ManifestEntry } from './schema.js';
import { violation, type LintViolation } from './lint-rules.js';
import { signatureProblem, type VerdictSigner, type VerifiedSignature } from './signed-verdict.js';
import { verdictDigest } from './verdict-facts.js';

/**
 * Validate began to sign its verdicts on this day. A verdict recorded before it may be unsigned: it is
 * reported, not rejected. From it on, and for every verdict a reviewed change adds whatever date it claims
 * (a date is text), a verdict must carry its signature.
 */
export const SIGNED_VERDICTS_FROM = '2026-12-08T00:00:00Z';

export interface SignaturePolicy {
  readonly signer: VerdictSigner;
  /** Verifies a bundle under the trusted roots: offline, no network. */
  readonly verify: (bundle: unknown) => VerifiedSignature;
  readonly signedFrom: Date;
}

export interface SignatureLint {
  readonly violations: LintViolation[];
  /** Unsigned verdicts recorded before the cut-over: reported, not rejected. */
  readonly notices: LintViolation[];
}

/**
 * The verdicts of a manifest, vouched for: each verdict is the signed statement of its own run, its tag is
 * the one its provenance was built from, and no two entries share one verdict unless each run signed it.
 */
export function lintSignatures(
  head: Manifest,
  base: Manifest | null,
  policy: SignaturePolicy,
): SignatureLint {
  const baseVerdicts = new Set(
    (base?.entries ?? []).filter((entry) => entry.verdict !== null).map((entry) => entryKey(entry)),
  );
  const result: SignatureLint = { violations: [], notices: [] };
  const vouched = new Set<string>();
  for (const entry of head.entries) {
    if (entry.verdict === null) continue;
    result.violations.push(...tagProblem(entry));
    const outcome = signatureOutcome(entry, policy);
    if (outcome === 'vouched') vouched.add(entryKey(entry));
    else if (outcome === 'unsigned') {
      const legacy =
        !(base !== null && !baseVerdicts.has(entryKey(entry))) && before(entry, policy.signedFrom);
      (legacy ? result.notices : result.violations).push(unsigned(entry, legacy));
    } else result.violations.push(outcome);
  }
  result.violations.push(...sharedVerdicts(head, vouched));
  return result;
}

type Outcome = 'vouched' | 'unsigned' | LintViolation;

/**
 * Whether anything but the file vouches for the entry's verdict: its own run's signature, or — for a verdict
 * recorded before the cut-over — nothing was asked of it yet. What `manifest show` and the dashboard count.
 */
export function verdictVouched(entry: ManifestEntry, policy: SignaturePolicy): boolean {
  if (entry.verdict === null || tagProblem(entry).length > 0) return false;
  const outcome = signatureOutcome(entry, policy);
  return outcome === 'vouched' || (outcome === 'unsigned' && before(entry, policy.signedFrom));
}

/** The entry's signatures of its verdict: vouched when one verifies, else the last one's problem. */
function signatureOutcome(entry: ManifestEntry, policy: SignaturePolicy): Outcome {
  const digest = verdictDigest(entry.verdict!);
  const signed = signatureSteps(entry).filter((step) => step.verdict_sha256 === digest);
  if (signed.length === 0) return 'unsigned';
  let last: LintViolation | null = null;
  for (const step of signed) {
    const problem = signatureProblem(entry, step.run_attempt, policy.verify(step.signature), policy.signer);
    if (problem === null) return 'vouched';
    last = violation(problem.rule, entry, `the verdict_signed step at ${step.at}: ${problem.message}`);
  }
  return last!;
}

/** The `verdict_signed` steps after the step that recorded the verdict. */
function signatureSteps(entry: ManifestEntry): HistoryEntry[] {
  const recorded = entry.history.findLastIndex(
    (h) => h.event === 'validated' || h.event === 'rerun_succeeded',
  );
  return entry.history.slice(recorded + 1).filter((h) => h.event === 'verdict_signed');
}

function before(entry: ManifestEntry, cutOver: Date): boolean {
  const step = entry.history.findLast((h) => h.event === 'validated' || h.event === 'rerun_succeeded');
  return step !== undefined && Date.parse(step.at) < cutOver.getTime();
}

function unsigned(entry: ManifestEntry, legacy: boolean): LintViolation {
  return violation(
    'verdict_unsigned',
    entry,
    legacy
      ? 'the verdict was recorded before validate signed its verdicts: nothing but the file vouches for it'
      : 'no signature of the validate job vouches for this verdict: rerun the release run (its validate job signs), or remove the entry in review',
  );
}

function tagProblem(entry: ManifestEntry): LintViolation[] {
  const wanted = `refs/tags/${entry.tag}`;
  if (entry.verdict!.source_ref === wanted) return [];
  return [
    violation(
      'verdict_tag_mismatch',
      entry,
      `the verdict was built from ${entry.verdict!.source_ref ?? 'no ref'}, not from ${wanted}: a verdict belongs to its own tag`,
    ),
  ];
}

/** One verdict, one run: entries sharing a verdict are copies unless each one's own run signed it. */
function sharedVerdicts(head: Manifest, vouched: ReadonlySet<string>): LintViolation[] {
  const byVerdict = new Map<string, ManifestEntry[]>();
  for (const entry of head.entries.filter((e) => e.verdict !== null)) {
    const digest = verdictDigest(entry.verdict!);
    byVerdict.set(digest, [...(byVerdict.get(digest) ?? []), entry]);
  }
  return [...byVerdict.values()]
    .filter((entries) => entries.length > 1)
    .flatMap((entries) =>
      entries
        .filter((entry) => !vouched.has(entryKey(entry)))
        .map((entry) =>
          violation(
            'verdict_shared',
            entry,
            `the verdict is also the verdict of ${entries
              .filter((other) => other !== entry)
              .map((other) => `${other.tag} run ${other.run_id}`)
              .join(', ')}: a verdict belongs to one run, and this one's run did not sign it`,
          ),
        ),
    );
}

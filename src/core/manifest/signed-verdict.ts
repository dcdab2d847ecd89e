import { IN_TOTO_PAYLOAD_TYPE, type Statement } from '../provenance/index.js';
import { matchesGlob } from '../glob.js';
import { GITHUB_ACTIONS_ISSUER, type SignerFacts } from '../policy/index.js';
import type { ManifestEntry, VerdictFacts } from './schema.js';
import { canonicalJson, verdictDigest } from './verdict-facts.js';

/** The predicate type of a signed verdict: the statement the validate job signs for its manifest entry. */
export const VERDICT_PREDICATE_TYPE =
  'https://github.com/provenance-guard/provenance-guard/manifest-verdict/v1';
export { IN_TOTO_PAYLOAD_TYPE as VERDICT_PAYLOAD_TYPE };

/** Which entry a verdict belongs to, and the run attempt that signs it. */
export interface VerdictClaim {
  readonly tag: string;
  readonly run_id: number;
  readonly run_attempt: number;
  readonly verdict: VerdictFacts;
}

/** The subject of a signed verdict names its entry; its digest is the verdict's `verdict_sha256`. */
export function verdictSubjectName(claim: Pick<VerdictClaim, 'tag' | 'run_id'>): string {
  return `provenance-guard-verdict:${claim.tag}@${claim.run_id}`;
}

/** The in-toto statement the validate job signs: this entry, this run attempt, this verdict. */
export function verdictStatement(claim: VerdictClaim): Statement {
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: verdictSubjectName(claim), digest: { sha256: verdictDigest(claim.verdict) } }],
    predicateType: VERDICT_PREDICATE_TYPE,
    predicate: verdictPredicate(claim),
  };
}

export function verdictPredicate(claim: VerdictClaim): Record<string, unknown> {
  return { tag: claim.tag, run_id: claim.run_id, run_attempt: claim.run_attempt, verdict: claim.verdict };
}

/** Whose signature a manifest accepts: the validate workflow of one repository, on its GitHub. */
export interface VerdictSigner {
  /** `OWNER/NAME`. */
  readonly repository: string;
  /** `https://github.com`, or a GitHub Enterprise Server URL. */
  readonly serverUrl: string;
  /** The workflow file that runs validate, e.g. `.github/workflows/security-ci.yml`. */
  readonly workflow: string;
  /** The default branch, whose runs may sign too; null: only the entry's tag. */
  readonly defaultBranch: string | null;
  /**
   * The release tags (a glob, `v*` as the templates' trigger and tag ruleset have it): a tag outside them is
   * one any writer may push, and a workflow run at it signs whatever its commit says.
   */
  readonly releaseTags: string;
}

/** A bundle whose signature verified under a trusted root: what its certificate and statement say. */
export type VerifiedSignature =
  | { readonly ok: true; readonly signer: SignerFacts; readonly statement: Statement }
  | { readonly ok: false; readonly problem: string };

export type SignatureProblem =
  | { readonly rule: 'verdict_signature_invalid'; readonly message: string }
  | { readonly rule: 'verdict_signer_mismatch'; readonly message: string }
  | { readonly rule: 'verdict_signature_replayed'; readonly message: string };

/**
 * What is wrong with the signature a `verdict_signed` step carries for `entry`, or null: it verified; it was
 * made by the repository's validate workflow, for the entry's tag (or the default branch), in the entry's own
 * run at the attempt that signed (the certificate's Run Invocation URI, OID .21); and it signs this entry's
 * verdict. The certificate is GitHub's word (through Fulcio) on who ran; everything in the file is not.
 */
export function signatureProblem(
  entry: ManifestEntry,
  attempt: number,
  verified: VerifiedSignature,
  expected: VerdictSigner,
): SignatureProblem | null {
  if (!verified.ok) return { rule: 'verdict_signature_invalid', message: verified.problem };
  const signerProblem = identityProblem(entry, verified.signer, expected);
  if (signerProblem) return { rule: 'verdict_signer_mismatch', message: signerProblem };
  const run = `${expected.serverUrl}/${expected.repository}/actions/runs/${entry.run_id}/attempts/${attempt}`;
  if (verified.signer.runInvocationUri !== run)
    return {
      rule: 'verdict_signature_replayed',
      message: `signed in ${verified.signer.runInvocationUri ?? 'an unnamed run'}, not in ${run} (the entry's run at the step's attempt)`,
    };
  const claimProblem = statementProblem(entry, attempt, verified.statement);
  return claimProblem ? { rule: 'verdict_signature_replayed', message: claimProblem } : null;
}

function identityProblem(entry: ManifestEntry, signer: SignerFacts, expected: VerdictSigner): string | null {
  const repositoryUri = `${expected.serverUrl}/${expected.repository}`;
  const refs = [
    `refs/tags/${entry.tag}`,
    ...(expected.defaultBranch ? [`refs/heads/${expected.defaultBranch}`] : []),
  ];
  const ref = signer.sourceRepositoryRef;
  const workflow = `${repositoryUri}/${expected.workflow}@${ref}`;
  const problems: [boolean, string][] = [
    [
      !matchesGlob(expected.releaseTags, entry.tag),
      `the tag ${entry.tag} is not a release tag (${expected.releaseTags})`,
    ],
    [
      signer.issuer !== GITHUB_ACTIONS_ISSUER,
      `issued to ${signer.issuer ?? 'no issuer'}, not GitHub Actions`,
    ],
    [
      signer.sourceRepositoryUri !== repositoryUri,
      `signed for ${signer.sourceRepositoryUri ?? 'no repository'}, not ${repositoryUri}`,
    ],
    [ref === null || !refs.includes(ref), `signed at ${ref ?? 'no ref'}, not at ${refs.join(' or ')}`],
    [
      signer.subjectAlternativeName !== workflow,
      `signed by ${signer.subjectAlternativeName ?? 'no workflow'}, not by ${workflow}`,
    ],
    [
      signer.buildSignerUri !== null && signer.buildSignerUri !== signer.subjectAlternativeName,
      `its Build Signer URI ${signer.buildSignerUri ?? ''} is not its SAN`,
    ],
  ];
  return problems.find(([failed]) => failed)?.[1] ?? null;
}

function statementProblem(entry: ManifestEntry, attempt: number, statement: Statement): string | null {
  if (statement.predicateType !== VERDICT_PREDICATE_TYPE)
    return `the signed statement is a ${statement.predicateType}, not a verdict`;
  const claimed = canonicalJson(statement.predicate);
  const wanted = canonicalJson(
    verdictPredicate({
      tag: entry.tag,
      run_id: entry.run_id,
      run_attempt: attempt,
      verdict: entry.verdict!,
    }),
  );
  const digest = statement.subject[0]?.digest.sha256;
  if (claimed === wanted && statement.subject.length === 1 && digest === verdictDigest(entry.verdict!))
    return null;
  const signed = statement.predicate as Partial<Record<'tag' | 'run_id' | 'run_attempt', unknown>>;
  if (signed.tag !== entry.tag || signed.run_id !== entry.run_id || signed.run_attempt !== attempt)
    return `signed for tag ${String(signed.tag)} run ${String(signed.run_id)} attempt ${String(signed.run_attempt)}`;
  return 'the signed verdict is not the verdict the entry holds';
}

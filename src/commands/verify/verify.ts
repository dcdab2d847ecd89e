import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { TrustedRoot } from '@sigstore/protobuf-specs';
import { GuardError, isGuardError } from '../../core/errors/index.js';
import { toPredicateFacts, type BundleJson, type PredicateFacts, type Statement } from '../../core/provenance/index.js';
import {
  checkBuilder, checkCertificateAgainstPredicate, checkRepositoryId, checkPredicateType, checkSourceCommit, checkSourceRef,
  checkSourceRepository, checkSubjects, chooseDigestAlgorithm, decideVerdict, expectIdentity, failed, passed,
  type ArtifactDigest, type Check, type CheckName, type DigestAlgorithm, type Verdict,
} from '../../core/policy/index.js';
import { bundleFromRekor, loadTrustedRoots, verifyBundleSignature } from '../../adapters/sigstore/index.js';
import { hashArtifacts } from '../../adapters/files/hash.js';
import { selectProvenance, type SelectedProvenance } from './select-statement.js';
import { VERIFIER_NAME, type VerifyRequest } from './request.js';

export interface VerifyDependencies {
  /** Trusted roots are fetched once per process and reused (TUF is slow, roots rarely change). */
  readonly trustedRoots: (request: VerifyRequest) => Promise<readonly TrustedRoot[]>;
}

export const defaultDependencies: VerifyDependencies = { trustedRoots: (request) => loadTrustedRoots(request.trust) };

/** The nine steps of DESIGN §2, each recorded; a coded failure anywhere ends in a verdict, not a throw. */
export async function verifyProvenance(request: VerifyRequest, deps: VerifyDependencies = defaultDependencies): Promise<Verdict> {
  const checks: Check[] = [];
  let facts: PredicateFacts | null = null;
  let statement: Statement | null = null;
  let artifacts: ArtifactDigest[] = [];
  let stage: CheckName = 'bundle';
  try {
    const selected = selectProvenance(await readProvenance(request.provenancePath));
    statement = selected.statement;
    facts = toPredicateFacts(statement);
    checks.push(passed('bundle', 'provenance_malformed', 'a Sigstore bundle or DSSE envelope with an in-toto statement', describeDocument(selected)));
    // Hashing runs on worker threads while the signature is verified here.
    const hashing = startHashing(request, chooseDigestAlgorithm(statement.subject));
    stage = 'signature';
    const identity = expectIdentity(facts, request.policy);
    const bundle = await toVerifiableBundle(selected, request);
    const outcome = verifyBundleSignature(bundle, await deps.trustedRoots(request), identity);
    checks.push(...outcome.checks);
    if (outcome.signer) checks.push(checkCertificateAgainstPredicate(outcome.signer, facts));
    checks.push(checkPredicateType(facts, request.policy), checkBuilder(facts, request.policy),
      checkSourceRepository(facts, request.policy), checkRepositoryId(outcome.signer, request.policy), checkSourceRef(facts, request.policy), checkSourceCommit(facts, request.policy));
    stage = 'subjects';
    const hashed = await hashing;
    if (!hashed.ok) throw hashed.error;
    artifacts = hashed.digests;
    checks.push(checkSubjects(statement.subject, artifacts, request.requireAllSubjects));
  } catch (error) {
    if (!isGuardError(error)) throw error;
    checks.push(failed(stage, error.code, expectationFor(stage), error.message));
  }
  return decideVerdict({ checks, facts, subjects: statement?.subject ?? [], artifacts, verifier: VERIFIER_NAME });
}

type Hashing = { readonly ok: true; readonly digests: ArtifactDigest[] } | { readonly ok: false; readonly error: unknown };

/**
 * Starts hashing at once and settles without rejecting, so a failure surfaces at the subjects
 * check. Each artifact is hashed once per run: digests computed earlier are reused.
 */
function startHashing(request: VerifyRequest, algorithm: DigestAlgorithm | null): Promise<Hashing> {
  if (request.artifactPaths.length === 0) return Promise.resolve({ ok: true, digests: [] });
  if (algorithm === null) {
    return Promise.resolve({ ok: false, error: new GuardError('subject_mismatch', 'no subject carries a sha256 or sha512 digest to compare the artifacts with') });
  }
  const usable = (digests: readonly ArtifactDigest[] | null | undefined): digests is readonly ArtifactDigest[] =>
    !!digests && digests.length === request.artifactPaths.length
    && digests.every((d, i) => d.algorithm === algorithm && d.name === basename(request.artifactPaths[i] ?? ''));
  const hash = () => hashArtifacts(request.artifactPaths, algorithm).then((digests) => ({ ok: true, digests }) as const, (error: unknown) => ({ ok: false, error }) as const);
  if (usable(request.knownDigests)) return Promise.resolve({ ok: true, digests: [...request.knownDigests] });
  if (request.earlyDigests) return request.earlyDigests.then((early) => (usable(early) ? { ok: true, digests: [...early] } : hash()));
  return hash();
}

async function readProvenance(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new GuardError('attestation_missing', `cannot read provenance ${path}: ${(error as Error).message}`, { cause: error });
  }
}

async function toVerifiableBundle(selected: SelectedProvenance, request: VerifyRequest): Promise<BundleJson> {
  if (selected.document.kind === 'bundle') return selected.document.bundle;
  if (request.rekorUrl === null) {
    throw new GuardError('tlog_invalid',
      'a legacy DSSE envelope carries no transparency-log entry and cannot be verified offline: use the Sigstore bundle (.sigstore.json or a v0.3 .intoto.jsonl), or pass --rekor-url to look the entry up');
  }
  return bundleFromRekor(selected.document.envelope, request.rekorUrl);
}

function describeDocument({ document, statement }: SelectedProvenance): string {
  const container = document.kind === 'bundle' ? document.bundle.mediaType : 'legacy DSSE envelope';
  return `${container}; ${statement._type}; ${statement.predicateType}`;
}

function expectationFor(stage: CheckName): string {
  if (stage === 'bundle') return 'a readable Sigstore bundle or DSSE envelope with an in-toto statement';
  if (stage === 'subjects') return 'every artifact readable and attested';
  return 'a verifiable signature under a trusted root';
}

import { mkdir, readFile } from 'node:fs/promises';
import { resolveTagCommit } from '../../adapters/github/index.js';
import { runSlsaVerifier, type SlsaVerifierOutcome } from '../../adapters/slsa-verifier/index.js';
import { readEntry } from '../../adapters/manifest/index.js';
import { isGuardError, outcomeOf } from '../../core/errors/index.js';
import { kpiEvent, type KpiEvent } from '../../core/kpi/index.js';
import {
  failed,
  rejectedBeforeVerification,
  type CheckName,
  type Verdict,
  type VerificationPolicy,
} from '../../core/policy/index.js';
import { toVerdictJson } from '../../core/report/index.js';
import { VERIFIER_NAME } from '../verify/index.js';
import { writeVerdictClaim, type VerdictClaimFiles } from './verdict-claim.js';
import { effectivePolicyFor, fetchReleaseFor, verifyForValidate, writeValidateVsa } from './release-run.js';
import type { FetchedRelease, IgnoredProvenance } from './release-assets.js';
import { collectArtifacts } from './collect-artifacts.js';
import { combineVerdicts, slsaVerifierSourceUri } from './external-verifier.js';
import { provenanceForEvidence, writeEvidence, type EvidenceResult } from './evidence.js';
import { grantedOverride } from './granted-override.js';
import { locateProvenance } from './provenance-source.js';
import type { ArtifactSource, PathStep, ValidateDependencies, ValidateRequest } from './request.js';
import { toolVersions } from './versions.js';
import { recordVerdict, unrecorded, type VerdictRecord } from './record-verdict.js';

export interface ValidateResult {
  readonly verdict: Verdict;
  readonly manifest: VerdictRecord;
  readonly evidence: EvidenceResult;
  readonly steps: readonly PathStep[];
  /** The unsigned verification summary of a verified release, for the workflow to sign. */
  readonly vsaPath?: string | null;
  /** The recorded verdict's statement parts, for the job's signing step. */
  readonly verdictClaim?: VerdictClaimFiles | null;
  /**
   * The policy the verdict was made under (inputs over the policy file's first rule), for the job summary.
   */
  readonly effectivePolicy?: VerificationPolicy;
  /** Release assets named like bundles that are not provenance of this release: never counted, only named. */
  readonly ignoredProvenance?: readonly IgnoredProvenance[];
}

const ARTIFACT_STEP: Record<ArtifactSource['kind'], PathStep> = {
  paths: 'glob',
  release: 'release',
  'run-artifact': 'download',
};

/** The validate action's job: artifacts → provenance → verifiers → verdict → manifest → evidence. */
export async function validateRelease(
  request: ValidateRequest,
  deps: ValidateDependencies,
): Promise<ValidateResult> {
  const steps: PathStep[] = [];
  let provenanceText: string | null = null;
  let outcome: SlsaVerifierOutcome = { kind: 'absent' };
  let stage: CheckName = 'source_ref';
  let verdict: Verdict;
  let release: FetchedRelease | null = null;
  let provenancePath: string | null = null;
  let effectivePolicy = request.verify.policy;
  // The release's entry, read once: its override grant and whether a rerun is closing it. A read that fails
  // is not taken for "no entry": the verdict is still made, and not recorded (the step fails and says why).
  const read = await readEntry(deps.store, { tag: request.tag, run_id: request.runId }).catch(
    (error: unknown) => error as Error,
  );
  const entry = read instanceof Error ? null : read;
  try {
    await mkdir(request.workDir, { recursive: true });
    const commit =
      request.verify.policy.commit ?? (await resolveTagCommit(deps.octokit, request.repository, request.tag));
    stage = 'subjects';
    steps.push(ARTIFACT_STEP[request.artifacts.kind]);
    const override = request.verify.policy.override ?? (await grantedOverride(request, deps, entry));
    effectivePolicy = { ...request.verify.policy, commit, override };
    // Each bundle asset of a release is screened under the policy the verdict is made under.
    release = await fetchReleaseFor(request, deps, effectivePolicy);
    const artifactPaths = release ? [...release.artifactPaths] : await collectArtifacts(request, deps);
    stage = 'bundle';
    steps.push(request.provenance.kind === 'attestations-api' ? 'attestations-api' : 'provenance-file');
    const provenance = await locateProvenance(request, artifactPaths, deps, release?.provenancePath ?? null);
    provenancePath = provenance.path;
    provenanceText = await readFile(provenance.path, 'utf8').catch(() => null);
    outcome = await runSlsaVerifier(
      {
        artifactPaths,
        provenancePath: provenance.path,
        tag: request.tag,
        sourceUri: slsaVerifierSourceUri(request.verify.policy, request.repository),
        builderId: request.verify.policy.expectedBuilderIds[0] ?? null,
      },
      deps.path,
    );
    if (outcome.kind !== 'absent') steps.push('slsa-verifier');
    if (outcome.kind === 'degraded') {
      steps.push('degraded-to-sigstore');
      deps.log.warn('attestation missing, degraded to sigstore', { detail: outcome.detail });
    }
    steps.push('sigstore');
    const ours = await verifyForValidate(
      request,
      {
        ...request.verify,
        policy: effectivePolicy,
        artifactPaths,
        provenancePath: provenance.path,
        knownDigests: provenance.digests,
        attestationMode: request.provenance.kind === 'attestations-api' ? 'any' : 'all',
      },
      release,
    );
    effectivePolicy = effectivePolicyFor(request, effectivePolicy);
    verdict = combineVerdicts(ours, outcome);
  } catch (error) {
    if (!isGuardError(error)) throw error;
    verdict = rejectedBeforeVerification(
      failed(stage, error.code, 'the release can be read and checked', error.message),
      VERIFIER_NAME,
    );
  }
  deps.log.info(outcomeOf(verdict), { failure_reason: verdict.failureReason });
  const manifest =
    read instanceof Error ? unrecorded(deps, read) : await recordVerdict(request, deps, verdict);
  if (manifest && !('error' in manifest)) steps.push('manifest');
  const evidence = await writeEvidence(
    request.evidenceDir,
    {
      schema: 'provenance-guard/evidence/v1',
      generated_at: deps.now().toISOString(),
      repository: `${request.repository.owner}/${request.repository.repo}`,
      tag: request.tag,
      run_id: request.runId,
      run_attempt: request.runAttempt,
      verdict: toVerdictJson(verdict),
      artifacts: (verdict.provenance?.artifacts ?? []).map((a) => ({
        name: a.name,
        algorithm: a.algorithm,
        digest: a.hex,
      })),
      provenance: provenanceText === null ? null : provenanceForEvidence(provenanceText),
      slsa_verifier: outcome.kind === 'absent' ? null : { outcome: outcome.kind, detail: outcome.detail },
      tools: toolVersions(),
      policy: request.policyFile
        ? { path: request.policyFile.path, sha256: request.policyFile.sha256 }
        : null,
      release_assets: verdict.provenance?.releaseAssets ?? null,
    },
    request.secrets,
  );
  if (evidence.written) steps.push('evidence');
  else deps.log.warn('evidence_not_written', { reason: evidence.reason });
  await deps.kpi.emit(validationKpis(request, verdict, manifest, deps.now()));
  const vsaPath = await writeValidateVsa(
    request,
    { verdict, policy: effectivePolicy, provenancePath, release },
    deps.now(),
  );
  const verdictClaim = verdict.verified ? await writeVerdictClaim(request, manifest) : null;
  return {
    verdict,
    manifest,
    evidence,
    steps,
    vsaPath,
    verdictClaim,
    effectivePolicy,
    ignoredProvenance: release?.ignoredProvenance ?? [],
  };
}

/** The validation's KPI events: pass rate, retention misses, and the manifest's lock wait. */
function validationKpis(
  request: ValidateRequest,
  verdict: Verdict,
  manifest: ValidateResult['manifest'],
  now: Date,
): KpiEvent[] {
  const context = {
    repository: `${request.repository.owner}/${request.repository.repo}`,
    tag: request.tag,
    run_id: request.runId,
    run_attempt: request.runAttempt,
    occurred_at: now.toISOString(),
  };
  return [
    kpiEvent(context, {
      metric: 'security_ci.predicate_validation_pass_rate',
      value: verdict.verified ? 1 : 0,
      labels: verdict.failureReason ? { failure_reason: verdict.failureReason } : {},
      event: 'validate',
    }),
    ...(verdict.failureReason === 'artifact_retention_missing'
      ? [kpiEvent(context, { metric: 'artifact_retention_missing', value: 1, event: 'validate' })]
      : []),
    ...(manifest && 'lockWaitSeconds' in manifest
      ? [
          kpiEvent(context, {
            metric: 'metrics.lock_wait_seconds',
            value: manifest.lockWaitSeconds,
            event: 'validate',
          }),
        ]
      : []),
  ];
}

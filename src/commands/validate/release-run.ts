import { basename } from 'node:path';
import type { Verdict, VerificationPolicy } from '../../core/policy/index.js';
import { releaseResourceUri, type PinnedResource } from '../../core/vsa/index.js';
import { assignAssets, toRulePolicy } from '../../core/policy-file/index.js';
import { verifyUnderPolicy, type VerifyRequest } from '../verify/index.js';
import { writeVsa } from '../vsa/index.js';
import { fetchRelease, fileResource, type BundleScreen, type FetchedRelease } from './release-assets.js';
import type { ValidateDependencies, ValidateRequest } from './request.js';
import { toolVersions } from './versions.js';

/** The tag's published release, downloaded, when the artifacts are the release's assets. */
export async function fetchReleaseFor(
  request: ValidateRequest,
  deps: ValidateDependencies,
  policy: VerificationPolicy = request.verify.policy,
): Promise<FetchedRelease | null> {
  if (request.artifacts.kind !== 'release') return null;
  const apiUrl = process.env.GITHUB_API_URL ?? 'https://api.github.com';
  const fetched = await fetchRelease(
    { octokit: deps.octokit, apiUrl, token: request.token },
    request.repository,
    { tag: request.tag, workDir: request.workDir, screen: releaseScreen(request, policy) },
  );
  deps.log.info('release_downloaded', {
    tag: request.tag,
    assets: fetched.artifactPaths.length,
    draft: fetched.info.draft,
  });
  for (const { name, why } of fetched.ignoredProvenance)
    deps.log.warn('release_bundle_ignored', { asset: name, why });
  return fetched;
}

/**
 * A bundle asset of the release, verified on its own under the request's policy (the policy file's rules
 * included) against the assets it attests that a rule covers; an asset no rule covers is the release check's
 * to reject, not a reason to leave the bundle out.
 */
function releaseScreen(request: ValidateRequest, policy: VerificationPolicy): BundleScreen {
  return async (bundle, attested) => {
    const covered = assignAssets(
      request.policyFile?.file ?? null,
      attested.map((path) => basename(path)),
    ).byRule;
    const names = new Set([...covered.values()].flat());
    const artifactPaths = attested.filter((path) => names.has(basename(path)));
    if (artifactPaths.length === 0) return null;
    const verdict = await verifyForValidate(
      request,
      { ...request.verify, policy, artifactPaths, provenancePath: bundle.path, attestationMode: 'all' },
      null,
    );
    if (verdict.verified) return null;
    const failing = verdict.checks.find((check) => check.status === 'failed');
    return `${verdict.failureReason}${failing ? `: ${failing.actual}` : ''}`;
  };
}

/**
 * The verifier under the request's policy file (if any), with the release checks when the release is the
 * input.
 */
export function verifyForValidate(
  request: ValidateRequest,
  verify: VerifyRequest,
  release: FetchedRelease | null,
): Promise<Verdict> {
  return verifyUnderPolicy({
    request: verify,
    policyFile: request.policyFile ?? null,
    explicit: request.explicitPolicyFields ?? new Set(),
    release: release?.underCheck ?? null,
  });
}

/**
 * What the job summary shows: the inputs over the policy file's first rule (each rule resolves the same way).
 */
export function effectivePolicyFor(request: ValidateRequest, policy: VerificationPolicy): VerificationPolicy {
  const rule = request.policyFile?.file.artifacts[0];
  return rule ? toRulePolicy(policy, rule, request.explicitPolicyFields ?? new Set()) : policy;
}

/** What a validation found, as the VSA states it. */
export interface ValidateFindings {
  readonly verdict: Verdict;
  /** The policy the verdict was made under. */
  readonly policy: VerificationPolicy;
  readonly provenancePath: string | null;
  readonly release: FetchedRelease | null;
}

/** After a verified release: the VSA statement (unsigned; the workflow signs it with actions/attest). */
export async function writeValidateVsa(
  request: ValidateRequest,
  { verdict, policy, provenancePath, release }: ValidateFindings,
  now: Date,
): Promise<string | null> {
  const provenance = verdict.provenance;
  if (!provenance || provenancePath === null) return null;
  const server = policy.githubServerUrl;
  const repo = `${server}/${request.repository.owner}/${request.repository.repo}`;
  const subjects =
    provenance.releaseAssets?.map((a) => ({ name: a.name, sha256: a.sha256 })) ??
    (provenance.artifacts.every((a) => a.algorithm === 'sha256')
      ? provenance.artifacts.map((a) => ({ name: a.name, sha256: a.hex }))
      : []);
  const inputAttestations: readonly PinnedResource[] = release?.provenanceSources.length
    ? release.provenanceSources
    : [await fileResource(provenancePath, basename(provenancePath))];
  const policyFile = request.policyFile
    ? {
        uri: `${repo}/blob/${policy.commit ?? 'HEAD'}/${request.policyFile.path}`,
        sha256: request.policyFile.sha256,
      }
    : null;
  return writeVsa(request.evidenceDir, verdict, {
    verifierId: request.verifierId ?? 'provenance-guard',
    verifierVersion: toolVersions()['provenance-guard'] ?? '0.0.0',
    now,
    // What the VSA vouches for is the tag's release, named the one way verify-vsa compares it with.
    resourceUri: releaseResourceUri(server, { ...request.repository, tag: request.tag }),
    policyFile,
    effectivePolicy: policy,
    inputAttestations,
    subjects,
  });
}

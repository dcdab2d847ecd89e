import { basename } from 'node:path';
import { readFile } from 'node:fs/promises';
import {
  assignAssets,
  isProvenanceFile,
  toRulePolicy,
  type ExplicitField,
  type LoadedPolicy,
} from '../../core/policy-file/index.js';
import {
  chooseDigestAlgorithm,
  failed,
  isSemverPrerelease,
  type ArtifactDigest,
  type Check,
  type ReleaseAssetRecord,
  type Verdict,
  type VerificationPolicy,
} from '../../core/policy/index.js';
import { checkReleaseAssets, checkReleaseState, type ReleaseState } from '../../core/release/index.js';
import { hashArtifacts } from '../../adapters/files/hash.js';
import { decodeAttestations } from './attestations.js';
import { mergeVerdicts } from './merge.js';
import { verifyProvenance, defaultDependencies, type VerifyDependencies } from './verify.js';
import type { VerifyRequest } from './request.js';

/** The published release whose assets are the artifacts: they must equal the verified subjects. */
export interface ReleaseUnderCheck {
  readonly state: ReleaseState;
  readonly assets: readonly { readonly name: string; readonly path: string; readonly size: number }[];
}

export interface PolicyRun {
  readonly request: VerifyRequest;
  readonly policyFile: LoadedPolicy | null;
  /** Policy fields set by an input or flag: they win over the file. */
  readonly explicit: ReadonlySet<ExplicitField>;
  readonly release: ReleaseUnderCheck | null;
}

/**
 * The artifacts verified rule by rule of the policy file (each rule its own pins), then, for a release, the
 * release's state and assets = subjects. Without a policy file there is one rule: the request's policy.
 */
export async function verifyUnderPolicy(
  run: PolicyRun,
  deps: VerifyDependencies = defaultDependencies,
): Promise<Verdict> {
  const { request, policyFile, release } = run;
  if (policyFile === null && release === null) return verifyProvenance(request, deps);
  const assignment = assignAssets(
    policyFile?.file ?? null,
    request.artifactPaths.map((path) => basename(path)),
  );
  const pathOf = new Map(request.artifactPaths.map((path) => [basename(path), path]));
  const rules = policyFile?.file.artifacts ?? [];
  const policyFor = (index: number): VerificationPolicy => {
    const rule = rules[index];
    return rule ? toRulePolicy(request.policy, rule, run.explicit) : request.policy;
  };
  const subjectDigests = release ? await attestedDigests(request) : null;
  const groups = [...assignment.byRule.entries()];
  if (groups.length === 0) groups.push([0, []]);
  const verdicts: Verdict[] = [];
  for (const [index, names] of groups) {
    let paths = names.map((name) => pathOf.get(name) as string);
    let knownDigests: readonly ArtifactDigest[] | undefined = request.knownDigests?.filter((d) =>
      names.includes(d.name),
    );
    if (subjectDigests) {
      // Unattested assets are the release check's to name; the verifier sees the assets the subjects claim.
      knownDigests = subjectDigests.digests.filter(
        (d) => names.includes(d.name) && subjectDigests.claimed.has(d.hex),
      );
      paths = knownDigests.map((d) => pathOf.get(d.name) as string);
    }
    const verdict = await verifyProvenance(
      {
        ...request,
        policy: policyFor(index),
        artifactPaths: paths,
        knownDigests,
        requireAllSubjects: release ? false : request.requireAllSubjects,
      },
      deps,
    );
    if (!verdict.verified) return withRule(verdict, rules[index]?.match, policyFile);
    verdicts.push(verdict);
  }
  const extra: Check[] = [];
  if (assignment.uncovered.length > 0) {
    extra.push(
      failed(
        release ? 'release_assets' : 'subjects',
        release ? 'asset_unattested' : 'subject_mismatch',
        'every artifact covered by a rule of the policy file',
        `no rule covers ${assignment.uncovered.join(', ')}`,
      ),
    );
  }
  let releaseAssets: ReleaseAssetRecord[] | null = null;
  if (release && subjectDigests) {
    const exempt = new Set([...assignment.excluded, ...assignment.provenance]);
    const candidates = subjectDigests.digests.filter((d) => !exempt.has(d.name));
    extra.push(
      checkReleaseState(release.state, policyFile?.file.release.prerelease ?? 'auto', isSemverPrerelease),
    );
    extra.push(
      checkReleaseAssets(
        candidates,
        verdicts.flatMap((v) => v.subjects),
        subjectDigests.algorithm,
        (name) => exempt.has(name) || isProvenanceFile(name) || isExcludedByFile(run, name),
      ),
    );
    releaseAssets = await releaseRecords(release, candidates, subjectDigests.algorithm);
  }
  return mergeVerdicts(verdicts, extra, releaseAssets, policyFile);
}

function isExcludedByFile(run: PolicyRun, name: string): boolean {
  const assignment = assignAssets(run.policyFile?.file ?? null, [name]);
  return assignment.excluded.length > 0;
}

/**
 * The digests of every release file in the algorithm the (still unverified) subjects carry, and which they
 * claim.
 */
async function attestedDigests(
  request: VerifyRequest,
): Promise<{ digests: ArtifactDigest[]; claimed: Set<string>; algorithm: 'sha256' | 'sha512' }> {
  const text = await readFile(request.provenancePath, 'utf8').catch(() => '');
  const subjects = (() => {
    try {
      return decodeAttestations(text).flatMap((a) => (a.ok ? a.statement.subject : []));
    } catch {
      return [];
    }
  })();
  const algorithm = chooseDigestAlgorithm(subjects) ?? 'sha256';
  const digests = await hashArtifacts(request.artifactPaths, algorithm);
  const claimed = new Set(
    subjects.map((s) => s.digest[algorithm]?.toLowerCase()).filter((hex): hex is string => hex !== undefined),
  );
  return { digests, claimed, algorithm };
}

async function releaseRecords(
  release: ReleaseUnderCheck,
  digests: readonly ArtifactDigest[],
  algorithm: 'sha256' | 'sha512',
): Promise<ReleaseAssetRecord[]> {
  const names = new Set(digests.map((d) => d.name));
  const assets = release.assets.filter((a) => names.has(a.name));
  const sha256 =
    algorithm === 'sha256'
      ? digests
      : await hashArtifacts(
          assets.map((a) => a.path),
          'sha256',
        );
  return assets.map((asset) => ({
    name: asset.name,
    size: asset.size,
    sha256: sha256.find((d) => d.name === asset.name)?.hex ?? '',
  }));
}

function withRule(
  verdict: Verdict,
  match: readonly string[] | undefined,
  policyFile: LoadedPolicy | null,
): Verdict {
  if (!policyFile || !match) return verdict;
  return {
    ...verdict,
    attestation: `${verdict.attestation ?? 'provenance'} (policy rule ${match.join(', ')})`,
  };
}

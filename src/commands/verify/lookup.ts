import { randomUUID } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { GuardError, isGuardError } from '../../core/errors/index.js';
import {
  failed,
  rejectedBeforeVerification,
  type ArtifactDigest,
  type Verdict,
} from '../../core/policy/index.js';
import { hashArtifacts } from '../../adapters/files/hash.js';
import {
  attestationBundles,
  describeScope,
  githubClient,
  githubUnavailable,
  statusOf,
  toRepositoryRef,
  type AttestationScope,
} from '../../adapters/github/index.js';
import { defaultCallTiming } from '../../adapters/retry/index.js';
import {
  attestationsUrl,
  DEFAULT_NPM_REGISTRY,
  fetchNpmAttestations,
  readPackageIdentity,
  type PackageIdentity,
} from '../../adapters/npm/index.js';
import { decodeAttestations, type DecodedAttestation } from './attestations.js';
import { verifyCandidates, type CandidatesOutcome, type VerifyDependencies } from './candidates.js';
import type { LookupDependencies } from './lookup-dependencies.js';
import { mergeVerdicts } from './merge.js';
import { expectationFor } from './verify-attestation.js';
import { VERIFIER_NAME, type AttestationLookup, type VerifyRequest } from './request.js';

/** What was found for one artifact, and where it was looked for. */
interface Found {
  readonly path: string;
  bundles: unknown[];
  /** npm's answer is one file (every attestation must verify); GitHub's are candidates (one must). */
  mode: 'all' | 'any';
  readonly where: string[];
  sha256: ArtifactDigest | null;
}

const missing = (message: string): Verdict =>
  rejectedBeforeVerification(
    failed('bundle', 'attestation_missing', 'an attestation for every artifact', message),
    VERIFIER_NAME,
  );

/**
 * The artifacts verified against attestations looked up by their digests: an npm tarball's at the registry
 * (`{registry}/-/npm/v1/attestations/{name}@{version}`), any artifact's on GitHub (the repository's or the
 * organisation's attestations API). Each artifact is verified against its own attestations, with the same
 * policy as a provenance file; the release passes only if every artifact does. Nothing found for an
 * artifact is `attestation_missing`, naming where it was looked for. With `bundleOut` the attestations the
 * verdict rests on are written there, one file per artifact, for `--provenance` to verify offline later.
 */
export async function verifyLookedUp(
  request: VerifyRequest,
  lookup: AttestationLookup,
  deps: VerifyDependencies,
): Promise<Verdict> {
  if (request.artifactPaths.length === 0) return missing('no artifact to look attestations up for');
  const names = request.artifactPaths.map((path) => basename(path));
  if (request.bundleOut && new Set(names).size < names.length)
    throw new GuardError(
      'input_invalid',
      '--bundle-out saves one file per artifact name: two artifacts share a file name; verify them apart',
    );
  // Each artifact is checked against its own attestations: "every subject released" spans them all.
  if (request.requireAllSubjects && request.artifactPaths.length > 1)
    throw new GuardError(
      'input_invalid',
      '--require-all-subjects with several artifacts needs the attestation given (--bundle FILE): looked up, each artifact is checked on its own',
    );
  let found: Found[];
  try {
    found = await lookUp(request, lookup, deps.lookup ?? {});
  } catch (error) {
    const coded = asGuardError(error);
    return rejectedBeforeVerification(
      failed('bundle', coded.code, expectationFor('bundle'), coded.message),
      VERIFIER_NAME,
    );
  }
  const absent = found.filter((artifact) => artifact.bundles.length === 0);
  if (absent.length > 0) {
    return missing(
      absent
        .map(
          ({ path, sha256, where }) =>
            `no attestation for ${basename(path)}${sha256 ? ` (sha256:${sha256.hex.slice(0, 12)}…)` : ''} in ${where.join(' or ') || 'any source: give --repo, --owner or --registry'}`,
        )
        .join('; '),
    );
  }
  const outcomes: Saved[] = [];
  for (const artifact of found) {
    const attestations = decodeAttestations(artifact.bundles.map((b) => JSON.stringify(b)).join('\n'));
    const outcome = await verifyCandidates(
      attestations,
      {
        ...request,
        lookup: null,
        artifactPaths: [artifact.path],
        knownDigests: artifact.sha256 ? [artifact.sha256] : undefined,
        earlyDigests: undefined,
        attestationMode: artifact.mode,
      },
      deps,
    );
    outcomes.push({
      ...outcome,
      attestations,
      verdict: {
        ...outcome.verdict,
        attestation: `${basename(artifact.path)}: ${outcome.verdict.attestation ?? 'attestation'} from ${artifact.where.at(-1) ?? ''}`,
      },
    });
  }
  if (request.bundleOut) await saveBundles(request.bundleOut, found, outcomes);
  const rejected = outcomes.find((outcome) => !outcome.verdict.verified);
  if (rejected) return rejected.verdict;
  const verdicts = outcomes.map((outcome) => outcome.verdict);
  return verdicts.length === 1 ? (verdicts[0] as Verdict) : mergeVerdicts(verdicts, [], null, null);
}

async function lookUp(
  request: VerifyRequest,
  lookup: AttestationLookup,
  options: LookupDependencies,
): Promise<Found[]> {
  const found: Found[] = request.artifactPaths.map((path) => ({
    path,
    bundles: [],
    mode: 'any',
    where: [],
    sha256: null,
  }));
  const github = scopeOf(lookup);
  const askNpm = lookup.registry !== null || github === null;
  if (askNpm) {
    const registry = lookup.registry ?? DEFAULT_NPM_REGISTRY;
    for (const artifact of found) {
      const pkg: PackageIdentity | null = artifact.path.endsWith('.tgz')
        ? await readPackageIdentity(artifact.path)
        : null;
      if (pkg === null) continue;
      artifact.where.push(`the npm registry (${attestationsUrl(registry, pkg)})`);
      artifact.bundles = await fetchNpmAttestations(registry, pkg, {
        fetch: options.fetch,
        timing: options.timing,
        timeoutMs: options.timeoutMs,
      });
      artifact.mode = 'all';
    }
  }
  const pending = found.filter((artifact) => artifact.bundles.length === 0);
  if (github === null || pending.length === 0) return found;
  const digests = await hashArtifacts(
    pending.map((artifact) => artifact.path),
    'sha256',
  );
  const env = options.env ?? process.env;
  const baseUrl = request.githubApiUrl ?? env.GITHUB_API_URL ?? 'https://api.github.com';
  const octokit = githubClient({
    token: env.GITHUB_TOKEN || env.GH_TOKEN || '',
    baseUrl,
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const byDigest = await attestationBundles(
    octokit,
    github,
    digests.map((digest) => digest.hex),
    options.timing ?? defaultCallTiming,
  );
  pending.forEach((artifact, i) => {
    const digest = digests[i] as ArtifactDigest;
    artifact.sha256 = digest;
    artifact.where.push(`GitHub's attestations of ${describeScope(github)} (${baseUrl})`);
    artifact.bundles = byDigest.get(digest.hex) ?? [];
    artifact.mode = 'any';
  });
  return found;
}

function scopeOf(lookup: AttestationLookup): AttestationScope | null {
  if (lookup.repo !== null) return { kind: 'repo', repository: toRepositoryRef(lookup.repo) };
  if (lookup.owner !== null) return { kind: 'org', org: lookup.owner };
  return null;
}

/** A failed GitHub call, coded: no answer is `github_unavailable`; a refusal, `permission_denied`. */
function asGuardError(error: unknown): GuardError {
  if (isGuardError(error)) return error;
  const unavailable = githubUnavailable(error);
  if (unavailable) return unavailable;
  const status = statusOf(error);
  if (status === undefined) throw error;
  const message = (error as Error).message.split('\n')[0] ?? '';
  return new GuardError(
    status === 401 || status === 403 ? 'permission_denied' : 'github_unavailable',
    `GitHub refused the attestations lookup (HTTP ${status}: ${message}); set GH_TOKEN or GITHUB_TOKEN to a token that may read the repository's attestations`,
    { cause: error },
  );
}

/**
 * Per artifact, the attestations the verdict rests on (all of npm's answer; the GitHub candidate that passed)
 * or, when it did not pass, everything fetched: `<artifact>.sigstore.json` for one bundle,
 * `<artifact>.intoto.jsonl` (one bundle per line) for several. `--provenance` reads either back.
 */
/** An artifact's outcome and the attestations it was decided on (`passed` indexes these). */
interface Saved extends CandidatesOutcome {
  readonly attestations: readonly DecodedAttestation[];
}

/**
 * Writes what each verdict rests on: the attestations that passed (as decoded, so an answer that nests a list
 * cannot shift which one is saved), or everything fetched after a rejection. Each file is written to a fresh
 * temporary name and renamed into place, so a link planted in DIR is replaced, never written through.
 */
async function saveBundles(dir: string, found: readonly Found[], outcomes: readonly Saved[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [i, artifact] of found.entries()) {
    const outcome = outcomes[i];
    const passed = outcome?.passed ?? [];
    const bundles =
      outcome && passed.length > 0
        ? passed.flatMap((index) => rawDocument(outcome.attestations.find((a) => a.index === index)))
        : artifact.bundles;
    const name = basename(artifact.path);
    const file =
      bundles.length === 1 ? join(dir, `${name}.sigstore.json`) : join(dir, `${name}.intoto.jsonl`);
    const text =
      bundles.length === 1
        ? `${JSON.stringify(bundles[0], null, 2)}\n`
        : `${bundles.map((bundle) => JSON.stringify(bundle)).join('\n')}\n`;
    const temporary = `${file}.${randomUUID()}.tmp`;
    await writeFile(temporary, text, { mode: 0o644, flag: 'wx' });
    await rename(temporary, file);
  }
}

/** The JSON an attestation was decoded from: the bundle, or a legacy envelope. */
function rawDocument(attestation: DecodedAttestation | undefined): unknown[] {
  if (!attestation?.ok) return [];
  return [
    attestation.document.kind === 'bundle' ? attestation.document.bundle : attestation.document.envelope,
  ];
}

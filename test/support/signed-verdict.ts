import {
  applyEvent,
  emptyManifest,
  verdictDigest,
  verdictStatement,
  type Manifest,
  type ManifestEntry,
  type ManifestEvent,
} from '../../src/core/manifest/index.js';
import { verifiedProvenance } from './manifest-events.js';
import type { MintIdentity, SigstoreTestInstance } from './sigstore/index.js';

export const REPOSITORY = 'acme/widget';
export const VALIDATE_WORKFLOW = '.github/workflows/security-ci.yml';

/** Who signs, as GitHub's OIDC token would say it; each field can be turned into an attacker's choice. */
export interface SigningRun {
  readonly repository?: string;
  readonly workflow?: string;
  readonly ref?: string;
  readonly runId?: number;
  readonly runAttempt?: number;
  readonly buildSignerUri?: string;
}

/** The certificate identity of a run of `workflow` in `repository` at `ref`. */
export function signingIdentity(tag: string, runId: number, run: SigningRun = {}): MintIdentity {
  const repository = run.repository ?? REPOSITORY;
  const ref = run.ref ?? `refs/tags/${tag}`;
  const san = `https://github.com/${repository}/${run.workflow ?? VALIDATE_WORKFLOW}@${ref}`;
  return {
    san,
    buildSignerUri: run.buildSignerUri ?? san,
    sourceRepositoryUri: `https://github.com/${repository}`,
    sourceRepositoryRef: ref,
    sourceRepositoryDigest: 'a'.repeat(40),
    runnerEnvironment: 'github-hosted',
    runId: String(run.runId ?? runId),
    runAttempt: String(run.runAttempt ?? 1),
  };
}

/** A verified verdict of `tag` built from `refs/tags/<tag>`, recorded for run `runId` at `at`. */
export function validatedEvent(tag: string, runId: number, at: string, attempt = 1): ManifestEvent {
  const provenance = verifiedProvenance(
    `https://github.com/${REPOSITORY}/.github/workflows/release.yml@refs/tags/${tag}`,
  );
  return {
    tag,
    run_id: runId,
    run_attempt: attempt,
    at,
    actor: 'release-bot',
    event: 'validated',
    provenance: { ...provenance, sourceRef: `refs/tags/${tag}` },
  };
}

/** The bundle the validate job's signing step would make for `entry`'s verdict, signed as `run` says. */
export async function signEntry(
  instance: SigstoreTestInstance,
  entry: ManifestEntry,
  run: SigningRun = {},
): Promise<Record<string, unknown>> {
  const attempt = run.runAttempt ?? entry.run_attempt;
  const statement = verdictStatement({
    tag: entry.tag,
    run_id: entry.run_id,
    run_attempt: attempt,
    verdict: entry.verdict!,
  });
  return instance.mint(statement, signingIdentity(entry.tag, entry.run_id, { ...run, runAttempt: attempt }));
}

/** `verdict_signed` for `entry` carrying `bundle`, recorded at `at` by attempt `attempt`. */
export function signedEvent(
  entry: ManifestEntry,
  bundle: Record<string, unknown>,
  at: string,
  attempt = entry.run_attempt,
): ManifestEvent {
  return {
    tag: entry.tag,
    run_id: entry.run_id,
    run_attempt: attempt,
    at,
    actor: 'release-bot',
    event: 'verdict_signed',
    verdict_sha256: verdictDigest(entry.verdict!),
    signature: bundle as { mediaType: string } & Record<string, unknown>,
  };
}

/** Applies each event in turn; a refused one throws (a fixture must be a legal history). */
export function applyAll(events: readonly ManifestEvent[], start: Manifest = emptyManifest()): Manifest {
  return events.reduce((manifest, event) => {
    const result = applyEvent(manifest, event);
    if (!result.ok) throw new Error(result.reason);
    return result.manifest;
  }, start);
}

export function entryIn(manifest: Manifest, tag: string, runId: number): ManifestEntry {
  const entry = manifest.entries.find((e) => e.tag === tag && e.run_id === runId);
  if (!entry) throw new Error(`no entry ${tag} run ${runId}`);
  return entry;
}

/** A manifest holding `tag` run `runId`, validated and signed by its own run. */
export async function signedManifest(
  instance: SigstoreTestInstance,
  tag: string,
  runId: number,
  at: string,
  start: Manifest = emptyManifest(),
): Promise<Manifest> {
  const validated = applyAll([validatedEvent(tag, runId, at)], start);
  const bundle = await signEntry(instance, entryIn(validated, tag, runId));
  return applyAll([signedEvent(entryIn(validated, tag, runId), bundle, at)], validated);
}

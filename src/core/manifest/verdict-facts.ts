import { createHash } from 'node:crypto';
import type { VerifiedProvenance } from '../policy/index.js';
import type { VerdictFacts } from './schema.js';

/** The manifest's record of a verified provenance; only a `VerifiedProvenance` can become one. */
export function toVerdictFacts(provenance: VerifiedProvenance): VerdictFacts {
  return {
    predicate_type: provenance.predicateType,
    builder_id: provenance.builderId,
    source_repository: provenance.sourceRepository,
    source_ref: provenance.sourceRef,
    source_commit: provenance.sourceCommit,
    subjects: provenance.subjects.map((s) => ({ name: s.name, digest: { ...s.digest } })),
    verifier: provenance.verifier,
    ...(provenance.policySha256 ? { policy_sha256: provenance.policySha256 } : {}),
    ...(provenance.releaseAssets
      ? {
          release_assets: provenance.releaseAssets.map((a) => ({
            name: a.name,
            size: a.size,
            sha256: a.sha256,
          })),
        }
      : {}),
  };
}

/**
 * SHA-256 of the facts as canonical JSON (keys sorted), so reordering keys in the file does not change it.
 */
export function verdictDigest(facts: VerdictFacts): string {
  return createHash('sha256').update(canonicalJson(facts)).digest('hex');
}

function byCodeUnits(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

/** JSON with object keys sorted by code unit: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => byCodeUnits(a, b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

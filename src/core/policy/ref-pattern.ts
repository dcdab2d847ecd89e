import { matchesGlob } from '../glob.js';
import { compare, skipped, type Check } from './check.js';
import type { VerificationPolicy } from './policy.js';
import type { SignerFacts } from './signer.js';

/** `vX.Y.Z` or `X.Y.Z`, with an optional SemVer prerelease and build part. */
const SEMVER_TAG =
  /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

/** A tag name against the policy's pattern: `semver`, or a glob where `*` matches within one path segment. */
export function matchesTagPattern(pattern: string, tag: string): boolean {
  if (pattern === 'semver') return SEMVER_TAG.test(tag);
  return matchesGlob(pattern, tag);
}

export function isSemverPrerelease(tag: string): boolean {
  return SEMVER_TAG.test(tag) && /^[^+]*-/.test(tag);
}

/**
 * Releases come from tags only, and only tags the policy's pattern allows (the certificate's ref, OID .14).
 */
export function checkRefPattern(signer: SignerFacts, policy: VerificationPolicy): Check {
  const pattern = policy.tagPattern ?? null;
  if (pattern === null) return skipped('ref_pattern', 'tag_mismatch', 'no tag pattern given');
  const expected = `refs/tags/<${pattern === 'semver' ? 'a SemVer tag' : pattern}>`;
  const ref = signer.sourceRepositoryRef;
  const tag = ref?.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : null;
  return compare({
    name: 'ref_pattern',
    code: 'tag_mismatch',
    expected,
    actual: ref ?? '(absent from the certificate)',
    ok: tag !== null && matchesTagPattern(pattern, tag),
  });
}

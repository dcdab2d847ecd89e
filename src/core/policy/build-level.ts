import type { PredicateFacts } from '../provenance/index.js';
import { attestBuilder, slsaBuildLevel, type BuilderFamilyId, type SlsaBuildLevel } from './builders.js';
import { compare, failed, passed, type Check } from './check.js';
import type { VerificationPolicy } from './policy.js';
import type { SignerFacts } from './signer.js';

/** What the builder registry says of a verified builder: its family and the SLSA Build level it meets. */
export interface BuilderStanding {
  readonly family: BuilderFamilyId;
  readonly level: SlsaBuildLevel;
}

/** Null when the certificate does not vouch for the builder (the builder check rejects that). */
export function builderStanding(facts: PredicateFacts, signer: SignerFacts): BuilderStanding | null {
  const attestation = attestBuilder(facts, signer);
  if (!attestation.ok) return null;
  return {
    family: attestation.builder.family.id,
    level: slsaBuildLevel(attestation.builder, signer.runnerEnvironment),
  };
}

/** The builder's family is one the policy names, and it meets the policy's SLSA Build level. */
export function checkBuildLevel(
  facts: PredicateFacts,
  signer: SignerFacts,
  policy: VerificationPolicy,
): Check {
  const families = policy.expectedBuilderFamilies ?? [];
  const level = policy.requiredBuildLevel ?? null;
  const expected = [
    families.length > 0 ? `a builder of ${families.join(' | ')}` : 'any builder family',
    level === null ? 'any SLSA Build level' : `SLSA Build L${level} or above`,
  ].join(', ');
  const standing = builderStanding(facts, signer);
  if (standing === null)
    return failed(
      'build_level',
      'builder_mismatch',
      expected,
      'a builder the certificate does not vouch for',
    );
  const actual = `${standing.family}, SLSA Build L${standing.level}`;
  if (families.length === 0 && level === null)
    return passed('build_level', 'builder_mismatch', expected, actual);
  const ok =
    (families.length === 0 || families.includes(standing.family)) &&
    (level === null || standing.level >= level);
  return compare({ name: 'build_level', code: 'builder_mismatch', expected, actual, ok });
}

import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { effectivePolicyRows } from '../../core/policy-file/index.js';
import type { Verdict, VerificationPolicy } from '../../core/policy/index.js';
import { toVsaStatement, type PinnedResource } from '../../core/vsa/index.js';

export interface VsaContext {
  readonly verifierId: string;
  readonly verifierVersion: string;
  readonly now: Date;
  readonly resourceUri: string;
  /** The policy file; null: the inputs were the policy, pinned by the digest of their effective values. */
  readonly policyFile: PinnedResource | null;
  readonly effectivePolicy: VerificationPolicy;
  readonly inputAttestations: readonly PinnedResource[];
  /** The artifacts as sha256 (the VSA's subjects). */
  readonly subjects: readonly { readonly name: string; readonly sha256: string }[];
}

/**
 * Writes the VSA statement for a verified release, unsigned (the workflow signs it); null when nothing was
 * verified.
 */
export async function writeVsa(dir: string, verdict: Verdict, context: VsaContext): Promise<string | null> {
  const standing = verdict.provenance?.standing;
  if (!verdict.verified || !standing || context.subjects.length === 0) return null;
  const policy = context.policyFile ?? {
    uri: 'provenance-guard:inputs',
    sha256: createHash('sha256')
      .update(JSON.stringify(effectivePolicyRows(context.effectivePolicy)))
      .digest('hex'),
  };
  const statement = toVsaStatement({
    verifierId: context.verifierId,
    verifierVersion: context.verifierVersion,
    timeVerified: context.now,
    resourceUri: context.resourceUri,
    policy,
    inputAttestations: context.inputAttestations,
    subjects: context.subjects,
    level: standing.level,
  });
  await mkdir(dir, { recursive: true });
  const path = join(dir, 'verification-summary.intoto.json');
  await writeFile(path, `${JSON.stringify(statement, null, 2)}\n`);
  return path;
}

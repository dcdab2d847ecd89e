import { readFileSync } from 'node:fs';
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { NPM } from '../test/support/fixtures.js';
import { roundRobin, WARM_CASES } from './warm-cases.js';

/**
 * `@sigstore/verify` alone, on one thread: one Verifier, the bundles parsed once, and per bundle
 * only what any caller must do — build the entity and verify it under an anchored SAN + issuer policy.
 */
export function createReferenceVerifier(): () => void {
  const root = TrustedRoot.fromJSON(JSON.parse(readFileSync(NPM('trusted_root.public-good.json'), 'utf8')));
  const verifier = new Verifier(toTrustMaterial(root));
  const bundles = WARM_CASES.map((c) => ({
    json: JSON.parse(readFileSync(c.provenancePath, 'utf8')) as unknown,
    policy: { subjectAlternativeName: `^${escapeRegExp(c.san)}$`, extensions: { issuer: c.issuer } },
  }));
  return roundRobin(bundles, ({ json, policy }) => {
    verifier.verify(toSignedEntity(bundleFromJSON(json)), policy);
  });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

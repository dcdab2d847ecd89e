import { X509Certificate } from '@sigstore/core';
import type { TrustedRoot } from '@sigstore/protobuf-specs';
import { toTrustMaterial, Verifier } from '@sigstore/verify';
import { npmRegistryKeys } from './npm-keys.js';

interface PreparedRoot {
  readonly root: TrustedRoot;
  readonly verifier: Verifier;
  readonly caSubjects: readonly Buffer[];
}

// Trust material is costly to build and never changes for a root object: build it once.
const prepared = new WeakMap<TrustedRoot, PreparedRoot>();

function prepare(root: TrustedRoot): PreparedRoot {
  let entry = prepared.get(root);
  if (!entry) {
    // GitHub's instance has no transparency or CT log: its bundles carry an RFC 3161 timestamp instead.
    const withoutLogs = root.tlogs.length === 0;
    // npm's publish attestations are signed by the registry's key and logged in public-good Rekor only.
    const material = withoutLogs ? toTrustMaterial(root) : toTrustMaterial(root, npmRegistryKeys());
    entry = {
      root,
      verifier: new Verifier(material, withoutLogs ? { tlogThreshold: 0, ctlogThreshold: 0 } : {}),
      caSubjects: root.certificateAuthorities
        .flatMap((ca) => ca.certChain?.certificates ?? [])
        .flatMap((cert) => subjectOf(cert.rawBytes)),
    };
    prepared.set(root, entry);
  }
  return entry;
}

function subjectOf(der: Buffer): Buffer[] {
  try {
    return [X509Certificate.parse(Buffer.from(der)).subject];
  } catch {
    return [];
  }
}

/**
 * The verifiers of the roots whose CA issued the leaf (a byte comparison of distinguished names;
 * the library then verifies the chain itself); when none matches, or the bundle is signed by a key, every
 * root is tried.
 */
export function verifiersFor(roots: readonly TrustedRoot[], leaf: X509Certificate | null): Verifier[] {
  const all = roots.map(prepare);
  const matching =
    leaf === null
      ? []
      : all.filter((entry) => entry.caSubjects.some((subject) => subject.equals(leaf.issuer)));
  return (matching.length > 0 ? matching : all).map((entry) => entry.verifier);
}

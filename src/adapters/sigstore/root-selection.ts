import { X509Certificate } from '@sigstore/core';
import type { TrustedRoot } from '@sigstore/protobuf-specs';
import { toTrustMaterial, Verifier, type VerifierOptions } from '@sigstore/verify';
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
    const timestampOnly = isTimestampOnly(root);
    // npm's publish attestations are signed by the registry's key and logged in public-good Rekor only.
    const material = timestampOnly ? toTrustMaterial(root) : toTrustMaterial(root, npmRegistryKeys());
    entry = {
      root,
      verifier: new Verifier(material, timestampOnly ? TIMESTAMP_ONLY : LOGGED),
      caSubjects: root.certificateAuthorities
        .flatMap((ca) => ca.certChain?.certificates ?? [])
        .flatMap((cert) => subjectOf(cert.rawBytes)),
    };
    prepared.set(root, entry);
  }
  return entry;
}

/** A root with a log (public-good): one SCT, one transparency-log entry, one timestamp (the entry's). */
const LOGGED: VerifierOptions = { ctlogThreshold: 1, tlogThreshold: 1, timestampThreshold: 1 };
/** GitHub's instance: no SCT, no log entry, one RFC 3161 timestamp from one of the root's TSAs. */
const TIMESTAMP_ONLY: VerifierOptions = { ctlogThreshold: 0, tlogThreshold: 0, timestampThreshold: 1 };

/**
 * A root with neither a transparency log nor a CT log (GitHub's instance) can vouch for a signing time only
 * through its timestamp authorities. A root with either log keeps every threshold at one, so a bundle
 * stripped of its log entry or a certificate without its SCT never passes under it.
 */
function isTimestampOnly(root: TrustedRoot): boolean {
  return root.tlogs.length === 0 && root.ctlogs.length === 0;
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

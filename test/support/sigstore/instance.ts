import { generateKeyPairSync } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { initializeCA } from '@sigstore/mock/dist/fulcio/index.js';
import { createCTLog } from './ct-log.js';
import type { MintIdentity } from './identity-token.js';
import { startLoopbackFulcio } from './loopback-fulcio.js';
import { startLoopbackRekor, type LoopbackRekor } from './loopback-rekor.js';
import type { LoopbackServer } from './loopback-server.js';
import { startLoopbackTsa } from './loopback-tsa.js';
import { signStatement, toLegacyEnvelope, type SigningEndpoints } from './sign-statement.js';
import { buildTrustedRoot, TRUSTED_ROOT_FILE_NAME } from './trusted-root.js';

/** public-good: Fulcio with CT log + Rekor. github: Fulcio without CT log + TSA, no transparency log. */
export type InstanceKind = 'public-good' | 'github';

export interface SigstoreTestInstance {
  kind: InstanceKind;
  trustedRoot: Record<string, unknown>;
  /** Writes trusted_root.json into `dir` and returns its path. */
  writeTrustedRoot(dir: string): Promise<string>;
  /** Loopback Rekor base URL (public-good only). */
  rekorUrl?: string;
  /** A Sigstore bundle v0.3 (JSON) holding `statement` in a DSSE envelope. */
  mint(statement: object, identity: MintIdentity): Promise<Record<string, unknown>>;
  /** A bare DSSE envelope with the PEM certificate, logged as an intoto entry (public-good only). */
  mintLegacyEnvelope(statement: object, identity: MintIdentity): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

// Certificate validity and Rekor times are whole seconds; start trust a little before "now".
const VALIDITY_LEAD_MS = 60_000;

export async function startSigstoreInstance(kind: InstanceKind): Promise<SigstoreTestInstance> {
  const validFrom = new Date(Date.now() - VALIDITY_LEAD_MS);
  const servers: LoopbackServer[] = [];
  try {
    const ctlog = kind === 'public-good' ? createCTLog(newKeyPair()) : undefined;
    const ca = await initializeCA(newKeyPair(), ctlog);
    const fulcio = await startLoopbackFulcio(ca);
    servers.push(fulcio);
    const rekor = kind === 'public-good' ? await startLoopbackRekor(newKeyPair()) : undefined;
    if (rekor) servers.push(rekor);
    const tsa = kind === 'github' ? await startLoopbackTsa(newKeyPair()) : undefined;
    if (tsa) servers.push(tsa);

    const trustedRoot = buildTrustedRoot({
      validFrom,
      ca: { url: fulcio.url, rootCertificate: ca.rootCertificate },
      ctlog: ctlog && { publicKey: ctlog.publicKey, logID: ctlog.logID },
      tlog: rekor && { url: rekor.url, publicKey: rekor.publicKey },
      tsa: tsa && { url: tsa.url, certificates: tsa.certificates },
    });
    const endpoints: SigningEndpoints = {
      fulcioUrl: fulcio.url,
      rekor: rekor && { url: rekor.url, entryType: 'dsse' },
      tsaUrl: tsa?.url,
    };
    return instance(kind, trustedRoot, endpoints, rekor, servers);
  } catch (error) {
    await closeAll(servers);
    throw error;
  }
}

function instance(
  kind: InstanceKind,
  trustedRoot: Record<string, unknown>,
  endpoints: SigningEndpoints,
  rekor: LoopbackRekor | undefined,
  servers: LoopbackServer[],
): SigstoreTestInstance {
  return {
    kind,
    trustedRoot,
    rekorUrl: rekor?.url,
    async writeTrustedRoot(dir) {
      const path = join(dir, TRUSTED_ROOT_FILE_NAME);
      await writeFile(path, JSON.stringify(trustedRoot, null, 2));
      return path;
    },
    async mint(statement, identity) {
      return (await signStatement(statement, identity, endpoints)) as unknown as Record<string, unknown>;
    },
    async mintLegacyEnvelope(statement, identity) {
      if (!rekor) throw new Error('legacy envelopes come only from the public-good instance');
      const bundle = await signStatement(statement, identity, {
        fulcioUrl: endpoints.fulcioUrl,
        rekor: { url: rekor.url, entryType: 'intoto' },
      });
      return toLegacyEnvelope(bundle);
    },
    close: () => closeAll(servers),
  };
}

function newKeyPair() {
  return generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
}

async function closeAll(servers: LoopbackServer[]): Promise<void> {
  await Promise.all(servers.map((server) => server.close()));
}

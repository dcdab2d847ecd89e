import type { KeyPairKeyObjectResult } from 'node:crypto';
import { initializeTSA, tsaHandler } from '@sigstore/mock/dist/timestamp/index.js';
import { postRoute, startLoopbackServer, type LoopbackServer } from './loopback-server.js';

export interface LoopbackTsa extends LoopbackServer {
  /** The TSA signing certificate, then its root (DER). */
  certificates: Buffer[];
}

/** `@sigstore/mock`'s RFC 3161 timestamp authority on loopback. */
export async function startLoopbackTsa(keyPair: KeyPairKeyObjectResult): Promise<LoopbackTsa> {
  const authority = await initializeTSA(keyPair);
  // The mock stamps genTime with milliseconds, which DER writes without trailing
  // zeros (".12Z"); @sigstore/core only parses three-digit fractions. Sigstore's
  // TSA stamps whole seconds, so the mock's clock is made to do the same.
  Object.assign(authority, { getCurrentTime: () => new Date(Math.floor(Date.now() / 1000) * 1000) });
  const server = await startLoopbackServer(() => [postRoute(tsaHandler(authority))]);
  return { ...server, certificates: [authority.intCertificate, authority.rootCertificate] };
}

import { pem } from '@sigstore/core';
import { fulcioHandler, type CA } from '@sigstore/mock/dist/fulcio/index.js';
import { startLoopbackServer, type LoopbackServer } from './loopback-server.js';

interface SigningCertificateResponse {
  signedCertificateEmbeddedSct: { chain: { certificates: string[] } };
}

/**
 * `@sigstore/mock`'s Fulcio handler on loopback. The mock answers with
 * single-line PEM; real Fulcio wraps at 64 columns, and that PEM is what the
 * signer submits to Rekor, so the answer is re-wrapped here.
 */
export function startLoopbackFulcio(ca: CA): Promise<LoopbackServer> {
  const handler = fulcioHandler(ca);
  return startLoopbackServer(() => [
    {
      method: 'POST',
      path: handler.path,
      reply: async ({ body }) => {
        const reply = await handler.fn(body);
        if (reply.statusCode !== 201) return reply;
        const answer = JSON.parse(reply.response.toString()) as SigningCertificateResponse;
        const chain = answer.signedCertificateEmbeddedSct.chain;
        chain.certificates = chain.certificates.map((cert) => pem.fromDER(pem.toDER(cert)));
        return { ...reply, response: JSON.stringify(answer) };
      },
    },
  ]);
}

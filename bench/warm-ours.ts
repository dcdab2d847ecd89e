import { loadTrustedRoots } from '../src/adapters/sigstore/index.js';
import { verifyProvenance, type VerifyDependencies } from '../src/commands/verify/index.js';
import { policy, request } from '../test/support/fixtures.js';
import { roundRobin, WARM_CASES } from './warm-cases.js';

/** Our API, warm: the trusted roots are loaded once and passed in; each call verifies the next case. */
export async function createOursVerifier(): Promise<() => Promise<void>> {
  const roots = await loadTrustedRoots({ kind: 'embedded' });
  const deps: VerifyDependencies = { trustedRoots: async () => roots };
  const requests = WARM_CASES.map((c) =>
    request({
      provenancePath: c.provenancePath,
      artifactPaths: [c.artifactPath],
      policy: policy({
        expectedSan: c.san,
        expectedIssuer: c.issuer,
        expectedSourceRepository: c.sourceRepository ?? null,
      }),
    }),
  );
  return roundRobin(requests, async (verifyRequest) => {
    const verdict = await verifyProvenance(verifyRequest, deps);
    if (!verdict.verified)
      throw new Error(
        `${verifyRequest.provenancePath} was rejected (${verdict.failureReason}): the benchmark would time a failure`,
      );
  });
}

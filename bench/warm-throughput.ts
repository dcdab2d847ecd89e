import { interleave, perSecond, runFor } from './measure.js';
import { printSamples, type Comparison } from './report.js';
import { WARM_CASES } from './warm-cases.js';
import { createOursVerifier } from './warm-ours.js';
import { createReferenceVerifier } from './warm-reference.js';
import { startWarmWorkers } from './warm-workers.js';

const WINDOW_MS = 3_000;
const WORKERS = 2;
const REFERENCE_NAME = '@sigstore/verify loop, 1 thread';

/**
 * Verifications per second of the real bundles in one warm process, counted over fixed windows.
 * Ours in two workers is compared with the library loop in two workers: what the machine allows the library alone.
 */
export async function warmThroughput(): Promise<Comparison[]> {
  const oursNext = await createOursVerifier();
  const referenceNext = createReferenceVerifier();
  const workers = await startWarmWorkers(WORKERS);
  try {
    const samples = await interleave({
      ours: async () => perSecond(await runFor(WINDOW_MS, oursNext)),
      reference: async () => perSecond(await runFor(WINDOW_MS, referenceNext)),
      oursWorkers: () => workers.opsPerSecond('ours', WINDOW_MS),
      referenceWorkers: () => workers.opsPerSecond('reference', WINDOW_MS),
    });
    printSamples(
      `warm-throughput: ${WARM_CASES.length} real bundles round robin, ${WINDOW_MS / 1000} s windows`,
      'verifications/s',
      {
        'verifyProvenance, 1 thread': samples.ours,
        [`verifyProvenance, ${WORKERS} worker threads`]: samples.oursWorkers,
        [REFERENCE_NAME]: samples.reference,
        [`@sigstore/verify loop, ${WORKERS} worker threads`]: samples.referenceWorkers,
      },
    );
    // Like with like: our overhead over the library must stay within 5 %, on one thread and on two workers.
    const row = (
      benchmark: string,
      ours: typeof samples.ours,
      referenceName: string,
      reference: typeof samples.ours,
    ): Comparison => ({
      benchmark,
      unit: 'verifications/s',
      ours,
      referenceName,
      reference,
      goal: { op: '≥', ratio: 0.95 },
    });
    return [
      row('warm-throughput: 1 thread', samples.ours, REFERENCE_NAME, samples.reference),
      row(
        `warm-throughput: ${WORKERS} workers`,
        samples.oursWorkers,
        `@sigstore/verify loop, ${WORKERS} workers`,
        samples.referenceWorkers,
      ),
    ];
  } finally {
    await workers.close();
  }
}

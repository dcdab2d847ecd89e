import { interleave, perSecond, runFor } from './measure.js';
import { printSamples, type Comparison } from './report.js';
import { WARM_CASES } from './warm-cases.js';
import { createOursVerifier } from './warm-ours.js';
import { createReferenceVerifier } from './warm-reference.js';
import { startWarmWorkers } from './warm-workers.js';

const WINDOW_MS = 2_000;
const WORKERS = 2;
const REFERENCE_NAME = '@sigstore/verify loop, 1 thread';

/** Verifications per second of the real bundles in one warm process, counted over fixed windows. */
export async function warmThroughput(): Promise<Comparison[]> {
  const oursNext = await createOursVerifier();
  const referenceNext = createReferenceVerifier();
  const workers = await startWarmWorkers(WORKERS);
  try {
    const samples = await interleave({
      ours: async () => perSecond(await runFor(WINDOW_MS, oursNext)),
      reference: async () => perSecond(await runFor(WINDOW_MS, referenceNext)),
      oursWorkers: () => workers.opsPerSecond(WINDOW_MS),
    });
    printSamples(`warm-throughput: ${WARM_CASES.length} real bundles round robin, ${WINDOW_MS / 1000} s windows`, 'verifications/s', {
      'verifyProvenance, 1 thread': samples.ours,
      [`verifyProvenance, ${WORKERS} worker threads`]: samples.oursWorkers,
      [REFERENCE_NAME]: samples.reference,
    });
    return [
      { benchmark: 'warm-throughput: ours, 1 thread', unit: 'verifications/s', ours: samples.ours, referenceName: REFERENCE_NAME, reference: samples.reference, goal: null },
      { benchmark: `warm-throughput: ours, ${WORKERS} workers`, unit: 'verifications/s', ours: samples.oursWorkers, referenceName: REFERENCE_NAME, reference: samples.reference, goal: { op: '≥', ratio: 1.8 } },
    ];
  } finally {
    await workers.close();
  }
}

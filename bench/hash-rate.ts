import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { interleave } from './measure.js';
import { printSamples, type Comparison } from './report.js';

const BUFFER_BYTES = 1024 * 1024;
const WINDOW_MS = 1_000;

/**
 * SHA-256 over a 1 MiB buffer in this process, per second of CPU time, beside `openssl speed -evp sha256`
 * on 1 MiB blocks, which divides by CPU time too (its default): on a shared machine wall time would
 * measure the neighbours. `-elapsed` (wall time) is printed beside it.
 */
export async function hashRate(): Promise<Comparison> {
  const buffer = randomBytes(BUFFER_BYTES);
  const samples = await interleave(
    {
      ours: () => inProcessRate(buffer),
      openssl: () => opensslRate(false),
      opensslElapsed: () => opensslRate(true),
    },
    5,
  );
  printSamples('hash rate: sha256 of 1 MiB blocks, GB/s per CPU second', 'GB/s', {
    'node:crypto in process': samples.ours,
    'openssl speed -evp sha256': samples.openssl,
    'openssl speed -elapsed (wall time)': samples.opensslElapsed,
  });
  return {
    benchmark: 'hash rate in process (sha256)',
    unit: 'GB/s',
    ours: samples.ours,
    referenceName: 'openssl speed -evp sha256',
    reference: samples.openssl,
    goal: null,
  };
}

function inProcessRate(buffer: Buffer): number {
  const hash = createHash('sha256');
  const start = process.cpuUsage();
  let bytes = 0;
  let cpuMicros = 0;
  while (cpuMicros < WINDOW_MS * 1000) {
    hash.update(buffer);
    bytes += buffer.length;
    const used = process.cpuUsage(start);
    cpuMicros = used.user + used.system;
  }
  hash.digest();
  return bytes / cpuMicros / 1000;
}

function opensslRate(elapsed: boolean): number {
  const args = [
    'speed',
    ...(elapsed ? ['-elapsed'] : []),
    '-seconds',
    '1',
    '-bytes',
    String(BUFFER_BYTES),
    '-evp',
    'sha256',
  ];
  const result = spawnSync('openssl', args, { encoding: 'utf8' });
  // The last line reads `sha256   1794562.93k`: thousands of bytes per second.
  const kilobytes = Number(/([\d.]+)k\s*$/.exec(result.stdout.trim())?.[1]);
  if (result.status !== 0 || !Number.isFinite(kilobytes))
    throw new Error(`openssl ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  return kilobytes / 1e6;
}

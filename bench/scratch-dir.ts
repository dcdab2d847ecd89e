import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A temporary directory for generated artifacts (up to gigabytes), removed at the end and on Ctrl-C. */
export async function withScratchDir<T>(use: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'provenance-guard-bench-'));
  const removeOnInterrupt = () => {
    rmSync(dir, { recursive: true, force: true });
    process.exit(130);
  };
  process.once('SIGINT', removeOnInterrupt);
  try {
    return await use(dir);
  } finally {
    process.off('SIGINT', removeOnInterrupt);
    await rm(dir, { recursive: true, force: true });
  }
}

import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { GuardError } from '../../core/errors/index.js';
import {
  applyEvent,
  emptyManifest,
  parseManifest,
  serializeManifest,
  type Manifest,
  type ManifestEvent,
} from '../../core/manifest/index.js';
import {
  backoffDelay,
  defaultRetryTiming,
  type ManifestStore,
  type RetryTiming,
  type StoreResult,
} from './store.js';

/** A lock older than this belongs to a process that died holding it. */
const STALE_LOCK_MS = 30_000;

export const fileStoreTiming: RetryTiming = {
  ...defaultRetryTiming,
  maxAttempts: 200,
  baseDelayMs: 5,
  maxDelayMs: 100,
};

/**
 * The manifest as a local file: the embedded default of the CLI. An exclusive lock file keeps two
 * processes from interleaving read-modify-write; the write is atomic (temp file + rename).
 */
export class FileStore implements ManifestStore {
  constructor(
    private readonly path: string,
    private readonly timing: RetryTiming = fileStoreTiming,
  ) {}

  /** One file holds every entry. */
  locate(): Promise<string> {
    return Promise.resolve(this.path);
  }

  async read(): Promise<Manifest> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyManifest();
      throw new GuardError(
        'input_invalid',
        `cannot read manifest ${this.path}: ${(error as Error).message}`,
        { cause: error },
      );
    }
    return parseManifest(text, this.path);
  }

  async apply(event: ManifestEvent): Promise<StoreResult> {
    const started = this.timing.now();
    const release = await this.lock();
    try {
      const current = await this.read();
      const result = applyEvent(current, event);
      const lockWaitSeconds = (this.timing.now() - started) / 1000;
      if (!result.ok)
        return {
          outcome: 'refused',
          message: result.reason,
          manifest: current,
          attempts: 1,
          lockWaitSeconds,
        };
      if (result.changed) await this.writeAtomically(result.manifest);
      return {
        outcome: result.changed ? 'applied' : 'unchanged',
        message: result.message,
        manifest: result.manifest,
        attempts: 1,
        lockWaitSeconds,
      };
    } finally {
      await release();
    }
  }

  private async lock(): Promise<() => Promise<void>> {
    const lockPath = `${this.path}.lock`;
    await mkdir(dirname(this.path), { recursive: true });
    for (let attempt = 1; attempt <= this.timing.maxAttempts; attempt++) {
      try {
        const handle = await open(lockPath, 'wx');
        await handle.writeFile(`${process.pid}\n`);
        await handle.close();
        return () => unlink(lockPath).catch(() => undefined);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        await this.removeIfStale(lockPath);
        await this.timing.sleep(backoffDelay(Math.min(attempt, 6), this.timing));
      }
    }
    throw new GuardError(
      'lock_timeout',
      `${lockPath} stayed locked through ${this.timing.maxAttempts} attempts`,
    );
  }

  private async removeIfStale(lockPath: string): Promise<void> {
    const info = await stat(lockPath).catch(() => null);
    if (info && Date.now() - info.mtimeMs > STALE_LOCK_MS) await unlink(lockPath).catch(() => undefined);
  }

  private async writeAtomically(manifest: Manifest): Promise<void> {
    const temp = `${this.path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    await writeFile(temp, serializeManifest(manifest));
    await rename(temp, this.path);
  }
}

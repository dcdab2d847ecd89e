import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { KpiEvent, KpiSink } from '../../core/kpi/index.js';

/**
 * KPI events appended to a JSON-lines file, to be flushed to Supabase later (`kpi flush`).
 *
 * Several steps on one runner may append while one of them flushes, so the spool is never rewritten
 * in place: a flush first renames it to a batch file of its own (`claimSpool`) and the next append
 * creates a fresh spool. An append whose file was renamed between its open and its write appends again,
 * so it cannot vanish with a sent batch; a second copy is harmless, its idempotency key makes it a
 * duplicate. Renames need no lock, so a crashed step leaves nothing to wait for: its batch is taken by
 * the next flush.
 */
export class SpoolSink implements KpiSink {
  constructor(private readonly path: string) {}

  async emit(events: readonly KpiEvent[]): Promise<void> {
    if (events.length === 0) return;
    await mkdir(dirname(this.path), { recursive: true });
    const text = events.map((event) => `${JSON.stringify(event)}\n`).join('');
    while (!(await appendToSpool(this.path, text)));
  }
}

/** Appends; false when the file written to is no longer the spool (a flush may have taken it first). */
async function appendToSpool(path: string, text: string): Promise<boolean> {
  const handle = await open(path, 'a');
  try {
    await handle.appendFile(text);
    const written = await handle.stat();
    const spool = await unlessGone(stat(path));
    return spool?.ino === written.ino && spool.dev === written.dev;
  } finally {
    await handle.close();
  }
}

/** Reads a spool; lines that do not parse (a torn write) are skipped and counted. */
export async function readSpool(path: string): Promise<{ events: KpiEvent[]; unreadable: number }> {
  const text = (await unlessGone(readFile(path, 'utf8'))) ?? '';
  let unreadable = 0;
  const events = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as KpiEvent];
      } catch {
        unreadable++;
        return [];
      }
    });
  return { events, unreadable };
}

const BATCH = '.flushing-';

/**
 * Takes the batches earlier flushes left (they crashed, or are still sending: a re-send is a duplicate)
 * and then the spool, each renamed to a batch file of this flush's own. Returns them, oldest first.
 */
export async function claimSpool(path: string): Promise<string[]> {
  const dir = dirname(path);
  const left = ((await unlessGone(readdir(dir))) ?? [])
    .filter((name) => name.startsWith(`${basename(path)}${BATCH}`))
    .map((name) => join(dir, name));
  const claimed: string[] = [];
  for (const file of [...left, path]) {
    const batch = `${path}${BATCH}${process.pid}-${randomUUID()}`;
    if ((await unlessGone(rename(file, batch))) !== null) claimed.push(batch);
  }
  return claimed;
}

/** Deletes sent batches; one another flush has taken meanwhile is its to delete. */
export async function discardBatches(batches: readonly string[]): Promise<void> {
  await Promise.all(batches.map((batch) => unlessGone(unlink(batch))));
}

/** The operation's result, or null when the file (or its directory) does not exist. */
async function unlessGone<T>(operation: Promise<T>): Promise<T | null> {
  return operation.catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
}

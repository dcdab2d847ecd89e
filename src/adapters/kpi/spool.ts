import { appendFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { KpiEvent, KpiSink } from '../../core/kpi/index.js';

/** KPI events appended to a JSON-lines file, to be flushed to Supabase later (`kpi flush`). */
export class SpoolSink implements KpiSink {
  constructor(private readonly path: string) {}

  async emit(events: readonly KpiEvent[]): Promise<void> {
    if (events.length === 0) return;
    await mkdir(dirname(this.path), { recursive: true });
    await appendFile(this.path, events.map((event) => `${JSON.stringify(event)}\n`).join(''));
  }
}

/** Reads a spool; lines that do not parse (a torn write) are skipped and counted. */
export async function readSpool(path: string): Promise<{ events: KpiEvent[]; unreadable: number }> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
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

/** Replaces the spool atomically with what is still unsent. */
export async function rewriteSpool(path: string, events: readonly KpiEvent[]): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, events.map((event) => `${JSON.stringify(event)}\n`).join(''));
  await rename(temp, path);
}

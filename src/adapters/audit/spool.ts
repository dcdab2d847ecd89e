import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { AuditEvent, AuditSink } from '../../core/operations/index.js';

/** Audit events as JSON lines (uploaded with the run, or ingested into the audit table). */
export class AuditSpool implements AuditSink {
  constructor(private readonly path: string) {}

  async record(event: AuditEvent): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    await appendFile(this.path, `${JSON.stringify(event)}\n`);
  }
}

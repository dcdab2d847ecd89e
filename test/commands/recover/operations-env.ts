import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Octokit } from '@octokit/rest';
import { AuditSpool } from '../../../src/adapters/audit/index.js';
import { defaultGitHubRetryTiming } from '../../../src/adapters/github/index.js';
import { SpoolSink } from '../../../src/adapters/kpi/index.js';
import { defaultRetryTiming, GitHubContentsStore } from '../../../src/adapters/manifest/index.js';
import type { OperationDependencies } from '../../../src/commands/operations/index.js';
import type { AuditEvent } from '../../../src/core/operations/index.js';
import type { GitHubEmulator } from '../../emulator/emulator.js';

export const TOKEN = 'ghs_operationsTestToken0123456789ab';
export const MANIFEST = 'docs/reports/ops/manifest.json';
const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

/** Real Octokit against the emulator, a contents-API manifest, and spool files for audit and KPIs. */
export function operationDependencies(
  gh: GitHubEmulator,
  repo: string,
): OperationDependencies & { audits: () => AuditEvent[]; kpiPath: string } {
  const dir = mkdtempSync(join(tmpdir(), 'pg-ops-'));
  const octokit = new Octokit({ baseUrl: gh.url, auth: TOKEN, log: quiet });
  const repository = { owner: 'acme', repo };
  const auditPath = join(dir, 'audit.jsonl');
  const kpiPath = join(dir, 'kpi.jsonl');
  return {
    github: { octokit, repository, timing: { ...defaultGitHubRetryTiming, sleep: async () => {} } },
    store: new GitHubContentsStore(
      octokit,
      { ...repository, path: MANIFEST },
      { ...defaultRetryTiming, baseDelayMs: 1, maxDelayMs: 10, maxAttempts: 40 },
    ),
    audit: new AuditSpool(auditPath),
    kpi: new SpoolSink(kpiPath),
    now: () => new Date(),
    sleep: async () => {},
    log: () => {},
    audits: () => {
      try {
        return readFileSync(auditPath, 'utf8')
          .trim()
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as AuditEvent);
      } catch {
        return [];
      }
    },
    kpiPath,
  };
}

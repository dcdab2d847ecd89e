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
import { verifiedProvenance } from '../../support/manifest-events.js';

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

const DAY = 86_400_000;

/**
 * A failed run of release.yml for v1.0.0, `ageDays` old and rerun `reruns` times, whose failure validate
 * recorded in the manifest.
 */
export async function recordedFailedRun(
  gh: GitHubEmulator,
  repo: string,
  options: { ageDays?: number; reruns?: number } = {},
): Promise<number> {
  const run = gh.state.runs.create(`acme/${repo}`, 'release.yml', {
    ref: 'v1.0.0',
    conclusion: 'failure',
    createdAt: new Date(Date.now() - (options.ageDays ?? 1) * DAY),
  });
  for (let i = 0; i < (options.reruns ?? 0); i++) {
    gh.state.runs.rerun(`acme/${repo}`, run.id);
    gh.state.runs.complete(`acme/${repo}`, run.id, 'failure');
  }
  await operationDependencies(gh, repo).store!.apply({
    event: 'failed',
    failure_reason: 'subject_mismatch',
    tag: 'v1.0.0',
    run_id: run.id,
    run_attempt: 1,
    at: new Date(Date.now() - DAY / 2).toISOString(),
    actor: 'validate',
  });
  return run.id;
}

/** Run 10 of v1.0.0, verified: the entry a rollback acts on. */
export async function recordedVerifiedRun(gh: GitHubEmulator, repo: string): Promise<void> {
  await operationDependencies(gh, repo).store!.apply({
    event: 'validated',
    provenance: verifiedProvenance(),
    tag: 'v1.0.0',
    run_id: 10,
    run_attempt: 1,
    at: new Date().toISOString(),
    actor: 'validate',
  });
}

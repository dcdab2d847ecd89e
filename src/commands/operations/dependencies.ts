import type { GitHubApi } from '../../adapters/github/index.js';
import type { ManifestStore } from '../../adapters/manifest/index.js';
import type { KpiSink } from '../../core/kpi/index.js';
import type { AuditSink } from '../../core/operations/index.js';

/** What every privileged command needs: GitHub, the manifest, the audit and KPI sinks, a clock. */
export interface OperationDependencies {
  readonly github: GitHubApi;
  readonly store: ManifestStore | null;
  readonly audit: AuditSink;
  readonly kpi: KpiSink;
  readonly now: () => Date;
  readonly sleep: (ms: number) => Promise<void>;
  readonly log: (event: string, fields?: Record<string, unknown>) => void;
}

/** What every privileged request carries: which entry, why, for which incident, asked by whom. */
export interface OperationRequest {
  readonly runId: number;
  readonly tag: string;
  readonly reason: string;
  readonly incident: number;
  readonly actor: string;
  /** The workflow run (and attempt) that carries the request. */
  readonly requestId: string;
  readonly governanceReviewers: readonly string[];
  readonly secrets: readonly string[];
}

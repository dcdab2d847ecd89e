import type { Octokit } from '@octokit/rest';
import type { ManifestStore } from '../../adapters/manifest/index.js';
import type { KpiSink } from '../../core/kpi/index.js';
import type { RepositoryRef } from '../../adapters/github/index.js';
import type { VerifyRequest } from '../verify/index.js';
import type { ExplicitField, LoadedPolicy } from '../../core/policy-file/index.js';

export type ArtifactSource =
  | { readonly kind: 'paths'; readonly patterns: readonly string[] }
  | { readonly kind: 'run-artifact'; readonly name: string; readonly runId: number }
  /** The published GitHub Release of the tag: its assets are the artifacts. */
  | { readonly kind: 'release' };

/** `release`: the provenance and bundle files among the release's own assets. */
export type ProvenanceSource =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'attestations-api' }
  | { readonly kind: 'release' };

/** One release verification as the validate action runs it. */
export interface ValidateRequest {
  readonly repository: RepositoryRef;
  readonly tag: string;
  readonly runId: number;
  readonly runAttempt: number;
  readonly actor: string;
  readonly artifacts: ArtifactSource;
  readonly artifactUrl: string | null;
  readonly provenance: ProvenanceSource;
  /** Policy and trust; `policy.commit` null means "resolve the tag's commit through the API". */
  readonly verify: Omit<VerifyRequest, 'artifactPaths' | 'provenancePath'>;
  readonly token: string;
  readonly workDir: string;
  readonly evidenceDir: string;
  /** Values that must never appear in evidence, logs or outputs. */
  readonly secrets: readonly string[];
  /** The workflow whose runs may grant overrides; GOVERNANCE_WORKFLOW when absent. */
  readonly governanceWorkflow?: string;
  /** The reviewed policy file (rules per artifact glob), and the policy fields an input set explicitly. */
  readonly policyFile?: LoadedPolicy | null;
  readonly explicitPolicyFields?: ReadonlySet<ExplicitField>;
  /** Who this verifier is, for the verification summary it writes after a verified release. */
  readonly verifierId?: string;
  /** The release's entry is read (its override grant), the verdict not recorded: another job records it. */
  readonly readOnlyManifest?: boolean;
}

export interface ValidateDependencies {
  readonly octokit: Octokit;
  readonly store: ManifestStore | null;
  readonly now: () => Date;
  readonly log: ValidateLog;
  /** PATH searched for slsa-verifier. */
  readonly path: string | undefined;
  readonly kpi: KpiSink;
}

export interface ValidateLog {
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
}

/** The steps a run went through, for the job summary's diagram. */
export type PathStep =
  | 'glob'
  | 'download'
  | 'provenance-file'
  | 'attestations-api'
  | 'release'
  | 'slsa-verifier'
  | 'degraded-to-sigstore'
  | 'sigstore'
  | 'manifest'
  | 'evidence';

/** The template's governance workflow: its successful runs are the only ones that may grant overrides. */
export const GOVERNANCE_WORKFLOW = '.github/workflows/provenance-rollback.yml';

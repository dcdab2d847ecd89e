import type { GitHubEmulator } from '../../emulator/emulator.js';
import type { InstanceKind } from '../../support/sigstore/index.js';
import type { Json, Scope } from '../workflow/expressions.js';
import type { Permissions } from '../workflow/permissions.js';
import type { StepLog } from './commands.js';
import type { JobPaths } from './contexts.js';
import type { Credentials } from './credentials.js';
import type { GitRemotes } from './git-remotes.js';
import type { JobRecord, RunRecord } from './model.js';
import type { Scheduler } from './scheduler.js';
import type { RepositorySettings } from './settings.js';

/** This checkout's actions, as `provenance-guard/provenance-guard[/path]@<pin>` names them in the templates. */
export interface OurActions {
  readonly repository: string;
  readonly pin: string;
  /** The checkout's root: `action.yml`, `notify/action.yml`, …, `dist/`. */
  readonly root: string;
  /** Input defaults the rehearsal sets instead of the action's own (the trusted root, see README). */
  readonly inputDefaults: Readonly<Record<string, string>>;
}

/** Signs an in-toto statement as GitHub's Sigstore would for a job with `id-token: write`, with the instance given. */
export interface Signer {
  sign(
    statement: object,
    identity: SigningIdentity,
    instance: InstanceKind,
  ): Promise<Record<string, unknown>>;
}

/** The job's OIDC claims that Fulcio copies into the certificate. */
export interface SigningIdentity {
  readonly workflowRef: string;
  readonly repository: string;
  readonly repositoryId: string;
  readonly repositoryOwnerId: string;
  readonly ref: string;
  readonly sha: string;
  readonly runId: string;
  readonly runAttempt: string;
}

/** What every job of a rehearsal shares. */
export interface RunnerDeps {
  readonly gh: GitHubEmulator;
  readonly credentials: Credentials;
  readonly settings: (repo: string) => RepositorySettings;
  readonly scheduler: Scheduler;
  readonly git: GitRemotes;
  readonly actions: OurActions;
  readonly signer: Signer;
  /** Where jobs get their directories. */
  readonly workDir: string;
  /** The loopback service the `gh` stand-in and the simulated clock talk to. */
  readonly serviceUrl: string;
  /** Directory put first on every job's PATH (the `gh` stand-in). */
  readonly binDir: string;
  /** Every deployed Pages site, by repository. */
  readonly pages: Map<string, Map<string, Buffer>>;
}

/** A running job as its steps see it. */
export interface StepHost {
  readonly deps: RunnerDeps;
  readonly run: RunRecord;
  readonly job: JobRecord;
  readonly paths: JobPaths & { readonly home: string };
  /** The job's GITHUB_TOKEN. */
  readonly token: string;
  readonly permissions: Permissions;
  readonly github: Record<string, Json>;
  readonly abort: AbortSignal;
  /** The contexts a step's expressions read. */
  scope(): Scope;
  /** The environment of a step's process: runner variables, the job's env, GITHUB_ENV, then `env`. */
  processEnv(stepEnv: Readonly<Record<string, string>>): Record<string, string>;
}

/** A step failed: the message becomes its `::error::` annotation. */
export class StepFailure extends Error {}

/** One step of a stand-in, with its evaluated inputs. */
export interface StandInStep {
  readonly host: StepHost;
  readonly inputs: Readonly<Record<string, string>>;
  readonly env: Readonly<Record<string, string>>;
  readonly log: StepLog;
  setOutput(name: string, value: string): void;
}

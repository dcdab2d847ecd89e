import { Sequence } from '../ids.js';
import { ArtifactStore } from './artifacts.js';
import { AttestationStore } from './attestations.js';
import { BlobStore } from './blobs.js';
import { CheckStore } from './checks.js';
import type { Clock } from './clock.js';
import { CollaboratorStore } from './collaborators.js';
import { ContentsStore } from './contents.js';
import { EventLog } from './events.js';
import { GitStore } from './git.js';
import { IssueStore } from './issues.js';
import { LabelStore } from './labels.js';
import { ProtectionStore } from './protection.js';
import { PullStore } from './pulls.js';
import { ReleaseStore } from './releases.js';
import { RepoStore } from './repos.js';
import { RulesetStore } from './rulesets.js';
import { RunStore } from './runs.js';
import { WorkflowStore } from './workflows.js';

/** Everything the emulator holds; tests seed and inspect it through these stores. */
export interface EmulatorState {
  repos: RepoStore;
  git: GitStore;
  contents: ContentsStore;
  labels: LabelStore;
  issues: IssueStore;
  pulls: PullStore;
  protection: ProtectionStore;
  checks: CheckStore;
  collaborators: CollaboratorStore;
  workflows: WorkflowStore;
  runs: RunStore;
  artifacts: ArtifactStore;
  attestations: AttestationStore;
  releases: ReleaseStore;
  rulesets: RulesetStore;
  blobs: BlobStore;
  /** What changed a repository through the API. */
  events: EventLog;
}

export function createState(clock: Clock): EmulatorState {
  const ids = new Sequence(1000);
  const repos = new RepoStore(ids, clock);
  const protection = new ProtectionStore(repos);
  const git = new GitStore(repos, protection, clock);
  const labels = new LabelStore(repos, ids);
  const checks = new CheckStore(repos, git, ids, clock);
  const workflows = new WorkflowStore(repos, ids);
  const runs = new RunStore(repos, git, workflows, ids, clock);
  const blobs = new BlobStore();
  return {
    repos,
    git,
    contents: new ContentsStore(repos, git, protection),
    labels,
    issues: new IssueStore(repos, labels, ids, clock),
    pulls: new PullStore(repos, git, labels, protection, checks, ids, clock),
    protection,
    checks,
    collaborators: new CollaboratorStore(repos),
    workflows,
    runs,
    artifacts: new ArtifactStore(repos, runs, blobs, ids, clock),
    attestations: new AttestationStore(repos, blobs, ids),
    releases: new ReleaseStore(repos, git, blobs, ids, clock),
    rulesets: new RulesetStore(repos, ids, clock),
    blobs,
    events: new EventLog(),
  };
}

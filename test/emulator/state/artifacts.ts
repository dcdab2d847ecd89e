import { notFound } from '../http.js';
import { sha256Hex, type Sequence } from '../ids.js';
import type { BlobStore } from './blobs.js';
import { DAY_MS, type Clock } from './clock.js';
import type { Repo, RepoStore } from './repos.js';
import type { RunStore, WorkflowRun } from './runs.js';

export interface Artifact {
  id: number;
  repo: Repo;
  run: WorkflowRun;
  name: string;
  sizeInBytes: number;
  /** `sha256:<hex>` of the zip. */
  digest: string;
  createdAt: Date;
  expiresAt: Date;
  /** Server-relative path of the zip download. */
  downloadPath: string;
}

export interface NewArtifact {
  runId: number;
  name: string;
  zip: Buffer;
  createdAt?: Date;
  /** 90 days after creation when absent, GitHub's default retention. */
  expiresAt?: Date;
}

export class ArtifactStore {
  private readonly artifacts: Artifact[] = [];

  constructor(
    private readonly repos: RepoStore,
    private readonly runs: RunStore,
    private readonly blobs: BlobStore,
    private readonly ids: Sequence,
    private readonly clock: Clock,
  ) {}

  create(repoName: string, input: NewArtifact): Artifact {
    const createdAt = input.createdAt ?? this.clock();
    const artifact: Artifact = {
      id: this.ids.next(),
      repo: this.repos.get(repoName),
      run: this.runs.run(repoName, input.runId),
      name: input.name,
      sizeInBytes: input.zip.length,
      digest: `sha256:${sha256Hex(input.zip)}`,
      createdAt,
      expiresAt: input.expiresAt ?? new Date(createdAt.getTime() + 90 * DAY_MS),
      downloadPath: this.blobs.put(input.zip, 'application/zip'),
    };
    this.artifacts.push(artifact);
    return artifact;
  }

  get(repoName: string, artifactId: number): Artifact {
    const repo = this.repos.get(repoName);
    const artifact = this.artifacts.find(
      (candidate) => candidate.id === artifactId && candidate.repo === repo,
    );
    if (!artifact) throw notFound();
    return artifact;
  }

  /** Artifacts of the repository, or of one run, newest first. */
  list(repoName: string, filter: { runId?: number; name?: string } = {}): Artifact[] {
    const repo = this.repos.get(repoName);
    return this.artifacts
      .filter((artifact) => artifact.repo === repo)
      .filter((artifact) => filter.runId === undefined || artifact.run.id === filter.runId)
      .filter((artifact) => filter.name === undefined || artifact.name === filter.name)
      .reverse();
  }

  isExpired(artifact: Artifact): boolean {
    return artifact.expiresAt.getTime() <= this.clock().getTime();
  }
}

import { createWriteStream } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { Octokit } from '@octokit/rest';
import { GuardError } from '../../core/errors/index.js';
import { idleTimeout } from '../retry/index.js';
import { extractZipSafely, type UnzipLimits, defaultUnzipLimits } from './safe-unzip.js';

export interface RunArtifactRequest {
  readonly name: string;
  readonly runId: number;
  readonly owner: string;
  readonly repo: string;
  readonly token: string;
  /** Where the archive is extracted; a fresh directory. */
  readonly targetDir: string;
}

export interface DownloadTiming {
  readonly maxTries: number;
  readonly delayMs: (attempt: number) => number;
  readonly sleep: (ms: number) => Promise<void>;
}

export const defaultDownloadTiming: DownloadTiming = {
  maxTries: 3,
  delayMs: (attempt) => 1_000 * 2 ** (attempt - 1),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface DownloadedArtifact {
  readonly id: number;
  readonly files: readonly string[];
  /** `sha256:` of the archive as GitHub recorded it at upload (null for old uploads). */
  readonly digest: string | null;
  readonly tries: number;
}

/**
 * Finds the run's artifact by name and downloads its archive by id, with our Octokit and `fetch`, so every
 * try is ours, bounded and time-bounded (`@actions/artifact` retries the storage download five times inside
 * each call): at most 3 tries with backoff on 5xx/403/404/not-found. Expired → `artifact_retention_missing`
 * at once; otherwise `artifact_missing`. The archive is extracted by us, safely.
 */
export async function downloadRunArtifact(
  request: RunArtifactRequest,
  github: { octokit: Octokit },
  timing: DownloadTiming = defaultDownloadTiming,
  limits: UnzipLimits = defaultUnzipLimits,
): Promise<DownloadedArtifact> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= timing.maxTries; attempt++) {
    try {
      const artifact = await findArtifact(github.octokit, request);
      const archive = join(await mkdtemp(join(request.targetDir, '.archive-')), 'artifact.zip');
      await downloadArchive(github.octokit, request, artifact.id, archive);
      const files = await extractZipSafely(archive, join(request.targetDir, 'files'), limits);
      return { id: artifact.id, files, digest: artifact.digest, tries: attempt };
    } catch (error) {
      if (error instanceof GuardError) throw error;
      if (isExpired(error)) {
        throw new GuardError(
          'artifact_retention_missing',
          `artifact ${request.name} of run ${request.runId} has expired under the retention policy; reacquire it (rerun the build)`,
          { cause: error },
        );
      }
      if (!isRetryable(error)) throw toMissing(request, error);
      lastError = error;
      if (attempt < timing.maxTries) await timing.sleep(timing.delayMs(attempt));
    }
  }
  throw toMissing(request, lastError, timing.maxTries);
}

/**
 * GitHub answers the archive with a 302 to pre-signed storage: the token goes to GitHub only. The storage
 * download ends when nothing arrived for the policy's timeout, never while bytes still flow.
 */
async function downloadArchive(octokit: Octokit, request: RunArtifactRequest, id: number, path: string) {
  const { status, headers } = await octokit.rest.actions.downloadArtifact({
    owner: request.owner,
    repo: request.repo,
    artifact_id: id,
    archive_format: 'zip',
    request: { redirect: 'manual' },
  });
  if (status !== 302 || !headers.location)
    throw Object.assign(new Error(`GitHub answered ${status} without a download location`), { status });
  const idle = idleTimeout();
  try {
    const response = await fetch(headers.location, { signal: idle.signal });
    if (!response.ok || response.body === null)
      throw Object.assign(new Error(`the artifact storage answered ${response.status}`), {
        status: response.status,
      });
    const alive = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        idle.alive();
        done(null, chunk);
      },
    });
    await pipeline(Readable.fromWeb(response.body as WebReadableStream), alive, createWriteStream(path));
  } finally {
    idle.stop();
  }
}

class ArtifactNotListed extends Error {
  readonly status = 404;
}

/** The newest artifact of that name in the run; an expired one is refused before any download. */
async function findArtifact(
  octokit: Octokit,
  request: RunArtifactRequest,
): Promise<{ id: number; digest: string | null }> {
  const { data } = await octokit.rest.actions.listWorkflowRunArtifacts({
    owner: request.owner,
    repo: request.repo,
    run_id: request.runId,
    name: request.name,
    per_page: 100,
  });
  const [newest] = data.artifacts.filter((a) => a.name === request.name).sort((a, b) => b.id - a.id);
  if (!newest) throw new ArtifactNotListed(`run ${request.runId} has no artifact named ${request.name}`);
  if (newest.expired) throw Object.assign(new Error('Artifact has expired'), { status: 410 });
  return { id: newest.id, digest: newest.digest ?? null };
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
}

function isExpired(error: unknown): boolean {
  // ArtifactNotFoundError's advice mentions "not expired", so only GitHub's own 410 wording counts.
  return statusOf(error) === 410 || /artifact has expired/i.test((error as Error)?.message ?? '');
}

function isRetryable(error: unknown): boolean {
  const status = statusOf(error);
  if (status === undefined) return true;
  return status === 403 || status === 404 || status === 429 || status >= 500;
}

function toMissing(request: RunArtifactRequest, error: unknown, tries?: number): GuardError {
  const after = tries ? ` after ${tries} tries` : '';
  return new GuardError(
    'artifact_missing',
    `artifact ${request.name} of run ${request.runId} could not be downloaded${after}: ${(error as Error)?.message ?? String(error)}`,
    { cause: error },
  );
}

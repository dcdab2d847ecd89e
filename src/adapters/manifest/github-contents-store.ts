import type { Octokit } from '@octokit/rest';
import { GuardError } from '../../core/errors/index.js';
import { emptyManifest, parseManifest, serializeManifest, type Manifest, type ManifestEvent } from '../../core/manifest/index.js';
import { applyWithCompareAndSwap, type Versioned, type WriteOutcome } from './cas-loop.js';
import { commitMessage, defaultRetryTiming, type ManifestStore, type RetryTiming, type StoreResult } from './store.js';

export interface ContentsLocation {
  readonly owner: string;
  readonly repo: string;
  readonly path: string;
  /** The branch to read and commit to; the default branch when absent. */
  readonly branch?: string;
}

/** Longest Retry-After honoured; a longer wait is a bounded failure, not a hung job. */
const MAX_RETRY_AFTER_MS = 60_000;

/** The manifest as a file in a repository, updated through the contents API with the blob sha as CAS. */
export class GitHubContentsStore implements ManifestStore {
  constructor(
    private readonly octokit: Octokit,
    private readonly location: ContentsLocation,
    private readonly timing: RetryTiming = defaultRetryTiming,
  ) {}

  async read(): Promise<Manifest> {
    return (await this.readVersioned()).manifest;
  }

  apply(event: ManifestEvent): Promise<StoreResult> {
    return applyWithCompareAndSwap(event, {
      read: () => this.readVersioned(),
      write: (next, sha) => this.write(next, sha, commitMessage(event)),
    }, this.timing);
  }

  private async readVersioned(): Promise<Versioned> {
    const { owner, repo, path, branch } = this.location;
    for (let attempt = 1; ; attempt++) {
      try {
        const { data } = await this.octokit.rest.repos.getContent({ owner, repo, path, ...(branch ? { ref: branch } : {}) });
        if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) {
          throw new GuardError('input_invalid', `${path} in ${owner}/${repo} is not a file`);
        }
        return { manifest: parseManifest(Buffer.from(data.content, 'base64').toString('utf8'), `${owner}/${repo}:${path}`), version: data.sha };
      } catch (error) {
        if (statusOf(error) === 404) return { manifest: emptyManifest(), version: null };
        const wait = this.transientWait(error, attempt);
        if (wait === null) throw error;
        await this.timing.sleep(wait);
      }
    }
  }

  private async write(next: Manifest, sha: string | null, message: string): Promise<WriteOutcome> {
    const { owner, repo, path, branch } = this.location;
    try {
      await this.octokit.rest.repos.createOrUpdateFileContents({
        owner, repo, path, message, content: Buffer.from(serializeManifest(next)).toString('base64'),
        ...(sha ? { sha } : {}), ...(branch ? { branch } : {}),
      });
      return { kind: 'written' };
    } catch (error) {
      const status = statusOf(error);
      // 409: our sha is stale. 422: the file appeared since we read it (no sha was sent).
      if (status === 409 || status === 422) return { kind: 'conflict' };
      const wait = this.transientWait(error, 1);
      if (wait === null) throw error;
      return { kind: 'wait', ms: wait };
    }
  }

  /** Rate limits and server errors are waited out (bounded); anything else is final. */
  private transientWait(error: unknown, attempt: number): number | null {
    if (attempt >= this.timing.maxAttempts) return null;
    const status = statusOf(error);
    const headers = (error as { response?: { headers?: Record<string, string | undefined> } }).response?.headers ?? {};
    const retryAfter = Number(headers['retry-after']);
    const rateLimited = status === 429 || (status === 403 && (headers['x-ratelimit-remaining'] === '0' || Number.isFinite(retryAfter) && headers['retry-after'] !== undefined));
    if (rateLimited) {
      const resetMs = Number(headers['x-ratelimit-reset']) * 1000 - this.timing.now();
      const ms = Number.isFinite(retryAfter) && headers['retry-after'] !== undefined ? retryAfter * 1000 : Number.isFinite(resetMs) ? resetMs + 1000 : 60_000;
      return ms <= MAX_RETRY_AFTER_MS ? Math.max(ms, 0) : null;
    }
    if (status === undefined || status >= 500) return Math.min(this.timing.maxDelayMs, this.timing.baseDelayMs * 2 ** attempt);
    return null;
  }
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}

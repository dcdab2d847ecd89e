import { createHash } from 'node:crypto';
import type { Octokit } from '@octokit/rest';
import { GuardError } from '../../core/errors/index.js';
import { emptyManifest, parseManifest, serializeManifest, type Manifest } from '../../core/manifest/index.js';
import type { Versioned, WriteOutcome } from './cas-loop.js';
import type { RetryTiming } from './store.js';

export interface ContentsFileLocation {
  readonly owner: string;
  readonly repo: string;
  readonly path: string;
  /** The branch to read and commit to; the default branch when absent. */
  readonly branch?: string;
}

/** Longest Retry-After honoured; a longer wait is a bounded failure, not a hung job. */
const MAX_RETRY_AFTER_MS = 60_000;
/**
 * GitHub's answer to a write that branch protection or a ruleset refuses. UNCONFIRMED: the exact wording
 * varies; these are the seen ones.
 */
const PROTECTED =
  /protected branch|rule violation|repository rule|must be made through a pull request|approving review is required/i;

/**
 * The git blob sha of some bytes: what the contents API's `sha` is, and what its compare-and-swap wants back.
 */
export function gitBlobSha(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/**
 * One manifest file through the contents API. Files up to 1 MB come inline (base64). Above that GitHub
 * answers `content: ""`, `encoding: "none"` (up to 100 MB): the bytes are then read with the raw media
 * type, and the version is the blob sha of exactly the bytes read, so the compare-and-swap stays exact.
 */
export class ContentsFile {
  constructor(
    private readonly octokit: Octokit,
    private readonly location: ContentsFileLocation,
    private readonly timing: RetryTiming,
  ) {}

  private get where(): string {
    const { owner, repo, path, branch } = this.location;
    return `${owner}/${repo}:${path}${branch ? ` on ${branch}` : ''}`;
  }

  async read(): Promise<Versioned> {
    for (let attempt = 1; ; attempt++) {
      try {
        const bytes = await this.readBytes();
        if (bytes === null) return { manifest: emptyManifest(), version: null };
        return { manifest: parseManifest(bytes.bytes.toString('utf8'), this.where), version: bytes.sha };
      } catch (error) {
        if (error instanceof GuardError) throw error;
        const wait = this.transientWait(error, attempt);
        if (wait === null) throw this.refusal(error, 'read');
        await this.timing.sleep(wait);
      }
    }
  }

  async write(next: Manifest, sha: string | null, message: string): Promise<WriteOutcome> {
    const { owner, repo, path, branch } = this.location;
    try {
      await this.octokit.rest.repos.createOrUpdateFileContents({
        owner,
        repo,
        path,
        message,
        content: Buffer.from(serializeManifest(next)).toString('base64'),
        ...(sha ? { sha } : {}),
        ...(branch ? { branch } : {}),
      });
      return { kind: 'written' };
    } catch (error) {
      const status = statusOf(error);
      // 409: our sha is stale. 422: the file appeared since we read it (no sha was sent). Unless protection
      // refused it.
      if ((status === 409 || status === 422) && !PROTECTED.test((error as Error).message))
        return { kind: 'conflict' };
      const wait = this.transientWait(error, 1);
      if (wait === null) throw this.refusal(error, 'write');
      return { kind: 'wait', ms: wait };
    }
  }

  private async readBytes(): Promise<{ bytes: Buffer; sha: string } | null> {
    const { owner, repo, path, branch } = this.location;
    const ref = branch ? { ref: branch } : {};
    let data;
    try {
      ({ data } = await this.octokit.rest.repos.getContent({ owner, repo, path, ...ref }));
    } catch (error) {
      if (statusOf(error) === 404) return null;
      // Before GitHub answered large files with encoding "none", it refused them with 403 too_large.
      if (!(statusOf(error) === 403 && /too large/i.test((error as Error).message))) throw error;
      return this.readRaw();
    }
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data))
      throw new GuardError('input_invalid', `${this.where} is not a file`);
    if (data.encoding === 'base64') return { bytes: Buffer.from(data.content, 'base64'), sha: data.sha };
    return this.readRaw();
  }

  private async readRaw(): Promise<{ bytes: Buffer; sha: string }> {
    const { owner, repo, path, branch } = this.location;
    const { data } = await this.octokit.rest.repos.getContent({
      owner,
      repo,
      path,
      ...(branch ? { ref: branch } : {}),
      mediaType: { format: 'raw' },
    });
    const raw: unknown = data;
    let bytes: Buffer;
    if (typeof raw === 'string') bytes = Buffer.from(raw, 'utf8');
    else if (raw instanceof ArrayBuffer) bytes = Buffer.from(raw);
    else
      throw new GuardError(
        'input_invalid',
        `${this.where}: GitHub did not answer the raw media type with the file's bytes`,
      );
    return { bytes, sha: gitBlobSha(bytes) };
  }

  /**
   * A final error as a code: refused access is permission_denied (token, protection, branch) — never a lock
   * timeout; GitHub failing through every bounded retry is lock_timeout; any other answer is input_invalid.
   */
  private refusal(error: unknown, what: 'read' | 'write'): GuardError {
    const status = statusOf(error);
    const answer = `HTTP ${status ?? 'no answer'}: ${(error as Error).message.split('\n')[0]}`;
    const refused =
      status === 401 ||
      status === 403 ||
      status === 404 ||
      ((status === 409 || status === 422) && PROTECTED.test((error as Error).message));
    if (refused && !isRateLimited(error)) {
      const need = what === 'read' ? 'contents: read' : 'contents: write';
      return new GuardError(
        'permission_denied',
        `GitHub refused to ${what} ${this.where} (${answer}): the token needs ${need}` +
          `${what === 'write' ? '; a protected branch refuses direct commits (give manifest-branch an unprotected branch, or let the token bypass the rule)' : ''}` +
          '; a manifest-branch that does not exist answers 404 too',
        { cause: error },
      );
    }
    if (status === undefined || status >= 500 || isRateLimited(error)) {
      return new GuardError(
        'lock_timeout',
        `GitHub kept failing to ${what} ${this.where} through the bounded retries (${answer})`,
        { cause: error },
      );
    }
    return new GuardError('input_invalid', `GitHub did not accept the ${what} of ${this.where} (${answer})`, {
      cause: error,
    });
  }

  /** Rate limits and server errors are waited out (bounded); anything else is final. */
  private transientWait(error: unknown, attempt: number): number | null {
    if (attempt >= this.timing.maxAttempts) return null;
    const status = statusOf(error);
    if (isRateLimited(error)) {
      const ms = rateLimitWaitMs(headersOf(error), this.timing.now());
      return ms <= MAX_RETRY_AFTER_MS ? Math.max(ms, 0) : null;
    }
    if (status === undefined || status >= 500)
      return Math.min(this.timing.maxDelayMs, this.timing.baseDelayMs * 2 ** attempt);
    return null;
  }
}

const headersOf = (error: unknown): Record<string, string | undefined> =>
  (error as { response?: { headers?: Record<string, string | undefined> } } | null)?.response?.headers ?? {};

/** Retry-After when GitHub sends one, else until the rate limit resets (a second late), else a minute. */
function rateLimitWaitMs(headers: Record<string, string | undefined>, nowMs: number): number {
  const retryAfter = Number(headers['retry-after']);
  if (Number.isFinite(retryAfter) && headers['retry-after'] !== undefined) return retryAfter * 1000;
  const resetMs = Number(headers['x-ratelimit-reset']) * 1000 - nowMs;
  return Number.isFinite(resetMs) ? resetMs + 1000 : 60_000;
}

/** 429, or a 403 that is a rate limit (remaining 0, or a Retry-After) rather than a refusal. */
function isRateLimited(error: unknown): boolean {
  const status = statusOf(error);
  const headers = headersOf(error);
  return (
    status === 429 ||
    (status === 403 && (headers['x-ratelimit-remaining'] === '0' || headers['retry-after'] !== undefined))
  );
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

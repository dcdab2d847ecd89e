import { createHash } from 'node:crypto';
import type { Octokit } from '@octokit/rest';
import { GuardError, isGuardError } from '../../core/errors/index.js';
import { emptyManifest, parseManifest, serializeManifest, type Manifest } from '../../core/manifest/index.js';
import {
  defaultGitHubRetryTiming,
  githubUnavailable,
  retryDelay,
  statusOf,
  withGitHubRetries,
  type GitHubRetryTiming,
} from '../github/index.js';
import type { Versioned, WriteOutcome } from './cas-loop.js';
import type { RetryTiming } from './store.js';

export interface ContentsFileLocation {
  readonly owner: string;
  readonly repo: string;
  readonly path: string;
  /** The branch to read and commit to; the default branch when absent. */
  readonly branch?: string;
}

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
 *
 * Every HTTP call follows the retry policy (at most 3 tries; GitHub not answering is `github_unavailable`).
 * A read is retried in place. A write is tried once per compare-and-swap attempt — a failed write may have
 * landed, so the loop reads the file again before it writes again — and its transient failures count
 * toward the same 3 tries; a conflict (409/422) is not a failure of the call and counts only toward the
 * loop's own bound.
 */
export class ContentsFile {
  private readonly calls: GitHubRetryTiming;
  private transientWrites = 0;

  constructor(
    private readonly octokit: Octokit,
    private readonly location: ContentsFileLocation,
    timing: Pick<RetryTiming, 'sleep' | 'now'>,
  ) {
    this.calls = { ...defaultGitHubRetryTiming, sleep: timing.sleep, now: timing.now };
  }

  private get where(): string {
    const { owner, repo, path, branch } = this.location;
    return `${owner}/${repo}:${path}${branch ? ` on ${branch}` : ''}`;
  }

  async read(): Promise<Versioned> {
    const bytes = await this.readBytes();
    if (bytes === null) return { manifest: emptyManifest(), version: null };
    return { manifest: parseManifest(bytes.bytes.toString('utf8'), this.where), version: bytes.sha };
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
      const wait = retryDelay(error, ++this.transientWrites, this.calls);
      if (wait === null) throw this.refusal(error, 'write');
      return { kind: 'wait', ms: wait };
    }
  }

  private async readBytes(): Promise<{ bytes: Buffer; sha: string } | null> {
    const { owner, repo, path, branch } = this.location;
    const ref = branch ? { ref: branch } : {};
    let data;
    try {
      ({ data } = await withGitHubRetries(
        () => this.octokit.rest.repos.getContent({ owner, repo, path, ...ref }),
        this.calls,
        `the read of ${this.where}`,
      ));
    } catch (error) {
      if (statusOf(error) === 404) return null;
      // Before GitHub answered large files with encoding "none", it refused them with 403 too_large.
      if (!(statusOf(error) === 403 && /too large/i.test((error as Error).message)))
        throw this.refusal(error, 'read');
      return this.readRaw();
    }
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data))
      throw new GuardError('input_invalid', `${this.where} is not a file`);
    if (data.encoding === 'base64') return { bytes: Buffer.from(data.content, 'base64'), sha: data.sha };
    return this.readRaw();
  }

  private async readRaw(): Promise<{ bytes: Buffer; sha: string }> {
    const { owner, repo, path, branch } = this.location;
    let data: unknown;
    try {
      ({ data } = await withGitHubRetries(
        () =>
          this.octokit.rest.repos.getContent({
            owner,
            repo,
            path,
            ...(branch ? { ref: branch } : {}),
            mediaType: { format: 'raw' },
          }),
        this.calls,
        `the raw read of ${this.where}`,
      ));
    } catch (error) {
      throw this.refusal(error, 'read');
    }
    let bytes: Buffer;
    if (typeof data === 'string') bytes = Buffer.from(data, 'utf8');
    else if (data instanceof ArrayBuffer) bytes = Buffer.from(data);
    else
      throw new GuardError(
        'input_invalid',
        `${this.where}: GitHub did not answer the raw media type with the file's bytes`,
      );
    return { bytes, sha: gitBlobSha(bytes) };
  }

  /**
   * A final error as a code: GitHub not answering through the retry policy is github_unavailable; refused
   * access is permission_denied (token, protection, branch) — never a lock timeout; any other answer is
   * input_invalid. What is not an answer of GitHub's (a bug) leaves as it is.
   */
  private refusal(error: unknown, what: 'read' | 'write'): unknown {
    if (isGuardError(error) || statusOf(error) === undefined) return error;
    const unavailable = githubUnavailable(error, `the ${what} of ${this.where}`);
    if (unavailable) return unavailable;
    const status = statusOf(error);
    const answer = `HTTP ${status}: ${(error as Error).message.split('\n')[0]}`;
    const refused =
      status === 401 ||
      status === 403 ||
      status === 404 ||
      ((status === 409 || status === 422) && PROTECTED.test((error as Error).message));
    if (refused) {
      const need = what === 'read' ? 'contents: read' : 'contents: write';
      return new GuardError(
        'permission_denied',
        `GitHub refused to ${what} ${this.where} (${answer}): the token needs ${need}` +
          `${what === 'write' ? '; a protected branch refuses direct commits (give manifest-branch an unprotected branch, or let the token bypass the rule)' : ''}` +
          '; a manifest-branch that does not exist answers 404 too',
        { cause: error },
      );
    }
    return new GuardError('input_invalid', `GitHub did not accept the ${what} of ${this.where} (${answer})`, {
      cause: error,
    });
  }
}

import type { Octokit } from '@octokit/rest';
import type { Manifest, ManifestEvent } from '../../core/manifest/index.js';
import { defaultGitHubRetryTiming } from '../github/index.js';
import { applyWithCompareAndSwap } from './cas-loop.js';
import { ContentsFile } from './contents-file.js';
import { RunHomes } from './run-home.js';
import {
  commitMessage,
  defaultRetryTiming,
  type EntryRef,
  type ManifestStore,
  type RetryTiming,
  type StoreResult,
} from './store.js';

export interface ContentsLocation {
  readonly owner: string;
  readonly repo: string;
  /**
   * One file for every entry; when absent (or null), each entry lives in the file of its release run's day.
   */
  readonly path?: string | null;
  /** The branch to read and commit to; the default branch when absent. */
  readonly branch?: string;
}

/**
 * The manifest as files in a repository, updated through the contents API with the blob sha as CAS. `timing`
 * bounds the compare-and-swap attempts (conflicts); every HTTP call follows the retry policy, with the
 * same `sleep` and `now`.
 */
export class GitHubContentsStore implements ManifestStore {
  private readonly homes: RunHomes;

  constructor(
    private readonly octokit: Octokit,
    private readonly location: ContentsLocation,
    private readonly timing: RetryTiming = defaultRetryTiming,
  ) {
    this.homes = new RunHomes(
      octokit,
      { owner: location.owner, repo: location.repo },
      { ...defaultGitHubRetryTiming, sleep: timing.sleep, now: timing.now },
    );
  }

  locate(of: EntryRef): Promise<string> {
    return this.location.path ? Promise.resolve(this.location.path) : this.homes.pathOf(of.run_id);
  }

  async read(of: EntryRef): Promise<Manifest> {
    return (await (await this.file(of)).read()).manifest;
  }

  async apply(event: ManifestEvent): Promise<StoreResult> {
    const file = await this.file(event);
    return applyWithCompareAndSwap(
      event,
      { read: () => file.read(), write: (next, sha) => file.write(next, sha, commitMessage(event)) },
      this.timing,
    );
  }

  private async file(of: EntryRef): Promise<ContentsFile> {
    const { owner, repo, branch } = this.location;
    return new ContentsFile(
      this.octokit,
      { owner, repo, path: await this.locate(of), ...(branch ? { branch } : {}) },
      this.timing,
    );
  }
}

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { devNull } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { GitHubEmulator } from '../../emulator/emulator.js';

const exec = promisify(execFile);

/** git without the caller's configuration. */
export function isolatedGitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('GIT_')));
  return { ...env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: devNull, GIT_TERMINAL_PROMPT: '0', ...extra };
}

export async function git(cwd: string, args: readonly string[], env = isolatedGitEnv()): Promise<string> {
  const { stdout } = await exec('git', [...args], { cwd, env, maxBuffer: 64 * 1024 * 1024 });
  return stdout.trim();
}

/**
 * Each repository of the emulator as a git remote on disk (its export, with the emulator's shas), plus the
 * `refs/pull/<n>/merge` commits GitHub makes for pull requests. Checkouts fetch from here.
 */
export class GitRemotes {
  constructor(
    private readonly gh: GitHubEmulator,
    private readonly dir: string,
  ) {}

  /** The remote, brought up to date with the emulator. */
  async remote(repo: string): Promise<string> {
    const dir = join(this.dir, repo);
    const fresh = !existsSync(join(dir, '.git'));
    await this.gh.state.git.exportTo(repo, dir);
    if (fresh) await git(dir, ['config', 'uploadpack.allowAnySHA1InWant', 'true']);
    return dir;
  }

  /**
   * The test merge of a pull request's head into its base, as `refs/pull/<n>/merge`; null when they conflict
   * (GitHub then starts no `pull_request` workflow). Dates are fixed by the pull request, so the sha is stable.
   */
  async pullRequestMerge(
    repo: string,
    pull: { number: number; base: string; baseSha: string; headSha: string },
  ) {
    const dir = await this.remote(repo);
    const tree = await git(dir, ['merge-tree', '--write-tree', pull.baseSha, pull.headSha]).catch(() => null);
    if (tree === null) return null;
    const date = '1700000000 +0000';
    const sha = await git(
      dir,
      [
        'commit-tree',
        tree,
        '-p',
        pull.baseSha,
        '-p',
        pull.headSha,
        '-m',
        `Merge ${pull.headSha} into ${pull.baseSha}`,
      ],
      isolatedGitEnv({
        GIT_AUTHOR_NAME: 'GitHub',
        GIT_AUTHOR_EMAIL: 'noreply@github.com',
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_NAME: 'GitHub',
        GIT_COMMITTER_EMAIL: 'noreply@github.com',
        GIT_COMMITTER_DATE: date,
      }),
    );
    await git(dir, ['update-ref', `refs/pull/${pull.number}/merge`, sha]);
    return sha;
  }
}

import { Octokit } from '@octokit/rest';
import type { Permission } from '../emulator/auth.js';
import type { World } from './world.js';

/** Every permission a repository admin's token can hold on the emulator. */
export const ADMIN_PERMISSIONS: readonly Permission[] = [
  'contents:write',
  'issues:write',
  'pull_requests:write',
  'actions:write',
  'attestations:write',
  'checks:write',
];

/** A person at the keyboard: a maintainer's pushes, tags, dispatches and merges, made through the API. */
export class User {
  readonly octokit: Octokit;
  readonly token: string;

  constructor(
    private readonly world: World,
    readonly login: string,
    permissions: readonly Permission[] = ADMIN_PERMISSIONS,
  ) {
    this.token = world.credentials.personal(login, permissions);
    this.octokit = new Octokit({ baseUrl: world.gh.url, auth: this.token });
  }

  private split(repo: string) {
    const [owner, name] = repo.split('/') as [string, string];
    return { owner, repo: name };
  }

  /** One commit of these files (null deletes) on a branch, pushed: `git commit && git push`. */
  async commit(
    repo: string,
    files: Readonly<Record<string, string | null>>,
    message: string,
    branch?: string,
  ) {
    const target = branch ?? this.world.gh.state.repos.get(repo).defaultBranch;
    const where = this.split(repo);
    const { data: ref } = await this.octokit.rest.git.getRef({ ...where, ref: `heads/${target}` });
    const { data: parent } = await this.octokit.rest.git.getCommit({ ...where, commit_sha: ref.object.sha });
    const { data: tree } = await this.octokit.rest.git.createTree({
      ...where,
      base_tree: parent.tree.sha,
      tree: Object.entries(files).map(([path, content]) =>
        content === null
          ? { path, mode: '100644' as const, type: 'blob' as const, sha: null }
          : { path, mode: '100644' as const, type: 'blob' as const, content },
      ),
    });
    const { data: commit } = await this.octokit.rest.git.createCommit({
      ...where,
      message,
      tree: tree.sha,
      parents: [ref.object.sha],
    });
    await this.octokit.rest.git.updateRef({ ...where, ref: `heads/${target}`, sha: commit.sha });
    return commit.sha;
  }

  /** `git push origin <branch>` of a new branch at a commit. */
  async branch(repo: string, name: string, sha: string): Promise<void> {
    await this.octokit.rest.git.createRef({ ...this.split(repo), ref: `refs/heads/${name}`, sha });
  }

  /** `git tag <tag> && git push origin <tag>` on a commit (the default branch's tip by default). */
  async tag(repo: string, tag: string, sha?: string): Promise<string> {
    const commit =
      sha ?? this.world.gh.state.git.tip(repo, this.world.gh.state.repos.get(repo).defaultBranch).sha;
    await this.octokit.rest.git.createRef({ ...this.split(repo), ref: `refs/tags/${tag}`, sha: commit });
    return commit;
  }

  /** Actions → the workflow → Run workflow, on the default branch unless told. */
  async dispatch(
    repo: string,
    workflow: string,
    inputs: Record<string, string>,
    ref?: string,
  ): Promise<number> {
    const { data } = await this.octokit.request(
      'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
      {
        ...this.split(repo),
        workflow_id: workflow,
        ref: ref ?? this.world.gh.state.repos.get(repo).defaultBranch,
        inputs,
        return_run_details: true,
      },
    );
    return (data as { workflow_run_id: number }).workflow_run_id;
  }

  /** Merges a pull request (GitHub refuses while a required check has not passed). */
  async merge(repo: string, pullNumber: number): Promise<void> {
    await this.octokit.rest.pulls.merge({ ...this.split(repo), pull_number: pullNumber });
  }
}

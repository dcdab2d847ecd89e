import type { EmulatorState } from '../../emulator/emulator.js';
import type { PullRequest } from '../../emulator/state/pulls.js';
import type { Json } from '../workflow/expressions.js';
import type { Workflow } from '../workflow/load.js';
import { ownerIdOf, repositoryPayload, SERVER_URL } from './contexts.js';
import { ACTIONS_BOT } from './credentials.js';
import type { RunRecord } from './model.js';

const isoSeconds = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** `github.event` of each event the rehearsal starts runs for, with the fields the templates and actions read. */
export class Payloads {
  constructor(
    private readonly state: EmulatorState,
    private readonly isPrivate: (repo: string) => boolean,
  ) {}

  /** The repository as GitHub describes it in event payloads (and as the `github` context reads it). */
  repository(repo: string): Record<string, Json> {
    return repositoryPayload(this.state, repo, this.isPrivate(repo));
  }

  private common(repo: string, actor: string): Record<string, Json> {
    return {
      repository: this.repository(repo),
      sender: { login: actor, id: ownerIdOf(actor), type: actor === ACTIONS_BOT ? 'Bot' : 'User' },
    };
  }

  push(
    repo: string,
    actor: string,
    push: { ref: string; before: string; after: string },
  ): Record<string, Json> {
    const commit = this.state.git.resolve(repo, push.after);
    return {
      ...this.common(repo, actor),
      ref: push.ref,
      before: push.before,
      after: push.after,
      created: /^0+$/.test(push.before),
      deleted: false,
      forced: false,
      base_ref: null,
      compare: `${SERVER_URL}/${repo}/compare/${push.before.slice(0, 12)}...${push.after.slice(0, 12)}`,
      head_commit: commit
        ? { id: commit.sha, message: commit.message, timestamp: commit.committer.date }
        : null,
      pusher: { name: actor },
    };
  }

  pullRequest(repo: string, actor: string, action: string, pull: PullRequest): Record<string, Json> {
    const side = (ref: string, sha: string) => ({
      ref,
      sha,
      label: `${repo.split('/')[0]}:${ref}`,
      repo: repositoryPayload(this.state, repo, this.isPrivate(repo)),
    });
    return {
      ...this.common(repo, actor),
      action,
      number: pull.number,
      pull_request: {
        number: pull.number,
        title: pull.title,
        body: pull.body,
        state: pull.state,
        draft: pull.draft,
        merged: pull.merged,
        html_url: `${SERVER_URL}/${repo}/pull/${pull.number}`,
        user: { login: pull.user },
        head: side(pull.head, pull.headSha),
        base: side(pull.base, pull.baseSha),
      },
    };
  }

  dispatch(
    repo: string,
    actor: string,
    dispatch: { ref: string; inputs: Record<string, Json>; workflow: string },
  ) {
    return { ...this.common(repo, actor), ...dispatch };
  }

  workflowRun(repo: string, action: string, run: RunRecord, workflowId: number): Record<string, Json> {
    const emulated = this.state.runs.run(repo, run.id);
    return {
      ...this.common(repo, run.trigger.actor),
      action,
      workflow_run: {
        id: run.id,
        name: run.workflow.name,
        path: run.workflow.path,
        display_title: run.displayTitle,
        event: run.trigger.eventName,
        status: run.status,
        conclusion: run.conclusion,
        head_branch: run.trigger.headBranch,
        head_sha: run.trigger.headSha,
        run_number: run.number,
        run_attempt: run.attempt,
        workflow_id: workflowId,
        created_at: isoSeconds(emulated.createdAt),
        run_started_at: isoSeconds(emulated.runStartedAt),
        updated_at: isoSeconds(emulated.updatedAt),
        html_url: `${SERVER_URL}/${repo}/actions/runs/${run.id}`,
      },
      workflow: { id: workflowId, name: run.workflow.name, path: run.workflow.path },
    };
  }

  schedule(repo: string, workflow: Workflow, cron: string): Record<string, Json> {
    // GitHub's schedule payload carries no repository (nor sender): github.event.repository is empty.
    return { schedule: cron, workflow: workflow.path };
  }
}

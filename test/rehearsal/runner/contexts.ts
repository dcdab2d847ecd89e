import type { EmulatorState } from '../../emulator/emulator.js';
import type { Json } from '../workflow/expressions.js';
import type { RunRecord } from './model.js';

export const SERVER_URL = 'https://github.com';

/** `github.event.repository` and `github.repository_*`, as the webhook payloads carry them. */
export function repositoryPayload(
  state: EmulatorState,
  repoName: string,
  isPrivate: boolean,
): Record<string, Json> {
  const repo = state.repos.get(repoName);
  const ownerId = ownerIdOf(repo.owner);
  return {
    id: repo.id,
    name: repo.name,
    full_name: repo.fullName,
    private: isPrivate,
    visibility: isPrivate ? 'private' : 'public',
    owner: { login: repo.owner, id: ownerId, type: 'Organization' },
    html_url: `${SERVER_URL}/${repo.fullName}`,
    default_branch: repo.defaultBranch,
  };
}

/** A stable numeric id per owner login (the emulator keeps none for organisations). */
export function ownerIdOf(login: string): number {
  let hash = 7;
  for (const char of login) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_000;
  return 10_000_000 + hash;
}

function refFacts(ref: string): { name: string; type: 'branch' | 'tag' | '' } {
  const branch = /^refs\/heads\/(.+)$/.exec(ref)?.[1];
  if (branch !== undefined) return { name: branch, type: 'branch' };
  const tag = /^refs\/tags\/(.+)$/.exec(ref)?.[1];
  if (tag !== undefined) return { name: tag, type: 'tag' };
  return { name: ref.replace(/^refs\/pull\//, ''), type: '' };
}

export interface JobPaths {
  readonly workspace: string;
  readonly runnerTemp: string;
  readonly eventPath: string;
}

/** The `github` context of a run (and, given a job, of its steps). */
export function githubContext(
  run: RunRecord,
  apiUrl: string,
  job?: { id: string; token: string; paths: JobPaths },
): Record<string, Json> {
  const { trigger } = run;
  const { repository } = trigger;
  const owner = repository.owner as Record<string, Json>;
  const ref = refFacts(trigger.ref);
  return {
    actor: trigger.actor,
    api_url: apiUrl,
    base_ref: trigger.baseRef ?? '',
    event: trigger.payload,
    event_name: trigger.eventName,
    event_path: job?.paths.eventPath ?? '',
    graphql_url: `${apiUrl}/graphql`,
    head_ref: trigger.headRef ?? '',
    job: job?.id ?? '',
    ref: trigger.ref,
    ref_name: ref.name,
    ref_protected: false,
    ref_type: ref.type,
    repository: trigger.repo,
    repository_id: String(repository.id),
    repository_owner: owner.login as string,
    repository_owner_id: String(owner.id),
    repositoryUrl: `git://github.com/${trigger.repo}.git`,
    retention_days: '90',
    run_id: String(run.id),
    run_number: String(run.number),
    run_attempt: String(run.attempt),
    secret_source: 'Actions',
    server_url: SERVER_URL,
    sha: trigger.sha,
    token: job?.token ?? '',
    triggering_actor: run.triggeringActor,
    workflow: run.workflow.name,
    workflow_ref: `${trigger.repo}/${run.workflow.path}@${trigger.ref}`,
    workflow_sha: trigger.sha,
    workspace: job?.paths.workspace ?? '',
  };
}

/** The `GITHUB_*` and `RUNNER_*` variables the runner gives every step. */
export function runnerVariables(github: Record<string, Json>, paths: JobPaths): Record<string, string> {
  const value = (key: string) => String(github[key] ?? '');
  return {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTOR: value('actor'),
    GITHUB_ACTOR_ID: String(ownerIdOf(value('actor'))),
    GITHUB_API_URL: value('api_url'),
    GITHUB_BASE_REF: value('base_ref'),
    GITHUB_EVENT_NAME: value('event_name'),
    GITHUB_EVENT_PATH: paths.eventPath,
    GITHUB_GRAPHQL_URL: value('graphql_url'),
    GITHUB_HEAD_REF: value('head_ref'),
    GITHUB_JOB: value('job'),
    GITHUB_REF: value('ref'),
    GITHUB_REF_NAME: value('ref_name'),
    GITHUB_REF_PROTECTED: value('ref_protected'),
    GITHUB_REF_TYPE: value('ref_type'),
    GITHUB_REPOSITORY: value('repository'),
    GITHUB_REPOSITORY_ID: value('repository_id'),
    GITHUB_REPOSITORY_OWNER: value('repository_owner'),
    GITHUB_REPOSITORY_OWNER_ID: value('repository_owner_id'),
    GITHUB_RETENTION_DAYS: value('retention_days'),
    GITHUB_RUN_ATTEMPT: value('run_attempt'),
    GITHUB_RUN_ID: value('run_id'),
    GITHUB_RUN_NUMBER: value('run_number'),
    GITHUB_SERVER_URL: value('server_url'),
    GITHUB_SHA: value('sha'),
    GITHUB_TRIGGERING_ACTOR: value('triggering_actor'),
    GITHUB_WORKFLOW: value('workflow'),
    GITHUB_WORKFLOW_REF: value('workflow_ref'),
    GITHUB_WORKFLOW_SHA: value('workflow_sha'),
    GITHUB_WORKSPACE: paths.workspace,
    RUNNER_ARCH: 'X64',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_NAME: 'GitHub Actions 1',
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: paths.runnerTemp,
  };
}

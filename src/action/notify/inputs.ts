import * as core from '@actions/core';
import { z } from 'zod';
import { toRepositoryRef } from '../../adapters/github/index.js';
import { FAILURE_CODES, runbookUrl } from '../../core/errors/index.js';
import { stepClaimId } from '../../core/manifest/index.js';
import { parseInputs, text, url } from '../../commands/verify/index.js';
import type { NotifyRequest, SlackDestination } from '../../commands/notify/index.js';

const Schema = z.object({
  tag: text,
  'run-id': text.regex(/^[1-9][0-9]*$/, 'must be a positive integer').transform(Number),
  'run-attempt': text.regex(/^[1-9][0-9]*$/).transform(Number),
  'failure-reason': z.enum(FAILURE_CODES),
  detail: z.string().max(2_000).nullable(),
  'artifact-url': text.nullable(),
  'slack-webhook-url': url.nullable(),
  'supabase-url': url.nullable(),
  'supabase-key': text.nullable(),
  'ops-summary-webhook-url': url.nullable(),
  'ops-mention': text,
  'github-token': text,
  'issue-token': text.nullable(),
  manifest: z.enum(['true', 'false']),
  'manifest-path': text.nullable(),
  'manifest-branch': text.nullable(),
  repository: text.regex(/^[\w.-]+\/[\w.-]+$/, 'must be OWNER/NAME'),
});

export interface NotifyInputs {
  readonly request: NotifyRequest;
  readonly githubToken: string;
  readonly issueToken: string;
  /** `path` null: the entry's home, the file of its release run's day. */
  readonly manifest: { readonly path: string | null; readonly branch?: string } | null;
}

const optional = (name: string) => core.getInput(name).trim() || null;
const INPUTS = [
  'tag',
  'run-id',
  'failure-reason',
  'detail',
  'artifact-url',
  'slack-webhook-url',
  'supabase-url',
  'supabase-key',
  'ops-summary-webhook-url',
  'ops-mention',
  'github-token',
  'issue-token',
  'manifest',
  'manifest-path',
  'manifest-branch',
] as const;

/** Reads and validates every input once; secrets are masked before anything can print them. */
export function readNotifyInputs(env: NodeJS.ProcessEnv = process.env): NotifyInputs {
  const raw: Record<string, string | null> = Object.fromEntries(INPUTS.map((name) => [name, optional(name)]));
  for (const secret of [
    'slack-webhook-url',
    'supabase-key',
    'ops-summary-webhook-url',
    'github-token',
    'issue-token',
  ])
    if (raw[secret]) core.setSecret(raw[secret]!);
  const inputs = parseInputs(
    Schema,
    {
      ...raw,
      'run-id': raw['run-id'] ?? env.GITHUB_RUN_ID ?? '',
      'run-attempt': env.GITHUB_RUN_ATTEMPT ?? '1',
      'ops-mention': raw['ops-mention'] ?? '@ops-team',
      'github-token': raw['github-token'] ?? '',
      manifest: raw.manifest ?? 'true',
      repository: env.GITHUB_REPOSITORY ?? '',
    },
    (field: string) => (field === 'repository' ? 'GITHUB_REPOSITORY' : field),
  );
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const repository = toRepositoryRef(inputs.repository);
  const secrets = [
    inputs['slack-webhook-url'],
    inputs['supabase-key'],
    inputs['ops-summary-webhook-url'],
    inputs['github-token'],
    inputs['issue-token'],
  ].filter((s): s is string => s !== null);
  return {
    githubToken: inputs['github-token'],
    issueToken: inputs['issue-token'] ?? inputs['github-token'],
    manifest:
      inputs.manifest === 'false'
        ? null
        : {
            path: inputs['manifest-path'],
            ...(inputs['manifest-branch'] ? { branch: inputs['manifest-branch'] } : {}),
          },
    request: {
      repository,
      tag: inputs.tag,
      runId: inputs['run-id'],
      runAttempt: inputs['run-attempt'],
      actor: env.GITHUB_ACTOR ?? 'unknown',
      runUrl: `${server}/${inputs.repository}/actions/runs/${inputs['run-id']}`,
      artifactUrl: inputs['artifact-url'],
      failureReason: inputs['failure-reason'],
      detail: inputs.detail,
      runbookUrl: runbookUrl(inputs['failure-reason']),
      slack: slackDestination(inputs),
      summary: inputs['ops-summary-webhook-url']
        ? { url: inputs['ops-summary-webhook-url'], headers: {} }
        : null,
      opsMention: inputs['ops-mention'],
      claimId: stepClaimId({
        runId: env.GITHUB_RUN_ID ?? 'local',
        job: env.GITHUB_JOB ?? 'notify',
        step: env.GITHUB_ACTION ?? 'notify',
        attempt: env.GITHUB_RUN_ATTEMPT ?? '1',
      }),
      secrets,
    },
  };
}

/**
 * The incoming webhook, or the ops-slack-notify Supabase function (which takes the failure, not a message,
 * and answers `{delivered}`).
 */
function slackDestination(inputs: z.output<typeof Schema>): SlackDestination | null {
  if (inputs['slack-webhook-url']) return { url: inputs['slack-webhook-url'], headers: {} };
  if (inputs['supabase-url'] && inputs['supabase-key']) {
    const functionUrl = new URL(
      'functions/v1/ops-slack-notify?range=latest&source=provenance-validate',
      inputs['supabase-url'].replace(/\/?$/, '/'),
    );
    return {
      url: functionUrl.toString(),
      headers: { apikey: inputs['supabase-key'], authorization: `Bearer ${inputs['supabase-key']}` },
      receiver: 'ops-slack-notify',
    };
  }
  return null;
}

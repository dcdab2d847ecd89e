import { z } from 'npm:zod@4';
import { authenticate, type Caller } from '../_shared/auth.ts';
import { invalid, json, problem, readJson } from '../_shared/http.ts';
import { outOfScope, repositoryField } from '../_shared/scope.ts';
import { FAILURE_CODES } from './catalog.ts';
import { renderPathTest, renderReleaseFailure, repositoryLink, type SlackMessage } from './render.ts';

const TIMEOUT_MS = 10_000;

const repository = z
  .string()
  .max(140)
  .regex(/^[\w.-]+\/[\w.-]+$/, 'must be OWNER/NAME');
const link = z.string().min(1).max(1_000);

/**
 * What notify-on-failure announces; nothing else is taken. The function writes the message itself: a caller
 * sends no text, blocks or attachments, and every string it sends is escaped.
 */
const ReleaseFailureSchema = z.strictObject({
  kind: z.literal('release_failure'),
  repository,
  tag: z
    .string()
    .min(1)
    .max(255)
    .regex(/^\P{Cc}+$/u, 'must be one line without control characters'),
  run_id: z.number().int().positive(),
  run_attempt: z.number().int().positive(),
  failure_reason: z.enum(FAILURE_CODES),
  detail: z.string().min(1).max(2_000).optional(),
  /** Pages of `repository` on the GitHub server (GITHUB_SERVER_URL); anything else is refused. */
  links: z.strictObject({ run: link, artifact: link.optional() }),
});

/** An operator's check that the function reaches the channel. */
const PathTestSchema = z.strictObject({ kind: z.literal('path_test'), repository });

const NoticeSchema = z.discriminatedUnion('kind', [ReleaseFailureSchema, PathTestSchema]);

/**
 * Renders a notice (see NoticeSchema) as a Slack message, posts it to the incoming webhook in
 * OPS_SLACK_WEBHOOK_URL and answers `{delivered}`: false on a non-2xx answer or a transport error, with
 * Slack's reason but never the URL. The notice's repository must be the ingest token's (403 otherwise; an
 * operator holding the service role key names any), and every message ends with a context block saying
 * whose key sent it.
 */
Deno.serve(async (request) => {
  const caller = await authenticate(request);
  if (caller instanceof Response) return caller;
  const read = await readJson(request);
  if ('error' in read) return read.error;
  const parsed = NoticeSchema.safeParse(read.body);
  if (!parsed.success) return invalid(parsed.error);
  const notice = parsed.data;
  const foreign = outOfScope(caller, [repositoryField('repository', notice.repository)]);
  if (foreign) return foreign;
  const message =
    notice.kind === 'path_test' ? renderPathTest(...scoped(caller, notice)) : failure(caller, notice);
  if (message instanceof Response) return message;
  const webhook = Deno.env.get('OPS_SLACK_WEBHOOK_URL');
  if (!webhook) return json(200, { delivered: false, error: 'OPS_SLACK_WEBHOOK_URL is not set' });
  try {
    const response = await fetch(webhook, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(message),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const answer = (await response.text()).slice(0, 200);
    if (response.ok) return json(200, { delivered: true });
    return json(200, { delivered: false, status: response.status, error: answer || response.statusText });
  } catch (error) {
    const reason = (error as Error).name === 'TimeoutError' ? 'timed out' : 'transport error';
    return json(200, { delivered: false, status: null, error: reason });
  }
});

/**
 * The repository the message speaks for — the ingest token's, never a field the caller chooses, or the one
 * an operator named — and the stamp that says who sent it.
 */
function scoped(caller: Caller, notice: { repository: string }): [repository: string, stamp: string] {
  if (caller.kind === 'repository')
    return [caller.repository, `Sent with the ingest token of ${caller.repository}`];
  return [notice.repository, `Sent with the service role key, for ${notice.repository}`];
}

/** The release failure's message, or 400 naming the link that is not a page of the repository. */
function failure(caller: Caller, notice: z.output<typeof ReleaseFailureSchema>): SlackMessage | Response {
  const [repository, stamp] = scoped(caller, notice);
  const server = githubServer();
  if (server === null)
    return json(200, { delivered: false, error: 'GITHUB_SERVER_URL is not an http(s) URL' });
  const links: Record<'run' | 'artifact', string | null> = { run: null, artifact: null };
  for (const name of ['run', 'artifact'] as const) {
    const given = notice.links[name];
    if (given === undefined) continue;
    links[name] = repositoryLink(given, server, repository);
    if (links[name] === null)
      return problem(
        400,
        `links.${name}: must be a page of ${server}/${repository}/, without a query or fragment`,
        { path: `links.${name}` },
      );
  }
  return renderReleaseFailure(
    {
      repository,
      tag: notice.tag,
      runId: notice.run_id,
      runAttempt: notice.run_attempt,
      failureReason: notice.failure_reason,
      detail: notice.detail ?? null,
      runLink: links.run!,
      artifactLink: links.artifact,
    },
    stamp,
  );
}

/** The origin of the GitHub server the repositories live on: GITHUB_SERVER_URL, github.com by default. */
function githubServer(): string | null {
  const configured = Deno.env.get('GITHUB_SERVER_URL') || 'https://github.com';
  if (!URL.canParse(configured)) return null;
  const url = new URL(configured);
  return ['https:', 'http:'].includes(url.protocol) ? url.origin : null;
}

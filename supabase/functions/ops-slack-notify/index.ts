import { z } from 'npm:zod@4';
import { authenticate, type Caller } from '../_shared/auth.ts';
import { invalid, json, readJson } from '../_shared/http.ts';
import { outOfScope, repositoryField } from '../_shared/scope.ts';

const TIMEOUT_MS = 10_000;

/**
 * A Slack message: Block Kit blocks need the plain-text `text` fallback too. `repository`, when
 * given, must be the ingest token's; it is ours and is not forwarded. 49 blocks leave room for ours.
 */
const MessageSchema = z.looseObject({
  text: z.string().min(1).max(40_000),
  blocks: z
    .array(z.looseObject({ type: z.string() }))
    .max(49)
    .optional(),
  repository: z.string().optional(),
});

/**
 * Forwards the message to the Slack incoming webhook in OPS_SLACK_WEBHOOK_URL and answers
 * `{delivered}`: false on a non-2xx answer or a transport error, with Slack's reason but never the URL.
 * A message sent with an ingest token says, in a last context block, whose token sent it.
 */
Deno.serve(async (request) => {
  const caller = await authenticate(request);
  if (caller instanceof Response) return caller;
  const read = await readJson(request);
  if ('error' in read) return read.error;
  const parsed = MessageSchema.safeParse(read.body);
  if (!parsed.success) return invalid(parsed.error);
  const { repository, ...message } = parsed.data;
  const foreign =
    repository === undefined ? null : outOfScope(caller, [repositoryField('repository', repository)]);
  if (foreign) return foreign;
  const webhook = Deno.env.get('OPS_SLACK_WEBHOOK_URL');
  if (!webhook) return json(200, { delivered: false, error: 'OPS_SLACK_WEBHOOK_URL is not set' });
  try {
    const response = await fetch(webhook, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(stamped(message, caller)),
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

function stamped<T extends { blocks?: readonly unknown[] }>(message: T, caller: Caller): T {
  if (caller.kind === 'operator' || message.blocks === undefined) return message;
  const origin = {
    type: 'context',
    elements: [{ type: 'plain_text', text: `Sent with the ingest token of ${caller.repository}` }],
  };
  return { ...message, blocks: [...message.blocks, origin] };
}

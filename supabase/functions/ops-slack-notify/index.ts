import { z } from 'npm:zod@4';
import { requireServiceRole } from '../_shared/auth.ts';
import { invalid, json, readJson } from '../_shared/http.ts';

const TIMEOUT_MS = 10_000;

/** A Slack message: Block Kit blocks need the plain-text `text` fallback too. */
const MessageSchema = z.looseObject({
  text: z.string().min(1).max(40_000),
  blocks: z.array(z.looseObject({ type: z.string() })).max(50).optional(),
});

/**
 * Forwards the message to the Slack incoming webhook in OPS_SLACK_WEBHOOK_URL and answers
 * `{delivered}`: false on a non-2xx answer or a transport error, with Slack's reason but never the URL.
 */
Deno.serve(async (request) => {
  const denied = requireServiceRole(request);
  if (denied) return denied;
  const read = await readJson(request);
  if ('error' in read) return read.error;
  const parsed = MessageSchema.safeParse(read.body);
  if (!parsed.success) return invalid(parsed.error);
  const webhook = Deno.env.get('OPS_SLACK_WEBHOOK_URL');
  if (!webhook) return json(200, { delivered: false, error: 'OPS_SLACK_WEBHOOK_URL is not set' });
  try {
    const response = await fetch(webhook, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(parsed.data), signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const answer = (await response.text()).slice(0, 200);
    if (response.ok) return json(200, { delivered: true });
    return json(200, { delivered: false, status: response.status, error: answer || response.statusText });
  } catch (error) {
    const reason = (error as Error).name === 'TimeoutError' ? 'timed out' : 'transport error';
    return json(200, { delivered: false, status: null, error: reason });
  }
});

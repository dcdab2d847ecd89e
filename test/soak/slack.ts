import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { SlackServer } from '../support/slack-server.js';
import type { FaultSwitch } from './fault-proxy.js';
import type { CallLedger } from './ledger.js';

/** Where a message was posted: Slack through the ops-slack-notify function, or the ops summary webhook. */
export type Channel = 'slack' | 'summary';

/** One message Slack received (and showed), whatever its sender was then told. */
export interface Delivery {
  readonly channel: Channel;
  /** `failure`: a release failure's announcement; `escalation`: a rerun that failed again. */
  readonly kind: 'failure' | 'escalation' | 'other';
  readonly repo: string | null;
  readonly tag: string | null;
  readonly runId: number | null;
  /** The sender was told (`ok`), or the answer was lost after the delivery (`lost`). */
  readonly answer: 'ok' | 'lost';
}

export interface SoakSlack extends SlackServer {
  /** The Supabase project URL whose functions are `ops-slack-notify` (Slack) and `provenance-validate` (KPIs). */
  readonly supabaseUrl: string;
  readonly deliveries: Delivery[];
  /** KPI events the provenance-validate function took. */
  readonly kpiEvents: number;
}

const WEBHOOK_PATH = '/services/T000/B000/soak';

function textOf(body: unknown): string {
  const message = body as { text?: unknown; blocks?: { text?: { text?: unknown } }[] } | null;
  const parts = [typeof message?.text === 'string' ? message.text : ''];
  for (const block of message?.blocks ?? [])
    if (typeof block.text?.text === 'string') parts.push(block.text.text);
  return parts.join('\n');
}

/** The failure notify sends the ops-slack-notify function, which writes the message itself. */
interface OpsReleaseFailure {
  readonly kind: 'release_failure';
  readonly repository: string;
  readonly tag: string;
  readonly run_id: number;
}

function isReleaseFailure(body: unknown): body is OpsReleaseFailure {
  const notice = body as Partial<OpsReleaseFailure> | null;
  return (
    notice?.kind === 'release_failure' &&
    typeof notice.repository === 'string' &&
    typeof notice.tag === 'string' &&
    typeof notice.run_id === 'number'
  );
}

/**
 * What a message is about: a failure notice for the function names it in fields; a Slack message, in its
 * text (the run's URL and the tag).
 */
export function describeMessage(channel: Channel, body: unknown, answer: Delivery['answer']): Delivery {
  if (isReleaseFailure(body))
    return { channel, kind: 'failure', repo: body.repository, tag: body.tag, runId: body.run_id, answer };
  const text = textOf(body);
  const escalation = /(\S+\/\S+): The rerun of (\S+) run (\d+) failed again/.exec(text);
  if (escalation)
    return {
      channel,
      kind: 'escalation',
      repo: escalation[1]!,
      tag: escalation[2]!,
      runId: Number(escalation[3]),
      answer,
    };
  const run = /https:\/\/github\.com\/([\w.-]+\/[\w.-]+)\/actions\/runs\/(\d+)/.exec(text);
  const tag = /tag `([^`]+)`/.exec(text);
  if (run && tag)
    return { channel, kind: 'failure', repo: run[1]!, tag: tag[1]!, runId: Number(run[2]), answer };
  return { channel, kind: 'other', repo: null, tag: null, runId: null, answer };
}

export interface SoakSlackOptions {
  readonly faults: FaultSwitch;
  readonly ledger: CallLedger;
  /** The job a message comes from, for counting its tries per call. */
  readonly owner: () => string;
  readonly slowMs?: number;
}

/**
 * Slack as the actions reach it: the ops summary channel's incoming webhook and a Supabase project's
 * `ops-slack-notify` function (Slack, answering `{"delivered":true}`) and `provenance-validate` function (KPI
 * events, never faulted). While faults are on, a message meets one fault with the switch's probability:
 * `before` (500, not delivered), `after` (delivered, then 500), `drop` (delivered, then the connection is
 * destroyed), `rate-limit` (429 with `Retry-After: 1`, not delivered) or `slow` (delivered after a pause).
 * Every delivery is recorded with the failure it announces.
 */
export async function startSoakSlack(options: SoakSlackOptions): Promise<SoakSlack> {
  const deliveries: Delivery[] = [];
  const received: unknown[] = [];
  let kpiEvents = 0;

  const post = async (request: IncomingMessage, response: ServerResponse, channel: Channel, raw: Buffer) => {
    const body = JSON.parse(raw.toString('utf8') || 'null') as unknown;
    const attempt = options.ledger.begin(`${channel} in ${options.owner()}`, 'POST', channel, raw);
    response.on('close', () => {
      if (!response.writableFinished) options.ledger.finish(attempt, 'client-closed');
    });
    const fault = options.faults.draw();
    if (fault) options.ledger.fault(fault);
    if (fault === 'before' || fault === 'rate-limit') {
      options.ledger.finish(attempt, 'failed');
      if (fault === 'rate-limit')
        return void response.writeHead(429, { 'retry-after': '1' }).end('rate_limited');
      return void response.writeHead(500, { 'content-type': 'text/plain' }).end('internal_error');
    }
    if (fault === 'slow') await sleep(options.slowMs ?? 25);
    received.push(body);
    const lost = fault === 'after' || fault === 'drop';
    deliveries.push(describeMessage(channel, body, lost ? 'lost' : 'ok'));
    if (fault === 'after') {
      options.ledger.finish(attempt, 'failed');
      return void response.writeHead(500, { 'content-type': 'text/plain' }).end('internal_error');
    }
    if (fault === 'drop') {
      options.ledger.finish(attempt, 'failed');
      return void request.socket.destroy();
    }
    options.ledger.finish(attempt, 'answered');
    if (channel === 'summary') response.writeHead(200, { 'content-type': 'text/html' }).end('ok');
    else response.writeHead(200, { 'content-type': 'application/json' }).end('{"delivered":true}');
  };

  const server = createServer((request, response) => {
    // Closed after each answer, as the fault proxy does: an idle kept-alive socket would make waits real.
    response.setHeader('connection', 'close');
    void (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const raw = Buffer.concat(chunks);
      const path = (request.url ?? '/').split('?')[0];
      if (path === WEBHOOK_PATH) return post(request, response, 'summary', raw);
      if (path === '/functions/v1/ops-slack-notify') return post(request, response, 'slack', raw);
      if (path === '/functions/v1/provenance-validate') {
        const events = (JSON.parse(raw.toString('utf8')) as { events?: unknown[] }).events ?? [];
        kpiEvents += events.length;
        return void response
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ events: { inserted: events.length, duplicate: 0 } }));
      }
      response.writeHead(404, { 'content-type': 'text/plain' }).end('no_service');
    })().catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}${WEBHOOK_PATH}`,
    supabaseUrl: origin,
    received,
    deliveries,
    get kpiEvents() {
      return kpiEvents;
    },
    reply: () => {
      throw new Error('the soak draws its Slack answers from the seed');
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

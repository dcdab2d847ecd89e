import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the loopback webhook answers the next request; the last one repeats. */
export type SlackReply =
  | { kind: 'ok' }
  | { kind: 'status'; status: number; body: string }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  | { kind: 'not-delivered' }
  | { kind: 'hang' }
  /** Takes the message (it counts as received), then drops the connection: the answer is lost. */
  | { kind: 'drop' };

export interface SlackServer {
  readonly url: string;
  /** Every body received, parsed. */
  readonly received: unknown[];
  reply(...replies: SlackReply[]): void;
  close(): Promise<void>;
}

/** A Slack incoming webhook (and ops-slack-notify function) on loopback, answering as Slack does. */
export async function startSlackServer(): Promise<SlackServer> {
  let replies: SlackReply[] = [{ kind: 'ok' }];
  const received: unknown[] = [];
  const hanging: ServerResponse[] = [];
  const server = createServer(async (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    received.push(JSON.parse(Buffer.concat(chunks).toString() || 'null'));
    const reply = replies.length > 1 ? replies.shift()! : replies[0]!;
    if (reply.kind === 'hang') return void hanging.push(response);
    if (reply.kind === 'drop') return void response.socket?.destroy();
    if (reply.kind === 'ok') return void response.writeHead(200, { 'content-type': 'text/html' }).end('ok');
    if (reply.kind === 'not-delivered')
      return void response.writeHead(200, { 'content-type': 'application/json' }).end('{"delivered":false}');
    if (reply.kind === 'rate-limited')
      return void response
        .writeHead(429, { 'retry-after': String(reply.retryAfterSeconds) })
        .end('rate_limited');
    response.writeHead(reply.status, { 'content-type': 'text/plain' }).end(reply.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/services/T000/B000/secret`,
    received,
    reply: (...next) => {
      replies = next;
    },
    close: () => {
      for (const response of hanging) response.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

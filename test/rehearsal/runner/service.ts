import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GhAnswer, GhRequest } from '../stand-ins/gh-cli.js';

export interface ServiceHandlers {
  /** A process waits `ms`: answers the clock offset once the wait is over. */
  sleep(ms: number): Promise<number>;
  gh(request: GhRequest): GhAnswer;
}

export interface Service {
  readonly url: string;
  close(): Promise<void>;
}

async function bodyOf(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
}

/** The loopback endpoint the job's processes reach the rehearsal through: the simulated clock and `gh`. */
export async function startService(handlers: ServiceHandlers): Promise<Service> {
  const server = createServer((request, response) => {
    void (async () => {
      const body = await bodyOf(request);
      const answer =
        request.url === '/sleep'
          ? { offsetMs: await handlers.sleep(Number(body.ms)) }
          : handlers.gh(body as unknown as GhRequest);
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    })().catch((error: unknown) => response.writeHead(500).end(String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the stand-in answers one request; the last one repeats. */
export type RegistryReply = { kind: 'serve' } | { kind: 'status'; status: number } | { kind: 'drop' };

export interface NpmRegistryStandIn {
  readonly url: string;
  /** The path of every request, in order. */
  readonly requested: string[];
  /** Serves `body` (the registry's `{attestations: [...]}` answer) for `name@version`. */
  publish(name: string, version: string, body: unknown): void;
  reply(...replies: RegistryReply[]): void;
  close(): Promise<void>;
}

/**
 * An npm registry on 127.0.0.1 serving `GET /-/npm/v1/attestations/{name}@{version}` (a scope's `/` as
 * `%2f`, as the npm CLI asks) with what was published, 404 `{"error":"Not found"}` otherwise, as the
 * registry answers.
 */
export async function startNpmRegistry(): Promise<NpmRegistryStandIn> {
  const published = new Map<string, string>();
  const requested: string[] = [];
  let replies: RegistryReply[] = [{ kind: 'serve' }];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = request.url ?? '';
    requested.push(path);
    const reply = replies.length > 1 ? (replies.shift() as RegistryReply) : (replies[0] as RegistryReply);
    if (reply.kind === 'drop') return void response.socket?.destroy();
    if (reply.kind === 'status') return void response.writeHead(reply.status).end();
    const match = /^\/-\/npm\/v1\/attestations\/(.+)$/.exec(path);
    const body =
      match?.[1] && request.method === 'GET' ? published.get(decodeURIComponent(match[1])) : undefined;
    if (body === undefined)
      return void response
        .writeHead(404, { 'content-type': 'application/json' })
        .end('{"error":"Not found"}');
    response.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requested,
    publish: (name, version, body) => published.set(`${name}@${version}`, JSON.stringify(body)),
    reply: (...next) => {
      replies = next.length > 0 ? next : [{ kind: 'serve' }];
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

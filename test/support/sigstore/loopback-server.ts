import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LoopbackRequest {
  method: string;
  path: string;
  body: string;
}

export interface LoopbackReply {
  statusCode: number;
  response: string | Buffer;
  contentType?: string;
}

export interface LoopbackRoute {
  method: 'GET' | 'POST';
  /** Exact path, or a pattern tested against the whole path. */
  path: string | RegExp;
  reply(request: LoopbackRequest): LoopbackReply | Promise<LoopbackReply>;
}

export interface LoopbackServer {
  url: string;
  close(): Promise<void>;
}

/** Shape shared by the `@sigstore/mock` and `@tufjs/repo-mock` handlers. */
interface MockHandler {
  path: string;
  fn(body: string): LoopbackReply | Promise<LoopbackReply>;
}

export function postRoute(handler: MockHandler): LoopbackRoute {
  return { method: 'POST', path: handler.path, reply: (request) => handler.fn(request.body) };
}

export function getRoute(handler: MockHandler): LoopbackRoute {
  return { method: 'GET', path: handler.path, reply: (request) => handler.fn(request.body) };
}

export function jsonReply(statusCode: number, value: unknown): LoopbackReply {
  return { statusCode, response: JSON.stringify(value), contentType: 'application/json' };
}

/**
 * Serves `routes` on 127.0.0.1 with an ephemeral port. The routes are built
 * once the base URL is known, because some services (Rekor) embed their own
 * host in what they sign.
 */
export async function startLoopbackServer(
  routesFor: (baseUrl: string) => LoopbackRoute[] | Promise<LoopbackRoute[]>,
): Promise<LoopbackServer> {
  let routes: LoopbackRoute[] = [];
  const server = createServer((req, res) => {
    void answer(routes, req).then((reply) => {
      res.writeHead(reply.statusCode, { 'Content-Type': reply.contentType ?? 'text/plain' });
      res.end(reply.response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    routes = await routesFor(url);
  } catch (error) {
    await stop(server);
    throw error;
  }
  return { url, close: () => stop(server) };
}

async function answer(routes: LoopbackRoute[], req: IncomingMessage): Promise<LoopbackReply> {
  const method = req.method ?? 'GET';
  const path = new URL(req.url ?? '/', 'http://loopback').pathname;
  const body = await readBody(req);
  const route = routes.find((candidate) => candidate.method === method && matches(candidate.path, path));
  if (!route) return jsonReply(404, { code: 404, message: `no route for ${method} ${path}` });
  try {
    return await route.reply({ method, path, body });
  } catch (error) {
    return jsonReply(500, { code: 500, message: String(error) });
  }
}

function matches(pattern: string | RegExp, path: string): boolean {
  return typeof pattern === 'string' ? pattern === path : pattern.test(path);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function stop(server: Server): Promise<void> {
  const closed = new Promise<void>((resolve, reject) =>
    server.close((error) => (error ? reject(error) : resolve())),
  );
  // Clients keep connections alive; without this, close() waits for them to time out.
  server.closeAllConnections();
  return closed;
}

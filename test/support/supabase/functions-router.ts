import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isValidJwt } from './jwt.js';
import { SUPABASE_DIR } from './migrations.js';

/** What the gateway does to the next requests instead of relaying them, until cleared with null. */
export type GatewayFault = { kind: 'status'; status: number } | { kind: 'hang' } | { kind: 'relay-error' };

export interface FunctionsRouter {
  /** The project URL that supabase-js is given; functions answer under /functions/v1/<name>. */
  readonly url: string;
  inject(fault: GatewayFault | null): void;
  /** Stops listening (callers then get connection refused) and drops open connections. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
}

/**
 * The Supabase functions gateway on loopback: `/functions/v1/<name>` relayed to the function, after
 * the verify_jwt check that supabase/config.toml asks for, answering with the gateway's own bodies.
 */
export async function startFunctionsRouter(
  functions: Readonly<Record<string, string>>,
  jwtSecret: string,
): Promise<FunctionsRouter> {
  let fault: GatewayFault | null = null;
  const server = createServer((request, response) => {
    void route(request, response).catch(() => response.destroy());
  });
  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://gateway');
    const name = /^\/functions\/v1\/([\w-]+)/.exec(url.pathname)?.[1];
    const target = name === undefined ? undefined : functions[name];
    // The gateway's body for an unknown function is UNCONFIRMED; this is the one commonly reported.
    if (name === undefined || target === undefined)
      return send(response, 404, { code: 'NOT_FOUND', message: 'Requested function was not found' });
    if (verifiesJwt(name)) {
      const header = request.headers.authorization;
      if (!header) return send(response, 401, { code: 401, message: 'Missing authorization header' });
      if (!isValidJwt(jwtSecret, header.replace(/^Bearer\s+/i, '')))
        return send(response, 401, { code: 401, message: 'Invalid JWT' });
    }
    if (fault?.kind === 'hang') return;
    if (fault?.kind === 'status')
      return send(response, fault.status, { code: fault.status, message: 'Gateway fault' });
    const body = await readBody(request);
    const upstream =
      fault?.kind === 'relay-error'
        ? null
        : await fetch(`${target}${url.pathname.replace('/functions/v1', '')}${url.search}`, {
            method: request.method,
            headers: relayedHeaders(request),
            body: body.length > 0 ? body : undefined,
          }).catch(() => null);
    // The status of a relay error is UNCONFIRMED; supabase-js decides on the x-relay-error header alone.
    if (!upstream)
      return send(
        response,
        502,
        { code: 502, message: 'Relay Error invoking the Edge Function' },
        { 'x-relay-error': 'true' },
      );
    response.writeHead(upstream.status, {
      'content-type': upstream.headers.get('content-type') ?? 'text/plain',
    });
    response.end(Buffer.from(await upstream.arrayBuffer()));
  }
  await listen(server, 0);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    inject: (next) => {
      fault = next;
    },
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
    start: () => listen(server, port),
  };
}

/** `[functions.<name>] verify_jwt` in supabase/config.toml; true unless it says false, as Supabase defaults. */
function verifiesJwt(name: string): boolean {
  const config = readFileSync(`${SUPABASE_DIR}config.toml`, 'utf8');
  const section = config.split(/^\[/m).find((s) => s.startsWith(`functions.${name}]`)) ?? '';
  return !/^\s*verify_jwt\s*=\s*false\b/m.test(section);
}

function relayedHeaders(request: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined && !['host', 'connection', 'content-length', 'transfer-encoding'].includes(key))
      headers.set(key, String(value));
  }
  return headers;
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function send(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}

function listen(server: ReturnType<typeof createServer>, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject).listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
}

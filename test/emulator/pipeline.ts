import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { authenticate, authorize, acceptedPermissionsHeader, type TokenRegistry } from './auth.js';
import { parseJsonObject, readRaw } from './body.js';
import { faultReply, type FaultInjector } from './faults.js';
import { ApiError, DOCS_ROOT, errorBody, json, notFound, type Headers, type Reply } from './http.js';
import type { RateCounter } from './rate-limit.js';
import type { RecordedResponse, ResponseRecorder } from './contract/recorder.js';
import type { RequestLog } from './request-log.js';
import type { RequestContext, RouteMatch, Router } from './router.js';
import type { Clock } from './state/clock.js';

export interface PipelineDeps {
  router: Router;
  tokens: TokenRegistry;
  faults: FaultInjector;
  log: RequestLog;
  recorder: ResponseRecorder;
  rates: RateCounter;
  clock: Clock;
  baseUrl: () => string;
}

interface Incoming {
  method: string;
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  accept: string;
  raw: Buffer;
}

/** Route lookup, authentication, authorisation, then the route itself; errors become GitHub error bodies. */
async function answer(deps: PipelineDeps, incoming: Incoming, match: RouteMatch | undefined): Promise<Reply> {
  if (!match) return json(404, errorBody(notFound(), DOCS_ROOT));
  const { route, params } = match;
  const permissionHeaders = route.permission === 'public' ? {} : acceptedPermissionsHeader(route.permission);
  try {
    let token: string | null = null;
    if (route.permission !== 'public') {
      token = authenticate(incoming.authorization, deps.tokens);
      authorize(token, deps.tokens, route.permission);
    }
    const ctx: RequestContext = {
      token,
      param(name) {
        const value = params.get(name);
        if (value === undefined) throw new Error(`route ${route.path} has no parameter ${name}`);
        return value;
      },
      query: incoming.query,
      accept: incoming.accept,
      body: parseJsonObject(incoming.raw),
      path: incoming.path,
      baseUrl: deps.baseUrl(),
    };
    const reply = await route.handle(ctx);
    return { ...reply, headers: { ...permissionHeaders, ...reply.headers } };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return json(error.status, errorBody(error, route.docs), permissionHeaders);
  }
}

interface Sent {
  headers: Headers;
  payload: Buffer | undefined;
}

function send(res: ServerResponse, reply: Reply, base: Headers): Sent {
  const headers: Headers = { ...base, ...reply.headers };
  let payload: Buffer | undefined;
  if (Buffer.isBuffer(reply.body)) payload = reply.body;
  else if (reply.body !== undefined) {
    payload = Buffer.from(JSON.stringify(reply.body));
    headers['content-type'] ??= 'application/json; charset=utf-8';
  }
  res.writeHead(reply.status, headers);
  res.end(payload);
  return { headers, payload };
}

/** What the contract check sees: the body as the client parses it, the headers as sent. */
function recorded(
  incoming: Incoming,
  match: RouteMatch | undefined,
  status: number,
  sent: Sent,
): RecordedResponse {
  const headers = Object.fromEntries(
    Object.entries(sent.headers).map(([name, value]) => [name.toLowerCase(), value]),
  );
  const contentType = headers['content-type'] ?? '';
  const response: RecordedResponse = {
    method: incoming.method,
    route: match?.route.path ?? null,
    path: incoming.path,
    query: incoming.query.toString(),
    accept: incoming.accept,
    status,
    headers,
  };
  if (sent.payload === undefined) return response;
  if (contentType.startsWith('application/json'))
    return { ...response, body: JSON.parse(sent.payload.toString('utf8')) as unknown };
  return { ...response, raw: { contentType, bytes: sent.payload.length } };
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function rateKey(authorization: string | undefined, tokens: TokenRegistry): string {
  try {
    return authenticate(authorization, tokens);
  } catch {
    return 'anonymous';
  }
}

export function createRequestHandler(
  deps: PipelineDeps,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  let served = 0;
  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://emulator');
    const incoming: Incoming = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      authorization: req.headers.authorization,
      accept: req.headers.accept ?? '',
      raw: await readRaw(req),
    };
    const { method } = incoming;
    // Faults and the log see the decoded path, so `contents/docs/a.json` matches Octokit's `contents/docs%2Fa.json`.
    const path = decodePath(incoming.path);
    const fault = deps.faults.take(method, path);
    if (fault?.kind === 'delay') await sleep(fault.ms);
    if (fault?.kind === 'drop-connection') {
      deps.log.record({ method, path, status: 'dropped' });
      req.socket.destroy();
      return;
    }
    served += 1;
    const base: Headers = {
      'x-github-request-id': `E0E0:${served.toString(16).toUpperCase().padStart(8, '0')}`,
      'x-github-api-version-selected': '2022-11-28',
      ...deps.rates.consume(
        rateKey(incoming.authorization, deps.tokens),
        path.startsWith('/search/') ? 'search' : 'core',
      ),
    };
    const match = deps.router.match(method, incoming.path);
    const injected = fault && fault.kind !== 'delay' ? fault : undefined;
    let reply: Reply;
    let emulatorError = false;
    try {
      reply = injected ? faultReply(injected, deps.clock()) : await answer(deps, incoming, match);
    } catch (error) {
      // A fault in the emulator itself: make it visible to the test instead of hanging the client.
      reply = json(500, { message: `Emulator error: ${String(error)}`, documentation_url: DOCS_ROOT });
      emulatorError = true;
    }
    const sent = send(res, reply, base);
    deps.log.record({ method, path, status: reply.status });
    deps.recorder.record({
      ...recorded(incoming, match, reply.status, sent),
      ...(injected && { fault: injected.kind }),
      ...(emulatorError && { emulatorError: true as const }),
    });
  };
}

import {
  Agent,
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { FAULT_KINDS, type CallLedger, type FaultKind, type Try } from './ledger.js';
import type { Random } from './random.js';

/** Whether faults are drawn now; off, every request is forwarded as it came. */
export class FaultSwitch {
  enabled = false;
  private readonly scripted: (FaultKind | null)[] = [];

  constructor(
    readonly rate: number,
    private readonly random: Random,
  ) {}

  /** The next faultable requests meet these (null: none) before any is drawn again, faults on or off. */
  script(...faults: (FaultKind | null)[]): void {
    this.scripted.push(...faults);
  }

  /** The fault for the next faultable request, or null: with probability `rate`, one kind, each as likely. */
  draw(): FaultKind | null {
    if (this.scripted.length > 0) return this.scripted.shift()!;
    if (!this.enabled || !this.random.chance(this.rate)) return null;
    return FAULT_KINDS[Math.floor(this.random.next() * FAULT_KINDS.length)]!;
  }
}

export interface FaultProxyOptions {
  /** The GitHub emulator's URL. */
  readonly target: string;
  readonly faults: FaultSwitch;
  readonly ledger: CallLedger;
  /**
   * Who a request's token speaks for when the proxy may fault it (an action's token), as the owner its calls
   * are counted under; null for a request it only forwards (a person's own).
   */
  readonly ownerOf: (token: string) => string | null;
  /** How long a `slow` request waits before it is forwarded. */
  readonly slowMs?: number;
}

export interface FaultProxy {
  readonly url: string;
  close(): Promise<void>;
}

interface Upstream {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'host']);

async function readBody(stream: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function tokenOf(headers: IncomingHttpHeaders): string | null {
  const match = /^(?:token|bearer)\s+(\S+)$/i.exec(headers.authorization ?? '');
  return match?.[1] ?? null;
}

function json(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  response
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
    .end(JSON.stringify(body));
}

/**
 * Every answer closes its connection: a kept-alive socket would count as work in flight to the job's
 * simulated clock, and make a retry's back-off wait for real.
 */
const CLOSE = { connection: 'close' } as const;

/**
 * GitHub as the actions reach it: every request is forwarded to the emulator, and, while faults are on, an
 * action's request meets one fault with the switch's probability — `before` (502, not forwarded), `after`
 * (forwarded, the emulator acts, the answer is lost as a 502), `drop` (forwarded, then the connection is
 * destroyed), `rate-limit` (429 with `Retry-After: 1`, not forwarded) or `slow` (forwarded after a pause).
 * A redirect to the emulator's storage is rewritten to come through here too, for the same owner.
 */
export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const target = new URL(options.target);
  const agent = new Agent({ keepAlive: true });
  const storage = new Map<string, string>();
  let origin = '';

  const forward = (request: IncomingMessage, body: Buffer): Promise<Upstream> =>
    new Promise((resolve, reject) => {
      const headers = Object.fromEntries(
        Object.entries(request.headers).filter(([name]) => !HOP_BY_HOP.has(name)),
      );
      const upstream = httpRequest(
        {
          host: target.hostname,
          port: target.port,
          method: request.method,
          path: request.url,
          headers: { ...headers, 'content-length': String(body.length) },
          agent,
        },
        (answer) => {
          readBody(answer).then(
            (bytes) => resolve({ status: answer.statusCode ?? 502, headers: answer.headers, body: bytes }),
            reject,
          );
        },
      );
      upstream.on('error', reject);
      upstream.end(body);
    });

  const relay = (response: ServerResponse, upstream: Upstream, owner: string | null) => {
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(upstream.headers))
      if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
    const location = upstream.headers.location;
    if (location?.startsWith(target.origin)) {
      const path = location.slice(target.origin.length);
      if (owner !== null) storage.set(path.split('?')[0]!, owner);
      headers.location = `${origin}${path}`;
    }
    response.writeHead(upstream.status, { ...headers, 'content-length': String(upstream.body.length) });
    response.end(upstream.body);
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const body = await readBody(request);
    const path = (request.url ?? '/').split('?')[0]!;
    const token = tokenOf(request.headers);
    const owner = token === null ? (storage.get(path) ?? null) : options.ownerOf(token);
    if (owner === null) return relay(response, await forward(request, body), null);

    const attempt = options.ledger.begin(owner, request.method ?? 'GET', request.url ?? '/', body);
    response.on('close', () => {
      if (!response.writableFinished) options.ledger.finish(attempt, 'client-closed');
    });
    const fault = options.faults.draw();
    if (fault) options.ledger.fault(fault);
    if (fault === 'before') return lose(attempt, response);
    if (fault === 'rate-limit') {
      options.ledger.finish(attempt, 'failed');
      return json(
        response,
        429,
        {
          message: 'API rate limit exceeded for installation ID 1.',
          documentation_url: 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api',
        },
        { 'retry-after': '1' },
      );
    }
    if (fault === 'slow') await sleep(options.slowMs ?? 25);
    const upstream = await forward(request, body).catch((error: unknown) => {
      // The emulator itself did not answer: the client gets a 500 (below), the try failed.
      options.ledger.finish(attempt, 'failed');
      throw error;
    });
    if (fault === 'after') return lose(attempt, response);
    if (fault === 'drop') {
      options.ledger.finish(attempt, 'failed');
      request.socket.destroy();
      return;
    }
    const failed = upstream.status >= 500 || upstream.status === 429;
    options.ledger.finish(attempt, failed ? 'failed' : 'answered');
    relay(response, upstream, owner);
  };

  const lose = (attempt: Try, response: ServerResponse) => {
    options.ledger.finish(attempt, 'failed');
    json(response, 502, { message: 'Server Error', documentation_url: 'https://docs.github.com/rest' });
  };

  const server = createServer((request, response) => {
    for (const [name, value] of Object.entries(CLOSE)) response.setHeader(name, value);
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) json(response, 500, { message: `fault proxy: ${String(error)}` });
      else response.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: origin,
    close: () =>
      new Promise((resolve) => {
        agent.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

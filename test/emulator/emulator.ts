import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TokenRegistry, type TokenGrants } from './auth.js';
import { ResponseRecorder } from './contract/recorder.js';
import { assertFaithful } from './contract/report.js';
import { FaultInjector } from './faults.js';
import { createRequestHandler } from './pipeline.js';
import { RateCounter, type RateLimits } from './rate-limit.js';
import { RequestLog } from './request-log.js';
import { Router } from './router.js';
import { allRoutes } from './routes/index.js';
import type { Clock } from './state/clock.js';
import { createState, type EmulatorState } from './state/index.js';

export interface EmulatorOptions {
  /** Token → granted permissions, e.g. `{ 'tok-write': ['contents:write'] }`. */
  tokens?: TokenGrants;
  /** The emulator's clock: timestamps, rerun age, artifact expiry and rate-limit windows. */
  now?: Clock;
  rateLimits?: Partial<RateLimits>;
}

export interface GitHubEmulator {
  /** Octokit `baseUrl`, e.g. `http://127.0.0.1:41234`. */
  url: string;
  state: EmulatorState;
  /** The tokens it accepts: `add(token, permissions)` and `remove(token)` while it runs. */
  tokens: TokenRegistry;
  faults: FaultInjector;
  requests: RequestLog;
  /** Every response sent, as the contract check reads them. */
  responses: ResponseRecorder;
  /** Stops the server, then rejects if any response broke GitHub's OpenAPI description. */
  close(): Promise<void>;
}

export async function startGitHubEmulator(options: EmulatorOptions = {}): Promise<GitHubEmulator> {
  const clock = options.now ?? (() => new Date());
  const state = createState(clock);
  const tokens = new TokenRegistry(options.tokens);
  const faults = new FaultInjector();
  const requests = new RequestLog();
  const responses = new ResponseRecorder();
  let url = '';
  const handle = createRequestHandler({
    router: new Router(allRoutes(state)),
    tokens,
    faults,
    log: requests,
    recorder: responses,
    rates: new RateCounter({ core: 5000, search: 30, ...options.rateLimits }, clock),
    clock,
    baseUrl: () => url,
  });
  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    state,
    tokens,
    faults,
    requests,
    responses,
    async close() {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      assertFaithful(responses.all());
    },
  };
}

export type { Fault } from './faults.js';
export type { Permission, TokenGrants, TokenRegistry } from './auth.js';
export type { EmulatorState } from './state/index.js';
export type { RepoEvent } from './state/events.js';
export type { CheckConclusion } from './state/checks.js';

import { STATUS_CODES } from 'node:http';
import { DOCS_ROOT, json, type Reply } from './http.js';
import { matchesRequest, type RequestPattern } from './request-log.js';

export type Fault =
  | { kind: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
  | { kind: 'secondary-rate-limit'; status?: 403 | 429; retryAfterSeconds?: number }
  | { kind: 'primary-rate-limit'; status?: 403 | 429; resetAfterSeconds?: number }
  | { kind: 'delay'; ms: number }
  | { kind: 'drop-connection' };

interface Armed {
  pattern: RequestPattern;
  fault: Fault;
  remaining: number;
}

const SECONDARY_RATE_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';
const RATE_LIMIT_DOCS = `${DOCS_ROOT}/using-the-rest-api/rate-limits-for-the-rest-api`;

/** Faults fire in the order they were injected; each one applies to `count` matching requests. */
export class FaultInjector {
  private readonly armed: Armed[] = [];

  inject(pattern: RequestPattern, fault: Fault, count = 1): void {
    this.armed.push({ pattern, fault, remaining: count });
  }

  /** Number of fault uses still waiting for a request. */
  pending(): number {
    return this.armed.reduce((sum, entry) => sum + entry.remaining, 0);
  }

  clear(): void {
    this.armed.length = 0;
  }

  take(method: string, path: string): Fault | undefined {
    const index = this.armed.findIndex((entry) => matchesRequest(entry.pattern, method, path));
    const entry = this.armed[index];
    if (!entry) return undefined;
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.armed.splice(index, 1);
    return entry.fault;
  }
}

/** The response of a fault that answers in place of the route. */
export function faultReply(
  fault: Extract<Fault, { kind: 'status' | 'secondary-rate-limit' | 'primary-rate-limit' }>,
  now: Date,
): Reply {
  switch (fault.kind) {
    case 'status':
      return json(
        fault.status,
        fault.body ?? { message: STATUS_CODES[fault.status] ?? 'Error', documentation_url: DOCS_ROOT },
        fault.headers,
      );
    case 'secondary-rate-limit':
      return json(
        fault.status ?? 403,
        { message: SECONDARY_RATE_LIMIT_MESSAGE, documentation_url: RATE_LIMIT_DOCS },
        fault.retryAfterSeconds === undefined ? {} : { 'retry-after': String(fault.retryAfterSeconds) },
      );
    case 'primary-rate-limit': {
      const reset = Math.floor(now.getTime() / 1000) + (fault.resetAfterSeconds ?? 60);
      return json(
        fault.status ?? 403,
        { message: 'API rate limit exceeded for installation ID 1.', documentation_url: RATE_LIMIT_DOCS },
        { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
      );
    }
  }
}

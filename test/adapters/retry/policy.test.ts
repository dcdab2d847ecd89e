import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  defaultCallTiming,
  delayFor,
  fetchWithTimeout,
  idleTimeout,
  isRateLimited,
  isTimeout,
  isTransient,
  RETRY_POLICY,
  type CallTiming,
} from '../../../src/adapters/retry/index.js';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const timing: CallTiming = { ...defaultCallTiming, now: () => NOW };

describe('the retry policy', () => {
  it('states 3 tries, a 30 s timeout and waits of at most 60 s', () => {
    expect(RETRY_POLICY).toMatchObject({ maxTries: 3, timeoutMs: 30_000, maxWaitMs: 60_000 });
    expect(defaultCallTiming).toMatchObject({ maxTries: 3, maxWaitMs: 60_000 });
  });

  it('backs off 1 s then 2 s from server and transport errors, and makes no 4th try', () => {
    for (const failure of [{ status: 500 }, { status: 502 }, { status: 503 }, { transportError: true }]) {
      expect([1, 2, 3].map((attempt) => delayFor(failure, attempt, timing))).toEqual([1_000, 2_000, null]);
    }
  });

  it('treats every other 4xx as final', () => {
    for (const status of [400, 401, 403, 404, 409, 410, 422])
      expect(delayFor({ status, message: 'Not Found' }, 1, timing), String(status)).toBeNull();
    expect(isTransient({ status: 404 })).toBe(false);
  });

  it('waits Retry-After on a 429, up to 60 s; longer is final', () => {
    expect(delayFor({ status: 429, retryAfter: '2' }, 1, timing)).toBe(2_000);
    expect(delayFor({ status: 429, retryAfter: '60' }, 2, timing)).toBe(60_000);
    expect(delayFor({ status: 429, retryAfter: '120' }, 1, timing)).toBeNull();
    expect(isTransient({ status: 429, retryAfter: '120' })).toBe(true);
  });

  it('reads Retry-After given as an HTTP date', () => {
    const in5s = new Date(NOW + 5_000).toUTCString();
    expect(delayFor({ status: 429, retryAfter: in5s }, 1, timing)).toBe(5_000);
  });

  it("knows GitHub's three rate-limit forms, and a 403 that is only a refusal", () => {
    const secondary = { status: 403, message: 'You have exceeded a secondary rate limit.' };
    const secondaryWithRetryAfter = { status: 403, retryAfter: '7' };
    const primary = { status: 403, rateLimitRemaining: '0', rateLimitReset: String(NOW / 1000 + 20) };
    const refusal = { status: 403, message: 'Resource not accessible by integration' };
    expect([secondary, secondaryWithRetryAfter, primary, refusal].map(isRateLimited)).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(delayFor(secondary, 1, timing)).toBe(60_000);
    expect(delayFor(secondaryWithRetryAfter, 1, timing)).toBe(7_000);
    expect(delayFor(primary, 1, timing)).toBe(21_000);
    expect(delayFor(refusal, 1, timing)).toBeNull();
  });

  it('does not wait for a primary limit that resets in an hour', () => {
    const failure = { status: 429, rateLimitRemaining: '0', rateLimitReset: String(NOW / 1000 + 3_600) };
    expect(delayFor(failure, 1, timing)).toBeNull();
  });

  it('honours Retry-After on a 503 too, and backs off when it is unreadable', () => {
    expect(delayFor({ status: 503, retryAfter: '4' }, 1, timing)).toBe(4_000);
    expect(delayFor({ status: 503, retryAfter: 'soon' }, 1, timing)).toBe(1_000);
  });

  it('follows the timing it is given (tests inject tries and clock)', () => {
    const two: CallTiming = { ...timing, maxTries: 2, backoffMs: () => 5 };
    expect([1, 2].map((attempt) => delayFor({ status: 500 }, attempt, two))).toEqual([5, null]);
  });
});

describe('fetchWithTimeout', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/slow') return; // never answers
      response.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('ends a request that gets no answer as a timeout', async () => {
    const started = Date.now();
    const error = await fetchWithTimeout(150)(`${url}/slow`).catch((e: unknown) => e);
    expect(isTimeout(error)).toBe(true);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('leaves a prompt answer alone', async () => {
    expect(await (await fetchWithTimeout(1_000)(`${url}/fast`)).text()).toBe('ok');
  });

  it("still obeys the caller's own signal", async () => {
    const controller = new AbortController();
    const pending = fetchWithTimeout(10_000)(`${url}/slow`, { signal: controller.signal });
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect((error as Error).name).toBe('AbortError');
    expect(isTimeout(error)).toBe(false);
  });
});

describe('idleTimeout', () => {
  it('fires only after nothing happened for its time', async () => {
    const idle = idleTimeout(250);
    for (let i = 0; i < 6; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      idle.alive();
    }
    expect(idle.signal.aborted).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(isTimeout(idle.signal.reason)).toBe(true);
    idle.stop();
  });
});

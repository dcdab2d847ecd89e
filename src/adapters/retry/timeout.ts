import { RETRY_POLICY } from './policy.js';

/**
 * `fetch` whose every request ends after `timeoutMs` (the body included): a hung server becomes a
 * transport error (`TimeoutError`) that the retry policy backs off from. A signal the caller passes still
 * aborts it.
 */
export function fetchWithTimeout(
  timeoutMs: number = RETRY_POLICY.timeoutMs,
  base: () => typeof fetch = () => globalThis.fetch,
): typeof fetch {
  return (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    return base()(input, { ...init, signal });
  };
}

/** A transport error that is the try's timeout, however the client wrapped it. */
export function isTimeout(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if ((current as { name?: unknown }).name === 'TimeoutError') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * A timeout for a long transfer: it fires when nothing arrived for `timeoutMs` (call `alive()` on every
 * chunk), not after a fixed total, so a large download is never cut off while bytes still flow.
 */
export function idleTimeout(timeoutMs: number = RETRY_POLICY.timeoutMs): {
  readonly signal: AbortSignal;
  alive(): void;
  stop(): void;
} {
  const controller = new AbortController();
  const fire = () =>
    controller.abort(new DOMException(`nothing arrived for ${timeoutMs} ms`, 'TimeoutError'));
  let timer = setTimeout(fire, timeoutMs);
  return {
    signal: controller.signal,
    alive() {
      clearTimeout(timer);
      timer = setTimeout(fire, timeoutMs);
    },
    stop() {
      clearTimeout(timer);
    },
  };
}

export interface PostTiming {
  readonly maxTries: number;
  readonly timeoutMs: number;
  /** Longest Retry-After honoured; longer means "not now": the caller falls back. */
  readonly maxRetryAfterMs: number;
  readonly backoffMs: (attempt: number) => number;
  readonly sleep: (ms: number) => Promise<void>;
}

export const defaultPostTiming: PostTiming = {
  maxTries: 3,
  timeoutMs: 30_000,
  maxRetryAfterMs: 60_000,
  backoffMs: (attempt) => 1_000 * attempt,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface PostResult {
  readonly delivered: boolean;
  readonly status: number | null;
  /** Why it was not delivered (Slack's error string, a status, a transport error); never the URL. */
  readonly detail: string;
  readonly tries: number;
}

/**
 * POSTs JSON with bounded tries: 429 waits `Retry-After`, 5xx and transport errors back off,
 * other answers are final. Delivered means 2xx and a body that does not say otherwise
 * (`ok`, `{"ok":true}`, `{"delivered":true}`); `ok:false` or `delivered:false` is a failure.
 */
export async function postWithRetries(
  url: string,
  payload: unknown,
  headers: Record<string, string>,
  timing: PostTiming = defaultPostTiming,
): Promise<PostResult> {
  let last: PostResult = { delivered: false, status: null, detail: 'not sent', tries: 0 };
  for (let attempt = 1; attempt <= timing.maxTries; attempt++) {
    let wait: number | null = null;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(payload),
        signal: AbortSignal.timeout(timing.timeoutMs),
      });
      const body = (await response.text()).slice(0, 500);
      if (response.ok) return { ...judgeBody(body), status: response.status, tries: attempt };
      last = {
        delivered: false,
        status: response.status,
        detail: `${response.status} ${body.trim() || response.statusText}`.slice(0, 200),
        tries: attempt,
      };
      if (response.status === 429) {
        const retryAfter = Number(response.headers.get('retry-after') ?? '1') * 1000;
        wait = retryAfter <= timing.maxRetryAfterMs ? retryAfter : null;
      } else if (response.status >= 500) {
        wait = timing.backoffMs(attempt);
      }
    } catch (error) {
      last = {
        delivered: false,
        status: null,
        detail: `transport error: ${(error as Error).name === 'TimeoutError' ? 'timed out' : (error as Error).message}`,
        tries: attempt,
      };
      wait = timing.backoffMs(attempt);
    }
    if (wait === null || attempt === timing.maxTries) return last;
    await timing.sleep(wait);
  }
  return last;
}

function judgeBody(body: string): { delivered: boolean; detail: string } {
  try {
    const json = JSON.parse(body) as { ok?: unknown; delivered?: unknown; error?: unknown };
    if (json.delivered === false || json.ok === false)
      return { delivered: false, detail: `not delivered: ${String(json.error ?? 'delivered:false')}` };
  } catch {
    // Incoming webhooks answer the plain text `ok`.
  }
  return { delivered: true, detail: 'delivered' };
}

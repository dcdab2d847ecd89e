import { defaultCallTiming, delayFor, RETRY_POLICY, type CallTiming } from '../retry/index.js';

/** The retry policy's timing, and how long one try may take. */
export interface PostTiming extends CallTiming {
  readonly timeoutMs: number;
}

export const defaultPostTiming: PostTiming = { ...defaultCallTiming, timeoutMs: RETRY_POLICY.timeoutMs };

/**
 * What became of a post: `delivered`; `refused` — the receiver said no, or the request never left (a refused
 * connection, an unknown host): certainly not delivered; `unknown` — it left and its answer was lost or was a
 * server error, so it may have been delivered.
 */
export type PostOutcome = 'delivered' | 'refused' | 'unknown';

export interface PostResult {
  readonly outcome: PostOutcome;
  readonly delivered: boolean;
  readonly status: number | null;
  /** Why it was not delivered (Slack's error string, a status, a transport error); never the URL. */
  readonly detail: string;
  readonly tries: number;
}

/** Transport errors raised before a byte of the request was sent: retrying them cannot post twice. */
const NOT_SENT = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

interface Try {
  readonly result: PostResult;
  /** How long to wait before the next try; null when there is none. */
  readonly wait: number | null;
}

/**
 * POSTs JSON to a receiver that cannot be read back (a Slack incoming webhook), under the retry policy but
 * tried again only when it certainly was not delivered — a 429 or a connection that was never made.
 * A server error, a timeout or a connection lost after sending is `unknown` and never repeated: the caller
 * treats it as maybe delivered; so is a 2xx whose body is not the receiver's answer (see `judgeBody`).
 */
export async function postAtMostOnce(
  url: string,
  payload: unknown,
  headers: Record<string, string>,
  timing: PostTiming = defaultPostTiming,
): Promise<PostResult> {
  for (let attempt = 1; ; attempt++) {
    const { result, wait } = await tryPost({ url, payload, headers }, attempt, timing);
    if (wait === null) return result;
    await timing.sleep(wait);
  }
}

async function tryPost(
  { url, payload, headers }: { url: string; payload: unknown; headers: Record<string, string> },
  attempt: number,
  timing: PostTiming,
): Promise<Try> {
  const failed = (
    outcome: PostOutcome,
    status: number | null,
    detail: string,
    wait: number | null = null,
  ) => ({
    result: { outcome, delivered: false, status, detail: detail.slice(0, 200), tries: attempt },
    wait,
  });
  let response: Response;
  let body: string;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(timing.timeoutMs),
    });
    body = (await response.text()).slice(0, 500);
  } catch (error) {
    const code = transportCode(error);
    if (code !== null && NOT_SENT.has(code))
      return failed(
        'refused',
        null,
        `not sent: ${code}`,
        delayFor({ transportError: true }, attempt, timing),
      );
    const why = (error as Error).name === 'TimeoutError' ? 'timed out' : (code ?? (error as Error).message);
    return failed('unknown', null, `answer lost (${why}): maybe delivered, not sent again`);
  }
  if (response.ok)
    return { result: { ...judgeBody(body), status: response.status, tries: attempt }, wait: null };
  const detail = `${response.status} ${body.trim() || response.statusText}`;
  if (response.status >= 500)
    return failed('unknown', response.status, `${detail}: maybe delivered, not sent again`);
  if (response.status !== 429) return failed('refused', response.status, detail);
  const retryAfter = response.headers.get('retry-after');
  return failed('refused', 429, detail, delayFor({ status: 429, retryAfter }, attempt, timing));
}

/** The system error code of a failed fetch (undici wraps it in `cause`), or null. */
function transportCode(error: unknown): string | null {
  const cause = (error as { cause?: { code?: unknown } })?.cause;
  const code = cause?.code ?? (error as { code?: unknown })?.code;
  return typeof code === 'string' ? code : null;
}

function parsedAnswer(body: string): { ok?: unknown; delivered?: unknown; error?: unknown } | null {
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === 'object' && value !== null ? value : null;
  } catch {
    return null;
  }
}

/**
 * A 2xx is delivered only when the body says so as Slack does: the plain text `ok` of an incoming webhook,
 * or `{"ok":true}` / `{"delivered":true}`; `ok:false` or `delivered:false` is refused. Any other body (a
 * proxy's page, an empty answer) came from something that is not the receiver: maybe delivered.
 */
function judgeBody(body: string): Pick<PostResult, 'outcome' | 'delivered' | 'detail'> {
  if (body.trim() === 'ok') return { outcome: 'delivered', delivered: true, detail: 'delivered' };
  const json = parsedAnswer(body);
  if (json?.delivered === true || json?.ok === true)
    return { outcome: 'delivered', delivered: true, detail: 'delivered' };
  if (json?.delivered === false || json?.ok === false)
    return {
      outcome: 'refused',
      delivered: false,
      detail: `not delivered: ${String(json.error ?? 'delivered:false')}`,
    };
  return {
    outcome: 'unknown',
    delivered: false,
    detail: `a 2xx whose body is not the receiver's answer (${body.trim().slice(0, 40) || 'empty'}): maybe delivered, not sent again`,
  };
}

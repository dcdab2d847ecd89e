import { createHash } from 'node:crypto';

/** What the soak may do to one request in place of answering it plainly. */
export const FAULT_KINDS = ['before', 'after', 'drop', 'rate-limit', 'slow'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** How one try ended, as its client saw it. */
export type TryEnd =
  | 'answered'
  /** The answer was lost: a 5xx, a 429 or a dropped connection (what a client retries). */
  | 'failed'
  /** The client closed the connection before its answer was sent. */
  | 'client-closed';

/** One request the soak may fault. */
export interface Try {
  readonly chain: Chain;
  /** 1 for the first try of a call. */
  readonly number: number;
  readonly startedAt: number;
  endedAt: number | null;
  end: TryEnd | null;
}

/** One logical call: a first try and every retry of it. */
export interface Chain {
  readonly owner: string;
  readonly what: string;
  tries: number;
  /** The last try failed: the next identical request after a back-off continues this call. */
  lastFailed: boolean;
  open: boolean;
  /** When the last try ended: real time, and how many waits the world had seen by then. */
  endedAt: number;
  waitsAtEnd: number;
}

/** Over the client timeout (30 s) a request the proxy still holds counts as unanswered. */
export const CLIENT_TIMEOUT_MS = 30_000;

/** A pause this long between two identical requests is a back-off even on the real clock. */
const REAL_BACKOFF_MS = 900;

/**
 * Every try of every faultable request, grouped into calls: a request continues a call when the same owner
 * (a token, with the job it runs in) sends the same method, path and body after that call's last try failed
 * and after a back-off — the world saw a wait (every retry policy in play waits a second or more, which the
 * rehearsal's simulated clock turns into a wait), or a pause of almost a second went by. The same request sent
 * at once after a failure is a new call (another part of the code asking again). Shared by the GitHub proxy
 * and the Slack service.
 */
export class CallLedger {
  readonly tries: Try[] = [];
  readonly chains: Chain[] = [];
  readonly faults: Record<FaultKind, number> = { before: 0, after: 0, drop: 0, 'rate-limit': 0, slow: 0 };
  private readonly byKey = new Map<string, Chain>();

  /** `waits`: how many waits the world has seen so far (a process's back-off is one). */
  constructor(private readonly waits: () => number = () => 0) {}

  begin(owner: string, method: string, path: string, body: Buffer): Try {
    const digest = createHash('sha256').update(body).digest('hex').slice(0, 16);
    const key = `${owner}\n${method} ${path}\n${digest}`;
    const previous = this.byKey.get(key);
    const backedOff =
      previous !== undefined &&
      (this.waits() > previous.waitsAtEnd || Date.now() - previous.endedAt >= REAL_BACKOFF_MS);
    let chain: Chain;
    if (previous && previous.lastFailed && !previous.open && backedOff) {
      chain = previous;
      chain.tries += 1;
    } else {
      chain = {
        owner,
        what: `${method} ${path}`,
        tries: 1,
        lastFailed: false,
        open: false,
        endedAt: 0,
        waitsAtEnd: 0,
      };
      this.chains.push(chain);
      this.byKey.set(key, chain);
    }
    chain.open = true;
    const attempt: Try = { chain, number: chain.tries, startedAt: Date.now(), endedAt: null, end: null };
    this.tries.push(attempt);
    return attempt;
  }

  finish(attempt: Try, end: TryEnd): void {
    if (attempt.end !== null) return;
    attempt.end = end;
    attempt.endedAt = Date.now();
    attempt.chain.open = false;
    attempt.chain.lastFailed = end !== 'answered';
    attempt.chain.endedAt = attempt.endedAt;
    attempt.chain.waitsAtEnd = this.waits();
  }

  fault(kind: FaultKind): void {
    this.faults[kind] += 1;
  }

  maxTries(): number {
    return this.chains.reduce((max, chain) => Math.max(max, chain.tries), 0);
  }

  /**
   * Tries whose client was left waiting: still open (never answered, never given up), or answered only after
   * the client's timeout had passed. A client that gave up (timed out) was not left waiting.
   */
  unanswered(): Try[] {
    return this.tries.filter(
      (attempt) =>
        attempt.end === null ||
        (attempt.end !== 'client-closed' && attempt.endedAt! - attempt.startedAt > CLIENT_TIMEOUT_MS),
    );
  }
}

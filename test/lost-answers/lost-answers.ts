import { Octokit } from '@octokit/rest';
import type { GitHubEmulator } from '../emulator/emulator.js';

/** What an Octokit `request` hook sees of a request. */
export interface RequestOptions {
  readonly method: string;
  readonly url: string;
  readonly message?: unknown;
}

export type RequestMatch = (options: RequestOptions) => boolean;

const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

/** Real Octokit against the emulator, logging nothing. */
export function emulatorOctokit(gh: GitHubEmulator, token: string): Octokit {
  return new Octokit({ baseUrl: gh.url, auth: token, log: quiet });
}

/** The error Octokit raises when the connection broke after the request was sent: no response. */
export function brokenAnswer(): Error {
  return Object.assign(new Error('socket hang up'), { status: 502 });
}

/**
 * The first `times` requests `lands` matches reach GitHub and are handled; whatever GitHub answered (a
 * success or a refusal), the client sees the connection break instead (`afterLoss` runs then). Returns how
 * many answers were lost.
 */
export function loseAnswers(
  octokit: Octokit,
  lands: RequestMatch,
  times = 1,
  afterLoss: () => void = () => {},
): () => number {
  let lost = 0;
  octokit.hook.wrap('request', async (send, options) => {
    const losing = lost < times && lands(options as unknown as RequestOptions);
    if (losing) lost++;
    const answer = await Promise.resolve(send(options)).catch((error: unknown) => ({ error }));
    if (losing) {
      afterLoss();
      throw brokenAnswer();
    }
    if ('error' in answer) throw answer.error;
    return answer;
  });
  return () => lost;
}

/** The first `times` requests `matches` never reach GitHub: the connection broke before they were sent. */
export function failBeforeSending(octokit: Octokit, matches: RequestMatch, times = Infinity): () => number {
  let failed = 0;
  octokit.hook.wrap('request', async (send, options) => {
    if (failed < times && matches(options as unknown as RequestOptions)) {
      failed++;
      throw brokenAnswer();
    }
    return send(options);
  });
  return () => failed;
}

/** Runs `before` once, just before the first request `matches` is sent (another actor gets in first). */
export function beforeFirst(octokit: Octokit, matches: RequestMatch, before: () => Promise<unknown>): void {
  let done = false;
  octokit.hook.wrap('request', async (send, options) => {
    if (!done && matches(options as unknown as RequestOptions)) {
      done = true;
      await before();
    }
    return send(options);
  });
}

/** The manifest commit that records `event` (its message names the event first). */
export const manifestWriteOf =
  (event: string): RequestMatch =>
  (options) =>
    options.method === 'PUT' && String(options.message ?? '').startsWith(`provenance-guard: ${event} `);

export const request =
  (method: string, path: RegExp): RequestMatch =>
  (options) =>
    options.method === method && path.test(options.url);

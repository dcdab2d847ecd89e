import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Fault } from '../faults.js';

/** One response as the emulator sent it, with what the contract check needs to find its operation. */
export interface RecordedResponse {
  method: string;
  /** The route template that answered, e.g. `/repos/{owner}/{repo}/contents/{path+}`; null when none matched. */
  route: string | null;
  path: string;
  /** The query string without `?`. */
  query: string;
  accept: string;
  status: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  /** The JSON body as sent; absent when there was no body or it was not JSON. */
  body?: unknown;
  /** A body that is not JSON (raw file content, a zip), summarised. */
  raw?: { contentType: string; bytes: number };
  /** Set when an injected fault answered instead of the route. */
  fault?: Fault['kind'];
  /** Set when the emulator itself failed (an exception in a route). */
  emulatorError?: true;
}

/** With this set to a directory, every process appends its emulators' responses to `<dir>/<pid>.jsonl`. */
export const CONTRACT_LOG_ENV = 'GITHUB_EMULATOR_CONTRACT_LOG';

/** The responses one emulator sent. */
export class ResponseRecorder {
  private readonly responses: RecordedResponse[] = [];
  private readonly logFile: string | undefined;

  constructor(logDir = process.env[CONTRACT_LOG_ENV]) {
    if (logDir) {
      mkdirSync(logDir, { recursive: true });
      this.logFile = join(logDir, `${process.pid}.jsonl`);
    }
  }

  record(response: RecordedResponse): void {
    this.responses.push(response);
    if (this.logFile) appendFileSync(this.logFile, `${JSON.stringify(response)}\n`);
  }

  all(): readonly RecordedResponse[] {
    return [...this.responses];
  }
}

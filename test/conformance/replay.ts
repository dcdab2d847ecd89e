import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/main.js';
import { isVerifiedExpectation, type CaseTable, type Expectation, type OurAnswer } from './cases.js';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export function loadTable<C>(path: string): CaseTable<C> {
  return JSON.parse(readFileSync(join(REPO_ROOT, path), 'utf8')) as CaseTable<C>;
}

export interface Outcome {
  readonly exitCode: number;
  /** `verified`, the JSON's failure code, or `crash: …` when the CLI gave no coded answer. */
  readonly verdict: string;
}

/** Runs the CLI's own entry point in-process (the code `dist/cli/index.js` runs), with `--json`. */
export async function replay(answer: OurAnswer, now = new Date()): Promise<Outcome> {
  const args = answer.args.map((arg) => (arg.startsWith('test/') ? join(REPO_ROOT, arg) : arg));
  const result = await runCli(
    ['verify', ...args, ...(answer.override ? overrideFlags(now) : []), '--json'],
    now,
  );
  return {
    exitCode: result.exitCode,
    verdict: verdictOf(result.exitCode, result.stdout, result.stderr ?? ''),
  };
}

function overrideFlags(now: Date): string[] {
  const tomorrow = new Date(now.getTime() + 24 * 60 * 60 * 1000).toISOString();
  return [
    '--allow-v02-override',
    '--override-reason',
    'conformance replay of a v0.2 case',
    '--override-approver',
    'conformance',
    '--override-expires',
    tomorrow,
  ];
}

function verdictOf(exitCode: number, stdout: string, stderr: string): string {
  if (/\n\s+at /.test(stderr)) return `crash: a stack trace (exit ${exitCode})`;
  let json: { verified?: unknown; failure_reason?: unknown; error?: unknown };
  try {
    json = JSON.parse(stdout) as typeof json;
  } catch {
    return `crash: no JSON verdict (exit ${exitCode})`;
  }
  if (typeof json.error === 'string' && json.error.startsWith('internal error'))
    return `crash: ${json.error}`;
  if (json.verified === true && exitCode === 0) return 'verified';
  if (
    json.verified === false &&
    typeof json.failure_reason === 'string' &&
    (exitCode === 1 || exitCode === 2)
  )
    return json.failure_reason;
  return `crash: verified=${String(json.verified)} with exit ${exitCode}`;
}

export function meetsExpectation(expect: Expectation, outcome: Outcome): boolean {
  return isVerifiedExpectation(expect) ? outcome.verdict === 'verified' : expect.includes(outcome.verdict);
}

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

export interface Tally {
  cases: number;
  asThePeer: number;
  differences: number;
  unexpected: number;
}

export function summaryLine(peer: string, tally: Tally): string {
  return (
    `${peer}: ${tally.cases} cases, ${tally.asThePeer} as the peer, ${tally.differences} documented differences, ` +
    `${tally.unexpected} unexpected`
  );
}

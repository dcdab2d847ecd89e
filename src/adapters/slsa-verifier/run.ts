import { spawn } from 'node:child_process';
import { access, constants } from 'node:fs/promises';
import { delimiter, join } from 'node:path';

export interface SlsaVerifierRequest {
  readonly artifactPaths: readonly string[];
  readonly provenancePath: string;
  readonly sourceUri: string;
  readonly tag: string | null;
  readonly builderId: string | null;
}

export type SlsaVerifierOutcome =
  | { readonly kind: 'absent' }
  | { readonly kind: 'passed'; readonly detail: string }
  | { readonly kind: 'rejected'; readonly detail: string }
  /** It could not run to a decision (did not start, was killed, crashed): ours decides alone. */
  | { readonly kind: 'degraded'; readonly detail: string };

const TIMEOUT_MS = 120_000;
/** Only the tail of its output is kept, for the log: however much it prints, it cannot change the outcome. */
const KEPT_OUTPUT = 2_000;
/** slsa-verifier exits 1 for every verification failure; Go exits 2 on a panic. */
const REJECTED_EXIT = 1;

export async function findOnPath(binary: string, path = process.env.PATH ?? ''): Promise<string | null> {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, binary);
    if (
      await access(candidate, constants.X_OK).then(
        () => true,
        () => false,
      )
    )
      return candidate;
  }
  return null;
}

/**
 * Runs `slsa-verifier verify-artifact` when it is on PATH; the in-process verifier runs regardless.
 * The outcome is judged by how the process ended, never by its output, which echoes artifact names and
 * other attacker-chosen text: exit 0 passes, exit 1 rejects, and only a process that did not start,
 * timed out, was killed by a signal or crashed (another exit status) counts as environmental.
 */
export async function runSlsaVerifier(
  request: SlsaVerifierRequest,
  path = process.env.PATH,
): Promise<SlsaVerifierOutcome> {
  const binary = await findOnPath('slsa-verifier', path);
  if (binary === null) return { kind: 'absent' };
  const args = [
    'verify-artifact',
    ...request.artifactPaths,
    '--provenance-path',
    request.provenancePath,
    '--source-uri',
    request.sourceUri,
  ];
  if (request.tag) args.push('--source-tag', request.tag);
  if (request.builderId) args.push('--builder-id', request.builderId);
  return new Promise((resolve) => {
    const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-KEPT_OUTPUT);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, TIMEOUT_MS);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve({ kind: 'degraded', detail: `could not start: ${error.code ?? error.message}` });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const detail = output.trim().split('\n').slice(-3).join(' ').slice(0, 500);
      if (code === 0) return resolve({ kind: 'passed', detail });
      if (code === REJECTED_EXIT) return resolve({ kind: 'rejected', detail: `exit status 1: ${detail}` });
      if (timedOut)
        return resolve({ kind: 'degraded', detail: `stopped after the ${TIMEOUT_MS / 1000} s timeout` });
      resolve({ kind: 'degraded', detail: signal ? `stopped by ${signal}` : `exit status ${String(code)}` });
    });
  });
}

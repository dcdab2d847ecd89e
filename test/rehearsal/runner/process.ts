import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { CommandProcessor, type StepLog } from './commands.js';

export interface ProcessSpec {
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly env: Readonly<Record<string, string>>;
}

/**
 * Runs a step's process as the runner does: stdout and stderr line by line through the command processor,
 * the exit code as the step's outcome. Aborting (a cancelled job) kills it.
 */
export function runStepProcess(spec: ProcessSpec, log: StepLog, abort: AbortSignal): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(spec.command, [...spec.args], {
      cwd: spec.cwd,
      env: spec.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const processor = new CommandProcessor(log);
    const streams = [child.stdout, child.stderr].map(
      (stream) =>
        new Promise<void>((done) =>
          createInterface({ input: stream, crlfDelay: Infinity })
            .on('line', (line) => processor.line(line))
            .on('close', done),
        ),
    );
    const kill = () => child.kill('SIGTERM');
    abort.addEventListener('abort', kill, { once: true });
    child.on('error', (error) => {
      log.lines.push(`##[error]${error.message}`);
      resolve(127);
    });
    child.on('close', (code) => {
      abort.removeEventListener('abort', kill);
      void Promise.all(streams).then(() => resolve(code ?? 1));
    });
  });
}

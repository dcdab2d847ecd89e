import { beforeEach } from 'vitest';

/**
 * Workflow commands (`::add-mask::`, `::debug::`, `::error::` …) are instructions to a runner: in a test
 * log they are noise, and under a CI runner they would be obeyed. Every test file loads this module
 * (vitest `setupFiles`): the commands a test writes to stdout are kept here, for it to assert on, and
 * never printed.
 */
const COMMAND = /^::[a-z-]+(?: [^\n]*?)?::/;
const captured: string[] = [];
const print = process.stdout.write.bind(process.stdout);

process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
  const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString();
  if (COMMAND.test(text)) {
    captured.push(text.trimEnd());
    return true;
  }
  return (print as (...args: unknown[]) => boolean)(chunk, ...rest);
}) as typeof process.stdout.write;

beforeEach(() => {
  captured.length = 0;
});

/** The workflow commands the running test has written so far. */
export function workflowCommands(): readonly string[] {
  return captured;
}

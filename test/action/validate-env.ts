import { vi } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// @actions/core remembers the summary file of its first write, so one file serves a whole test file.
const summaryFile = join(mkdtempSync(join(tmpdir(), 'pg-summary-')), 'summary.md');

/** A GitHub Actions step environment: inputs, output and summary files, runner temp. */
export function actionEnvironment(
  base: Record<string, string>,
  inputs: Record<string, string>,
): { outputs: () => Record<string, string>; summary: () => string } {
  const dir = mkdtempSync(join(tmpdir(), 'pg-step-'));
  const outputFile = join(dir, 'output');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  Object.assign(process.env, base, {
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: dir,
  });
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
  process.exitCode = undefined;
  return {
    outputs: () => {
      const result: Record<string, string> = {};
      for (const match of readFileSync(outputFile, 'utf8').matchAll(
        /^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm,
      ))
        result[match[1]!] = match[3]!;
      return result;
    },
    summary: () => readFileSync(summaryFile, 'utf8'),
  };
}

/** What a step writes to stdout (workflow commands, logs), captured while `run` runs. */
export async function captureStdout(run: () => Promise<void>): Promise<string> {
  const written: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    written.push(String(chunk));
    return true;
  });
  try {
    await run();
  } finally {
    spy.mockRestore();
  }
  return written.join('');
}

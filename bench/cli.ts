import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from './measure.js';

/** `BENCH_CLI` points at a scratch build (`ncc build src/cli/index.ts -o DIR`) so that dist/ need not be rebuilt. */
export const CLI_PATH = process.env.BENCH_CLI
  ? resolve(process.env.BENCH_CLI)
  : fileURLToPath(new URL('../dist/cli/index.js', import.meta.url));

/** Whole-process benchmarks run the bundled CLI, as users do, not the TypeScript sources. */
export function assertCliBuilt(): void {
  if (!existsSync(CLI_PATH))
    throw new Error(
      `${CLI_PATH} is missing: run \`npm run package\` first, or set BENCH_CLI to a scratch build`,
    );
}

export const cli = (...args: string[]): Command => ({ file: process.execPath, args: [CLI_PATH, ...args] });

export const EMPTY_NODE: Command = { file: process.execPath, args: ['-e', '0'] };

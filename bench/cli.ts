import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from './measure.js';

const CLI_PATH = fileURLToPath(new URL('../dist/cli/index.js', import.meta.url));

/** Whole-process benchmarks run the bundled CLI, as users do, not the TypeScript sources. */
export function assertCliBuilt(): void {
  if (!existsSync(CLI_PATH)) throw new Error(`${CLI_PATH} is missing: run \`npm run package\` first`);
}

export const cli = (...args: string[]): Command => ({ file: process.execPath, args: [CLI_PATH, ...args] });

export const EMPTY_NODE: Command = { file: process.execPath, args: ['-e', '0'] };

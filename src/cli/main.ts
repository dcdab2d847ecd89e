import { isGuardError, runbookPath } from '../core/errors/index.js';
import { EXIT, type CommandResult } from './exit.js';
import { USAGE } from './usage.js';
import { earlyHashing } from './early-hashing.js';

type Command = (argv: readonly string[], now: Date) => Promise<CommandResult>;

/** Each command is loaded on use, so a process pays only for the code it runs. */
const COMMANDS: Record<string, (argv: readonly string[]) => Promise<Command>> = {
  verify: async (argv) => {
    const early = earlyHashing(argv);
    const { runVerify } = await import('./verify-command.js');
    return (args, now) => runVerify(args, now, early);
  },
  manifest: async () => (await import('./manifest-command.js')).runManifest,
  kpi: async () => (await import('./kpi-command.js')).runKpi,
};

/** Runs one CLI invocation; every failure becomes a coded message and an exit status, never a stack trace. */
export async function runCli(argv: readonly string[], now = new Date()): Promise<CommandResult> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    return { exitCode: name === undefined ? EXIT.usage : 0, stdout: USAGE };
  }
  const load = COMMANDS[name];
  if (!load) return usageError(`unknown command "${name}"`, 'input_invalid', rest);
  if (rest.includes('--help') || rest.includes('-h')) return { exitCode: 0, stdout: USAGE };
  try {
    return await (await load(rest))(rest, now);
  } catch (error) {
    if (isGuardError(error)) return usageError(error.message, error.code, rest);
    if (isParseArgsError(error)) return usageError(error.message, 'input_invalid', rest);
    return usageError(`internal error: ${(error as Error)?.message ?? String(error)}`, 'input_invalid', rest);
  }
}

function isParseArgsError(error: unknown): error is Error {
  return error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}

function usageError(message: string, code: Parameters<typeof runbookPath>[0], argv: readonly string[]): CommandResult {
  if (argv.includes('--json')) {
    const body = { verified: false, failure_reason: code, error: message, runbook: runbookPath(code), checks: [] };
    return { exitCode: EXIT.usage, stdout: JSON.stringify(body, null, 2) };
  }
  return { exitCode: EXIT.usage, stdout: '', stderr: `error [${code}]: ${message}\nrunbook: ${runbookPath(code)}\nsee: provenance-guard --help\n` };
}

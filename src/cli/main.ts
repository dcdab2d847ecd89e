import project from '../../package.json' with { type: 'json' };
import { isGuardError, runbookUrl, type FailureCode, type Outcome } from '../core/errors/index.js';
import { EXIT, type CommandResult } from './exit.js';
import { helpFor, helpHint, USAGE } from './usage.js';
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
  policy: async () => (await import('./policy-command.js')).runPolicy,
  'verify-vsa': async () => (await import('./vsa-command.js')).runVerifyVsa,
};

/** Runs one CLI invocation; every failure becomes a coded message and an exit status, never a stack trace. */
export async function runCli(argv: readonly string[], now = new Date()): Promise<CommandResult> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    return { exitCode: name === undefined ? EXIT.undecided : 0, stdout: USAGE };
  }
  if (name === '--version' || name === '-V' || name === '-v')
    return { exitCode: 0, stdout: `provenance-guard ${project.version}` };
  const load = COMMANDS[name];
  if (!load) return usageError(`unknown command "${name}"`, 'input_invalid', argv);
  if (rest.includes('--help') || rest.includes('-h')) return { exitCode: 0, stdout: helpFor(argv) };
  try {
    return await (
      await load(rest)
    )(rest, now);
  } catch (error) {
    if (isGuardError(error)) return usageError(error.message, error.code, argv);
    if (isParseArgsError(error)) return usageError(error.message, 'input_invalid', argv);
    return usageError(`internal error: ${(error as Error)?.message ?? String(error)}`, 'input_invalid', argv);
  }
}

function isParseArgsError(error: unknown): error is Error {
  return error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}

/** Could not decide (exit 2); with --json in the shape of the command's own output. */
function usageError(message: string, code: FailureCode, argv: readonly string[]): CommandResult {
  const error = { code, message, runbook: runbookUrl(code) };
  if (wantsJson(argv))
    return { exitCode: EXIT.undecided, stdout: JSON.stringify(jsonErrorBody(argv, error), null, 2) };
  return {
    exitCode: EXIT.undecided,
    stdout: '',
    stderr: `error [${code}]: ${message}\nrunbook: ${error.runbook}\nsee: ${helpHint(argv)}\n`,
  };
}

/** `--json`, `--format json` or `--format=json`: a usage error keeps the shape asked for. */
function wantsJson(argv: readonly string[]): boolean {
  return argv.some(
    (arg, i) => arg === '--json' || arg === '--format=json' || (arg === '--format' && argv[i + 1] === 'json'),
  );
}

interface UsageErrorJson {
  readonly code: FailureCode;
  readonly message: string;
  readonly runbook: string;
}

function jsonErrorBody(argv: readonly string[], error: UsageErrorJson): object {
  if (argv[0] === 'verify' || argv[0] === 'verify-vsa')
    return {
      verified: false,
      outcome: 'undecided' satisfies Outcome,
      failure_reason: error.code,
      error: error.message,
      runbook: error.runbook,
      checks: [],
    };
  if (argv[0] === 'manifest' && argv[1] === 'lint') return { ok: false, violations: [], error };
  return { ok: false, error };
}

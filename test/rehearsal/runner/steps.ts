import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { MappingToken } from '@actions/workflow-parser/templates/tokens/index';
import { parse } from 'yaml';
import { STAND_INS } from '../stand-ins/index.js';
import { evaluateString, evaluateStringMap, interpolate, type Scope } from '../workflow/expressions.js';
import { child, jobToken } from '../workflow/load.js';
import type { StepLog } from './commands.js';
import { StepFailure, type StepHost } from './host.js';
import { runStepProcess } from './process.js';

/** How the runner runs a script: `{0}` is the script file. */
const SHELLS: Readonly<Record<string, readonly string[]>> = {
  // No `shell:` on Linux: bash, without the profile flags and pipefail of an explicit `shell: bash`.
  '': ['bash', '-e', '{0}'],
  bash: ['bash', '--noprofile', '--norc', '-eo', 'pipefail', '{0}'],
  sh: ['sh', '-e', '{0}'],
  python: ['python3', '{0}'],
};

/** `defaults.run.<key>` of the job, else of the workflow. */
function runDefault(host: StepHost, key: 'shell' | 'working-directory'): TokenLike {
  const fromJob = child(child(child(jobToken(host.run.workflow, host.job.id), 'defaults'), 'run'), key);
  return fromJob ?? child(child(child(host.run.workflow.root, 'defaults'), 'run'), key);
}

type TokenLike = ReturnType<typeof child>;

function shellCommand(shell: string, script: string): [string, string[]] {
  const template = SHELLS[shell] ?? (shell.includes('{0}') ? shell.split(/\s+/) : [shell, '{0}']);
  const [command, ...args] = template.map((part) => part.replace('{0}', script));
  return [command!, args];
}

/** One step as the job hands it over: its raw mapping, its `env` (and file commands), its log and outputs. */
export interface StepCall {
  readonly host: StepHost;
  readonly raw: MappingToken;
  /** The step's `env`, evaluated, plus the file-command variables. */
  readonly env: Readonly<Record<string, string>>;
  readonly log: StepLog;
  setOutput(name: string, value: string): void;
}

/** A `run:` step: the script in a file, run by its shell in its working directory. */
export async function runScriptStep(
  { host, raw, env: stepEnv, log }: StepCall,
  script: string,
): Promise<number> {
  const scope = host.scope();
  const shell = evaluateString(child(raw, 'shell') ?? runDefault(host, 'shell'), scope);
  const directory = evaluateString(
    child(raw, 'working-directory') ?? runDefault(host, 'working-directory'),
    scope,
  );
  const file = join(host.paths.runnerTemp, `${randomUUID()}.sh`);
  writeFileSync(file, script);
  const [command, args] = shellCommand(shell, file);
  const cwd = resolve(host.paths.workspace, directory);
  return runStepProcess({ command, args, cwd, env: host.processEnv(stepEnv) }, log, host.abort);
}

/** `owner/name[/path]@ref`. */
export interface ActionReference {
  readonly repository: string;
  readonly path: string;
  readonly ref: string;
}

export function parseUses(uses: string): ActionReference {
  const match = /^([\w.-]+\/[\w.-]+)(?:\/([^@]+))?@(.+)$/.exec(uses);
  if (!match)
    throw new StepFailure(`Unable to resolve action \`${uses}\`: the rehearsal runs only owner/name@ref`);
  return { repository: match[1]!, path: match[2] ?? '', ref: match[3]! };
}

/** An action's declared inputs: `with:` values, else their defaults (which may read contexts). */
export interface InputDeclaration {
  readonly default?: string;
}

export function actionInputs(
  declared: Readonly<Record<string, InputDeclaration>>,
  given: Readonly<Record<string, string>>,
  scope: Scope,
  log: StepLog,
): Record<string, string> {
  const unexpected = Object.keys(given).filter((name) => !(name in declared));
  if (unexpected.length > 0)
    log.lines.push(
      `Warning: Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${Object.keys(declared).join("', '")}']`,
    );
  const values: Record<string, string> = { ...given };
  for (const [name, input] of Object.entries(declared))
    values[name] ??= input.default === undefined ? '' : interpolate(String(input.default), scope);
  return values;
}

/** `INPUT_<NAME>` as @actions/core reads it: spaces become `_`, upper case, hyphens kept. */
export const inputVariable = (name: string): string => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;

function withStepEnv(scope: Scope, stepEnv: Readonly<Record<string, string>>): Scope {
  const env = { ...(scope.contexts.env as Record<string, string>), ...stepEnv };
  return { ...scope, contexts: { ...scope.contexts, env } };
}

/** A `uses:` step: this checkout's node actions from dist/, anything else by its stand-in. */
export async function runActionStep(call: StepCall, uses: string): Promise<number> {
  const { host, raw, env: stepEnv, log, setOutput } = call;
  const declaredEnv = Object.fromEntries(
    Object.entries(stepEnv).filter(([name]) => !name.startsWith('GITHUB_')),
  );
  const scope = withStepEnv(host.scope(), declaredEnv);
  const given = evaluateStringMap(child(raw, 'with'), scope);
  const reference = parseUses(uses);
  if (reference.repository === host.deps.actions.repository)
    return runNodeAction(host, reference, { given, scope, stepEnv, log });
  const standIn = STAND_INS[reference.repository];
  if (!standIn) throw new StepFailure(`the rehearsal has no stand-in for ${reference.repository}`);
  const inputs = actionInputs(standIn.inputs, given, scope, log);
  await standIn.run({ host, inputs, env: stepEnv, log, setOutput });
  return 0;
}

interface ActionManifest {
  inputs?: Record<string, InputDeclaration>;
  runs: { using: string; main: string };
}

async function runNodeAction(
  host: StepHost,
  reference: ActionReference,
  step: {
    given: Record<string, string>;
    scope: Scope;
    stepEnv: Readonly<Record<string, string>>;
    log: StepLog;
  },
): Promise<number> {
  const actions = host.deps.actions;
  if (reference.ref !== actions.pin)
    throw new StepFailure(
      `Unable to resolve action \`${reference.repository}@${reference.ref}\`, unable to find version \`${reference.ref}\``,
    );
  const dir = join(actions.root, reference.path);
  const manifest = parse(readFileSync(join(dir, 'action.yml'), 'utf8')) as ActionManifest;
  if (!/^node(20|24)$/.test(manifest.runs.using))
    throw new StepFailure(
      `${reference.repository}/${reference.path} runs ${manifest.runs.using}, not a node action`,
    );
  const declared = Object.fromEntries(
    Object.entries(manifest.inputs ?? {}).map(([name, input]) => [
      name,
      { default: actions.inputDefaults[name] ?? input.default },
    ]),
  );
  const inputs = actionInputs(declared, step.given, step.scope, step.log);
  const env = host.processEnv({
    ...step.stepEnv,
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [inputVariable(name), value])),
    GITHUB_ACTION: host.job.steps.length.toString(),
    GITHUB_ACTION_PATH: dir,
    GITHUB_ACTION_REPOSITORY: reference.repository,
    GITHUB_ACTION_REF: reference.ref,
  });
  const node = process.env.NODE24_BIN ?? process.execPath;
  const main = resolve(dir, manifest.runs.main);
  return runStepProcess(
    { command: node, args: [main], cwd: host.paths.workspace, env },
    step.log,
    host.abort,
  );
}

import { parse as parseYaml } from 'yaml';
import { describeProblem, GuardError } from '../core/errors/index.js';
import {
  explainPolicy,
  parsePolicyFile,
  PolicyFileSchema,
  type PolicyProblem,
} from '../core/policy-file/index.js';
import { EXIT, type CommandResult } from './exit.js';
import { parseCommandArgs } from './args.js';
import { POLICY_LINT_FLAGS } from './flags.js';
import { readPolicyText } from './policy-verify.js';

/** `policy lint FILE [--json]`: the file against its schema, then each rule in words. */
export async function runPolicy(argv: readonly string[]): Promise<CommandResult> {
  const [sub, ...rest] = argv;
  if (sub !== 'lint')
    throw new GuardError('input_invalid', `policy needs a subcommand: lint (got ${sub ?? 'nothing'})`);
  const { values, positionals } = parseCommandArgs(POLICY_LINT_FLAGS, rest, { positionals: true });
  const [path] = positionals;
  if (!path || positionals.length > 1)
    throw new GuardError('input_invalid', 'policy lint takes exactly one FILE');
  const text = await readPolicyText(path);
  const parsed = parsePolicyFile(text, path);
  if (!parsed.ok) {
    const problems = schemaProblems(text) ?? parsed.problems;
    const stdout = values.json
      ? JSON.stringify({ ok: false, problems }, null, 2)
      : problems.map((p) => `${path}: ${p.at}: ${p.message}`).join('\n');
    return { exitCode: EXIT.rejected, stdout };
  }
  const rules = explainPolicy(parsed.policy.file);
  const stdout = values.json
    ? JSON.stringify({ ok: true, sha256: parsed.policy.sha256, rules }, null, 2)
    : [`${path}: ok (sha256 ${parsed.policy.sha256})`, ...rules].join('\n');
  return { exitCode: 0, stdout };
}

/**
 * Every schema problem of a file that is YAML, saying what is allowed (`slsa-level` must be one of 1, 2,
 * 3); null when the file is not YAML, whose problem the parser already names.
 */
function schemaProblems(text: string): PolicyProblem[] | null {
  let raw: unknown;
  try {
    raw = parseYaml(text, { maxAliasCount: 0, uniqueKeys: true, prettyErrors: false });
  } catch {
    return null;
  }
  const parsed = PolicyFileSchema.safeParse(raw);
  if (parsed.success) return null;
  return parsed.error.issues.map((issue) => ({
    at: issue.path.join('.') || '(root)',
    message: describeProblem(issue, raw),
  }));
}

import { GuardError } from '../core/errors/index.js';
import { explainPolicy, parsePolicyFile } from '../core/policy-file/index.js';
import { EXIT, type CommandResult } from './exit.js';
import { parseArgsOnce } from './args.js';
import { readPolicyText } from './policy-verify.js';

/** `policy lint FILE [--json]`: the file against its schema, then each rule in words. */
export async function runPolicy(argv: readonly string[]): Promise<CommandResult> {
  const [sub, ...rest] = argv;
  if (sub !== 'lint')
    throw new GuardError('input_invalid', `policy needs a subcommand: lint (got ${sub ?? 'nothing'})`);
  const { values, positionals } = parseArgsOnce({
    args: [...rest],
    allowPositionals: true,
    options: { json: { type: 'boolean' } },
  });
  const [path] = positionals;
  if (!path || positionals.length > 1)
    throw new GuardError('input_invalid', 'policy lint takes exactly one FILE');
  const parsed = parsePolicyFile(await readPolicyText(path), path);
  if (!parsed.ok) {
    const stdout = values.json
      ? JSON.stringify({ ok: false, problems: parsed.problems }, null, 2)
      : parsed.problems.map((p) => `${path}: ${p.at}: ${p.message}`).join('\n');
    return { exitCode: EXIT.rejected, stdout };
  }
  const rules = explainPolicy(parsed.policy.file);
  const stdout = values.json
    ? JSON.stringify({ ok: true, sha256: parsed.policy.sha256, rules }, null, 2)
    : [`${path}: ok (sha256 ${parsed.policy.sha256})`, ...rules].join('\n');
  return { exitCode: 0, stdout };
}

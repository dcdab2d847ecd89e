import { readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { GuardError } from '../core/errors/index.js';
import { LINT_RULES, lintManifest, MAX_MANIFEST_BYTES, ManifestSchema, MANIFEST_SCHEMA_VERSION, parseManifest, type LintViolation, type Manifest } from '../core/manifest/index.js';
import { renderManifestCounts, renderManifestTable } from '../core/report/index.js';
import { EXIT, type CommandResult } from './exit.js';

/** `manifest lint HEAD [--base BASE] [--now ISO] [--json]` and `manifest show FILE [--json]`. */
export async function runManifest(argv: readonly string[], now: Date): Promise<CommandResult> {
  const [sub, ...rest] = argv;
  if (sub === 'lint') return lint(rest, now);
  if (sub === 'show') return show(rest, now);
  throw new GuardError('input_invalid', `manifest needs a subcommand: lint or show (got ${sub ?? 'nothing'})`);
}

async function lint(argv: readonly string[], defaultNow: Date): Promise<CommandResult> {
  const { values, positionals } = parseArgs({ args: [...argv], allowPositionals: true, options: { base: { type: 'string' }, now: { type: 'string' }, json: { type: 'boolean' } } });
  const [headPath] = positionals;
  if (!headPath || positionals.length > 1) throw new GuardError('input_invalid', 'manifest lint takes exactly one HEAD_FILE');
  const now = values.now === undefined ? defaultNow : new Date(values.now);
  if (Number.isNaN(now.getTime())) throw new GuardError('input_invalid', `--now ${values.now} is not an ISO 8601 date-time`);
  const head = await readForLint(headPath);
  const base = values.base === undefined ? null : parseManifest(await readText(values.base), values.base);
  const violations = head.violations ?? lintManifest(head.manifest!, base, now);
  const ok = violations.length === 0;
  const stdout = values.json
    ? JSON.stringify({ ok, violations }, null, 2)
    : ok ? `${headPath}: ok (${LINT_RULES.length} rules)` : violations.map(describe).join('\n');
  return { exitCode: ok ? 0 : EXIT.rejected, stdout };
}

/** A schema mismatch is a violation to report; unreadable or foreign files are usage errors. */
async function readForLint(path: string): Promise<{ manifest?: Manifest; violations?: LintViolation[] }> {
  const text = await readText(path);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { manifest: parseManifest(text, path) };
  }
  const parsed = ManifestSchema.safeParse(json);
  if (parsed.success || (json as { schema_version?: unknown })?.schema_version !== MANIFEST_SCHEMA_VERSION) return { manifest: parseManifest(text, path) };
  return {
    violations: parsed.error.issues.map((issue) => ({ rule: 'schema' as const, tag: null, run_id: null, message: `${issue.path.join('.') || '(root)'}: ${issue.message}; fix the entry to match manifest-schema/manifest.schema.json` })),
  };
}

async function show(argv: readonly string[], now: Date): Promise<CommandResult> {
  const { values, positionals } = parseArgs({ args: [...argv], allowPositionals: true, options: { json: { type: 'boolean' } } });
  const [path] = positionals;
  if (!path || positionals.length > 1) throw new GuardError('input_invalid', 'manifest show takes exactly one FILE');
  const manifest = parseManifest(await readText(path), path);
  return { exitCode: 0, stdout: values.json ? JSON.stringify(manifest, null, 2) : [renderManifestTable(manifest, now), renderManifestCounts(manifest)].filter(Boolean).join('\n\n') };
}

async function readText(path: string): Promise<string> {
  try {
    if ((await stat(path)).size > MAX_MANIFEST_BYTES) throw new GuardError('input_invalid', `${path} is larger than ${MAX_MANIFEST_BYTES} bytes: not a release manifest`);
    return await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof GuardError) throw error;
    throw new GuardError('input_invalid', `cannot read ${path}: ${(error as Error).message}`, { cause: error });
  }
}

function describe(v: LintViolation): string {
  const where = v.tag === null ? 'manifest' : `${v.tag} (run ${v.run_id})`;
  return `${where}: [${v.rule}] ${v.message}`;
}

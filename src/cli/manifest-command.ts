import { readFile, stat } from 'node:fs/promises';
import { GuardError } from '../core/errors/index.js';
import {
  describeInvalidEntry,
  LINT_RULES,
  lintManifest,
  MAX_MANIFEST_BYTES,
  parseManifest,
  readManifest,
  type LintViolation,
} from '../core/manifest/index.js';
import { renderManifestCounts, renderManifestTable } from '../core/report/index.js';
import { EXIT, type CommandResult } from './exit.js';
import { parseArgsOnce } from './args.js';

/** `manifest lint HEAD [--base BASE] [--now ISO] [--json]` and `manifest show FILE [--json]`. */
export async function runManifest(argv: readonly string[], now: Date): Promise<CommandResult> {
  const [sub, ...rest] = argv;
  if (sub === 'lint') return lint(rest, now);
  if (sub === 'show') return show(rest, now);
  throw new GuardError(
    'input_invalid',
    `manifest needs a subcommand: lint or show (got ${sub ?? 'nothing'})`,
  );
}

async function lint(argv: readonly string[], defaultNow: Date): Promise<CommandResult> {
  const { values, positionals } = parseArgsOnce({
    args: [...argv],
    allowPositionals: true,
    options: { base: { type: 'string' }, now: { type: 'string' }, json: { type: 'boolean' } },
  });
  const [headPath] = positionals;
  if (!headPath || positionals.length > 1)
    throw new GuardError('input_invalid', 'manifest lint takes exactly one HEAD_FILE');
  const now = values.now === undefined ? defaultNow : new Date(values.now);
  if (Number.isNaN(now.getTime()))
    throw new GuardError('input_invalid', `--now ${values.now} is not an ISO 8601 date-time`);
  const head = readManifest(await readText(headPath), headPath);
  const base = values.base === undefined ? null : parseManifest(await readText(values.base), values.base);
  // An entry that does not match the schema is reported once; the rules need well-formed entries to mean
  // anything.
  const violations =
    head.invalid.length > 0 ? head.invalid.map(toSchemaViolation) : lintManifest(head.manifest, base, now);
  const ok = violations.length === 0;
  const stdout = values.json ? JSON.stringify({ ok, violations }, null, 2) : lintReport(headPath, violations);
  return { exitCode: ok ? 0 : EXIT.rejected, stdout };
}

function lintReport(headPath: string, violations: readonly LintViolation[]): string {
  if (violations.length === 0) return `${headPath}: ok (${LINT_RULES.length} rules)`;
  return violations.map(describe).join('\n');
}

function toSchemaViolation(entry: Parameters<typeof describeInvalidEntry>[0]): LintViolation {
  const more = entry.problems > 1 ? ` (${entry.problems} problems in all)` : '';
  return {
    rule: 'schema',
    tag: entry.tag,
    run_id: entry.run_id,
    message: `${entry.problem}${more}; fix the entry to match manifest-schema/manifest.schema.json`,
  };
}

async function show(argv: readonly string[], now: Date): Promise<CommandResult> {
  const { values, positionals } = parseArgsOnce({
    args: [...argv],
    allowPositionals: true,
    options: { json: { type: 'boolean' } },
  });
  const [path] = positionals;
  if (!path || positionals.length > 1)
    throw new GuardError('input_invalid', 'manifest show takes exactly one FILE');
  const { manifest, invalid } = readManifest(await readText(path), path);
  if (values.json)
    return {
      exitCode: 0,
      stdout: JSON.stringify(
        invalid.length > 0 ? { ...manifest, invalid_entries: invalid } : manifest,
        null,
        2,
      ),
    };
  const unreadable =
    invalid.length === 0
      ? ''
      : [
          `${invalid.length} ${invalid.length === 1 ? 'entry does' : 'entries do'} not match the schema and ${invalid.length === 1 ? 'is' : 'are'} not shown above:`,
          ...invalid.map((entry) => `  INVALID ${describeInvalidEntry(entry)}`),
          'run `provenance-guard manifest lint` on the file for what to fix',
        ].join('\n');
  return {
    exitCode: 0,
    stdout: [renderManifestTable(manifest, now), renderManifestCounts(manifest), unreadable]
      .filter(Boolean)
      .join('\n\n'),
  };
}

async function readText(path: string): Promise<string> {
  try {
    const stats = await stat(path);
    if (!stats.isFile()) throw new GuardError('input_invalid', `${path} is a directory, not a manifest file`);
    if (stats.size > MAX_MANIFEST_BYTES)
      throw new GuardError(
        'input_invalid',
        `${path} is larger than ${MAX_MANIFEST_BYTES} bytes: not a release manifest`,
      );
    return await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof GuardError) throw error;
    throw new GuardError('input_invalid', `cannot read ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

function describe(v: LintViolation): string {
  const where =
    v.tag === null && v.run_id === null ? 'manifest' : `${v.tag ?? '(no tag)'} (run ${v.run_id ?? '?'})`;
  return `${where}: [${v.rule}] ${v.message}`;
}

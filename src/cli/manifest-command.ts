import { readFile, stat } from 'node:fs/promises';
import { GuardError } from '../core/errors/index.js';
import {
  isoDate,
  repositoryOf,
  requiredRepository,
  signaturePolicy,
  SIGNER_OPTIONS,
} from './signature-policy.js';
import {
  describeInvalidEntry,
  LINT_RULES,
  lintManifest,
  lintSignatures,
  verdictVouched,
  type ManifestEntry,
  MAX_MANIFEST_BYTES,
  parseManifest,
  readManifest,
  type LintViolation,
} from '../core/manifest/index.js';
import { renderManifestCounts, renderManifestTable } from '../core/report/index.js';
import { EXIT, type CommandResult } from './exit.js';
import { parseArgsOnce } from './args.js';

/** `manifest lint HEAD [--base BASE] [signer flags] [--json]` and `manifest show FILE [--json]`. */
export async function runManifest(argv: readonly string[], now: Date): Promise<CommandResult> {
  const [sub, ...rest] = argv;
  if (sub === 'lint') return lint(rest, now);
  if (sub === 'show') return show(rest, now);
  throw new GuardError(
    'input_invalid',
    `manifest needs a subcommand: lint or show (got ${sub ?? 'nothing'})`,
  );
}

const LINT_OPTIONS = {
  base: { type: 'string' },
  now: { type: 'string' },
  json: { type: 'boolean' },
  ...SIGNER_OPTIONS,
} as const;

async function lint(argv: readonly string[], defaultNow: Date): Promise<CommandResult> {
  const { values, positionals } = parseArgsOnce({
    args: [...argv],
    allowPositionals: true,
    options: LINT_OPTIONS,
  });
  const [headPath] = positionals;
  if (!headPath || positionals.length > 1)
    throw new GuardError('input_invalid', 'manifest lint takes exactly one HEAD_FILE');
  const now = isoDate('--now', values.now) ?? defaultNow;
  const policy = await signaturePolicy(values, requiredRepository(values));
  const head = readManifest(await readText(headPath), headPath);
  const base = values.base === undefined ? null : parseManifest(await readText(values.base), values.base);
  // An entry that does not match the schema is reported once; the rules need well-formed entries to mean
  // anything.
  const signed =
    head.invalid.length > 0 ? { violations: [], notices: [] } : lintSignatures(head.manifest, base, policy);
  const violations =
    head.invalid.length > 0
      ? head.invalid.map(toSchemaViolation)
      : [...lintManifest(head.manifest, base, now), ...signed.violations];
  const ok = violations.length === 0;
  const { notices } = signed;
  const stdout = values.json
    ? JSON.stringify({ ok, violations, notices }, null, 2)
    : lintReport(headPath, violations, notices);
  return { exitCode: ok ? 0 : EXIT.rejected, stdout };
}

function lintReport(
  headPath: string,
  violations: readonly LintViolation[],
  notices: readonly LintViolation[],
): string {
  const reported = notices.map((notice) => `notice: ${describe(notice)}`);
  if (violations.length === 0)
    return [...reported, `${headPath}: ok (${LINT_RULES.length} rules)`].join('\n');
  return [...violations.map(describe), ...reported].join('\n');
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
    options: { json: { type: 'boolean' }, ...SIGNER_OPTIONS },
  });
  const [path] = positionals;
  if (!path || positionals.length > 1)
    throw new GuardError('input_invalid', 'manifest show takes exactly one FILE');
  const { manifest, invalid } = readManifest(await readText(path), path);
  const repository = repositoryOf(values);
  const policy = repository === null ? null : await signaturePolicy(values, repository);
  const vouched = policy === null ? null : (entry: ManifestEntry) => verdictVouched(entry, policy);
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
    stdout: [renderManifestTable(manifest, now, vouched), renderManifestCounts(manifest), unreadable]
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

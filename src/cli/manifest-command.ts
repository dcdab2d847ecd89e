import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describeIssue, GuardError } from '../core/errors/index.js';
import { isoDate, repositoryOf, requiredRepository, signaturePolicy } from './signature-policy.js';
import {
  describeInvalidEntry,
  LINT_RULES,
  lintManifest,
  lintSignatures,
  verdictVouched,
  type ManifestEntry,
  ManifestEntrySchema,
  MAX_MANIFEST_BYTES,
  parseManifest,
  readManifest,
  type InvalidEntry,
  type LintViolation,
} from '../core/manifest/index.js';
import { renderManifestCounts, renderManifestTable } from '../core/report/index.js';
import { EXIT, type CommandResult } from './exit.js';
import { parseCommandArgs } from './args.js';
import { MANIFEST_LINT_FLAGS, MANIFEST_SHOW_FLAGS } from './flags.js';

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

/** The files named, a folder standing for every `manifest.json` below it (sorted). */
export async function manifestFiles(paths: readonly string[], command: string): Promise<string[]> {
  if (paths.length === 0) throw new GuardError('input_invalid', `${command} takes one or more FILE or DIR`);
  const files: string[] = [];
  for (const path of paths) {
    const stats = await stat(path).catch(() => null);
    if (stats?.isDirectory()) {
      const found = await manifestsBelow(path);
      if (found.length === 0) throw new GuardError('input_invalid', `${path}: no manifest.json below it`);
      files.push(...found);
    } else files.push(path);
  }
  return files;
}

async function manifestsBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== '.git' && entry.name !== 'node_modules')
      found.push(...(await manifestsBelow(path)));
    else if (entry.isFile() && entry.name === 'manifest.json') found.push(path);
  }
  return found;
}

interface FileLint {
  readonly path: string;
  readonly ok: boolean;
  readonly violations: readonly LintViolation[];
  readonly notices: readonly LintViolation[];
}

async function lint(argv: readonly string[], defaultNow: Date): Promise<CommandResult> {
  const { values, positionals } = parseCommandArgs(MANIFEST_LINT_FLAGS, argv, { positionals: true });
  const paths = await manifestFiles(positionals, 'manifest lint');
  if (values.base !== undefined && paths.length > 1)
    throw new GuardError('input_invalid', '--base compares one HEAD_FILE with its base: give one file');
  const now = isoDate('--now', values.now) ?? defaultNow;
  const policy = await signaturePolicy(values, requiredRepository(values));
  const base = values.base === undefined ? null : parseManifest(await readText(values.base), values.base);
  const results: FileLint[] = [];
  for (const path of paths) {
    const text = await readText(path);
    const head = readManifest(text, path);
    // An entry that does not match the schema is reported with every problem it has; the rules need
    // well-formed entries to mean anything.
    const signed =
      head.invalid.length > 0 ? { violations: [], notices: [] } : lintSignatures(head.manifest, base, policy);
    const violations =
      head.invalid.length > 0
        ? schemaViolations(text, head.invalid)
        : [...lintManifest(head.manifest, base, now), ...signed.violations];
    results.push({ path, ok: violations.length === 0, violations, notices: signed.notices });
  }
  const ok = results.every((result) => result.ok);
  const [only] = results;
  const stdout = values.json
    ? JSON.stringify(
        results.length === 1 && only
          ? { ok, violations: only.violations, notices: only.notices }
          : { ok, files: results },
        null,
        2,
      )
    : results
        .map((result) => lintReport(result.path, result.violations, result.notices, results.length > 1))
        .join('\n');
  return { exitCode: ok ? 0 : EXIT.rejected, stdout };
}

function lintReport(
  headPath: string,
  violations: readonly LintViolation[],
  notices: readonly LintViolation[],
  named: boolean,
): string {
  const file = named ? `${headPath}: ` : '';
  const reported = notices.map((notice) => `${file}notice: ${describe(notice)}`);
  if (violations.length === 0)
    return [...reported, `${headPath}: ok (${LINT_RULES.length} rules)`].join('\n');
  return [...violations.map((violation) => `${file}${describe(violation)}`), ...reported].join('\n');
}

/** Every schema problem of every entry that does not match, one violation each. */
function schemaViolations(text: string, invalid: readonly InvalidEntry[]): LintViolation[] {
  const entries = (JSON.parse(text) as { entries: unknown[] }).entries;
  return invalid.flatMap((entry) => {
    const raw = entries[entry.index];
    const parsed = ManifestEntrySchema.safeParse(raw);
    const problems = parsed.success
      ? [entry.problem]
      : parsed.error.issues.map((issue) => describeIssue(issue, raw));
    return problems.map((problem) => ({
      rule: 'schema',
      tag: entry.tag,
      run_id: entry.run_id,
      message: `${problem}; fix the entry to match manifest-schema/manifest.schema.json`,
    }));
  });
}

async function show(argv: readonly string[], now: Date): Promise<CommandResult> {
  const { values, positionals } = parseCommandArgs(MANIFEST_SHOW_FLAGS, argv, { positionals: true });
  const paths = await manifestFiles(positionals, 'manifest show');
  const repository = repositoryOf(values);
  const policy = repository === null ? null : await signaturePolicy(values, repository);
  const vouched = policy === null ? null : (entry: ManifestEntry) => verdictVouched(entry, policy);
  const shown = await Promise.all(
    paths.map(async (path) => ({ path, ...readManifest(await readText(path), path) })),
  );
  if (values.json) {
    const bodies = shown.map(({ manifest, invalid }) =>
      invalid.length > 0 ? { ...manifest, invalid_entries: invalid } : manifest,
    );
    const body =
      bodies.length === 1 ? bodies[0] : { files: shown.map(({ path }, i) => ({ path, ...bodies[i] })) };
    return { exitCode: 0, stdout: JSON.stringify(body, null, 2) };
  }
  const pages = shown.map(({ path, manifest, invalid }) => {
    const page = showPage(manifest, invalid, now, vouched);
    return shown.length === 1 ? page : `== ${path} ==\n${page}`;
  });
  return { exitCode: 0, stdout: pages.join('\n\n') };
}

function showPage(
  manifest: ReturnType<typeof readManifest>['manifest'],
  invalid: readonly InvalidEntry[],
  now: Date,
  vouched: ((entry: ManifestEntry) => boolean) | null,
): string {
  const unreadable =
    invalid.length === 0
      ? ''
      : [
          `${invalid.length} ${invalid.length === 1 ? 'entry does' : 'entries do'} not match the schema and ${invalid.length === 1 ? 'is' : 'are'} not shown above:`,
          ...invalid.map((entry) => `  INVALID ${describeInvalidEntry(entry)}`),
          'run `provenance-guard manifest lint` on the file for what to fix',
        ].join('\n');
  return [renderManifestTable(manifest, now, vouched), renderManifestCounts(manifest), unreadable]
    .filter(Boolean)
    .join('\n\n');
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

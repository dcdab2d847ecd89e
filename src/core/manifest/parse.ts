import { z } from 'zod';
import { describeIssue, GuardError } from '../errors/index.js';
import { entryKey, MANIFEST_SCHEMA_VERSION, ManifestEntrySchema, type Manifest } from './schema.js';

/**
 * GitHub serves files up to 100 MB through the contents API (raw media type); anything larger is refused
 * before it is parsed.
 */
export const MAX_MANIFEST_BYTES = 100 * 1024 * 1024;

/**
 * An entry that does not match the schema: named by tag and run id when it has them, with its first problem.
 */
export interface InvalidEntry {
  readonly index: number;
  readonly tag: string | null;
  readonly run_id: number | null;
  readonly problem: string;
  /** How many schema problems the entry has in all. */
  readonly problems: number;
}

/** The readable entries of a manifest, and the others named one by one. */
export interface ReadManifest {
  readonly manifest: Manifest;
  readonly invalid: readonly InvalidEntry[];
}

const ManifestShellSchema = z
  .object({ schema_version: z.literal(MANIFEST_SCHEMA_VERSION), entries: z.array(z.unknown()) })
  .strict();

/** Text → a schema-valid manifest with unique (tag, run_id) entries, or `input_invalid` saying why. */
export function parseManifest(text: string, origin: string): Manifest {
  const { manifest, invalid } = readManifest(text, origin);
  const [first] = invalid;
  if (first) {
    const more = invalid.length > 1 ? ` (and ${invalid.length - 1} more invalid entries)` : '';
    throw new GuardError(
      'input_invalid',
      `${origin} does not match the manifest schema: ${describeInvalidEntry(first)}${more}`,
    );
  }
  return manifest;
}

/**
 * Like `parseManifest`, but an entry that does not match the schema is set aside and named instead
 * of sinking the file; a file that is not a manifest at all (not JSON, another version) is still refused.
 */
export function readManifest(text: string, origin: string): ReadManifest {
  if (Buffer.byteLength(text) > MAX_MANIFEST_BYTES) {
    throw new GuardError(
      'input_invalid',
      `${origin} is larger than ${MAX_MANIFEST_BYTES} bytes: not a release manifest`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new GuardError('input_invalid', `${origin} is not JSON`);
  }
  const version = (json as { schema_version?: unknown } | null)?.schema_version;
  if (version !== MANIFEST_SCHEMA_VERSION) {
    throw new GuardError(
      'input_invalid',
      `${origin} has schema_version ${JSON.stringify(version)}; this version of provenance-guard reads ${MANIFEST_SCHEMA_VERSION}`,
    );
  }
  const shell = ManifestShellSchema.safeParse(json);
  if (!shell.success)
    throw new GuardError(
      'input_invalid',
      `${origin} does not match the manifest schema: ${describeIssue(shell.error.issues[0]!, json)}`,
    );
  const entries: Manifest['entries'] = [];
  const invalid: InvalidEntry[] = [];
  shell.data.entries.forEach((raw, index) => {
    const entry = ManifestEntrySchema.safeParse(raw);
    if (entry.success) entries.push(entry.data);
    else
      invalid.push({
        index,
        ...identify(raw),
        problem: describeIssue(entry.error.issues[0]!, raw),
        problems: entry.error.issues.length,
      });
  });
  const seen = new Set<string>();
  for (const entry of entries) {
    const key = entryKey(entry);
    if (seen.has(key))
      throw new GuardError(
        'input_invalid',
        `${origin} has two entries for tag ${entry.tag}, run ${entry.run_id}`,
      );
    seen.add(key);
  }
  return { manifest: { schema_version: MANIFEST_SCHEMA_VERSION, entries }, invalid };
}

export function describeInvalidEntry(entry: InvalidEntry): string {
  const who =
    entry.tag !== null || entry.run_id !== null
      ? `entry ${entry.tag ?? '(no tag)'} (run ${entry.run_id ?? '?'})`
      : `entry ${entry.index + 1}`;
  const more =
    entry.problems > 1 ? ` and ${entry.problems - 1} more problem${entry.problems > 2 ? 's' : ''}` : '';
  return `${who}: ${entry.problem}${more}`;
}

function identify(raw: unknown): { tag: string | null; run_id: number | null } {
  const { tag, run_id: runId } = (typeof raw === 'object' && raw !== null ? raw : {}) as {
    tag?: unknown;
    run_id?: unknown;
  };
  return {
    tag: typeof tag === 'string' && tag !== '' ? tag : null,
    run_id: Number.isSafeInteger(runId) ? (runId as number) : null,
  };
}

export function serializeManifest(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

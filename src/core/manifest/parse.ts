import { GuardError } from '../errors/index.js';
import { entryKey, MANIFEST_SCHEMA_VERSION, ManifestSchema, type Manifest } from './schema.js';

/** GitHub serves files up to 100 MB through the contents API (raw media type); anything larger is refused before it is parsed. */
export const MAX_MANIFEST_BYTES = 100 * 1024 * 1024;

/** Text → a schema-valid manifest with unique (tag, run_id) entries, or `input_invalid` saying why. */
export function parseManifest(text: string, origin: string): Manifest {
  if (Buffer.byteLength(text) > MAX_MANIFEST_BYTES) {
    throw new GuardError('input_invalid', `${origin} is larger than ${MAX_MANIFEST_BYTES} bytes: not a release manifest`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new GuardError('input_invalid', `${origin} is not JSON`);
  }
  const version = (json as { schema_version?: unknown } | null)?.schema_version;
  if (version !== MANIFEST_SCHEMA_VERSION) {
    throw new GuardError('input_invalid', `${origin} has schema_version ${JSON.stringify(version)}; this version of provenance-guard reads ${MANIFEST_SCHEMA_VERSION}`);
  }
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new GuardError('input_invalid', `${origin} does not match the manifest schema at ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
  }
  const seen = new Set<string>();
  for (const entry of parsed.data.entries) {
    const key = entryKey(entry);
    if (seen.has(key)) throw new GuardError('input_invalid', `${origin} has two entries for tag ${entry.tag}, run ${entry.run_id}`);
    seen.add(key);
  }
  return parsed.data;
}

export function serializeManifest(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

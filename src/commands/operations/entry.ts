import { readEntry } from '../../adapters/manifest/index.js';
import {
  applyEvent,
  MANIFEST_SCHEMA_VERSION,
  type ManifestEntry,
  type ManifestEvent,
} from '../../core/manifest/index.js';
import type { OperationKey } from '../../core/operations/index.js';
import type { OperationDependencies } from './dependencies.js';
import { OperationDenied } from './guard.js';

/**
 * Privileged operations act on a manifest entry, never on a bare run id: the entry must exist in its
 * home file. Only the validate (or notify) action creates entries.
 */
export async function requireEntry(
  deps: OperationDependencies,
  of: { tag: string; run_id: number },
  operation: OperationKey,
): Promise<ManifestEntry> {
  if (deps.store === null) {
    throw new OperationDenied(
      'input_invalid',
      `${operation} acts on the manifest entry of tag ${of.tag} run ${of.run_id}, but the manifest is turned off (manifest: false)`,
    );
  }
  const entry = await readEntry(deps.store, of);
  if (entry === null) {
    const path = await deps.store.locate(of);
    throw new OperationDenied(
      'input_invalid',
      `no manifest entry for tag ${of.tag} run ${of.run_id} in ${path}: run the validate action for that run first ` +
        '(it creates the entry), or give manifest-path if the entry lives in another file',
    );
  }
  return entry;
}

/** Refuses, before any effect, an event the entry's status machine would refuse anyway. */
export function assertEventApplies(entry: ManifestEntry, event: ManifestEvent): void {
  const result = applyEvent({ schema_version: MANIFEST_SCHEMA_VERSION, entries: [entry] }, event);
  if (!result.ok) throw new OperationDenied('input_invalid', result.reason);
}

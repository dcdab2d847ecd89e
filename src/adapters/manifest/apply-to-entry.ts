import { entryKey, type ManifestEntry, type ManifestEvent } from '../../core/manifest/index.js';
import type { EntryRef, ManifestStore, StoreResult } from './store.js';

export interface EntryResult {
  readonly outcome: StoreResult['outcome'] | 'no-manifest';
  /** The event's entry after the update (or as it stands when nothing changed). */
  readonly entry: ManifestEntry | null;
  readonly message: string;
}

/** The entry as it stands in its home file; null when there is no manifest or no such entry. */
export async function readEntry(store: ManifestStore | null, of: EntryRef): Promise<ManifestEntry | null> {
  if (store === null) return null;
  return (await store.read(of)).entries.find((e) => entryKey(e) === entryKey(of)) ?? null;
}

/** Applies an event when there is a manifest and returns the entry it concerns. */
export async function applyToEntry(store: ManifestStore | null, event: ManifestEvent): Promise<EntryResult> {
  if (store === null) return { outcome: 'no-manifest', entry: null, message: 'no manifest' };
  const result = await store.apply(event);
  return {
    outcome: result.outcome,
    entry: result.manifest.entries.find((e) => entryKey(e) === entryKey(event)) ?? null,
    message: result.message,
  };
}

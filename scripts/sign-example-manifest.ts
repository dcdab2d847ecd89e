// Signs the verdicts of examples/manifest.json (and its base) as the validate job would have on the day, with a
// loopback Sigstore instance whose root is written to examples/trusted_root.json. Run once when the example
// changes: `npx tsx scripts/sign-example-manifest.ts`. Keys are fresh each run, so the output differs each time;
// test/cli/manifest.test.ts checks that the committed files verify and lint clean.
import { readFileSync, writeFileSync } from 'node:fs';
import type { HistoryEntry, Manifest, ManifestEntry } from '../src/core/manifest/index.js';
import { serializeManifest, verdictDigest } from '../src/core/manifest/index.js';
import { startSigstoreInstance } from '../test/support/sigstore/index.js';
import { signEntry } from '../test/support/signed-verdict.js';

// The instance, its certificates and its log entries are dated on the example's day.
const RealDate = globalThis.Date;
let offset = 0;
const now = () => RealDate.now() + offset;
globalThis.Date = new Proxy(RealDate, {
  construct: (target, args, newTarget) =>
    Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget),
  get: (target, property, receiver) => (property === 'now' ? now : Reflect.get(target, property, receiver)),
});
const setClock = (iso: string) => {
  offset = RealDate.parse(iso) - RealDate.now();
};

const SIGNING_DELAY_MS = 20_000;
const isVerdictStep = (step: HistoryEntry) => step.event === 'validated' || step.event === 'rerun_succeeded';

setClock('2026-03-10T00:00:00Z');
const instance = await startSigstoreInstance('public-good');
const signed = new Map<string, HistoryEntry>();

async function signatureStep(entry: ManifestEntry, step: HistoryEntry): Promise<HistoryEntry> {
  const key = `${entry.tag}#${entry.run_id}#${step.at}`;
  const known = signed.get(key);
  if (known) return known;
  const at = new RealDate(RealDate.parse(step.at) + SIGNING_DELAY_MS).toISOString();
  setClock(at);
  const bundle = await signEntry(instance, { ...entry, run_attempt: step.run_attempt });
  const result: HistoryEntry = {
    at,
    event: 'verdict_signed',
    actor: step.actor,
    run_id: entry.run_id,
    run_attempt: step.run_attempt,
    from: 'success',
    to: 'success',
    reason: null,
    verdict_sha256: verdictDigest(entry.verdict!),
    signature: bundle as HistoryEntry['signature'],
  };
  signed.set(key, result);
  return result;
}

async function signManifest(path: string): Promise<void> {
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  for (const entry of manifest.entries) {
    if (entry.verdict === null) continue;
    const history = entry.history.filter((step) => step.event !== 'verdict_signed');
    const index = history.findLastIndex(isVerdictStep);
    history.splice(index + 1, 0, await signatureStep(entry, history[index]!));
    entry.history = history;
  }
  writeFileSync(path, serializeManifest(manifest));
}

await signManifest('examples/manifest.json');
await signManifest('examples/manifest.base.json');
writeFileSync('examples/trusted_root.json', `${JSON.stringify(instance.trustedRoot, null, 2)}\n`);
await instance.close();

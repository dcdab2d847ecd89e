import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CaseTable } from '../cases.js';
import { sigstoreConformanceCases, SIGSTORE_CONFORMANCE_DIR } from './sigstore-conformance-cases.js';
import { slsaVerifierCases, SLSA_VERIFIER_DIR } from './slsa-verifier-cases.js';

/** Regenerates the checked-in case tables: `npx tsx test/conformance/scripts/generate.ts`. */
export const TABLES = [
  { path: `${SLSA_VERIFIER_DIR}/cases.json`, build: slsaVerifierCases },
  { path: `${SIGSTORE_CONFORMANCE_DIR}/cases.json`, build: sigstoreConformanceCases },
] as const;

/** One case per line, so a review sees which cases changed. */
export function renderTable(table: CaseTable<unknown>): string {
  const { cases, ...head } = table;
  const header = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  return `${header},\n  "cases": [\n${cases.map((c) => `    ${JSON.stringify(c)}`).join(',\n')}\n  ]\n}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(fileURLToPath(new URL('.', import.meta.url)), '../../..');
  for (const { path, build } of TABLES) {
    const table = build(root);
    writeFileSync(join(root, path), renderTable(table));
    console.log(`${path}: ${table.cases.length} cases, ${table.excluded.length} excluded`);
  }
}

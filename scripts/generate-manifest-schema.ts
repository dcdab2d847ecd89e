// Writes manifest-schema/manifest.schema.json from the zod schema; CI fails when the committed file differs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { ManifestSchema } from '../src/core/manifest/index.js';

export function manifestJsonSchema(): string {
  const schema = z.toJSONSchema(ManifestSchema, { target: 'draft-2020-12' });
  const document = {
    title: 'provenance-guard release manifest',
    description:
      'One entry per (tag, run_id); written only through provenance-guard events. Generated from src/core/manifest/schema.ts — do not edit.',
    ...schema,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync('manifest-schema', { recursive: true });
  writeFileSync('manifest-schema/manifest.schema.json', manifestJsonSchema());
}

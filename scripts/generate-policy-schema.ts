// Writes manifest-schema/policy.schema.json from the zod schema; CI fails when the committed file differs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { PolicyFileSchema } from '../src/core/policy-file/index.js';

export function policyJsonSchema(): string {
  // The input side: what a reviewer writes in .github/provenance-policy.yml, defaults left out.
  const schema = z.toJSONSchema(PolicyFileSchema, { target: 'draft-2020-12', io: 'input' });
  const document = {
    title: 'provenance-guard provenance policy',
    description:
      'The reviewed policy of .github/provenance-policy.yml: rules per artifact glob. Generated from src/core/policy-file/schema.ts — do not edit.',
    ...schema,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync('manifest-schema', { recursive: true });
  writeFileSync('manifest-schema/policy.schema.json', policyJsonSchema());
}

import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { policyJsonSchema } from '../../scripts/generate-policy-schema.js';

const committed = readFileSync(new URL('../../manifest-schema/policy.schema.json', import.meta.url), 'utf8');

describe('manifest-schema/policy.schema.json', () => {
  it('is exactly what the zod schema generates (run `npm run generate`)', () => {
    expect(committed).toBe(policyJsonSchema());
  });

  it('accepts the example policy and refuses an unknown builder family', () => {
    const validate = new Ajv2020.default({ strict: false }).compile(JSON.parse(committed));
    const example = parse(
      readFileSync(new URL('../../examples/provenance-policy.yml', import.meta.url), 'utf8'),
    );
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ version: 1, artifacts: [{ builders: ['jenkins'] }] })).toBe(false);
  });
});

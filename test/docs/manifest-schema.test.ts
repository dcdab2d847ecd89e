import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manifestJsonSchema } from '../../scripts/generate-manifest-schema.js';

describe('manifest-schema/manifest.schema.json', () => {
  it('is exactly what the zod schema generates (run `npm run generate`)', () => {
    expect(readFileSync(new URL('../../manifest-schema/manifest.schema.json', import.meta.url), 'utf8')).toBe(
      manifestJsonSchema(),
    );
  });
});

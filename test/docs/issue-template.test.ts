import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ISSUE_TEMPLATE_PATH, issueTemplateFile } from '../../scripts/generate-issue-template.js';

describe('the shipped issue template', () => {
  it('is exactly what notify-on-failure fills in (run `npm run generate`)', () => {
    expect(readFileSync(new URL(`../../${ISSUE_TEMPLATE_PATH}`, import.meta.url), 'utf8')).toBe(
      issueTemplateFile(),
    );
  });
});

import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { renderValidateSummary, type SummaryContext } from '../../src/action/validate/summary.js';
import type { ValidateResult } from '../../src/commands/validate/index.js';
import { failed, rejectedBeforeVerification } from '../../src/core/policy/index.js';
import type { TagProtection } from '../../src/core/release/tag-protection.js';

const result: ValidateResult = {
  verdict: rejectedBeforeVerification(
    failed('bundle', 'attestation_missing', 'a provenance file', 'none'),
    'provenance-guard',
  ),
  steps: ['release'],
  evidence: { written: true, path: 'evidence.json', sha256: 'c'.repeat(64) },
  manifest: null,
};
const context = (tagProtection?: TagProtection | null): SummaryContext => ({
  tag: 'v9-anything',
  runId: 100,
  artifacts: 'the release assets',
  runUrl: 'https://github.com/acme/app/actions/runs/100',
  manifestUrl: null,
  tagProtection,
});
const warnings = (markdown: string) => markdown.split('\n').filter((line) => line.includes('Release tags'));

describe('the validate summary warns when release tags are open to any writer', () => {
  it('no active tag ruleset: a warning that names the tag, the environment and the fix', () => {
    const markdown = renderValidateSummary(
      result,
      context({ kind: 'unrestricted', missing: 'no active tag ruleset covers refs/tags/v9-anything' }),
    );
    const [warning] = warnings(markdown);
    expect(warning).toContain('**Release tags are not protected**');
    expect(warning).toContain('`v9-anything`');
    expect(warning).toContain('`provenance-notify`');
    expect(warning).toMatch(/restricts creations, updates and deletions/);
    expect(marked.parse(warning!, { gfm: true })).toMatch(/^<blockquote>/);
  });

  it('rulesets that could not be read: a warning that says it could not check, and why', () => {
    const markdown = renderValidateSummary(
      result,
      context({ kind: 'unknown', why: 'the rulesets of acme/app could not be read: @acme/security-team' }),
    );
    const [warning] = warnings(markdown);
    expect(warning).toContain('**Release tags may not be protected**');
    // The reason is shown escaped: a mention in it pings nobody.
    expect(marked.parse(warning!, { gfm: true })).not.toMatch(/@acme/);
  });

  it.each([
    ['a restricting ruleset', { kind: 'restricted', rulesets: ['release tags'] } as const],
    ['nothing read', undefined],
    ['nothing read (null)', null],
  ])('no warning with %s', (_label, protection) => {
    expect(warnings(renderValidateSummary(result, context(protection)))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { checkActionItems } from './postmortem-checks.js';

const postmortem = (rows: string[], header = '| # | action | type | link | owner role |') =>
  [
    '# Postmortem',
    '',
    '## Action items',
    '',
    header,
    '|---|---|---|---|---|',
    ...rows,
    '',
    '## Appendix',
    '| not | the | table |',
  ].join('\n');

describe('checkActionItems', () => {
  it('accepts items that each land in a runbook, policy, test, alert or code path', () => {
    expect(
      checkActionItems(
        postmortem([
          '| 1 | add triage step | runbook | [tag_mismatch](../runbooks/tag_mismatch.md) | Release Steward |',
          '| 2 | page on repeated S1 | `alert` | https://github.com/owner/name/pull/12 | Security CI Admin |',
          '| 3 | refuse moved tags | code | [tags.ts](../../../src/adapters/github/tags.ts) | Security CI Admin |',
        ]),
      ),
    ).toEqual([]);
  });

  it('rejects a type outside the five, and an item that links nowhere', () => {
    expect(
      checkActionItems(
        postmortem([
          '| 1 | be more careful | process | [x](x.md) | Release Steward |',
          '| 2 | add a test | test | test/foo.test.ts | Release Steward |',
          '| 3 | add a policy | policy |  | Release Steward |',
        ]),
      ),
    ).toEqual([
      'action item 1: type "process" is not one of runbook, policy, test, alert, code',
      'action item 2: link "test/foo.test.ts" is not a Markdown link or URL',
      'action item 3: link "" is not a Markdown link or URL',
    ]);
  });

  it('rejects a table without type or link columns, an empty table and a missing section', () => {
    expect(
      checkActionItems(postmortem(['| 1 | x | runbook |'], '| # | action | kind | where | owner |')),
    ).toEqual(['the action-items table needs a "type" and a "link" column']);
    expect(checkActionItems(postmortem([]))).toEqual(['the action-items table has no rows']);
    expect(checkActionItems('# Postmortem\n\n## Timeline\n')).toEqual(['no "## Action items" section']);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FAILURE_CATALOG, VERDICT_CODES } from '../../src/core/errors/index.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('the README failure-code table', () => {
  it('lists exactly the codes of src/core, with their kind, severity and meaning', () => {
    const table =
      readme.split('<!-- failure-codes:start -->')[1]?.split('<!-- failure-codes:end -->')[0] ?? '';
    const rows = table.split('\n').filter((line) => line.startsWith('| `'));
    const parsed = rows.map((row) =>
      row
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
    const expected = Object.entries(FAILURE_CATALOG).map(([code, info]) => [
      `\`${code}\``,
      (VERDICT_CODES as readonly string[]).includes(code) ? 'verdict' : 'operational',
      info.severity,
      info.meaning,
    ]);
    expect(parsed).toEqual(expected);
  });
});

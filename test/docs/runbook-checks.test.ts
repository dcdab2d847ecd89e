import { describe, expect, it } from 'vitest';
import { FAILURE_CODES } from '../../src/core/errors/index.js';
import { REQUIRED_SECTIONS, checkCoverage, checkFreshness, checkRunbook } from './runbook-checks.js';

/** Synthetic runbooks prove that each check can fail; the real ones are checked in runbooks.test.ts. */

const TODAY = new Date('2026-11-25T12:00:00Z');

interface Parts {
  frontMatter: Record<string, string | string[]>;
  sections: Record<string, string>;
}

function validParts(): Parts {
  const sections = Object.fromEntries(REQUIRED_SECTIONS.map((title) => [title, `What to do in ${title}.`]));
  sections.Evidence =
    'Save it.\n\n```bash\nopenssl dgst -sha256 -r a\n```\n\n```powershell\nGet-FileHash a\n```';
  sections.Related = '- [Incident runbook](../INCIDENT_RUNBOOK.md)';
  return {
    frontMatter: {
      id: 'tag_mismatch',
      severity: 'S2',
      owner: 'Release Steward',
      kind: 'verdict',
      last_verified: '2026-11-25',
      labels: ['ops-alert', 'provenance-failure'],
    },
    sections,
  };
}

function render({ frontMatter, sections }: Parts): string {
  const yaml = Object.entries(frontMatter).map(([key, value]) =>
    Array.isArray(value) ? `${key}:\n${value.map((item) => `  - ${item}`).join('\n')}` : `${key}: ${value}`,
  );
  const body = Object.entries(sections).map(([title, text]) => `## ${title}\n\n${text}\n`);
  return ['---', ...yaml, '---', '', '# title', '', ...body].join('\n');
}

function errorsOf(mutate: (parts: Parts) => void, fileName = 'tag_mismatch.md'): readonly string[] {
  const parts = validParts();
  mutate(parts);
  return checkRunbook(fileName, render(parts), TODAY).errors;
}

describe('checkRunbook', () => {
  it('accepts a complete runbook', () => {
    expect(checkRunbook('tag_mismatch.md', render(validParts()), TODAY)).toEqual({
      errors: [],
      warnings: [],
    });
  });

  it.each([
    ['a missing field', (p: Parts) => delete p.frontMatter.owner, /missing owner/],
    [
      'an id that is not the file name',
      (p: Parts) => {
        p.frontMatter.id = 'tlog_invalid';
      },
      /id is "tlog_invalid", expected "tag_mismatch"/,
    ],
    [
      'a severity other than the catalog one',
      (p: Parts) => {
        p.frontMatter.severity = 'S1';
      },
      /severity is "S1", expected "S2"/,
    ],
    [
      'a wrong kind',
      (p: Parts) => {
        p.frontMatter.kind = 'operational';
      },
      /kind is "operational", expected "verdict"/,
    ],
    [
      'an owner that is no role',
      (p: Parts) => {
        p.frontMatter.owner = 'Somebody';
      },
      /owner "Somebody" is not one of/,
    ],
    [
      'a missing label',
      (p: Parts) => {
        p.frontMatter.labels = ['ops-alert'];
      },
      /labels are/,
    ],
    [
      'an extra label',
      (p: Parts) => {
        p.frontMatter.labels = ['ops-alert', 'provenance-failure', 'security-backcompat'];
      },
      /labels are/,
    ],
    [
      'an unknown key',
      (p: Parts) => {
        p.frontMatter.maturity = 'draft';
      },
      /unknown key maturity/,
    ],
    ['a missing section', (p: Parts) => delete p.sections.Backout, /"## Backout" is missing/],
    [
      'an empty section',
      (p: Parts) => {
        p.sections.Validation = '  ';
      },
      /"## Validation" is empty/,
    ],
    [
      'a placeholder section',
      (p: Parts) => {
        p.sections.Safety = 'TBD';
      },
      /"## Safety" is empty/,
    ],
    [
      'no bash block',
      (p: Parts) => {
        p.sections.Evidence = '```powershell\nGet-FileHash a\n```';
      },
      /no ```bash block/,
    ],
    [
      'no PowerShell block',
      (p: Parts) => {
        p.sections.Evidence = '```bash\nls\n```';
      },
      /no ```powershell block/,
    ],
    [
      'an empty bash block',
      (p: Parts) => {
        p.sections.Evidence = '```bash\n\n```\n```powershell\nGet-FileHash a\n```';
      },
      /no ```bash block/,
    ],
    [
      'a Related section without links',
      (p: Parts) => {
        p.sections.Related = 'see the other runbooks';
      },
      /links to no document/,
    ],
    [
      'an expired last_verified',
      (p: Parts) => {
        p.frontMatter.last_verified = '2025-11-24';
      },
      /366 days old \(limit 365\)/,
    ],
  ])('rejects %s', (_name, mutate, message) => {
    expect(errorsOf(mutate).join('\n')).toMatch(message);
  });

  it('rejects sections out of order', () => {
    const errors = errorsOf((p) => {
      const { Triage, ...rest } = p.sections;
      p.sections = { ...rest, Triage: Triage ?? '' };
    });
    expect(errors.join('\n')).toMatch(/out of order/);
  });

  it('needs the security-backcompat label exactly for predicate_mismatch', () => {
    const predicate = (labels: string[]) =>
      errorsOf((p) => {
        Object.assign(p.frontMatter, { id: 'predicate_mismatch', owner: 'Security CI Admin', labels });
      }, 'predicate_mismatch.md');
    expect(predicate(['ops-alert', 'provenance-failure']).join('\n')).toMatch(/labels are/);
    expect(predicate(['provenance-failure', 'security-backcompat', 'ops-alert'])).toEqual([]);
  });

  it('checks the operational kind and S3 severity of operational codes', () => {
    const errors = errorsOf(
      (p) => Object.assign(p.frontMatter, { id: 'notify_failed', severity: 'S3', kind: 'operational' }),
      'notify_failed.md',
    );
    expect(errors).toEqual([]);
  });

  it('rejects a runbook whose file name is no failure code', () => {
    expect(errorsOf(() => undefined, 'tag_mismatched.md')).toEqual([
      'tag_mismatched.md: orphan runbook, names no failure code',
    ]);
  });

  it('rejects a file without front matter, or with a line it cannot read', () => {
    expect(checkRunbook('tag_mismatch.md', '# tag_mismatch\n', TODAY).errors[0]).toMatch(/no front matter/);
    expect(checkRunbook('tag_mismatch.md', '---\nid tag_mismatch\n---\n', TODAY).errors[0]).toMatch(
      /expected "key: value"/,
    );
  });
});

describe('checkFreshness (today injected)', () => {
  it.each([
    ['2026-11-25', 'fresh', 0, 0],
    ['2026-05-29', 'exactly 180 days', 0, 0],
    ['2026-05-28', '181 days: warning only', 0, 1],
    ['2025-11-25', 'exactly 365 days: warning only', 0, 1],
    ['2025-11-24', '366 days: failure', 1, 0],
    ['2026-11-26', 'in the future', 1, 0],
    ['2026-02-30', 'not a real date', 1, 0],
    ['25-11-2026', 'not YYYY-MM-DD', 1, 0],
  ])('%s (%s)', (date, _case, errors, warnings) => {
    const findings = checkFreshness(date, TODAY);
    expect([findings.errors.length, findings.warnings.length]).toEqual([errors, warnings]);
  });

  it('reports a stale runbook as a warning, not an error, through checkRunbook', () => {
    const parts = validParts();
    parts.frontMatter.last_verified = '2026-04-01';
    const findings = checkRunbook('tag_mismatch.md', render(parts), TODAY);
    expect(findings.errors).toEqual([]);
    expect(findings.warnings).toEqual([expect.stringMatching(/238 days old/)]);
  });
});

describe('checkCoverage', () => {
  const all = FAILURE_CODES.map((code) => `${code}.md`);

  it('passes when every code has exactly its runbook', () => {
    expect(checkCoverage(all)).toEqual([]);
  });

  it('names a code without a runbook', () => {
    expect(checkCoverage(all.filter((name) => name !== 'lock_timeout.md'))).toEqual([
      'lock_timeout: no runbook docs/ops/runbooks/lock_timeout.md',
    ]);
  });

  it('names an orphan runbook', () => {
    expect(checkCoverage([...all, 'rate_limited.md'])).toEqual([
      'rate_limited.md: orphan runbook, names no failure code',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { FAILURE_CATALOG, FAILURE_CODES } from '../../src/core/errors/index.js';
import { parseFrontMatter } from './front-matter.js';
import { level2Sections } from './markdown-syntax.js';
import { ACTION_ITEM_TYPES, checkActionItems } from './postmortem-checks.js';
import { RUNBOOK_DIR, markdownDocs, repoFiles, runbookFileNames } from './repo-docs.js';
import { checkCoverage, checkRunbook, expectedKind } from './runbook-checks.js';

const today = new Date();

describe('docs/ops/runbooks', () => {
  it('has one runbook per failure code and no orphan', () => {
    expect(checkCoverage(runbookFileNames())).toEqual([]);
  });

  it.each(runbookFileNames())('%s passes the runbook checks', (fileName) => {
    const findings = checkRunbook(fileName, repoFiles.read(`${RUNBOOK_DIR}/${fileName}`), today);
    for (const warning of findings.warnings) console.warn(`${RUNBOOK_DIR}/${fileName}: ${warning}`);
    expect(findings.errors).toEqual([]);
  });
});

describe('docs/ops/INCIDENT_RUNBOOK.md', () => {
  const text = repoFiles.read('docs/ops/INCIDENT_RUNBOOK.md');
  const tableRows = (sectionTitle: string) =>
    (level2Sections(text).find((section) => section.title === sectionTitle)?.body ?? '')
      .split('\n')
      .filter(
        (line) => line.startsWith('| ') && !line.startsWith('| code |') && !line.startsWith('| severity |'),
      )
      .map((line) =>
        line
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim()),
      );
  const runbookOwner = (code: string) => {
    const frontMatter = parseFrontMatter(repoFiles.read(`${RUNBOOK_DIR}/${code}.md`));
    return frontMatter.ok ? frontMatter.fields.get('owner') : frontMatter.error;
  };

  it('links every failure code to its runbook, with its kind, severity and owner', () => {
    expect(tableRows('Failure codes and their runbooks')).toEqual(
      FAILURE_CODES.map((code) => [
        `\`${code}\``,
        expectedKind(code),
        FAILURE_CATALOG[code].severity,
        runbookOwner(code),
        `[${code}](runbooks/${code}.md)`,
      ]),
    );
  });

  it('lists every code in the severity table under its catalog severity', () => {
    const bySeverity = new Map(tableRows('Severity').map((cells) => [cells[0], cells[2] ?? '']));
    for (const code of FAILURE_CODES)
      expect(bySeverity.get(FAILURE_CATALOG[code].severity), code).toContain(`\`${code}\``);
    expect([...bySeverity.keys()]).toEqual(['S0', 'S1', 'S2', 'S3']);
  });
});

describe('docs/ops/POSTMORTEM_TEMPLATE.md', () => {
  const text = repoFiles.read('docs/ops/POSTMORTEM_TEMPLATE.md');

  it('has an action-items table whose example rows pass the action-item check', () => {
    expect(checkActionItems(text)).toEqual([]);
  });

  it('states exactly the allowed action-item types', () => {
    const stated = /`type` is exactly\s+one of ([^;]+);/
      .exec(text)?.[1]
      ?.match(/`([a-z]+)`/g)
      ?.map((t) => t.replace(/`/g, ''));
    expect(stated).toEqual([...ACTION_ITEM_TYPES]);
  });

  it('is what filled-in postmortems under docs/ops/postmortems/ are checked against', () => {
    for (const path of markdownDocs().filter((doc) => doc.startsWith('docs/ops/postmortems/'))) {
      expect(checkActionItems(repoFiles.read(path)), path).toEqual([]);
    }
  });
});

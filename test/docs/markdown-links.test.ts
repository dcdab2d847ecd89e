import { describe, expect, it } from 'vitest';
import { brokenLinks, type RepoFiles } from './link-checks.js';
import { fencedBlocks, headingAnchors } from './markdown-syntax.js';
import { markdownDocs, repoFiles } from './repo-docs.js';

describe('relative links in README.md and docs/**/*.md', () => {
  it.each(markdownDocs())('%s links only to files and headings that exist', (path) => {
    expect(brokenLinks(path, repoFiles.read(path), repoFiles)).toEqual([]);
  });

  it.each(markdownDocs())('%s does not refer to files outside the repository', (path) => {
    expect(repoFiles.read(path)).not.toMatch(/\.\.\/shared\//);
  });
});

describe('brokenLinks', () => {
  const files: Record<string, string> = {
    'README.md': '# Tool\n\n## The CLI\n\n## Set up and run\n',
    'docs/ops/INCIDENT_RUNBOOK.md': '# Incident runbook\n\n## Severity\n\n## Severity\n',
    'docs/ops/runbooks/tag_mismatch.md': '# tag_mismatch\n\n## Do-Not-Do\n\n## `code` spans & punctuation!\n',
  };
  const repo: RepoFiles = {
    exists: (path) => path in files || Object.keys(files).some((file) => file.startsWith(`${path}/`)),
    read: (path) => files[path] ?? '',
  };
  const check = (markdown: string) => brokenLinks('docs/ops/runbooks/x.md', markdown, repo);

  it('accepts files, folders, headings, repeated headings and external URLs', () => {
    expect(
      check(
        [
          '[a](tag_mismatch.md) [b](../INCIDENT_RUNBOOK.md#severity) [c](../INCIDENT_RUNBOOK.md#severity-1)',
          '[d](../../../README.md#the-cli) [e](./) [f](tag_mismatch.md#do-not-do) [g](tag_mismatch.md#code-spans--punctuation)',
          '[h](https://example.com/x.md) [i](mailto:ops@example.com) ![j](<tag_mismatch.md>)',
          '[ref]: ../../../README.md#set-up-and-run',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('names a missing file, a missing heading and a link out of the repository', () => {
    expect(
      check('[a](missing.md)\n\n[b](../INCIDENT_RUNBOOK.md#roles)\n[c](../../../../shared/seeds/x.txt)'),
    ).toEqual([
      'docs/ops/runbooks/x.md:1: missing.md — docs/ops/runbooks/missing.md does not exist',
      'docs/ops/runbooks/x.md:3: ../INCIDENT_RUNBOOK.md#roles — docs/ops/INCIDENT_RUNBOOK.md has no heading for #roles',
      'docs/ops/runbooks/x.md:4: ../../../../shared/seeds/x.txt — points outside the repository',
    ]);
  });

  it('checks same-file anchors against the file itself', () => {
    expect(brokenLinks('README.md', '# Tool\n\n## The CLI\n\n[x](#the-cli) [y](#nope)', repo)).toEqual([
      'README.md:5: #nope — README.md has no heading for #nope',
    ]);
  });

  it('ignores links inside code blocks and code spans', () => {
    expect(check('```md\n[a](missing.md)\n```\n`[b](missing.md)`\n~~~\n[c](gone.md)\n~~~')).toEqual([]);
  });
});

describe('markdown-syntax', () => {
  it('reads fenced blocks with their language, including longer and tilde fences', () => {
    const blocks = fencedBlocks(
      '````md\n```bash\nnot closed by an info string\n```\n````\n~~~powershell\nGet-Item x\n~~~\n',
    );
    expect(blocks.map((block) => [block.lang, block.line])).toEqual([
      ['md', 1],
      ['powershell', 6],
    ]);
  });

  it('makes GitHub anchors, ignoring headings in code blocks', () => {
    expect([...headingAnchors('# A b\n```\n# not a heading\n```\n## A b\n## Post-Recovery Watch\n')]).toEqual(
      ['a-b', 'a-b-1', 'post-recovery-watch'],
    );
  });
});

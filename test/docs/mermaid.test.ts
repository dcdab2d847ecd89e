import { describe, expect, it } from 'vitest';
import { fencedBlocks } from './markdown-syntax.js';
import { parseMermaid } from './mermaid-check.js';
import { markdownDocs, repoFiles } from './repo-docs.js';

const diagrams = markdownDocs().flatMap((path) =>
  fencedBlocks(repoFiles.read(path))
    .filter((block) => block.lang === 'mermaid')
    .map((block) => ({ where: `${path}:${block.line}`, source: block.body })),
);

describe('mermaid blocks in README.md and docs/', () => {
  it('include the README state machine and the incident flowchart', () => {
    expect(diagrams.map((diagram) => diagram.where)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^README\.md:/),
        expect.stringMatching(/^docs\/ops\/INCIDENT_RUNBOOK\.md:/),
      ]),
    );
  });

  it.each(diagrams)('$where parses', async ({ source }) => {
    expect(await parseMermaid(source)).toEqual({ ok: true, detail: expect.any(String) });
  });
});

describe('parseMermaid', () => {
  it.each([
    ['flowchart', 'flowchart TD\n  a["x<br/>y"] --> b{"ok?"}\n  b -- yes --> c\n', 'flowchart-v2'],
    [
      'state diagram',
      'stateDiagram-v2\n  [*] --> pending\n  pending --> success: validated\n',
      'stateDiagram',
    ],
  ])('accepts a valid %s', async (_kind, source, type) => {
    expect(await parseMermaid(source)).toEqual({ ok: true, detail: type });
  });

  it.each([
    ['an unclosed node label', 'flowchart TD\n  a["x] --> b\n'],
    ['an edge without a target', 'flowchart TD\n  a --> b\n  c -->\n'],
    ['an unbalanced shape', 'flowchart TD\n  a --> b[(y]\n'],
    ['a state transition without a target', 'stateDiagram-v2\n  [*] -->\n'],
    ['an unknown diagram type', 'flowchrt TD\n  a --> b\n'],
  ])('rejects %s', async (_case, source) => {
    expect((await parseMermaid(source)).ok).toBe(false);
  });
});

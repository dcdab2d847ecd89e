import DOMPurify from 'dompurify';
import mermaid from 'mermaid';

/**
 * Parses Mermaid source with mermaid's own grammar (the one GitHub renders with) under Node.
 *
 * mermaid sanitizes labels with DOMPurify while it parses. Without a DOM, DOMPurify loads as an
 * inert object that has no `sanitize`/`addHook`, so every diagram with a label would fail with
 * "DOMPurify.addHook is not a function" and hide the real syntax verdict. Sanitizing is about
 * rendering HTML safely and has no bearing on whether the source parses, so where there is no
 * DOM the labels pass through unchanged. `dompurify` is mermaid's own dependency: importing it
 * here yields the very module instance mermaid uses.
 */
if (!DOMPurify.isSupported) {
  Object.assign(DOMPurify, {
    sanitize: (dirty: unknown) => String(dirty),
    addHook: () => undefined,
    removeHook: () => undefined,
    removeHooks: () => undefined,
    removeAllHooks: () => undefined,
  });
}

export interface MermaidVerdict {
  readonly ok: boolean;
  /** mermaid's diagram type (e.g. `flowchart-v2`, `stateDiagram`) or its error message. */
  readonly detail: string;
}

export async function parseMermaid(source: string): Promise<MermaidVerdict> {
  try {
    const result = await mermaid.parse(source);
    return result
      ? { ok: true, detail: result.diagramType }
      : { ok: false, detail: 'mermaid rejected the diagram' };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

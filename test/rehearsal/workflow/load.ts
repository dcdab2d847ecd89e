import {
  convertWorkflowTemplate,
  isMapping,
  isSequence,
  NoOperationTraceWriter,
  parseWorkflow,
} from '@actions/workflow-parser';
import type { WorkflowTemplate } from '@actions/workflow-parser/model/workflow-template';
import type { MappingToken, TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import { isScalar as isYamlScalar, LineCounter, parseDocument, visit } from 'yaml';

/** A workflow file as GitHub's own parser reads it, with the raw tokens its model leaves out. */
export interface Workflow {
  /** `.github/workflows/security-ci.yml` */
  readonly path: string;
  /** `security-ci.yml` */
  readonly file: string;
  /** `name:`, or the path when the workflow has none (as GitHub shows it). */
  readonly name: string;
  readonly template: WorkflowTemplate;
  /** The parsed file: `run-name`, `permissions`, `with`, `shell`, `working-directory` are read from here. */
  readonly root: MappingToken;
  /** YAML values of block scalars by `line:column` of their header (see `expressions.ts`). */
  readonly blockScalars: ReadonlyMap<string, string>;
}

/** GitHub's "Invalid workflow file": the run fails with these errors and runs no job. */
export class WorkflowFileError extends Error {
  constructor(
    readonly path: string,
    readonly errors: readonly string[],
  ) {
    super(`Invalid workflow file ${path}: ${errors.join('; ')}`);
  }
}

export async function loadWorkflow(path: string, content: string): Promise<Workflow> {
  const file = path.replace(/^.*\//, '');
  const parsed = parseWorkflow({ name: path, content }, new NoOperationTraceWriter());
  const parseErrors = parsed.context.errors.getErrors().map((error) => error.message);
  if (parseErrors.length > 0 || !parsed.value) throw new WorkflowFileError(path, parseErrors);
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  const convertErrors = (template.errors ?? []).map((error) => error.Message);
  if (convertErrors.length > 0) throw new WorkflowFileError(path, convertErrors);
  const root = parsed.value.assertMapping('workflow');
  const name = child(root, 'name');
  return {
    path,
    file,
    name: name && isScalarToken(name) ? String(name.toString()) : path,
    template,
    root,
    blockScalars: blockScalarValues(content),
  };
}

export function child(token: TemplateToken | undefined, key: string): TemplateToken | undefined {
  return token && isMapping(token) ? token.find(key) : undefined;
}

/** The raw mapping of a job. */
export function jobToken(workflow: Workflow, jobId: string): MappingToken {
  const job = child(child(workflow.root, 'jobs'), jobId);
  if (!job || !isMapping(job)) throw new Error(`${workflow.file} has no job ${jobId}`);
  return job;
}

/** The raw mapping of a job's step, by position. */
export function stepToken(workflow: Workflow, jobId: string, index: number): MappingToken {
  const steps = child(jobToken(workflow, jobId), 'steps');
  const step = steps && isSequence(steps) ? steps.get(index) : undefined;
  if (!step || !isMapping(step)) throw new Error(`${workflow.file} job ${jobId} has no step ${index}`);
  return step;
}

function isScalarToken(token: TemplateToken): boolean {
  return token.isScalar && !token.isExpression;
}

/**
 * The parser builds the expression of a block scalar (`key: >-` followed by `${{ … }}` lines) from the raw
 * source lines, indentation and final newline included; GitHub evaluates the YAML value. The values are kept
 * here so the evaluator can use them instead.
 */
function blockScalarValues(content: string): Map<string, string> {
  const lines = new LineCounter();
  const document = parseDocument(content, { lineCounter: lines, keepSourceTokens: true });
  const values = new Map<string, string>();
  visit(document, {
    Scalar(_key, node) {
      if (!isYamlScalar(node) || (node.type !== 'BLOCK_FOLDED' && node.type !== 'BLOCK_LITERAL')) return;
      const start = node.range?.[0];
      if (start === undefined) return;
      const { line, col } = lines.linePos(start);
      values.set(`${line}:${col}`, String(node.value));
    },
  });
  return values;
}

import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import type { FunctionDefinition } from '@actions/expressions/funcs/info';
import { truthy } from '@actions/expressions/result';
import {
  isBasicExpression,
  isBoolean,
  isMapping,
  isNumber,
  isSequence,
  isString,
} from '@actions/workflow-parser';
import type { BasicExpressionToken, TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import type { Workflow } from './load.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The status functions of `if:`; a job's and a step's differ only in what they look at. */
export interface Status {
  success(): boolean;
  failure(): boolean;
  cancelled(): boolean;
}

/** The contexts (`github`, `env`, `needs`, …) an expression may read, and the status functions when allowed. */
export interface Scope {
  readonly contexts: Readonly<Record<string, Json>>;
  readonly status?: Status;
  /** For block scalars: the YAML values the parser's tokens do not carry. */
  readonly workflow?: Workflow;
}

const CONTEXT_NAMES = [
  'github',
  'env',
  'vars',
  'secrets',
  'inputs',
  'needs',
  'steps',
  'job',
  'jobs',
  'runner',
  'strategy',
  'matrix',
];

function statusFunctions(status: Status): Map<string, FunctionDefinition> {
  const define = (name: string, call: () => boolean): [string, FunctionDefinition] => [
    name,
    { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(call()) },
  ];
  return new Map([
    define('success', () => status.success()),
    define('failure', () => status.failure()),
    define('cancelled', () => status.cancelled()),
    define('always', () => true),
  ]);
}

function toData(value: Json): data.ExpressionData {
  return JSON.parse(JSON.stringify(value), data.reviver) as data.ExpressionData;
}

function toJson(value: data.ExpressionData): Json {
  return JSON.parse(JSON.stringify(value, data.replacer) ?? 'null') as Json;
}

function evaluateData(expression: string, scope: Scope): data.ExpressionData {
  const functions = scope.status ? statusFunctions(scope.status) : new Map<string, FunctionDefinition>();
  const tree = new Parser(new Lexer(expression).lex().tokens, CONTEXT_NAMES, [...functions.values()]).parse();
  // A context the scope does not offer reads as null, as an absent property does.
  const contexts = new data.Dictionary(
    ...CONTEXT_NAMES.map((key) => ({ key, value: toData(scope.contexts[key] ?? null) })),
  );
  return new Evaluator(tree, contexts, functions).evaluate();
}

/** An `if:` condition: its result, truthy or not, as GitHub reads it. */
export function evaluateCondition(token: BasicExpressionToken, scope: Scope): boolean {
  return truthy(evaluateData(expressionOf(token, scope), scope));
}

/** A string with `${{ }}` parts, as the runner expands an action's input default. */
export function interpolate(text: string, scope: Scope): string {
  const expression = expressionOfText(text);
  return expression === null ? text : evaluateData(expression, scope).coerceString();
}

/**
 * The expression GitHub builds from a string holding `${{ }}` parts: the expression alone, or
 * `format('literal {0} literal', expression)`; null when the string holds none.
 */
export function expressionOfText(text: string): string | null {
  const parts = [...text.matchAll(/\$\{\{([\s\S]*?)\}\}/g)];
  if (parts.length === 0) return null;
  const only = parts[0]!;
  if (parts.length === 1 && only[0] === text.trim() && only.index === text.indexOf('${{'))
    return only[1]!.trim();
  let literal = '';
  let last = 0;
  const args = parts.map((part, index) => {
    literal += escapeFormat(text.slice(last, part.index)) + `{${index}}`;
    last = part.index! + part[0].length;
    return part[1]!.trim();
  });
  literal += escapeFormat(text.slice(last));
  return `format('${literal.replace(/'/g, "''")}', ${args.join(', ')})`;
}

function escapeFormat(literal: string): string {
  return literal.replace(/\{/g, '{{').replace(/\}/g, '}}');
}

function expressionOf(token: BasicExpressionToken, scope: Scope): string {
  if (!token.blockScalarHeader || !scope.workflow || !token.range) return token.expression;
  const value = scope.workflow.blockScalars.get(`${token.range.start.line}:${token.range.start.column}`);
  return (value === undefined ? null : expressionOfText(value)) ?? token.expression;
}

/** A template token (mapping, sequence, scalar or expression) evaluated to JSON. */
export function evaluateToken(token: TemplateToken, scope: Scope): Json {
  if (isBasicExpression(token)) return toJson(evaluateData(expressionOf(token, scope), scope));
  if (isString(token)) return token.value;
  if (isBoolean(token)) return token.value;
  if (isNumber(token)) return token.value;
  if (isSequence(token)) return [...iterate(token)].map((item) => evaluateToken(item, scope));
  if (isMapping(token)) {
    const result: Record<string, Json> = {};
    for (const { key, value } of token)
      result[String(evaluateToken(key, scope))] = evaluateToken(value, scope);
    return result;
  }
  return null;
}

function* iterate(sequence: { count: number; get(index: number): TemplateToken }): Generator<TemplateToken> {
  for (let index = 0; index < sequence.count; index++) yield sequence.get(index);
}

/** A scalar evaluated and coerced to the string the runner would pass on (null is empty). */
export function evaluateString(token: TemplateToken | undefined, scope: Scope): string {
  if (!token) return '';
  if (isBasicExpression(token)) return evaluateData(expressionOf(token, scope), scope).coerceString();
  return asString(evaluateToken(token, scope));
}

/** A mapping of strings (`env:`, `with:`, job `outputs:`), each value evaluated. */
export function evaluateStringMap(token: TemplateToken | undefined, scope: Scope): Record<string, string> {
  const result: Record<string, string> = {};
  if (!token || !isMapping(token)) return result;
  for (const { key, value } of token)
    result[String(evaluateToken(key, scope))] = evaluateString(value, scope);
  return result;
}

export function asString(value: Json): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  return Array.isArray(value) ? 'Array' : 'Object';
}

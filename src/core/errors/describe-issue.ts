import type { core } from 'zod';

/**
 * A schema problem in the project's words, naming the field: "payload is missing", "entries.2.tag
 * must be a string". zod's own text ("Invalid input: expected string, received undefined") names neither.
 */
export function describeIssue(
  issue: core.$ZodIssue,
  value: unknown,
  prefix: readonly PropertyKey[] = [],
): string {
  const field = [...prefix, ...issue.path].map(String).join('.') || 'the document';
  const problem = describeProblem(issue, value);
  return issue.code === 'custom' ? `${field}: ${problem}` : `${field} ${problem}`;
}

/**
 * What is wrong, without the field, saying what is allowed: "is missing", "must be at most 366", "must be
 * one of 1, 2, 3 (the allowed range is 1–3)". A message the schema wrote itself (a refinement's) is kept.
 */
export function describeProblem(issue: core.$ZodIssue, value: unknown): string {
  const absent = valueAt(value, issue.path) === undefined;
  if (absent && (issue.code === 'invalid_value' || issue.code === 'invalid_union')) return 'is missing';
  switch (issue.code) {
    case 'invalid_type':
      return absent ? 'is missing' : `must be ${article(issue.expected)}`;
    case 'too_small':
      return ownMessage(issue) ?? tooSmall(issue);
    case 'too_big':
      return ownMessage(issue) ?? tooBig(issue);
    case 'invalid_value':
      return allowed(issue.values);
    case 'invalid_union': {
      const values = unionValues(issue);
      return values === null ? 'is not valid' : allowed(values);
    }
    case 'invalid_format':
      return ownMessage(issue) ?? 'is not in the expected format';
    case 'unrecognized_keys':
      return `has unknown fields ${issue.keys.join(', ')}`;
    case 'custom':
      return issue.message;
    default:
      return 'is not valid';
  }
}

/** A message the schema's author wrote (this project writes them in lower case), not zod's default. */
function ownMessage(issue: core.$ZodIssue): string | null {
  return /^[a-z]/.test(issue.message) ? issue.message : null;
}

function tooSmall(issue: core.$ZodIssueTooSmall): string {
  const minimum = Number(issue.minimum);
  if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint')
    return `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${minimum}`;
  return minimum <= 1 ? 'is too short or empty' : `is too short (at least ${minimum})`;
}

function tooBig(issue: core.$ZodIssueTooBig): string {
  const maximum = Number(issue.maximum);
  if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint')
    return `must be ${issue.inclusive === false ? 'less than' : 'at most'} ${maximum}`;
  return `is too long (at most ${maximum})`;
}

/** The literals of a union of literals (`1 | 2 | 3`); null for a union of anything else. */
function unionValues(issue: core.$ZodIssueInvalidUnion): readonly unknown[] | null {
  const branches = issue.errors;
  if (branches.length === 0) return null;
  const values: unknown[] = [];
  for (const branch of branches) {
    const [only] = branch;
    if (branch.length !== 1 || only?.code !== 'invalid_value' || only.path.length > 0) return null;
    values.push(...only.values);
  }
  return values;
}

/** "must be one of …", with the range when the values are consecutive whole numbers. */
function allowed(values: readonly unknown[]): string {
  const listed = `must be one of ${values.map((v) => JSON.stringify(v)).join(', ')}`;
  const numbers = values.filter((v): v is number => Number.isInteger(v));
  if (numbers.length !== values.length || numbers.length < 2) return listed;
  const sorted = [...numbers].sort((a, b) => a - b);
  const consecutive = sorted.every((n, i) => i === 0 || n === sorted[i - 1]! + 1);
  return consecutive ? `${listed} (the allowed range is ${sorted[0]}–${sorted.at(-1)})` : listed;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (node, key) =>
      typeof node === 'object' && node !== null ? (node as Record<PropertyKey, unknown>)[key] : undefined,
    value,
  );
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

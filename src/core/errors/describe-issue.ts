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
  if (issue.code === 'invalid_type') {
    return valueAt(value, issue.path) === undefined
      ? `${field} is missing`
      : `${field} must be ${article(issue.expected)}`;
  }
  if (issue.code === 'too_small') return `${field} is too short or empty`;
  if (issue.code === 'too_big') return `${field} is too long`;
  if (issue.code === 'invalid_value')
    return `${field} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (issue.code === 'invalid_format') return `${field} is not in the expected format`;
  if (issue.code === 'unrecognized_keys') return `${field} has unknown fields ${issue.keys.join(', ')}`;
  if (issue.code === 'custom') return `${field}: ${issue.message}`;
  return `${field} is not valid`;
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

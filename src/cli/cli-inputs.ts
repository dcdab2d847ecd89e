import type { z } from 'zod';
import { describeProblem, GuardError } from '../core/errors/index.js';

/**
 * Parses a command's inputs with a schema; a refusal lists every problem, each naming its flag the way
 * `nameOf` spells it and saying what is allowed (`--days (1 to 366) must be at most 366`).
 */
export function parseCliInputs<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  nameOf: (field: string) => string,
): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const [field, ...rest] = issue.path.map(String);
    const detail = rest.length > 0 ? ` (${rest.join('.')})` : '';
    return `${nameOf(field ?? '')}${detail} ${describeProblem(issue, raw)}`;
  });
  throw new GuardError('input_invalid', problems.join('; '));
}

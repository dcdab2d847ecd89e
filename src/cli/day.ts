import { text } from '../commands/verify/index.js';

/** A `--from`/`--to` flag: a real calendar day, YYYY-MM-DD. */
export const day = text
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date, YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(value)), 'is not a real date');

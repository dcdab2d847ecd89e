import type { ManifestEntry } from './schema.js';
import { CREATING_EVENTS, statusAfter } from './transitions.js';
import { violation, type LintViolation } from './lint-rules.js';

/**
 * The history must be a chain of real events: it starts with the event that creates an entry, each
 * step's event is the one that makes its `from → to`, each step starts where the last ended, the
 * status is where the chain ends, and a rerun's outcome comes from a later attempt than its start.
 */
export function lintHistory(entry: ManifestEntry): LintViolation[] {
  const found: LintViolation[] = [];
  const first = entry.history[0];
  if (first && (first.from !== null || !CREATING_EVENTS.includes(first.event))) {
    found.push(
      violation(
        'entry_not_created',
        entry,
        `the first history step is ${first.event} (${first.from ?? '(new)'} → ${first.to}); an entry starts with ` +
          `${CREATING_EVENTS.join(' or ')} from (new): entries are created by the validate or notify action, never by hand`,
      ),
    );
  }
  let previous: ManifestEntry['status'] | null = null;
  let rerunAttempt: number | null = null;
  const once = new Set<string>();
  const report = (rule: 'event_mismatch' | 'illegal_transition' | 'rerun_attempt', message: string) => {
    if (once.has(rule)) return;
    once.add(rule);
    found.push(violation(rule, entry, message));
  };
  entry.history.forEach((step, i) => {
    const where = `history step ${i + 1} (${step.event} at ${step.at})`;
    if (step.from !== previous)
      report(
        'illegal_transition',
        `${where} starts from ${step.from ?? '(new)'} but the step before ended in ${previous ?? '(new)'}; steps are only appended by events`,
      );
    const expected = statusAfter(step.event, step.from);
    if (expected !== step.to) {
      report(
        'event_mismatch',
        `${where} claims ${step.from ?? '(new)'} → ${step.to}, but ${step.event} ${expected === null ? `cannot apply to ${step.from ?? 'a new entry'}` : `leads to ${expected}`}; ` +
          'each step must be the event that makes its transition',
      );
    }
    if (step.event === 'rerun_started') rerunAttempt = step.run_attempt;
    if (
      (step.event === 'rerun_succeeded' || step.event === 'rerun_failed') &&
      (rerunAttempt === null || step.run_attempt <= rerunAttempt)
    ) {
      report(
        'rerun_attempt',
        `${where} is attempt ${step.run_attempt}, ${rerunAttempt === null ? 'with no rerun_started before it' : `not later than the rerun_started of attempt ${rerunAttempt}`}; ` +
          "a rerun's outcome is recorded by the rerun's own attempt",
      );
    }
    previous = step.to;
  });
  if (previous !== entry.status)
    report(
      'illegal_transition',
      `status ${entry.status} is not where the history ends (${previous ?? '(new)'}); status changes only through recorded events`,
    );
  return found;
}

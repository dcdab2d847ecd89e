import * as core from '@actions/core';
import { FAILURE_CATALOG, runbookUrl, type FailureCode, type GuardError } from '../../core/errors/index.js';
import { toCodedError } from '../../commands/operations/index.js';
import { failStep } from '../operations/environment.js';
import { link, shown } from './markdown.js';
import { writeSummary } from './write.js';

/** A step that stopped on an error: the code, what failed and the runbook — never an empty summary. */
export function renderFailureSummary(headline: string, error: GuardError): string {
  const { code } = error;
  return [
    `## ${headline}: ${code}`,
    `**What failed:** ${shown(error.message)}`,
    `> **${code}**: ${shown(FAILURE_CATALOG[code].meaning)} ${link(runbookUrl(code), `Runbook: ${code}`)}`,
  ]
    .join('\n\n')
    .concat('\n');
}

/**
 * Fails the step with one coded `::error::` line and writes the failure summary; a summary that cannot be
 * written is a warning, never a second failure that hides the first.
 */
export async function failWithSummary(
  headline: string,
  error: unknown,
  fallback: FailureCode,
): Promise<void> {
  const coded = toCodedError(error, fallback);
  failStep(coded, fallback);
  await writeSummary(renderFailureSummary(headline, coded)).catch((written: unknown) =>
    core.warning(`the job summary could not be written: ${(written as Error).message}`),
  );
}

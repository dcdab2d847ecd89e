import * as core from '@actions/core';
import { FAILURE_CATALOG, isGuardError, runbookPath } from '../core/errors/index.js';
import { toVerdictJson } from '../core/report/index.js';
import { toVerifyRequest, verifyProvenance } from '../commands/verify/index.js';
import { INPUT_OF, readActionInputs } from './inputs.js';
import { writeVerdictSummary } from './summary.js';

/** The validate action: inputs → verdict → outputs, summary and (unless told otherwise) a failed step. */
export async function run(now = new Date()): Promise<void> {
  try {
    const inputs = readActionInputs();
    const request = toVerifyRequest(inputs.verify, (field) => INPUT_OF[field], now);
    const verdict = await verifyProvenance(request);
    const json = toVerdictJson(verdict);
    core.setOutput('verified', String(json.verified));
    core.setOutput('failure-reason', json.failure_reason ?? '');
    core.setOutput('predicate-type', json.predicate_type ?? '');
    core.setOutput('builder-id', json.builder_id ?? '');
    core.setOutput('source-commit', json.source_commit ?? '');
    core.setOutput('subjects', JSON.stringify(json.subjects));
    core.setOutput('verdict', JSON.stringify(json));
    await writeVerdictSummary(verdict);
    if (!verdict.verified && verdict.failureReason) {
      const failedCheck = verdict.checks.find((c) => c.status === 'failed');
      const message = `${verdict.failureReason}: ${failedCheck?.actual ?? FAILURE_CATALOG[verdict.failureReason].meaning} (runbook: ${runbookPath(verdict.failureReason)})`;
      if (inputs.failOnReject) core.setFailed(message);
      else core.warning(message);
    }
  } catch (error) {
    if (isGuardError(error)) {
      core.setOutput('verified', 'false');
      core.setOutput('failure-reason', error.code);
      core.setFailed(`${error.code}: ${error.message} (runbook: ${runbookPath(error.code)})`);
      return;
    }
    core.setFailed(`internal error: ${(error as Error)?.message ?? String(error)}`);
  }
}

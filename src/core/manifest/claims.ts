/**
 * A claim id names the step that holds it — `<run id>/<job>#<run attempt>` — so that a rerun of the same step
 * may take over a claim that step left behind: GitHub reruns a job only once its whole run has finished, so
 * an earlier attempt of the same run and job holds nothing any more. Any other claimant waits until the claim
 * is released, or until it expires.
 */
const MAX_JOB_LENGTH = 60;

export interface ClaimingStep {
  readonly runId: string;
  readonly job: string;
  readonly attempt: string;
}

export function stepClaimId(step: ClaimingStep): string {
  return `${step.runId}/${step.job.slice(0, MAX_JOB_LENGTH)}#${step.attempt}`;
}

function parsed(claimId: string): { step: string; attempt: number } | null {
  const match = /^(\d+\/[^#]+)#(\d+)$/.exec(claimId);
  return match ? { step: match[1]!, attempt: Number(match[2]) } : null;
}

/** Whether `claimant` is a later attempt of the step holding `held`: that attempt is over, its claim free. */
export function takesOver(held: string | null, claimant: string): boolean {
  if (held === null) return false;
  const [before, after] = [parsed(held), parsed(claimant)];
  return before !== null && after !== null && before.step === after.step && after.attempt > before.attempt;
}

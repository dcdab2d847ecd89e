import { createHash, randomBytes } from 'node:crypto';

/**
 * A claim id names the step that holds it — `<run id>/<job>/<step>#<run attempt>~<nonce>` — so that a rerun
 * of the same step may take over a claim that step left behind: GitHub reruns a job only once its whole run
 * has finished, so an earlier attempt of the same step holds nothing any more. The nonce tells apart steps
 * that share all the rest (the legs of a matrix job). Any other claimant waits until the claim is released,
 * or until it expires.
 */
export interface ClaimingStep {
  readonly runId: string;
  readonly job: string;
  /** `GITHUB_ACTION`: the step's id within its job. */
  readonly step: string;
  readonly attempt: string;
}

/** Longest name part kept as it is; a longer one is shortened and made unique by its digest. */
const MAX_PART = 40;

function part(name: string): string {
  const encoded = encodeURIComponent(name).replace(/~/g, '%7E');
  if (encoded.length <= MAX_PART) return encoded;
  return `${encoded.slice(0, 24)}-${createHash('sha256').update(name).digest('hex').slice(0, 12)}`;
}

export function stepClaimId(step: ClaimingStep, nonce = randomBytes(4).toString('hex')): string {
  return `${step.runId}/${part(step.job)}/${part(step.step)}#${step.attempt}~${nonce}`;
}

const CLAIM_ID = /^(\d+\/[^/#~]+\/[^/#~]+)#(\d+)~[0-9a-f]+$/;

function parsed(claimId: string): { step: string; attempt: number } | null {
  const match = CLAIM_ID.exec(claimId);
  return match ? { step: match[1]!, attempt: Number(match[2]) } : null;
}

/** Whether `claimant` is a later attempt of the step holding `held`: that attempt is over, its claim free. */
export function takesOver(held: string | null, claimant: string): boolean {
  if (held === null) return false;
  const [before, after] = [parsed(held), parsed(claimant)];
  return before !== null && after !== null && before.step === after.step && after.attempt > before.attempt;
}

import { parse } from 'yaml';

type Workflow = { permissions?: unknown; jobs?: Record<string, Job> };
type Job = { permissions?: Record<string, string>; concurrency?: { group?: string }; steps?: Step[] };
type Step = { uses?: string; run?: string };

export const UNTRUSTED_IN_RUN = /\$\{\{\s*(inputs\.|github\.event\.|github\.head_ref\b)/;
const PINNED = /^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/;

export function loadWorkflow(text: string): Workflow {
  return parse(text) as Workflow;
}

const steps = (workflow: Workflow) => Object.entries(workflow.jobs ?? {}).flatMap(([job, body]) => (body.steps ?? []).map((step) => ({ job, step })));

/** `run:` blocks that interpolate untrusted values directly (they must go through `env:`). */
export function untrustedInterpolations(workflow: Workflow): string[] {
  return steps(workflow).filter(({ step }) => typeof step.run === 'string' && UNTRUSTED_IN_RUN.test(step.run)).map(({ job }) => job);
}

/** `uses:` references that are not pinned to a full commit SHA followed by a version comment. */
export function unpinnedActions(workflow: Workflow, text: string): string[] {
  return steps(workflow).map(({ step }) => step.uses).filter((uses): uses is string => typeof uses === 'string' && !uses.startsWith('./'))
    .filter((uses) => !PINNED.test(uses) || !new RegExp(`${uses.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} # v\\d`).test(text));
}

/** Jobs granted a permission at `write`. */
export function jobsWithWrite(workflow: Workflow, permission: string): string[] {
  return Object.entries(workflow.jobs ?? {}).filter(([, job]) => job.permissions?.[permission] === 'write').map(([name]) => name);
}

export function concurrencyGroups(workflow: Workflow): string[] {
  return Object.values(workflow.jobs ?? {}).map((job) => job.concurrency?.group).filter((group): group is string => typeof group === 'string');
}

import { parse } from 'yaml';

type Workflow = { permissions?: unknown; jobs?: Record<string, Job> };
type Job = {
  permissions?: Record<string, string>;
  concurrency?: { group?: string };
  steps?: Step[];
  environment?: unknown;
  if?: string;
};
type Step = { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, unknown> };

export const UNTRUSTED_IN_RUN = /\$\{\{\s*(inputs\.|github\.event\.|github\.head_ref\b)/;
const PINNED = /^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/;

export function loadWorkflow(text: string): Workflow {
  return parse(text) as Workflow;
}

const steps = (workflow: Workflow) =>
  Object.entries(workflow.jobs ?? {}).flatMap(([job, body]) =>
    (body.steps ?? []).map((step) => ({ job, step })),
  );

/** `run:` blocks that interpolate untrusted values directly (they must go through `env:`). */
export function untrustedInterpolations(workflow: Workflow): string[] {
  return steps(workflow)
    .filter(({ step }) => typeof step.run === 'string' && UNTRUSTED_IN_RUN.test(step.run))
    .map(({ job }) => job);
}

/** `uses:` references that are not pinned to a full commit SHA followed by a version comment. */
export function unpinnedActions(workflow: Workflow, text: string): string[] {
  return steps(workflow)
    .map(({ step }) => step.uses)
    .filter((uses): uses is string => typeof uses === 'string' && !uses.startsWith('./'))
    .filter(
      (uses) =>
        !PINNED.test(uses) ||
        !new RegExp(`${uses.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} # v\\d`).test(text),
    );
}

/** Jobs granted a permission at `write`. */
export function jobsWithWrite(workflow: Workflow, permission: string): string[] {
  return Object.entries(workflow.jobs ?? {})
    .filter(([, job]) => job.permissions?.[permission] === 'write')
    .map(([name]) => name);
}

export function concurrencyGroups(workflow: Workflow): string[] {
  return Object.values(workflow.jobs ?? {})
    .map((job) => job.concurrency?.group)
    .filter((group): group is string => typeof group === 'string');
}

/** Every `secrets.X` and `vars.X` a workflow's text names. */
export function namedSecretsAndVariables(text: string): string[] {
  return [
    ...new Set(
      [...text.matchAll(/\b(secrets|vars)\.([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => `${m[1]}.${m[2]}`),
    ),
  ].sort();
}

/** Jobs that read a secret other than GITHUB_TOKEN without running in an environment that holds it. */
export function secretsOutsideEnvironments(workflow: Workflow): string[] {
  return Object.entries(workflow.jobs ?? {})
    .filter(
      ([, job]) =>
        /\bsecrets\.(?!GITHUB_TOKEN\b)\w+/.test(JSON.stringify(job)) && job.environment === undefined,
    )
    .map(([name]) => name);
}

/** `workflow_dispatch` jobs that do not refuse every ref but the default branch. */
export function dispatchJobsWithoutRefGuard(workflow: Workflow & { on?: unknown }): string[] {
  const on = workflow.on;
  const dispatched =
    on === 'workflow_dispatch' ||
    (Array.isArray(on) && on.includes('workflow_dispatch')) ||
    (typeof on === 'object' && on !== null && 'workflow_dispatch' in on);
  if (!dispatched) return [];
  const guard = "github.ref == format('refs/heads/{0}', github.event.repository.default_branch)";
  return Object.entries(workflow.jobs ?? {})
    .filter(([, job]) => job.if?.trim() !== guard)
    .map(([name]) => name);
}

/** `with:` keys given to this project's actions (`provenance-guard/provenance-guard[/action]@…`), by action folder. */
export function ourActionInputs(workflow: Workflow): { action: string; input: string }[] {
  return steps(workflow).flatMap(({ step }) => {
    const match = /^provenance-guard\/provenance-guard(?:\/([\w-]+))?@/.exec(step.uses ?? '');
    return match ? Object.keys(step.with ?? {}).map((input) => ({ action: match[1] ?? '.', input })) : [];
  });
}

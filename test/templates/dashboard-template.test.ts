import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEvent, emptyManifest, serializeManifest } from '../../src/core/manifest/index.js';
import { manifestEvent } from '../support/manifest-events.js';
import { loadWorkflow } from './workflow-checks.js';

interface Step {
  readonly name?: string;
  readonly run?: string;
  readonly uses?: string;
}
const workflow = loadWorkflow(readFileSync('workflows-templates/dashboard.yml', 'utf8')) as {
  on: Record<string, unknown>;
  jobs: Record<string, { steps: Step[]; permissions?: Record<string, string>; needs?: string; if?: string }>;
};
const script = workflow.jobs.build!.steps.find((step) => step.run)!.run!;
/** The template's own script, with the pinned checkout's CLI replaced by this tree's source. */
function runScript(repository: string): string {
  const cli = `${resolve('node_modules/.bin/tsx')} ${resolve('src/cli/index.ts')}`;
  return execFileSync('bash', ['-e', '-c', script.replace('node .provenance-guard/dist/cli/index.js', cli)], {
    cwd: repository,
    encoding: 'utf8',
  });
}

describe('the dashboard.yml template', () => {
  it('publishes on a schedule, when a manifest changes on the manifest branch, and after every run that commits one', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['push', 'schedule', 'workflow_run']);
    expect(workflow.on.push).toEqual({ branches: ['**'], paths: ['docs/reports/**/manifest.json'] });
    expect(workflow.on.workflow_run).toEqual({
      workflows: ['security-ci', 'slsa-provenance-recover', 'provenance-rollback'],
      types: ['completed'],
    });
    expect(workflow.jobs.build!.if).toContain('github.event.repository.default_branch');
    expect(workflow.jobs.deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(workflow.jobs.build!.steps.map((step) => step.uses?.split('@')[0] ?? 'run')).toEqual([
      'actions/checkout',
      'actions/checkout',
      'run',
      'actions/upload-pages-artifact',
    ]);
  });

  it('works on day one: no manifest yet gives the empty-state page and exit 0', () => {
    const repository = mkdtempSync(join(tmpdir(), 'pg-dashboard-day-one-'));
    expect(runScript(repository)).toMatch(/site\/index\.html: empty-state page/);
    expect(readFileSync(join(repository, 'site', 'index.html'), 'utf8')).toContain(
      'No release has been recorded yet.',
    );
  });

  it("reads every day's manifest once releases exist", () => {
    const repository = mkdtempSync(join(tmpdir(), 'pg-dashboard-releases-'));
    const today = new Date().toISOString().slice(0, 10);
    mkdirSync(join(repository, 'docs', 'reports', today), { recursive: true });
    const applied = applyEvent(emptyManifest(), manifestEvent('failed', { at: new Date().toISOString() }));
    if (!applied.ok) throw new Error(applied.reason);
    writeFileSync(
      join(repository, 'docs', 'reports', today, 'manifest.json'),
      serializeManifest(applied.manifest),
    );
    expect(runScript(repository)).toMatch(/site\/index\.html: 1 manifest entry/);
  });
});

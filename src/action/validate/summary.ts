import * as core from '@actions/core';
import { FAILURE_CATALOG, runbookUrl } from '../../core/errors/index.js';
import { escapeHtml } from '../../core/notify/index.js';
import { redactText } from '../../core/redaction/index.js';
import { manifestPieCharts } from '../../core/report/index.js';
import type { Verdict } from '../../core/policy/index.js';
import type { PathStep, ValidateResult } from '../../commands/validate/index.js';

const ICON = { passed: '✅ pass', failed: '❌ FAIL', skipped: '⏭️ skipped' } as const;

const STEP_LABEL: Record<PathStep, string> = {
  glob: 'artifact files (glob)', download: 'artifact download (run id)', 'provenance-file': 'provenance file',
  'attestations-api': 'GitHub attestations API', 'slsa-verifier': 'slsa-verifier', 'degraded-to-sigstore': 'degraded to sigstore',
  sigstore: 'sigstore verification', manifest: 'manifest updated', evidence: 'evidence written',
};

export interface SummaryLinks {
  readonly runUrl: string;
  readonly manifestUrl: string | null;
}

/** The job summary: verdict, path taken (Mermaid), checks with expected vs actual, links, runbook. */
export async function writeValidateSummary(result: ValidateResult, links: SummaryLinks): Promise<void> {
  const { verdict } = result;
  core.summary
    .addHeading(heading(result), 2)
    .addRaw(`\n\n\`\`\`mermaid\n${pathDiagram(result.steps, verdict)}\n\`\`\`\n\n`)
    .addTable([
      [{ data: 'check', header: true }, { data: 'result', header: true }, { data: 'expected', header: true }, { data: 'actual', header: true }],
      ...verdict.checks.map((check) => [{ data: check.name }, { data: ICON[check.status] }, { data: shown(check.expected) }, { data: shown(check.actual) }]),
    ])
    .addLink('Workflow run', links.runUrl);
  if (links.manifestUrl) core.summary.addRaw(' · ').addLink('Manifest', links.manifestUrl);
  if (verdict.failureReason) {
    core.summary.addRaw(`<p><b>${verdict.failureReason}</b>: ${escapeHtml(FAILURE_CATALOG[verdict.failureReason].meaning)} Runbook: <code>${runbookUrl(verdict.failureReason)}</code></p>`, true);
  }
  const manifest = result.manifest;
  if (manifest && 'error' in manifest) core.summary.addRaw(`<p>⚠️ The manifest was not updated (${manifest.code}): ${shown(manifest.error)}</p>`, true);
  else if (manifest) core.summary.addHeading('Release manifest', 3).addRaw(`\n\n${manifestPieCharts(manifest.manifest)}\n\n`);
  if (!result.evidence.written) core.summary.addRaw(`<p>⚠️ No evidence was written: ${shown(result.evidence.reason)}</p>`, true);
  await core.summary.write();
}

/** The step's real outcome: a verified release whose manifest was not updated failed the step, and says so. */
export function heading({ verdict, manifest }: ValidateResult): string {
  if (!verdict.verified) return `Provenance rejected: ${verdict.failureReason}`;
  return manifest && 'error' in manifest ? `Provenance verified, but the manifest was not updated: ${manifest.code}` : 'Provenance verified';
}

/** The steps this run took, in order, ending in the verdict. */
export function pathDiagram(steps: readonly PathStep[], verdict: Verdict): string {
  const nodes = ['start(["inputs"])', ...steps.map((step, i) => `s${i}["${STEP_LABEL[step]}"]`)];
  const outcome = verdict.verified ? 'verdict{{"verified"}}' : `verdict{{"rejected: ${verdict.failureReason}"}}`;
  const ids = ['start', ...steps.map((_, i) => `s${i}`)];
  const verdictAfter = Math.max(0, steps.findIndex((s) => s === 'sigstore'));
  const edges = ids.slice(1).map((id, i) => `  ${ids[i]} --> ${id}`);
  return ['flowchart LR', ...nodes.map((n) => `  ${n}`), ...edges, `  ${ids[verdictAfter + 1] ?? 'start'} --> ${outcome}`].join('\n');
}

/** Untrusted text (a certificate's SAN, an error message) as the summary shows it: redacted, then escaped. */
function shown(text: string): string {
  return escapeHtml(redactText(text, []));
}

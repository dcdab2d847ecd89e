import { FAILURE_CATALOG, outcomeOf, runbookUrl } from '../../core/errors/index.js';
import type { Check, Verdict } from '../../core/policy/index.js';
import type { TagProtection } from '../../core/release/tag-protection.js';
import type { PathStep, ValidateResult } from '../../commands/validate/index.js';
import { effectivePolicyMarkdown } from './policy-summary.js';
import { entryTable, findEntry, manifestPies } from '../summary/manifest.js';
import { code, COLOUR, link, shown, table } from '../summary/markdown.js';
import { OUTCOME_HEADLINE, OUTCOME_TONE } from '../summary/outcome.js';
import { writeSummary } from '../summary/write.js';

const RESULT = { passed: '✅ pass', failed: '❌ FAIL', skipped: '⏭️ skipped' } as const;

// Keyed by name, not by the PathStep union: a step without a label here shows under its own name.
const STEP_LABEL: Readonly<Record<string, string>> = {
  glob: 'artifact files (glob)',
  download: 'artifact download (run id)',
  'provenance-file': 'provenance file',
  'attestations-api': 'GitHub attestations API',
  'slsa-verifier': 'slsa-verifier',
  'degraded-to-sigstore': 'degraded to sigstore',
  sigstore: 'sigstore verification',
  manifest: 'manifest updated',
  evidence: 'evidence written',
  release: 'release assets',
};

export interface SummaryContext {
  readonly tag: string;
  readonly runId: number;
  /** What was verified: the artifact's name and run, or the file patterns. */
  readonly artifacts: string;
  readonly runUrl: string;
  readonly manifestUrl: string | null;
  /** Whether a tag ruleset restricts pushing the release tag; absent when it was not read. */
  readonly tagProtection?: TagProtection | null;
}

export async function writeValidateSummary(result: ValidateResult, context: SummaryContext): Promise<void> {
  await writeSummary(renderValidateSummary(result, context));
}

/**
 * The job summary, most important first: the verdict with tag and artifacts, the failing checks
 * (expected vs actual) and the runbook; the rest folded away, so a verified release fits a screen.
 */
export function renderValidateSummary(result: ValidateResult, context: SummaryContext): string {
  const { verdict, manifest } = result;
  const links = [
    link(context.runUrl, 'Workflow run'),
    ...(context.manifestUrl ? [link(context.manifestUrl, 'Manifest')] : []),
  ].join(' · ');
  const failing = verdict.checks.filter((check) => check.status === 'failed');
  const entry =
    manifest && 'manifest' in manifest ? findEntry(manifest.manifest, context.tag, context.runId) : null;
  return [
    `## ${heading(result)}`,
    `**Tag** ${code(context.tag)} · **Artifacts** ${shown(context.artifacts)} · **Verifier** ${shown(verdict.verifier)}`,
    ...(verdict.verified ? [facts(verdict)] : []),
    links,
    ...(verdict.failureReason
      ? [
          `> **${verdict.failureReason}**: ${shown(FAILURE_CATALOG[verdict.failureReason].meaning)} ${link(runbookUrl(verdict.failureReason), `Runbook: ${verdict.failureReason}`)}`,
        ]
      : []),
    ...(failing.length > 0
      ? [
          '### Failing checks',
          table(
            ['check', 'expected', 'actual'],
            failing.map((c) => [c.name, shown(c.expected), shown(c.actual)]),
          ),
        ]
      : []),
    ...(manifest && 'error' in manifest
      ? [
          `> ⚠️ The manifest was not updated (**${manifest.code}**): ${shown(manifest.error)} ${link(runbookUrl(manifest.code), `Runbook: ${manifest.code}`)}`,
        ]
      : []),
    ...(result.evidence.written ? [] : [`> ⚠️ No evidence was written: ${shown(result.evidence.reason)}`]),
    ...tagWarning(context),
    ...ignoredWarning(result),
    folded(
      checksTitle(verdict.checks),
      table(
        ['check', 'result', 'expected', 'actual'],
        verdict.checks.map((c) => [c.name, RESULT[c.status], shown(c.expected), shown(c.actual)]),
      ),
    ),
    ...[effectivePolicyMarkdown(result)]
      .filter((policy): policy is string => policy !== null)
      .map((policy) => folded('Effective policy', policy)),
    folded('Path this run took', `\`\`\`mermaid\n${pathDiagram(result.steps, verdict)}\n\`\`\``),
    ...(manifest && 'manifest' in manifest && manifest.manifest.entries.length > 0
      ? [
          folded(
            'Release manifest',
            [...(entry ? [entryTable(entry)] : []), manifestPies(manifest.manifest)].join('\n\n'),
            !verdict.verified,
          ),
        ]
      : []),
  ]
    .join('\n\n')
    .concat('\n');
}

/**
 * Assets named like bundles that did not verify or attest this release: anyone who can upload could add one.
 */
function ignoredWarning({ ignoredProvenance }: ValidateResult): string[] {
  if (!ignoredProvenance?.length) return [];
  return [
    `> ⚠️ **Left out of the provenance**: ${ignoredProvenance.map((i) => `${code(i.name)} (${shown(i.why)})`).join('; ')}. ` +
      'They are not provenance of this release and count for nothing; remove them from the release if nobody meant to add them.',
  ];
}

/**
 * A release tag any writer may push opens the `provenance-notify` environment: the run of the workflow at the
 * tagged commit gets its secrets. Said whatever the verdict, because the verdict cannot see it.
 */
function tagWarning({ tag, tagProtection }: SummaryContext): string[] {
  if (!tagProtection || tagProtection.kind === 'restricted') return [];
  const why =
    tagProtection.kind === 'unknown'
      ? `**Release tags may not be protected**: could not check that a tag ruleset restricts pushing ${code(tag)}: ${shown(tagProtection.why)}`
      : `**Release tags are not protected**: ${shown(tagProtection.missing)}, so any writer can push a tag like ${code(tag)} on any commit`;
  return [
    `> ⚠️ ${why}. The run such a tag starts gets the secrets of the ` +
      '`provenance-notify` environment. Add a tag ruleset over `v*` that restricts creations, updates and ' +
      'deletions (the setup guide, step 4).',
  ];
}

/**
 * The step's real outcome: a verified release whose manifest was not updated failed the step, and says so.
 */
export function heading({ verdict, manifest }: ValidateResult): string {
  const outcome = outcomeOf(verdict);
  if (outcome !== 'verified') return `${OUTCOME_HEADLINE[outcome]}: ${verdict.failureReason}`;
  return manifest && 'error' in manifest
    ? `⚠️ Provenance verified, but the manifest was not updated: ${manifest.code}`
    : OUTCOME_HEADLINE.verified;
}

/** The steps this run took, in order, ending in the verdict. */
export function pathDiagram(steps: readonly PathStep[], verdict: Verdict): string {
  const nodes = ['start(["inputs"])', ...steps.map((step, i) => `s${i}["${STEP_LABEL[step] ?? step}"]`)];
  const outcome = outcomeOf(verdict);
  const label = verdict.failureReason ? `${outcome}: ${verdict.failureReason}` : outcome;
  const ids = ['start', ...steps.map((_, i) => `s${i}`)];
  const verdictAfter = Math.max(
    0,
    steps.findIndex((s) => s === 'sigstore'),
  );
  const edges = ids.slice(1).map((id, i) => `  ${ids[i]} --> ${id}`);
  const style = `  style verdict fill:${COLOUR[OUTCOME_TONE[outcome]]},color:#ffffff`;
  return [
    'flowchart LR',
    ...nodes.map((n) => `  ${n}`),
    ...edges,
    `  ${ids[verdictAfter + 1] ?? 'start'} --> verdict{{"${label}"}}`,
    style,
  ].join('\n');
}

function facts(verdict: Verdict): string {
  const commit = verdict.facts?.sourceCommits[0];
  const subjects = verdict.subjects.map((s) => code(s.name)).join(', ');
  return [
    ...(verdict.facts?.builderId ? [`**Builder** ${shown(verdict.facts.builderId)}`] : []),
    ...(commit ? [`**Commit** ${code(commit.slice(0, 12))}`] : []),
    ...(subjects ? [`**Subjects** ${subjects}`] : []),
  ].join(' · ');
}

function checksTitle(checks: readonly Check[]): string {
  const count = (status: Check['status']) => checks.filter((c) => c.status === status).length;
  return `All ${checks.length} checks: ${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped`;
}

/** A `<details>` block; blank lines around the content keep GitHub rendering it as Markdown. */
function folded(summary: string, content: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${content}\n\n</details>`;
}

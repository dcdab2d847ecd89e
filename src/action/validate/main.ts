import * as core from '@actions/core';
import { githubClient } from '../../adapters/github/index.js';
import { readTagProtection } from '../../adapters/github/tag-rulesets.js';
import { GitHubContentsStore, type ManifestStore } from '../../adapters/manifest/index.js';
import { runbookUrl, setRunbookOrigin } from '../../core/errors/index.js';
import { entryKey } from '../../core/manifest/index.js';
import { headlineOf } from '../../core/notify/index.js';
import { toVerdictJson } from '../../core/report/index.js';
import { validateRelease, type ArtifactSource, type ValidateResult } from '../../commands/validate/index.js';
import { readActionInputs, type ActionInputs } from './inputs.js';
import { actionLog } from './log.js';
import { writeValidateSummary, type SummaryContext } from './summary.js';
import { actionKpiSink } from '../kpi.js';
import { actionRunbookOrigin } from '../runbook-origin.js';
import { failWithSummary } from '../summary/failure.js';
import { OUTCOME_HEADLINE } from '../summary/outcome.js';

/** The validate action: inputs → verdict → manifest → evidence → outputs, summary and annotations. */
export async function run(now = new Date()): Promise<void> {
  try {
    setRunbookOrigin(actionRunbookOrigin());
    const inputs = readActionInputs(now);
    core.setSecret(inputs.request.token);
    const octokit = githubClient({
      token: inputs.request.token,
      baseUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com',
    });
    const { owner, repo } = inputs.request.repository;
    const store = inputs.manifest && new GitHubContentsStore(octokit, { owner, repo, ...inputs.manifest });
    const kpi = await actionKpiSink();
    const result = await validateRelease(inputs.request, {
      octokit,
      store,
      now: () => now,
      kpi: kpi.sink,
      log: actionLog(inputs.logFormat, { tag: inputs.request.tag, run_id: inputs.request.runId }),
      path: process.env.PATH,
    });
    setOutputs(result, inputs);
    core.setOutput('kpi-spool', kpi.spool);
    core.setOutput('vsa-path', result.vsaPath ?? '');
    core.setOutput('verdict-predicate-path', result.verdictClaim?.predicatePath ?? '');
    core.setOutput('verdict-subject-name', result.verdictClaim?.subjectName ?? '');
    core.setOutput('verdict-subject-digest', result.verdictClaim?.subjectDigest ?? '');
    const tagProtection = await readTagProtection(octokit, inputs.request.repository, inputs.request.tag);
    await writeValidateSummary(result, { ...(await summaryContext(inputs, store)), tagProtection });
    report(result, inputs);
  } catch (error) {
    core.setOutput('verified', 'false');
    await failWithSummary(OUTCOME_HEADLINE.undecided, error, 'input_invalid');
  }
}

function setOutputs({ verdict, manifest, evidence }: ValidateResult, inputs: ActionInputs): void {
  const json = toVerdictJson(verdict);
  core.setOutput('verified', String(json.verified));
  // A verified release whose manifest was not written still fails the step: notify needs its code.
  core.setOutput(
    'failure-reason',
    json.failure_reason ?? (manifest && 'error' in manifest ? manifest.code : ''),
  );
  core.setOutput('predicate-type', json.predicate_type ?? '');
  core.setOutput('builder-id', json.builder_id ?? '');
  core.setOutput('source-commit', json.source_commit ?? '');
  core.setOutput('subjects', JSON.stringify(json.subjects));
  core.setOutput('verifier', json.verifier);
  core.setOutput('verdict', JSON.stringify(json));
  const key = entryKey({ tag: inputs.request.tag, run_id: inputs.request.runId });
  const entry =
    manifest && 'manifest' in manifest
      ? manifest.manifest.entries.find((e) => entryKey(e) === key)
      : undefined;
  core.setOutput('manifest-entry', entry ? JSON.stringify(entry) : '');
  core.setOutput('evidence-path', evidence.written ? evidence.path : '');
  core.setOutput('evidence-sha256', evidence.written ? evidence.sha256 : '');
}

/**
 * Annotations for a rejection, and a failed step unless fail-on-reject is false; a manifest that could not be
 * written fails the step.
 */
function report({ verdict, manifest }: ValidateResult, inputs: ActionInputs): void {
  // The JSON form is the redacted one (an e-mail SAN shows as <e-mail redacted>@domain).
  for (const check of toVerdictJson(verdict).checks.filter((c) => c.status === 'failed')) {
    core.error(`expected ${check.expected}; actual ${check.actual}`, {
      title: `${check.code}: ${check.name}`,
    });
  }
  if (verdict.failureReason) {
    const message = `${verdict.failureReason}: ${headlineOf(verdict.failureReason)} (runbook: ${runbookUrl(verdict.failureReason)})`;
    if (inputs.failOnReject) core.setFailed(message);
    else core.warning(message);
  }
  if (manifest && 'error' in manifest)
    core.setFailed(
      `${manifest.code}: the manifest was not updated: ${manifest.error} (runbook: ${runbookUrl(manifest.code)})`,
    );
}

async function summaryContext(inputs: ActionInputs, store: ManifestStore | null): Promise<SummaryContext> {
  const server = process.env.GITHUB_SERVER_URL ?? 'https://github.com';
  const { owner, repo } = inputs.request.repository;
  const runUrl = `${server}/${owner}/${repo}/actions/runs/${inputs.request.runId}`;
  // The entry's home follows its release run; a run the API cannot place leaves the link out, not the
  // summary.
  const path =
    store &&
    (await store.locate({ tag: inputs.request.tag, run_id: inputs.request.runId }).catch(() => null));
  const manifestUrl = path
    ? `${server}/${owner}/${repo}/blob/${inputs.manifest?.branch ?? 'HEAD'}/${path}`
    : null;
  const { artifacts, tag, runId } = inputs.request;
  return { tag, runId, artifacts: describeArtifacts(artifacts), runUrl, manifestUrl };
}

function describeArtifacts(artifacts: ArtifactSource): string {
  if (artifacts.kind === 'paths') return artifacts.patterns.join(', ');
  if (artifacts.kind === 'run-artifact') return `${artifacts.name} (run ${artifacts.runId})`;
  return 'the release assets';
}

import { readFile } from 'node:fs/promises';
import * as core from '@actions/core';
import { GitHubContentsStore } from '../../adapters/manifest/index.js';
import { loadTrustedRoots } from '../../adapters/sigstore/index.js';
import { GuardError, setRunbookOrigin } from '../../core/errors/index.js';
import { withoutTrailingSlashes } from '../../core/url.js';
import { recordVerdictSignature } from '../../commands/verdict-signature/index.js';
import {
  actorOf,
  optional,
  positiveInteger,
  repositoryClient,
  required,
  verbatim,
} from '../operations/environment.js';
import { actionRunbookOrigin } from '../runbook-origin.js';
import { failWithSummary } from '../summary/failure.js';
import { writeSummary } from '../summary/write.js';
import { trustFromInput } from '../validate/inputs.js';

/** verdict-signature: records the bundle in which this job signed its verdict in the manifest entry. */
export async function run(now = () => new Date(), env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    setRunbookOrigin(actionRunbookOrigin());
    const { octokit, repository } = repositoryClient(required('github-token'), env);
    const manifestPath = optional('manifest-path');
    const branch = optional('manifest-branch');
    const request = {
      tag: verbatim('tag'),
      runId: positiveInteger('GITHUB_RUN_ID', env.GITHUB_RUN_ID ?? null),
      runAttempt: positiveInteger('GITHUB_RUN_ATTEMPT', env.GITHUB_RUN_ATTEMPT ?? null),
      actor: actorOf(env),
      bundle: await readBundle(required('bundle-path')),
      signer: {
        repository: `${repository.owner}/${repository.repo}`,
        serverUrl: withoutTrailingSlashes(env.GITHUB_SERVER_URL ?? 'https://github.com'),
        workflow: workflowOf(env.GITHUB_WORKFLOW_REF ?? '', `${repository.owner}/${repository.repo}`),
        defaultBranch: null,
        releaseTags: optional('release-tags') ?? 'v*',
      },
    };
    const store = new GitHubContentsStore(octokit, {
      ...repository,
      path: manifestPath,
      ...(branch ? { branch } : {}),
    });
    const roots = await loadTrustedRoots(trustFromInput(optional('trust') ?? 'embedded'));
    const result = await recordVerdictSignature(request, { store, roots, now });
    core.setOutput('recorded', result.outcome);
    await writeSummary(
      `## ✅ Verdict signed\n\nThe signed verdict of \`${request.tag}\` run ${request.runId} (attempt ${request.runAttempt}) is in the manifest: ${result.message}.\n`,
    );
  } catch (error) {
    await failWithSummary('❌ The verdict signature was not recorded', error, 'input_invalid');
  }
}

/** `owner/repo/.github/workflows/file.yml@ref` → `.github/workflows/file.yml`. */
function workflowOf(workflowRef: string, repository: string): string {
  const prefix = `${repository}/`;
  const at = workflowRef.lastIndexOf('@');
  if (!workflowRef.startsWith(prefix) || at < 0)
    throw new GuardError(
      'input_invalid',
      `GITHUB_WORKFLOW_REF ${workflowRef} is not a workflow of ${repository}`,
    );
  return workflowRef.slice(prefix.length, at);
}

async function readBundle(path: string): Promise<{ mediaType: string } & Record<string, unknown>> {
  let bundle: unknown;
  try {
    bundle = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new GuardError(
      'input_invalid',
      `bundle-path ${path} is not a JSON file: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  if (
    typeof bundle !== 'object' ||
    bundle === null ||
    typeof (bundle as { mediaType?: unknown }).mediaType !== 'string'
  )
    throw new GuardError('input_invalid', `bundle-path ${path} is not a Sigstore bundle`);
  return bundle as { mediaType: string } & Record<string, unknown>;
}

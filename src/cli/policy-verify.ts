import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Octokit } from '@octokit/rest';
import { GuardError } from '../core/errors/index.js';
import {
  loadPolicyFile,
  MAX_POLICY_BYTES,
  type ExplicitField,
  type LoadedPolicy,
} from '../core/policy-file/index.js';
import { renderVerdictTable, toVerdictJson } from '../core/report/index.js';
import { githubClient, resolveTagCommit, toRepositoryRef } from '../adapters/github/index.js';
import { toVerifyRequest, verifyUnderPolicy } from '../commands/verify/index.js';
import { fetchRelease, type FetchedRelease } from '../commands/validate/release-assets.js';
import { exitCodeFor, type CommandResult } from './exit.js';
import { assertReadable, FLAG_OF, toInputs, type Values } from './verify-inputs.js';

const RELEASE = /^([\w.-]+\/[\w.-]+)@([^\s~^:?*[\\]+)$/;

/**
 * `verify --release OWNER/NAME@TAG` (online: the published assets) and/or `--policy FILE` (rules per artifact
 * glob).
 */
export async function runPolicyVerify(values: Values, now: Date): Promise<CommandResult> {
  const policyFile = values.policy === undefined ? null : await readPolicy(values.policy);
  const release = values.release === undefined ? null : await fetchNamedRelease(values);
  const flags: Values =
    release === null
      ? values
      : {
          ...values,
          artifact: [...release.fetched.artifactPaths],
          provenance: values.provenance ?? release.fetched.provenancePath ?? undefined,
          tag: release.tag,
        };
  if (flags.provenance === undefined)
    throw new GuardError(
      'attestation_missing',
      `release ${values.release} carries no provenance or bundle file: pass --provenance`,
    );
  assertIdentityPinned(values, policyFile);
  const request = toVerifyRequest(toInputs(flags), (field) => FLAG_OF[field], now);
  if (release === null) await assertReadable(request);
  const commit =
    request.policy.commit ??
    (release ? await resolveTagCommit(release.octokit, release.repository, release.tag) : null);
  const verdict = await verifyUnderPolicy({
    request: { ...request, policy: { ...request.policy, commit } },
    policyFile,
    explicit: explicitFields(values),
    release: release?.fetched.underCheck ?? null,
  });
  const output = values.json
    ? JSON.stringify(toVerdictJson(verdict), null, 2)
    : renderVerdictTable(verdict, 'provenance-guard verify');
  return { exitCode: exitCodeFor(verdict), stdout: output };
}

interface NamedRelease {
  readonly tag: string;
  readonly repository: ReturnType<typeof toRepositoryRef>;
  readonly octokit: Octokit;
  readonly fetched: FetchedRelease;
}

async function fetchNamedRelease(values: Values): Promise<NamedRelease> {
  const match = RELEASE.exec(values.release ?? '');
  if (!match?.[1] || !match[2])
    throw new GuardError('input_invalid', `--release ${values.release} is not OWNER/NAME@TAG`);
  if (values.artifact !== undefined)
    throw new GuardError(
      'input_invalid',
      "--release and --artifact exclude each other: the release's assets are the artifacts",
    );
  if (values.tag !== undefined && values.tag !== match[2])
    throw new GuardError('input_invalid', `--tag ${values.tag} contradicts --release ${values.release}`);
  const apiUrl = values['github-api-url'] ?? process.env.GITHUB_API_URL ?? 'https://api.github.com';
  const token = process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN ?? '';
  const octokit = githubClient({ token, baseUrl: apiUrl });
  const repository = toRepositoryRef(match[1]);
  const workDir = await mkdtemp(join(tmpdir(), 'provenance-guard-release-'));
  return {
    tag: match[2],
    repository,
    octokit,
    fetched: await fetchRelease({ octokit, apiUrl, token }, repository, { tag: match[2], workDir }),
  };
}

/**
 * Without a source flag, every rule of the file must pin a source: otherwise any signed provenance would
 * verify.
 */
function assertIdentityPinned(values: Values, policyFile: LoadedPolicy | null): void {
  if (
    values['expected-source-repo'] !== undefined ||
    values['expected-owner'] !== undefined ||
    values['expected-san'] !== undefined
  )
    return;
  const unpinned = policyFile?.file.artifacts.filter((rule) => rule.source === undefined) ?? [null];
  if (unpinned.length > 0) {
    throw new GuardError(
      'input_invalid',
      'an identity pin is required: --expected-source-repo, --expected-owner or --expected-san, or a source in every rule of the policy file',
    );
  }
}

function explicitFields(values: Values): Set<ExplicitField> {
  const given: [ExplicitField, unknown][] = [
    ['expectedBuilderIds', values['expected-builder-id']],
    ['expectedSourceRepository', values['expected-source-repo']],
    ['expectedOwner', values['expected-owner']],
    ['expectedRepositoryId', values['expected-repository-id']],
    ['denySelfHostedRunners', values['deny-self-hosted-runners']],
  ];
  return new Set(given.filter(([, value]) => value !== undefined).map(([field]) => field));
}

async function readPolicy(path: string): Promise<LoadedPolicy> {
  return loadPolicyFile(await readPolicyText(path), path);
}

export async function readPolicyText(path: string): Promise<string> {
  const text = await readFile(path, 'utf8').catch((error: Error) => {
    throw new GuardError('input_invalid', `cannot read policy file ${path}: ${error.message}`, {
      cause: error,
    });
  });
  if (Buffer.byteLength(text) > MAX_POLICY_BYTES)
    throw new GuardError('input_invalid', `policy file ${path} is larger than ${MAX_POLICY_BYTES} bytes`);
  return text;
}

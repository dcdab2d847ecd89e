import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Octokit } from '@octokit/rest';
import { GuardError } from '../core/errors/index.js';
import {
  loadPolicyFile,
  MAX_POLICY_BYTES,
  type ExplicitField,
  type LoadedPolicy,
} from '../core/policy-file/index.js';
import { githubClient, resolveTagCommit, toRepositoryRef } from '../adapters/github/index.js';
import { toVerifyRequest, verifyUnderPolicy } from '../commands/verify/index.js';
import { fetchRelease, type FetchedRelease } from '../commands/validate/release-assets.js';
import { exitCodeFor, type CommandResult } from './exit.js';
import { renderVerdict } from './render-verdict.js';
import {
  assertReadable,
  flagOf,
  formatOf,
  tagOf,
  toInputs,
  type Values,
  type VerifyArgs,
} from './verify-inputs.js';

const RELEASE = /^([\w.-]+\/[\w.-]+)@([^\s~^:?*[\\]+)$/;

/**
 * `verify --release OWNER/NAME@TAG` (online: the published assets) and/or `--policy FILE` (rules per artifact
 * glob).
 */
export async function runPolicyVerify(args: VerifyArgs, now: Date): Promise<CommandResult> {
  const { values } = args;
  const format = formatOf(values);
  const policyFile = values.policy === undefined ? null : await readPolicy(values.policy);
  const release = values.release === undefined ? null : await fetchNamedRelease(args);
  const flags: Values =
    release === null
      ? values
      : {
          ...values,
          artifact: [...release.fetched.artifactPaths],
          bundle: values.bundle ?? release.fetched.provenancePath ?? undefined,
          'source-ref': release.tag,
        };
  if (release !== null && flags.bundle === undefined)
    throw new GuardError(
      'attestation_missing',
      `release ${values.release} carries no provenance or bundle file: pass --bundle`,
    );
  assertIdentityPinned(values, policyFile);
  const request = toVerifyRequest(toInputs({ ...args, values: flags }), flagOf(args), now);
  if (release === null) await assertReadable(request, args.spelled);
  const commit =
    request.policy.commit ??
    (release ? await resolveTagCommit(release.octokit, release.repository, release.tag) : null);
  const verdict = await verifyUnderPolicy({
    request: { ...request, policy: { ...request.policy, commit } },
    policyFile,
    explicit: explicitFields(values),
    release: release?.fetched.underCheck ?? null,
  });
  const shownAs =
    release === null ? request.artifactPaths : request.artifactPaths.map((path) => basename(path));
  return { exitCode: exitCodeFor(verdict), stdout: renderVerdict(verdict, format, shownAs) };
}

interface NamedRelease {
  readonly tag: string;
  readonly repository: ReturnType<typeof toRepositoryRef>;
  readonly octokit: Octokit;
  readonly fetched: FetchedRelease;
}

async function fetchNamedRelease({ values, spelled }: VerifyArgs): Promise<NamedRelease> {
  const match = RELEASE.exec(values.release ?? '');
  if (!match?.[1] || !match[2])
    throw new GuardError('input_invalid', `--release ${values.release} is not OWNER/NAME@TAG`);
  if (values.artifact !== undefined)
    throw new GuardError(
      'input_invalid',
      "--release and artifacts (FILE or --artifact) exclude each other: the release's assets are the artifacts",
    );
  const refFlag = spelled['source-ref'] ?? '--source-ref';
  const tag = tagOf(values['source-ref'], refFlag);
  if (tag !== null && tag !== match[2])
    throw new GuardError(
      'input_invalid',
      `${refFlag} ${values['source-ref']} contradicts --release ${values.release}`,
    );
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
  if (values.repo !== undefined || values.owner !== undefined || values['cert-identity'] !== undefined)
    return;
  const unpinned = policyFile?.file.artifacts.filter((rule) => rule.source === undefined) ?? [null];
  if (unpinned.length > 0) {
    throw new GuardError(
      'input_invalid',
      'an identity pin is required: --repo, --owner or --cert-identity, or a source in every rule of the policy file',
    );
  }
}

function explicitFields(values: Values): Set<ExplicitField> {
  const given: [ExplicitField, unknown][] = [
    ['expectedBuilderIds', values['expected-builder-id'] ?? values['signer-workflow']],
    ['expectedSourceRepository', values.repo],
    ['expectedOwner', values.owner],
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

import { loadTrustedRoots, verifyVerdictSignature } from '../adapters/sigstore/index.js';
import { GuardError } from '../core/errors/index.js';
import { withoutTrailingSlashes } from '../core/url.js';
import { SIGNED_VERDICTS_FROM, type SignaturePolicy } from '../core/manifest/index.js';
import type { FlagValues } from './args.js';
import type { SIGNER_FLAGS } from './flags.js';

/** The tags the templates release from (security-ci's trigger, the tag ruleset SETUP asks for). */
export const DEFAULT_RELEASE_TAGS = 'v*';

/** The workflow of the templates that runs validate and signs its verdicts. */
export const DEFAULT_VALIDATE_WORKFLOW = '.github/workflows/security-ci.yml';

export type SignerValues = FlagValues<typeof SIGNER_FLAGS>;

const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

/** `--repository`, else the workflow's repository (GITHUB_REPOSITORY); null when neither is set. */
export function repositoryOf(values: SignerValues, env: NodeJS.ProcessEnv = process.env): string | null {
  const repository = values.repository ?? env.GITHUB_REPOSITORY ?? null;
  if (repository !== null && !REPOSITORY.test(repository))
    throw new GuardError('input_invalid', `--repository ${repository} is not OWNER/NAME`);
  return repository;
}

export function requiredRepository(values: SignerValues, env: NodeJS.ProcessEnv = process.env): string {
  const repository = repositoryOf(values, env);
  if (repository === null)
    throw new GuardError(
      'input_invalid',
      'manifest lint needs --repository OWNER/NAME, the repository whose validate workflow signs the verdicts',
    );
  return repository;
}

/**
 * Whose signatures the manifest's verdicts need: the validate workflow of `repository`, verified offline
 * under the embedded Sigstore roots, `--trusted-root`, or PROVENANCE_GUARD_TRUSTED_ROOT (a private
 * instance's root).
 */
export async function signaturePolicy(
  values: SignerValues,
  repository: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<SignaturePolicy> {
  const rootFile = values['trusted-root'] ?? (env.PROVENANCE_GUARD_TRUSTED_ROOT || undefined);
  const roots = await loadTrustedRoots(rootFile ? { kind: 'file', path: rootFile } : { kind: 'embedded' });
  return {
    signer: {
      repository,
      serverUrl: withoutTrailingSlashes(
        values['server-url'] ?? env.GITHUB_SERVER_URL ?? 'https://github.com',
      ),
      workflow: values.workflow ?? DEFAULT_VALIDATE_WORKFLOW,
      defaultBranch: values['default-branch'] ?? null,
      releaseTags: values['release-tags'] ?? DEFAULT_RELEASE_TAGS,
    },
    verify: (bundle) => verifyVerdictSignature(bundle, roots),
    signedFrom: isoDate('--signed-from', values['signed-from']) ?? new Date(SIGNED_VERDICTS_FROM),
  };
}

export function isoDate(flag: string, value: string | undefined): Date | null {
  if (value === undefined) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime()))
    throw new GuardError('input_invalid', `${flag} ${value} is not an ISO 8601 date-time`);
  return date;
}

import { stat } from 'node:fs/promises';
import { GuardError } from '../core/errors/index.js';
import {
  MAX_PROVENANCE_BYTES,
  type VerifyInputField,
  type VerifyInputs,
  type VerifyRequest,
} from '../commands/verify/index.js';
import type { parseArgsOnce } from './args.js';

export const VERIFY_OPTIONS = {
  artifact: { type: 'string', multiple: true },
  release: { type: 'string' },
  policy: { type: 'string' },
  'github-api-url': { type: 'string' },
  provenance: { type: 'string' },
  'expected-builder-id': { type: 'string', multiple: true },
  'expected-source-repo': { type: 'string' },
  'expected-owner': { type: 'string' },
  'github-server-url': { type: 'string' },
  'deny-self-hosted-runners': { type: 'boolean' },
  'expected-issuer': { type: 'string' },
  'expected-san': { type: 'string' },
  'expected-repository-id': { type: 'string' },
  tag: { type: 'string' },
  commit: { type: 'string' },
  'trusted-root': { type: 'string' },
  offline: { type: 'boolean' },
  'tuf-mirror': { type: 'string' },
  'tuf-root': { type: 'string' },
  'rekor-url': { type: 'string' },
  'require-all-subjects': { type: 'boolean' },
  'allow-v02-override': { type: 'boolean' },
  'override-reason': { type: 'string' },
  'override-approver': { type: 'string' },
  'override-expires': { type: 'string' },
  json: { type: 'boolean' },
} as const;

export const FLAG_OF: Record<VerifyInputField, string> = {
  artifacts: '--artifact',
  provenance: '--provenance',
  expectedBuilderIds: '--expected-builder-id',
  expectedSourceRepo: '--expected-source-repo',
  expectedOwner: '--expected-owner',
  githubServerUrl: '--github-server-url',
  denySelfHostedRunners: '--deny-self-hosted-runners',
  tag: '--tag',
  commit: '--commit',
  expectedIssuer: '--expected-issuer',
  expectedSan: '--expected-san',
  expectedRepositoryId: '--expected-repository-id',
  trust: '--trusted-root/--offline/--tuf-mirror',
  rekorUrl: '--rekor-url',
  requireAllSubjects: '--require-all-subjects',
  override: '--override-reason/--override-approver/--override-expires',
};

export type Values = ReturnType<typeof parseArgsOnce<{ options: typeof VERIFY_OPTIONS }>>['values'];

export function toInputs(values: Values): VerifyInputs {
  const overrideFlags = [values['override-reason'], values['override-approver'], values['override-expires']];
  if (!values['allow-v02-override'] && overrideFlags.some((v) => v !== undefined)) {
    throw new GuardError('input_invalid', '--override-* flags need --allow-v02-override');
  }
  if (values.release === undefined && (values.artifact === undefined || values.artifact.length === 0))
    throw new GuardError('input_invalid', '--artifact is required (repeat it for several artifacts)');
  if (values.release === undefined && values.provenance === undefined)
    throw new GuardError('input_invalid', '--provenance is required');
  if (
    values.policy === undefined &&
    values['expected-source-repo'] === undefined &&
    values['expected-owner'] === undefined &&
    values['expected-san'] === undefined
  ) {
    throw new GuardError(
      'input_invalid',
      'an identity pin is required: --expected-source-repo OWNER/NAME, --expected-owner OWNER or --expected-san URI (otherwise any signed provenance from any repository would verify)',
    );
  }
  return {
    artifacts: values.artifact ?? [],
    provenance: values.provenance ?? '',
    expectedBuilderIds: values['expected-builder-id'] ?? [],
    expectedSourceRepo: values['expected-source-repo'] ?? null,
    expectedOwner: values['expected-owner'] ?? null,
    githubServerUrl: values['github-server-url'],
    denySelfHostedRunners: values['deny-self-hosted-runners'] ?? false,
    tag: values.tag ?? null,
    commit: values.commit ?? null,
    expectedIssuer: values['expected-issuer'],
    expectedSan: values['expected-san'] ?? null,
    expectedRepositoryId: values['expected-repository-id'] ?? null,
    trust: trustSourceOf(values),
    rekorUrl: values['rekor-url'] ?? null,
    requireAllSubjects: values['require-all-subjects'] ?? false,
    override: values['allow-v02-override']
      ? {
          reason: values['override-reason'] ?? '',
          approver: values['override-approver'] ?? '',
          expiresAt: values['override-expires'] ?? '',
        }
      : null,
  };
}

/** The trust flags `verify` and `verify-vsa` share; only `verify` takes the TUF ones. */
type TrustFlags = Pick<Values, 'offline' | 'trusted-root'> & Partial<Pick<Values, 'tuf-mirror' | 'tuf-root'>>;

/** The trust flags of `verify` and `verify-vsa`: one source, never two silently merged or one ignored. */
export function trustSourceOf(values: TrustFlags): VerifyInputs['trust'] {
  if (values['trusted-root'] !== undefined && values.offline)
    throw new GuardError('input_invalid', '--trusted-root and --offline exclude each other');
  if (values.offline) return { kind: 'embedded' };
  if (values['trusted-root'] !== undefined) return { kind: 'file', path: values['trusted-root'] };
  return { kind: 'tuf', mirrorUrl: values['tuf-mirror'], rootPath: values['tuf-root'] };
}

/**
 * A file the user named that cannot be read as one is a usage problem (exit 2), not a verdict about the
 * release.
 */
export async function assertReadable(request: VerifyRequest): Promise<void> {
  type Named = readonly [flag: string, path: string, code: GuardError['code'], maxBytes: number];
  const named: Named[] = [
    ['--provenance', request.provenancePath, 'attestation_missing', MAX_PROVENANCE_BYTES],
    ...request.artifactPaths.map((path): Named => ['--artifact', path, 'artifact_missing', Infinity]),
    ...(request.trust.kind === 'file'
      ? [['--trusted-root', request.trust.path, 'trust_root_unavailable', MAX_PROVENANCE_BYTES] as const]
      : []),
  ];
  for (const [flag, path, code, maxBytes] of named) {
    const stats = await stat(path).catch(() => null);
    if (stats === null) throw new GuardError(code, `${flag} ${path}: no such file`);
    if (!stats.isFile())
      throw new GuardError(
        code,
        `${flag} ${path} is a ${stats.isDirectory() ? 'directory' : 'special file'}, not a file`,
      );
    if (stats.size > maxBytes)
      throw new GuardError(
        code,
        `${flag} ${path} is ${stats.size} bytes, over the ${maxBytes / 2 ** 20} MiB limit`,
      );
    if (stats.size === 0 && flag !== '--artifact') throw new GuardError(code, `${flag} ${path} is empty`);
  }
}

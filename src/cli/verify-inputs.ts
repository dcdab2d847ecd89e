import { stat } from 'node:fs/promises';
import { GuardError } from '../core/errors/index.js';
import { withoutTrailingSlashes } from '../core/url.js';
import {
  MAX_PROVENANCE_BYTES,
  type VerifyInputField,
  type VerifyInputs,
  type VerifyRequest,
} from '../commands/verify/index.js';
import { GITHUB_SERVER_URL } from '../core/policy/index.js';
import { parseCommandArgs, type FlagValues } from './args.js';
import { VERIFY_FLAGS } from './flags.js';

/** The fields of the request, by the primary flag that fills them (aliases read into the same field). */
const PRIMARY_OF: Record<VerifyInputField, string> = {
  artifacts: '--artifact',
  provenance: '--bundle',
  expectedBuilderIds: '--expected-builder-id',
  expectedSourceRepo: '--repo',
  expectedOwner: '--owner',
  githubServerUrl: '--github-server-url',
  denySelfHostedRunners: '--deny-self-hosted-runners',
  tag: '--source-ref',
  commit: '--source-digest',
  expectedIssuer: '--expected-issuer',
  expectedSan: '--cert-identity',
  expectedRepositoryId: '--expected-repository-id',
  trust: '--custom-trusted-root/--offline/--tuf-mirror',
  rekorUrl: '--rekor-url',
  requireAllSubjects: '--require-all-subjects',
  override: '--override-reason/--override-approver/--override-expires',
  lookup: '--repo/--owner/--registry',
  bundleOut: '--bundle-out',
  githubApiUrl: '--github-api-url',
};

export type Values = FlagValues<typeof VERIFY_FLAGS>;

/** What `verify` was given: its flags, how the user spelled them, and the positional artifacts. */
export interface VerifyArgs {
  readonly values: Values;
  readonly spelled: Readonly<Record<string, string>>;
}

/** A field's flag as the user spelled it (`--tag` or `--source-ref`), for messages in their words. */
export function flagOf(args: VerifyArgs): (field: VerifyInputField) => string {
  return (field) => {
    const primary = PRIMARY_OF[field];
    return args.spelled[primary.slice(2)] ?? primary;
  };
}

/** `verify`'s argv: positional FILEs are artifacts, as `--artifact` ones. */
export function parseVerifyArgs(argv: readonly string[]): VerifyArgs {
  const { values, spelled, positionals } = parseCommandArgs(VERIFY_FLAGS, argv, { positionals: true });
  const artifacts = [...positionals, ...(values.artifact ?? [])];
  return {
    values: artifacts.length > 0 ? { ...values, artifact: artifacts } : values,
    spelled,
  };
}

/** The output format: `--format` or `--json`, never two that disagree. */
export function formatOf(values: { readonly format?: string; readonly json?: boolean }): OutputFormat {
  const format = values.format ?? (values.json ? 'json' : 'text');
  if (!OUTPUT_FORMATS.includes(format as OutputFormat))
    throw new GuardError('input_invalid', `--format ${format} is not one of ${OUTPUT_FORMATS.join(', ')}`);
  if (values.json && format !== 'json')
    throw new GuardError('input_invalid', `--json and --format ${format} ask for different outputs`);
  return format as OutputFormat;
}

export const OUTPUT_FORMATS = ['text', 'json', 'line'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/**
 * `--source-ref`: `refs/tags/TAG` or `TAG`, both the tag TAG; another ref (a branch) is refused, as the
 * policy pins tags only.
 */
export function tagOf(ref: string | undefined, flag: string): string | null {
  if (ref === undefined) return null;
  if (ref.startsWith('refs/tags/')) return ref.slice('refs/tags/'.length);
  if (ref.startsWith('refs/'))
    throw new GuardError('input_invalid', `${flag} ${ref} is not a tag: give refs/tags/TAG or TAG`);
  return ref;
}

/**
 * `--signer-workflow [HOST/]OWNER/NAME/.github/workflows/FILE[@REF]` as a builder ID pin: the Build Signer
 * URI is the builder ID for GitHub's attestations and reusable-workflow builders, and a pin without `@`
 * accepts any tagged version.
 */
export function signerWorkflowBuilderId(
  workflow: string,
  githubServerUrl: string | undefined,
  flag = '--signer-workflow',
): string {
  const rest = workflow.replace(/^https:\/\//, '');
  const at = rest.indexOf('@');
  const parts = (at === -1 ? rest : rest.slice(0, at)).split('/');
  const host = parts.length === 6 ? parts.shift()! : null;
  const [owner, name, dotGithub, workflows, file] = parts;
  // A path segment is a name, never `.` or `..`.
  const slug = (part: string | undefined) =>
    part !== undefined && /^[\w.-]+$/.test(part) && part !== '.' && part !== '..';
  if (
    parts.length !== 5 ||
    !slug(owner) ||
    !slug(name) ||
    dotGithub !== '.github' ||
    workflows !== 'workflows' ||
    !slug(file) ||
    (host !== null && !/^[\w.-]+(?::\d+)?$/.test(host))
  )
    throw new GuardError(
      'input_invalid',
      `${flag} ${workflow} is not OWNER/NAME/.github/workflows/FILE (optionally HOST/ before it and @REF after)`,
    );
  const server =
    host === null ? withoutTrailingSlashes(githubServerUrl ?? GITHUB_SERVER_URL) : `https://${host}`;
  return `${server}/${parts.join('/')}${at === -1 ? '' : rest.slice(at)}`;
}

export function toInputs(args: VerifyArgs): VerifyInputs {
  const { values } = args;
  const flag = (name: string) => args.spelled[name] ?? `--${name}`;
  const overrideFlags = [values['override-reason'], values['override-approver'], values['override-expires']];
  if (!values['allow-v02-override'] && overrideFlags.some((v) => v !== undefined)) {
    throw new GuardError('input_invalid', '--override-* flags need --allow-v02-override');
  }
  if (values.release === undefined && (values.artifact === undefined || values.artifact.length === 0))
    throw new GuardError('input_invalid', 'an artifact is required: FILE... or --artifact FILE (repeatable)');
  if (
    values.policy === undefined &&
    values.repo === undefined &&
    values.owner === undefined &&
    values['cert-identity'] === undefined
  ) {
    throw new GuardError(
      'input_invalid',
      'an identity pin is required: --repo OWNER/NAME, --owner OWNER or --cert-identity URI (otherwise any signed provenance from any repository would verify)',
    );
  }
  if (values['signer-workflow'] !== undefined && values['expected-builder-id'] !== undefined)
    throw new GuardError(
      'input_invalid',
      '--signer-workflow and --expected-builder-id both pin the builder: give one of them',
    );
  const builderIds =
    values['signer-workflow'] === undefined
      ? (values['expected-builder-id'] ?? [])
      : [signerWorkflowBuilderId(values['signer-workflow'], values['github-server-url'])];
  const lookedUp = values.bundle === undefined && values.release === undefined;
  return {
    artifacts: values.artifact ?? [],
    provenance: values.bundle ?? '',
    expectedBuilderIds: builderIds,
    expectedSourceRepo: values.repo ?? null,
    expectedOwner: values.owner ?? null,
    githubServerUrl: values['github-server-url'],
    denySelfHostedRunners: values['deny-self-hosted-runners'] ?? false,
    tag: tagOf(values['source-ref'], flag('source-ref')),
    commit: values['source-digest'] ?? null,
    expectedIssuer: values['expected-issuer'],
    expectedSan: values['cert-identity'] ?? null,
    expectedRepositoryId: values['expected-repository-id'] ?? null,
    trust: trustSourceOf(values, args.spelled),
    rekorUrl: values['rekor-url'] ?? null,
    requireAllSubjects: values['require-all-subjects'] ?? false,
    override: values['allow-v02-override']
      ? {
          reason: values['override-reason'] ?? '',
          approver: values['override-approver'] ?? '',
          expiresAt: values['override-expires'] ?? '',
        }
      : null,
    lookup: lookedUp
      ? { repo: values.repo ?? null, owner: values.owner ?? null, registry: values.registry ?? null }
      : null,
    bundleOut: values['bundle-out'] ?? null,
    githubApiUrl: values['github-api-url'] ?? null,
  };
}

/** The trust flags `verify` and `verify-vsa` share; only `verify` takes the TUF ones. */
type TrustFlags = Pick<Values, 'offline' | 'custom-trusted-root'> &
  Partial<Pick<Values, 'tuf-mirror' | 'tuf-root'>>;

/** The trust flags of `verify` and `verify-vsa`: one source, never two silently merged or one ignored. */
export function trustSourceOf(
  values: TrustFlags,
  spelled: Readonly<Record<string, string>> = {},
): VerifyInputs['trust'] {
  if (values['custom-trusted-root'] !== undefined && values.offline)
    throw new GuardError(
      'input_invalid',
      `${spelled['custom-trusted-root'] ?? '--custom-trusted-root'} and --offline exclude each other`,
    );
  if (values.offline) return { kind: 'embedded' };
  if (values['custom-trusted-root'] !== undefined)
    return { kind: 'file', path: values['custom-trusted-root'] };
  return { kind: 'tuf', mirrorUrl: values['tuf-mirror'], rootPath: values['tuf-root'] };
}

/**
 * A file the user named that cannot be read as one is a usage problem (exit 2), not a verdict about the
 * release.
 */
export async function assertReadable(
  request: VerifyRequest,
  spelled: Readonly<Record<string, string>> = {},
): Promise<void> {
  type Named = readonly [flag: string, path: string, code: GuardError['code'], maxBytes: number];
  const named: Named[] = [
    ...(request.provenancePath === ''
      ? []
      : [
          [
            spelled.bundle ?? '--bundle',
            request.provenancePath,
            'attestation_missing',
            MAX_PROVENANCE_BYTES,
          ] as const,
        ]),
    ...request.artifactPaths.map((path): Named => ['--artifact', path, 'artifact_missing', Infinity]),
    ...(request.trust.kind === 'file'
      ? [
          [
            '--custom-trusted-root',
            request.trust.path,
            'trust_root_unavailable',
            MAX_PROVENANCE_BYTES,
          ] as const,
        ]
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

import { z } from 'zod';
import { GuardError } from '../../core/errors/index.js';
import { GITHUB_ACTIONS_ISSUER, GITHUB_SERVER_URL } from '../../core/policy/index.js';
import { isPlainIdentity } from '../../core/provenance/index.js';
import { overrideWindowProblem } from '../../core/manifest/index.js';
import type { TrustSource } from '../../adapters/sigstore/index.js';
import type { VerifyRequest } from './request.js';

export const text = z.string().trim().min(1, 'must not be empty');
export const url = text.refine((value) => URL.canParse(value), 'must be an absolute URL');
/**
 * An identity pin is compared exactly: whitespace or a control character inside it is a mistake or an attack.
 */
const identity = z
  .string()
  .min(1, 'must not be empty')
  .refine(isPlainIdentity, 'must not contain whitespace or control characters');
const identityUrl = identity.refine((value) => URL.canParse(value), 'must be an absolute URL');
const SLUG = /^[A-Za-z0-9_.-]+$/;

/**
 * The release policy and trust, shared by every entry point; each maps its own input names onto these fields.
 */
export const PolicyInputsSchema = z.object({
  expectedBuilderIds: z.array(identityUrl),
  expectedSourceRepo: identity
    .regex(/^(https:\/\/[^/]+\/)?[\w.-]+\/[\w.-]+$/, 'must be OWNER/NAME or its https URL')
    .nullable(),
  expectedOwner: identity.regex(SLUG, 'must be a GitHub owner name').nullable().default(null),
  githubServerUrl: identityUrl
    .regex(/^https:\/\/[^/]+\/?$/, 'must be https://HOST')
    .default(GITHUB_SERVER_URL),
  denySelfHostedRunners: z.boolean().default(false),
  tag: identity.regex(/^[^\s~^:?*[\\]+$/, 'is not a valid git tag name').nullable(),
  commit: text.regex(/^[0-9a-fA-F]{40}$/, 'must be a 40-hex-digit commit SHA').nullable(),
  expectedIssuer: identityUrl.default(GITHUB_ACTIONS_ISSUER),
  expectedSan: identity.nullable(),
  expectedRepositoryId: text
    .regex(/^[1-9][0-9]*$/, 'must be a numeric repository ID')
    .nullable()
    .default(null),
  trust: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('tuf'), mirrorUrl: url.optional(), rootPath: text.optional() }),
    z.object({ kind: z.literal('file'), path: text }),
    z.object({ kind: z.literal('embedded') }),
  ]),
  rekorUrl: url.nullable(),
  requireAllSubjects: z.boolean(),
  override: z
    .object({
      reason: text.max(500, 'must be at most 500 characters'),
      approver: text.max(100, 'must be at most 100 characters'),
      // Strict ISO 8601 with an offset: `2026-11-30 10:00` or `1` would be read in the machine's time zone,
      // or not at all.
      expiresAt: z.iso.datetime({
        offset: true,
        message: 'must be an ISO 8601 date-time with an offset, e.g. 2026-12-01T12:00:00Z',
      }),
    })
    .nullable(),
});

const ownerName = identity.regex(SLUG, 'must be a GitHub owner name');

/** Where to look attestations up: a repository or an organisation on GitHub, and an npm registry. */
export const LookupSchema = z
  .object({
    repo: identity.regex(/^[\w.-]+\/[\w.-]+$/, 'must be OWNER/NAME').nullable(),
    owner: ownerName.nullable(),
    registry: url.regex(/^https?:\/\//, 'must be an http(s) URL').nullable(),
  })
  .refine((lookup) => lookup.repo === null || lookup.owner === null, {
    message: 'takes a repository or an owner, not both',
  });

/** The CLI's `verify`: policy plus the files to check, or where to look their attestations up. */
export const VerifyInputsSchema = PolicyInputsSchema.extend({
  artifacts: z.array(text),
  /** Empty when `lookup` is set. */
  provenance: z.string().trim(),
  lookup: LookupSchema.nullable().default(null),
  bundleOut: text.nullable().default(null),
  githubApiUrl: url.nullable().default(null),
}).superRefine((inputs, context) => {
  if (inputs.lookup === null && inputs.provenance === '')
    context.addIssue({ code: 'custom', path: ['provenance'], message: 'must not be empty' });
  if (inputs.lookup !== null && inputs.provenance !== '')
    context.addIssue({ code: 'custom', path: ['lookup'], message: 'excludes a provenance file' });
  if (inputs.lookup === null && inputs.bundleOut !== null)
    context.addIssue({
      code: 'custom',
      path: ['bundleOut'],
      message: 'needs attestations looked up (a repository, owner or registry)',
    });
});

export type PolicyInputs = z.input<typeof PolicyInputsSchema>;
export type VerifyInputs = z.input<typeof VerifyInputsSchema>;
export type VerifyInputField = keyof VerifyInputs;
export type PolicyRequest = Omit<
  VerifyRequest,
  'artifactPaths' | 'provenancePath' | 'lookup' | 'bundleOut' | 'githubApiUrl'
>;

/** Parses with a schema; the error names the input the way the caller spells it (`--tag`, `tag`). */
export function parseInputs<S extends z.ZodType, F extends string>(
  schema: S,
  raw: unknown,
  nameOf: (field: F) => string,
): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = String(issue?.path[0] ?? '') as F;
  const detail = issue?.path.length && issue.path.length > 1 ? ` (${issue.path.slice(1).join('.')})` : '';
  throw new GuardError('input_invalid', `${nameOf(field)}${detail} ${issue?.message ?? 'is invalid'}`);
}

export function toVerifyRequest(
  raw: VerifyInputs,
  nameOf: (field: VerifyInputField) => string,
  now: Date,
): VerifyRequest {
  const inputs = parseInputs(VerifyInputsSchema, raw, nameOf);
  return {
    ...toPolicyRequest(inputs, nameOf, now),
    artifactPaths: inputs.artifacts,
    provenancePath: inputs.provenance,
    ...(inputs.lookup && {
      lookup: inputs.lookup,
      bundleOut: inputs.bundleOut,
      githubApiUrl: inputs.githubApiUrl,
    }),
  };
}

export function toPolicyRequest(
  raw: PolicyInputs,
  nameOf: (field: VerifyInputField) => string,
  now: Date,
): PolicyRequest {
  const inputs = parseInputs(PolicyInputsSchema, raw, nameOf);
  const override = inputs.override && { ...inputs.override, expiresAt: new Date(inputs.override.expiresAt) };
  // An already expired override is not a usage error: the verdict reports it as override_expired.
  const problem =
    override && override.expiresAt > now ? overrideWindowProblem(now, override.expiresAt) : null;
  if (problem) throw new GuardError('input_invalid', `${nameOf('override')} ${problem}`);
  return {
    trust: inputs.trust as TrustSource,
    rekorUrl: inputs.rekorUrl,
    requireAllSubjects: inputs.requireAllSubjects,
    policy: {
      expectedBuilderIds: inputs.expectedBuilderIds,
      expectedSourceRepository: inputs.expectedSourceRepo,
      expectedOwner: inputs.expectedOwner,
      githubServerUrl: inputs.githubServerUrl.replace(/\/$/, ''),
      denySelfHostedRunners: inputs.denySelfHostedRunners,
      tag: inputs.tag,
      commit: inputs.commit?.toLowerCase() ?? null,
      expectedIssuer: inputs.expectedIssuer,
      expectedSan: inputs.expectedSan,
      expectedRepositoryId: inputs.expectedRepositoryId,
      override,
      now,
    },
  };
}

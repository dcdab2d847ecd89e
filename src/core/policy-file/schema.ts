import { z } from 'zod';
import { BUILDER_FAMILY_IDS } from '../policy/index.js';
import { isPlainIdentity } from '../provenance/index.js';

export const POLICY_FILE_VERSION = 1;
export const DEFAULT_POLICY_PATH = '.github/provenance-policy.yml';

const plain = z.string().min(1).refine(isPlainIdentity, 'must not contain whitespace or control characters');
const globs = z
  .union([plain, z.array(plain).min(1)])
  .transform((value) => (typeof value === 'string' ? [value] : value));
const url = plain.refine((value) => URL.canParse(value), 'must be an absolute URL');

const SourceSchema = z.union([
  z
    .object({
      repository: plain
        .regex(/^(https:\/\/[^/]+\/)?[\w.-]+\/[\w.-]+$/, 'must be OWNER/NAME or its https URL')
        .describe(
          'The repository the artifacts must be built from, as the signing certificate attests it (OID .12).',
        ),
      'repository-id': plain
        .regex(/^[1-9][0-9]*$/, 'must be a numeric repository ID')
        .optional()
        .describe('Its numeric ID (OID .15), which survives renames and re-creation.'),
    })
    .strict(),
  z
    .object({
      owner: plain
        .regex(/^[A-Za-z0-9_.-]+$/, 'must be a GitHub owner name')
        .describe('Any repository of this owner.'),
    })
    .strict(),
]);

const OverrideRulesSchema = z
  .object({
    'allow-slsa-v0.2': z
      .boolean()
      .default(false)
      .describe('Whether a governance override may let SLSA v0.2 provenance pass.'),
    approvers: z
      .array(plain)
      .default([])
      .describe('Who may approve such an override; empty: anyone the workflow lets dispatch it.'),
    'max-days': z
      .number()
      .int()
      .min(1)
      .max(7)
      .default(7)
      .describe('The longest an override may run, in days (at most 7).'),
  })
  .strict();

export const PolicyRuleSchema = z
  .object({
    match: globs
      .default(['*'])
      .describe('Asset (artifact file) names this rule covers: globs, `*` within a name.'),
    exclude: z
      .array(plain)
      .default([])
      .describe(
        'Names matched above that are not release artifacts (checksums, signatures): never verified.',
      ),
    builders: z
      .array(z.enum(BUILDER_FAMILY_IDS))
      .default([])
      .describe('Builder families of the builder registry the artifacts may come from; empty: any.'),
    'builder-ids': z
      .array(url)
      .default([])
      .describe('Exact builder IDs; one without `@` accepts any tagged version of that builder.'),
    source: SourceSchema.optional(),
    tags: plain
      .optional()
      .describe(
        'Tags the release may be built from: `semver`, or a glob such as `v*`. Branches never match.',
      ),
    runner: z
      .enum(['github-hosted', 'any'])
      .default('github-hosted')
      .describe('The runner environment the certificate must attest (OID .11).'),
    'slsa-level': z
      .union([z.literal(1), z.literal(2), z.literal(3)])
      .optional()
      .describe('The lowest SLSA Build level the builder must meet.'),
    override: OverrideRulesSchema.optional().describe(
      'Governance-override rules; absent: no override is accepted under this rule.',
    ),
  })
  .strict();

export const PolicyFileSchema = z
  .object({
    version: z.literal(POLICY_FILE_VERSION),
    release: z
      .object({
        prerelease: z
          .enum(['auto', 'true', 'false', 'any'])
          .default('auto')
          .describe(
            "The release's prerelease flag: `auto` = a SemVer prerelease tag (`-rc.1`) is a prerelease, any other is not.",
          ),
      })
      .strict()
      .default({ prerelease: 'auto' }),
    exclude: z
      .array(plain)
      .default([])
      .describe(
        'Asset names never verified, for every rule. Provenance and bundle files are always excluded.',
      ),
    artifacts: z
      .array(PolicyRuleSchema)
      .min(1)
      .describe('Rules in order; each asset takes the first rule whose `match` it matches.'),
  })
  .strict();

export type PolicyFile = z.output<typeof PolicyFileSchema>;
export type PolicyRule = z.output<typeof PolicyRuleSchema>;
export type OverrideRules = z.output<typeof OverrideRulesSchema>;

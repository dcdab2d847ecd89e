import { z } from 'zod';
import { GuardError } from '../errors/index.js';
import { assertPlainIdentity } from './identity-text.js';
import { parseGitUri, toRepositorySlug } from './source-uri.js';
import type { Statement } from './statement.js';

export const SLSA_V1 = 'https://slsa.dev/provenance/v1';
export const SLSA_V02 = 'https://slsa.dev/provenance/v0.2';

/** The facts of a provenance predicate that the policy checks, in one shape for v1 and v0.2. */
export interface PredicateFacts {
  readonly predicateType: string;
  readonly buildType: string | null;
  readonly builderId: string | null;
  readonly sourceRepository: string | null;
  /** The host the predicate names for the source repository (`github.com`, or an Enterprise host). */
  readonly sourceHost: string | null;
  readonly sourceRef: string | null;
  /** Every git commit (SHA-1) the predicate names for the source repository. */
  readonly sourceCommits: readonly string[];
  /** The caller workflow `owner/name/path@ref`, used to derive the expected certificate identity. */
  readonly workflow: { readonly repository: string; readonly path: string; readonly ref: string } | null;
  readonly repositoryId: string | null;
  readonly repositoryOwnerId: string | null;
}

const Material = z
  .object({ uri: z.string().optional(), digest: z.record(z.string(), z.string()).optional() })
  .loose();

const V1Predicate = z
  .object({
    buildDefinition: z
      .object({
        buildType: z.string(),
        externalParameters: z
          .object({
            workflow: z
              .object({ repository: z.string(), ref: z.string(), path: z.string() })
              .loose()
              .optional(),
          })
          .loose(),
        internalParameters: z
          .object({
            github: z
              .object({ repository_id: z.string().optional(), repository_owner_id: z.string().optional() })
              .loose()
              .optional(),
          })
          .loose()
          .optional(),
        resolvedDependencies: z.array(Material).optional(),
      })
      .loose(),
    runDetails: z.object({ builder: z.object({ id: z.string() }).loose() }).loose(),
  })
  .loose();

const V02Predicate = z
  .object({
    builder: z.object({ id: z.string() }).loose(),
    buildType: z.string().optional(),
    invocation: z
      .object({
        configSource: z
          .object({
            uri: z.string().optional(),
            digest: z.record(z.string(), z.string()).optional(),
            entryPoint: z.string().optional(),
          })
          .loose()
          .optional(),
        environment: z.record(z.string(), z.unknown()).optional(),
      })
      .loose()
      .optional(),
    materials: z.array(Material).optional(),
  })
  .loose();

/** Reads v1 or v0.2 predicates; other predicate types carry no facts beyond their type. */
export function toPredicateFacts(statement: Statement): PredicateFacts {
  if (statement.predicateType === SLSA_V1) return assertPlainFacts(fromV1(statement.predicate));
  if (statement.predicateType === SLSA_V02) return assertPlainFacts(fromV02(statement.predicate));
  return { ...EMPTY_FACTS, predicateType: statement.predicateType };
}

/** Identity values with a newline or an invisible character could pass a comparison that looks exact. */
function assertPlainFacts(facts: PredicateFacts): PredicateFacts {
  assertPlainIdentity(facts.builderId, "the predicate's builder.id");
  assertPlainIdentity(facts.sourceRepository, "the predicate's source repository");
  assertPlainIdentity(facts.sourceRef, "the predicate's source ref");
  if (facts.workflow) {
    assertPlainIdentity(facts.workflow.path, "the predicate's workflow path");
    assertPlainIdentity(facts.workflow.ref, "the predicate's workflow ref");
  }
  return facts;
}

const EMPTY_FACTS: PredicateFacts = {
  predicateType: '',
  buildType: null,
  builderId: null,
  sourceRepository: null,
  sourceHost: null,
  sourceRef: null,
  sourceCommits: [],
  workflow: null,
  repositoryId: null,
  repositoryOwnerId: null,
};

function parsePredicate<T>(schema: z.ZodType<T>, predicate: unknown, version: string): T {
  const parsed = schema.safeParse(predicate);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new GuardError(
    'provenance_malformed',
    `SLSA ${version} predicate is invalid at ${issue?.path.join('.') || '(root)'}: ${issue?.message}`,
  );
}

function fromV1(predicate: unknown): PredicateFacts {
  const { buildDefinition, runDetails } = parsePredicate(V1Predicate, predicate, 'v1');
  const workflow = buildDefinition.externalParameters.workflow;
  const dependencies = buildDefinition.resolvedDependencies ?? [];
  const firstSource =
    dependencies.map((d) => (d.uri ? parseGitUri(d.uri) : null)).find((d) => d !== null) ?? null;
  const workflowSource = workflow ? parseGitUri(workflow.repository) : null;
  const repository = workflow ? toRepositorySlug(workflow.repository) : (firstSource?.repository ?? null);
  const github = buildDefinition.internalParameters?.github;
  return {
    predicateType: SLSA_V1,
    buildType: buildDefinition.buildType,
    builderId: runDetails.builder.id,
    sourceRepository: repository,
    sourceHost: (workflow ? workflowSource?.host : firstSource?.host) ?? null,
    sourceRef: workflow?.ref ?? firstSource?.ref ?? null,
    sourceCommits: commitsFor(repository, dependencies, 'gitCommit'),
    workflow: workflow && repository ? { repository, path: workflow.path, ref: workflow.ref } : null,
    repositoryId: github?.repository_id ?? null,
    repositoryOwnerId: github?.repository_owner_id ?? null,
  };
}

function fromV02(predicate: unknown): PredicateFacts {
  const { builder, buildType, invocation, materials } = parsePredicate(V02Predicate, predicate, 'v0.2');
  const config = invocation?.configSource;
  const source = config?.uri ? parseGitUri(config.uri) : null;
  const environment = invocation?.environment ?? {};
  const repository = source?.repository ?? null;
  const configMaterial = config?.uri ? [{ uri: config.uri, digest: config.digest }] : [];
  return {
    predicateType: SLSA_V02,
    buildType: buildType ?? null,
    builderId: builder.id,
    sourceRepository: repository,
    sourceHost: source?.host ?? null,
    sourceRef: source?.ref ?? stringOrNull(environment.GITHUB_REF),
    sourceCommits: commitsFor(repository, [...(materials ?? []), ...configMaterial], 'sha1'),
    workflow: toV02Workflow(repository, source?.ref ?? null, config?.entryPoint),
    repositoryId: stringOrNull(environment.GITHUB_REPOSITORY_ID),
    repositoryOwnerId: stringOrNull(environment.GITHUB_REPOSITORY_OWNER_ID),
  };
}

/** npm's entryPoint is `o/r/path@ref`; the generic generator's is a bare path in the source repo. */
function toV02Workflow(
  repository: string | null,
  ref: string | null,
  entryPoint: string | undefined,
): PredicateFacts['workflow'] {
  if (!entryPoint || !repository) return null;
  // The ref is what follows the last `@` (on one line): `(.+)@(.+)$` tried every `@` with every split.
  const qualified = /^([^/]+\/[^/]+)\/(.+)@([^@\n\r\u2028\u2029]+)$/.exec(entryPoint);
  if (qualified?.[1] && qualified[2] && qualified[3])
    return { repository: qualified[1], path: qualified[2], ref: qualified[3] };
  return ref ? { repository, path: entryPoint, ref } : null;
}

function commitsFor(
  repository: string | null,
  materials: readonly z.infer<typeof Material>[],
  key: 'gitCommit' | 'sha1',
): string[] {
  const commits = materials
    .filter(
      (m) => repository === null || (m.uri !== undefined && parseGitUri(m.uri)?.repository === repository),
    )
    .map((m) => m.digest?.[key] ?? m.digest?.gitCommit ?? m.digest?.sha1)
    .filter((c): c is string => typeof c === 'string');
  return [...new Set(commits)];
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

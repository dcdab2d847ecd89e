import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { z } from 'zod';
import { toRepositoryRef } from '../../adapters/github/index.js';
import { GuardError } from '../../core/errors/index.js';
import {
  parseInputs,
  text,
  toPolicyRequest,
  type PolicyInputs,
  type VerifyInputField,
} from '../../commands/verify/index.js';
import {
  GOVERNANCE_WORKFLOW,
  type ArtifactSource,
  type ProvenanceSource,
  type ValidateRequest,
} from '../../commands/validate/index.js';
import project from '../../../package.json' with { type: 'json' };
import { explicitPolicyInputs, readPolicyInput, verifierIdOf } from './policy-inputs.js';
import {
  explicitRenamedFields,
  readRenamedInputs,
  type RenamedInput,
  type RenamedValue,
} from './input-aliases.js';

const POLICY_INPUT: Record<VerifyInputField, string> = {
  artifacts: 'artifact-path',
  provenance: 'provenance-path',
  expectedBuilderIds: 'expected-builder-id',
  expectedSourceRepo: 'repo',
  expectedOwner: 'owner',
  githubServerUrl: 'GITHUB_SERVER_URL',
  denySelfHostedRunners: 'deny-self-hosted-runners',
  tag: 'tag',
  commit: 'source-digest',
  expectedIssuer: 'cert-oidc-issuer',
  expectedSan: 'cert-identity',
  expectedRepositoryId: 'expected-repository-id',
  trust: 'trust',
  rekorUrl: 'rekor-url',
  requireAllSubjects: 'require-all-subjects',
  override: "the manifest's override grant",
  // The action fetches attestations itself (provenance-source: attestations-api) and keeps no bundle.
  lookup: 'provenance-source',
  bundleOut: 'provenance-source',
  githubApiUrl: 'GITHUB_API_URL',
};

/** The fields whose input has a deprecated name: messages name the input as the workflow set it. */
const RENAMED_FIELD: Partial<Record<VerifyInputField, RenamedInput>> = {
  expectedSourceRepo: 'repo',
  expectedOwner: 'owner',
  commit: 'source-digest',
  expectedIssuer: 'cert-oidc-issuer',
  expectedSan: 'cert-identity',
};

const positiveInt = (name: string) =>
  text.regex(/^[1-9][0-9]*$/, `${name} must be a positive integer`).transform(Number);
const boolean = z.enum(['true', 'false']).transform((v) => v === 'true');

const ActionSchema = z.object({
  'run-id': positiveInt('run-id'),
  'run-attempt': positiveInt('run-attempt'),
  'artifact-name': text.nullable(),
  'artifact-path': z.array(text),
  'artifact-url': text.nullable(),
  'provenance-path': text.nullable(),
  'artifact-source': z.enum(['run', 'release']),
  'provenance-source': z.enum(['file', 'attestations-api']),
  manifest: z.enum(['true', 'false', 'read']),
  'manifest-path': text.nullable(),
  'manifest-branch': text.nullable(),
  'github-token': text,
  'fail-on-reject': boolean,
  'log-format': z.enum(['text', 'json']),
  repository: text.regex(/^[\w.-]+\/[\w.-]+$/, 'must be OWNER/NAME'),
});

export interface ActionInputs {
  readonly request: ValidateRequest;
  /** `path` null: each entry in the file of its release run's day (see MANIFEST_HOME_RULE). */
  readonly manifest: { readonly path: string | null; readonly branch?: string } | null;
  readonly failOnReject: boolean;
  readonly logFormat: 'text' | 'json';
}

const optional = (name: string) => core.getInput(name).trim() || null;
const lines = (name: string) =>
  core
    .getMultilineInput(name)
    .map((l) => l.trim())
    .filter(Boolean);

/** Reads every input once and validates it; errors name the input. */
export function readActionInputs(now: Date, env: NodeJS.ProcessEnv = process.env): ActionInputs {
  const raw = {
    'run-id': optional('run-id') ?? env.GITHUB_RUN_ID ?? '',
    'run-attempt': env.GITHUB_RUN_ATTEMPT ?? '1',
    'artifact-name': optional('artifact-name'),
    'artifact-path': lines('artifact-path'),
    'artifact-url': optional('artifact-url'),
    'provenance-path': optional('provenance-path'),
    'provenance-source': optional('provenance-source') ?? 'file',
    'artifact-source': optional('artifact-source') ?? 'run',
    manifest: optional('manifest') ?? 'true',
    'manifest-path': optional('manifest-path'),
    'manifest-branch': optional('manifest-branch'),
    'github-token': optional('github-token') ?? '',
    'fail-on-reject': optional('fail-on-reject') ?? 'true',
    'log-format': optional('log-format') ?? 'text',
    repository: env.GITHUB_REPOSITORY ?? '',
  };
  const inputs = parseInputs(ActionSchema, raw, (field: string) =>
    field === 'repository' ? 'GITHUB_REPOSITORY' : field,
  );
  const tag = optional('tag');
  if (tag === null) throw new GuardError('input_invalid', 'tag is required: the release tag to verify');
  const renamed = readRenamedInputs();
  const inputName = (field: VerifyInputField) => {
    const input = RENAMED_FIELD[field];
    return input === undefined ? POLICY_INPUT[field] : renamed[input].givenAs;
  };
  return {
    request: {
      repository: toRepositoryRef(inputs.repository),
      tag,
      runId: inputs['run-id'],
      runAttempt: inputs['run-attempt'],
      actor: env.GITHUB_ACTOR ?? 'unknown',
      artifacts: artifactSource(inputs),
      artifactUrl: inputs['artifact-url'],
      provenance: provenanceSource(inputs),
      verify: toPolicyRequest(policyInputs(tag, inputs.repository, env, renamed), inputName, now),
      token: inputs['github-token'],
      workDir: join(env.RUNNER_TEMP ?? tmpdir(), 'provenance-guard'),
      evidenceDir: join(env.RUNNER_TEMP ?? tmpdir(), 'provenance-guard', 'evidence'),
      secrets: [inputs['github-token']],
      governanceWorkflow: optional('governance-workflow') ?? GOVERNANCE_WORKFLOW,
      policyFile: readPolicyInput(),
      explicitPolicyFields: new Set([...explicitPolicyInputs(), ...explicitRenamedFields(renamed)]),
      verifierId: verifierIdOf(env, project.version),
      readOnlyManifest: inputs.manifest === 'read',
    },
    manifest:
      inputs.manifest === 'false'
        ? null
        : {
            path: inputs['manifest-path'],
            ...(inputs['manifest-branch'] ? { branch: inputs['manifest-branch'] } : {}),
          },
    failOnReject: inputs['fail-on-reject'],
    logFormat: inputs['log-format'],
  };
}

function artifactSource(inputs: z.output<typeof ActionSchema>): ArtifactSource {
  const byName = inputs['artifact-name'];
  const byPath = inputs['artifact-path'];
  if (inputs['artifact-source'] === 'release') {
    if (byName !== null || byPath.length > 0)
      throw new GuardError(
        'input_invalid',
        "artifact-source: release verifies the release's assets: leave artifact-name and artifact-path empty",
      );
    return { kind: 'release' };
  }
  if ((byName === null) === (byPath.length === 0)) {
    throw new GuardError(
      'input_invalid',
      'give exactly one of artifact-name (download from run-id) and artifact-path (files on the runner)',
    );
  }
  return byName !== null
    ? { kind: 'run-artifact', name: byName, runId: inputs['run-id'] }
    : { kind: 'paths', patterns: byPath };
}

function provenanceSource(inputs: z.output<typeof ActionSchema>): ProvenanceSource {
  const path = inputs['provenance-path'];
  if (inputs['provenance-source'] === 'attestations-api') {
    if (path !== null)
      throw new GuardError(
        'input_invalid',
        'provenance-path and provenance-source: attestations-api exclude each other',
      );
    return { kind: 'attestations-api' };
  }
  if (path === null && inputs['artifact-source'] === 'release') return { kind: 'release' };
  if (path === null)
    throw new GuardError(
      'input_invalid',
      'provenance-path is required unless provenance-source is attestations-api (or artifact-source is release)',
    );
  return { kind: 'file', path };
}

function policyInputs(
  tag: string,
  repository: string,
  env: NodeJS.ProcessEnv,
  renamed: Record<RenamedInput, RenamedValue>,
): PolicyInputs {
  const trust = optional('trust') ?? 'tuf';
  const declared = ['override-reason', 'override-approver', 'override-expires'].filter(
    (name) => optional(name) !== null,
  );
  if (declared.length > 0) {
    throw new GuardError(
      'input_invalid',
      `${declared.join(', ')}: a workflow cannot declare its own override; a maintainer grants one through the rollback action (operation override_grant) and validate reads it from the release manifest`,
    );
  }
  const sourceRepo = renamed.repo.value;
  // This repository by default, pinned by its numeric ID as well: a renamed or re-created repository cannot
  // pass.
  const thisRepository = sourceRepo === null || sourceRepo.toLowerCase() === repository.toLowerCase();
  return {
    expectedBuilderIds: lines('expected-builder-id'),
    expectedSourceRepo: sourceRepo ?? repository,
    expectedOwner: renamed.owner.value,
    githubServerUrl: env.GITHUB_SERVER_URL || undefined,
    denySelfHostedRunners: booleanInput('deny-self-hosted-runners', true),
    tag,
    commit: renamed['source-digest'].value,
    expectedIssuer: renamed['cert-oidc-issuer'].value ?? undefined,
    expectedSan: renamed['cert-identity'].value,
    expectedRepositoryId:
      optional('expected-repository-id') ?? (thisRepository ? env.GITHUB_REPOSITORY_ID || null : null),
    trust: trustFromInput(trust),
    rekorUrl: optional('rekor-url'),
    requireAllSubjects: optional('require-all-subjects') === 'true',
    override: null,
  };
}

/** The `trust` input: `tuf`, `embedded`, or the path of a trusted_root file. */
export function trustFromInput(trust: string): PolicyInputs['trust'] {
  if (trust === 'tuf') return { kind: 'tuf' };
  if (trust === 'embedded') return { kind: 'embedded' };
  return { kind: 'file', path: trust };
}

function booleanInput(name: string, fallback: boolean): boolean {
  const value = optional(name);
  if (value === null) return fallback;
  if (value !== 'true' && value !== 'false')
    throw new GuardError('input_invalid', `${name} must be true or false`);
  return value === 'true';
}

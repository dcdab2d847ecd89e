import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
import { GuardError } from '../../core/errors/index.js';
import {
  loadPolicyFile,
  MAX_POLICY_BYTES,
  type ExplicitField,
  type LoadedPolicy,
} from '../../core/policy-file/index.js';

const given = (name: string) => core.getInput(name).trim() !== '';

/** The `policy` input's file, read once; null when the input is empty. */
export function readPolicyInput(): LoadedPolicy | null {
  const path = core.getInput('policy').trim();
  if (path === '') return null;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new GuardError('input_invalid', `policy ${path} cannot be read: ${(error as Error).message}`, {
      cause: error,
    });
  }
  if (Buffer.byteLength(text) > MAX_POLICY_BYTES)
    throw new GuardError('input_invalid', `policy ${path} is larger than ${MAX_POLICY_BYTES} bytes`);
  return loadPolicyFile(text, path);
}

/** The inputs that set a policy field themselves: each wins over the policy file for that field. */
export function explicitPolicyInputs(): Set<ExplicitField> {
  const inputs: [ExplicitField, string][] = [
    ['expectedBuilderIds', 'expected-builder-id'],
    ['expectedSourceRepository', 'expected-source-repo'],
    ['expectedOwner', 'expected-owner'],
    ['expectedRepositoryId', 'expected-repository-id'],
    ['denySelfHostedRunners', 'deny-self-hosted-runners'],
  ];
  return new Set(inputs.filter(([, name]) => given(name)).map(([field]) => field));
}

/** `verifierId` of the VSA: this action's repository at the ref the workflow pinned. */
export function verifierIdOf(env: NodeJS.ProcessEnv, version: string): string {
  return `${env.GITHUB_ACTION_REPOSITORY || 'provenance-guard/provenance-guard'}@${env.GITHUB_ACTION_REF || `v${version}`}`;
}

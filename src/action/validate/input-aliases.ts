import * as core from '@actions/core';
import { GuardError } from '../../core/errors/index.js';
import type { ExplicitField } from '../../core/policy-file/index.js';

/**
 * The validate inputs named as `gh attestation verify` names the same check, each with its former name,
 * which still works and logs a deprecation warning. `policyField`: the policy-file field the input wins over.
 */
export const RENAMED_INPUTS = [
  { name: 'repo', deprecated: 'expected-source-repo', policyField: 'expectedSourceRepository' },
  { name: 'owner', deprecated: 'expected-owner', policyField: 'expectedOwner' },
  { name: 'source-digest', deprecated: 'commit-sha' },
  { name: 'cert-identity', deprecated: 'expected-san' },
  { name: 'cert-oidc-issuer', deprecated: 'expected-issuer' },
] as const satisfies readonly {
  readonly name: string;
  readonly deprecated: string;
  readonly policyField?: ExplicitField;
}[];

export type RenamedInput = (typeof RENAMED_INPUTS)[number]['name'];

export interface RenamedValue {
  readonly value: string | null;
  /** The name the workflow set it under (the new one when neither was set), for messages. */
  readonly givenAs: string;
}

const optional = (name: string) => core.getInput(name).trim() || null;

/**
 * Each renamed input's value under either of its names. Setting the old name warns; setting both to different
 * values is `input_invalid`.
 */
export function readRenamedInputs(): Record<RenamedInput, RenamedValue> {
  return Object.fromEntries(
    RENAMED_INPUTS.map(({ name, deprecated }) => {
      const current = optional(name);
      const old = optional(deprecated);
      if (old === null) return [name, { value: current, givenAs: name }];
      if (current !== null && current !== old)
        throw new GuardError(
          'input_invalid',
          `${name} and ${deprecated} (its deprecated name) are both set, to different values: set only ${name}`,
        );
      core.warning(`input ${deprecated} is deprecated: use ${name}`);
      return [name, { value: old, givenAs: current === null ? deprecated : name }];
    }),
  ) as Record<RenamedInput, RenamedValue>;
}

/** The policy-file fields that a renamed input, set under either name, wins over. */
export function explicitRenamedFields(values: Record<RenamedInput, RenamedValue>): ExplicitField[] {
  return RENAMED_INPUTS.flatMap((input) =>
    'policyField' in input && values[input.name].value !== null ? [input.policyField] : [],
  );
}

import * as core from '@actions/core';
import type { VerifyInputField, VerifyInputs } from '../commands/verify/index.js';

export const INPUT_OF: Record<VerifyInputField, string> = {
  artifacts: 'artifact-path', provenance: 'provenance-path', expectedBuilderIds: 'expected-builder-id',
  expectedSourceRepo: 'expected-source-repo', tag: 'tag', commit: 'commit-sha', expectedIssuer: 'expected-issuer',
  expectedSan: 'expected-san', expectedRepositoryId: 'expected-repository-id', trust: 'trust', rekorUrl: 'rekor-url', requireAllSubjects: 'require-all-subjects',
  override: 'override-reason/override-approver/override-expires',
};

const optional = (name: string) => core.getInput(name).trim() || null;
const lines = (name: string) => core.getMultilineInput(name).map((l) => l.trim()).filter(Boolean);

export interface ActionInputs {
  readonly verify: VerifyInputs;
  readonly failOnReject: boolean;
}

/** Reads every input once; validation happens in the shared schema so messages name these inputs. */
export function readActionInputs(): ActionInputs {
  const trust = optional('trust') ?? 'tuf';
  const overrideReason = optional('override-reason');
  return {
    failOnReject: (optional('fail-on-reject') ?? 'true') !== 'false',
    verify: {
      artifacts: lines('artifact-path'),
      provenance: optional('provenance-path') ?? '',
      expectedBuilderIds: lines('expected-builder-id'),
      expectedSourceRepo: optional('expected-source-repo') ?? process.env.GITHUB_REPOSITORY ?? null,
      tag: optional('tag'),
      commit: optional('commit-sha'),
      expectedIssuer: optional('expected-issuer') ?? undefined,
      expectedSan: optional('expected-san'),
      expectedRepositoryId: optional('expected-repository-id'),
      trust: trust === 'tuf' ? { kind: 'tuf' } : trust === 'embedded' ? { kind: 'embedded' } : { kind: 'file', path: trust },
      rekorUrl: optional('rekor-url'),
      requireAllSubjects: optional('require-all-subjects') === 'true',
      override: overrideReason === null ? null : {
        reason: overrideReason,
        approver: optional('override-approver') ?? '',
        expiresAt: optional('override-expires') ?? '',
      },
    },
  };
}

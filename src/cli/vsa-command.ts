import { GuardError } from '../core/errors/index.js';
import { renderVerdictTable, toVerdictJson } from '../core/report/index.js';
import { toPolicyRequest, type VerifyInputField } from '../commands/verify/index.js';
import { verifyVsa } from '../commands/vsa/index.js';
import { exitCodeFor, type CommandResult } from './exit.js';
import { parseArgsOnce } from './args.js';
import { trustSourceOf } from './verify-inputs.js';

export const VERIFY_VSA_OPTIONS = {
  vsa: { type: 'string' },
  artifact: { type: 'string', multiple: true },
  'expected-verifier': { type: 'string' },
  'expected-policy-digest': { type: 'string' },
  'expected-level': { type: 'string' },
  'expected-signer-workflow': { type: 'string' },
  'expected-source-repo': { type: 'string' },
  'expected-owner': { type: 'string' },
  'expected-san': { type: 'string' },
  'expected-issuer': { type: 'string' },
  'github-server-url': { type: 'string' },
  'deny-self-hosted-runners': { type: 'boolean' },
  'trusted-root': { type: 'string' },
  offline: { type: 'boolean' },
  json: { type: 'boolean' },
} as const;

/** The template's workflow: it verifies the release and signs the VSA. */
const DEFAULT_SIGNER_WORKFLOW = 'security-ci.yml';

const FLAG: Partial<Record<VerifyInputField, string>> = {
  expectedSourceRepo: '--expected-source-repo',
  expectedOwner: '--expected-owner',
  expectedSan: '--expected-san',
  expectedIssuer: '--expected-issuer',
  githubServerUrl: '--github-server-url',
};

/** `verify-vsa`: a signed VSA for consumers who trust the producer's verdict instead of re-running it. */
export async function runVerifyVsa(argv: readonly string[], now: Date): Promise<CommandResult> {
  const { values } = parseArgsOnce({ args: [...argv], options: VERIFY_VSA_OPTIONS, allowPositionals: false });
  const required = (name: 'vsa' | 'expected-verifier' | 'expected-policy-digest') => {
    const value = values[name];
    if (value === undefined) throw new GuardError('input_invalid', `--${name} is required`);
    return value;
  };
  const digest = required('expected-policy-digest').toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(digest))
    throw new GuardError('input_invalid', '--expected-policy-digest must be a SHA-256 (64 hex digits)');
  if (!values.artifact?.length)
    throw new GuardError('input_invalid', '--artifact is required (repeat it for several artifacts)');
  if (
    values['expected-source-repo'] === undefined &&
    values['expected-owner'] === undefined &&
    values['expected-san'] === undefined
  ) {
    throw new GuardError(
      'input_invalid',
      'an identity pin is required: --expected-source-repo, --expected-owner or --expected-san (who may sign the VSA)',
    );
  }
  const level = values['expected-level'] === undefined ? null : Number(values['expected-level']);
  if (level !== null && ![1, 2, 3].includes(level))
    throw new GuardError('input_invalid', '--expected-level must be 1, 2 or 3');
  const { policy, trust } = toPolicyRequest(
    {
      expectedBuilderIds: [],
      expectedSourceRepo: values['expected-source-repo'] ?? null,
      expectedOwner: values['expected-owner'] ?? null,
      githubServerUrl: values['github-server-url'],
      denySelfHostedRunners: values['deny-self-hosted-runners'] ?? false,
      tag: null,
      commit: null,
      expectedIssuer: values['expected-issuer'],
      expectedSan: values['expected-san'] ?? null,
      trust: trustSourceOf(values),
      rekorUrl: null,
      requireAllSubjects: false,
      override: null,
    },
    (field) => FLAG[field] ?? field,
    now,
  );
  const verdict = await verifyVsa({
    vsaPath: required('vsa'),
    artifactPaths: values.artifact,
    policy,
    trust,
    expected: {
      verifierId: required('expected-verifier'),
      policySha256: digest,
      requiredLevel: level,
      now,
      signerWorkflow: values['expected-signer-workflow'] ?? DEFAULT_SIGNER_WORKFLOW,
    },
  });
  const output = values.json
    ? JSON.stringify(toVerdictJson(verdict), null, 2)
    : renderVerdictTable(verdict, 'provenance-guard verify-vsa');
  return { exitCode: exitCodeFor(verdict), stdout: output };
}

import { GuardError } from '../core/errors/index.js';
import { matchesPin, toSourcePins, type VerificationPolicy } from '../core/policy/index.js';
import { renderVerdictTable, toVerdictJson } from '../core/report/index.js';
import {
  parseMaxAge,
  parseReleaseName,
  releaseName,
  releaseResourceUri,
  type ReleaseResource,
} from '../core/vsa/index.js';
import { toPolicyRequest, type VerifyInputField } from '../commands/verify/index.js';
import { verifyVsa } from '../commands/vsa/index.js';
import { exitCodeFor, type CommandResult } from './exit.js';
import { parseArgsOnce } from './args.js';
import { trustSourceOf } from './verify-inputs.js';

export const VERIFY_VSA_OPTIONS = {
  vsa: { type: 'string' },
  release: { type: 'string' },
  artifact: { type: 'string', multiple: true },
  'max-age': { type: 'string' },
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
  tag: '--release',
  expectedSourceRepo: '--expected-source-repo',
  expectedOwner: '--expected-owner',
  expectedSan: '--expected-san',
  expectedIssuer: '--expected-issuer',
  githubServerUrl: '--github-server-url',
};

/**
 * `verify-vsa`: a signed VSA for consumers who trust the producer's verdict instead of re-running it, about
 * the release they name (`--release OWNER/NAME@TAG`): a VSA of another release is not one of this one.
 */
export async function runVerifyVsa(argv: readonly string[], now: Date): Promise<CommandResult> {
  const { values } = parseArgsOnce({ args: [...argv], options: VERIFY_VSA_OPTIONS, allowPositionals: false });
  const required = (name: 'vsa' | 'release' | 'expected-verifier' | 'expected-policy-digest') => {
    const value = values[name];
    if (value === undefined) throw new GuardError('input_invalid', `--${name} is required`);
    return value;
  };
  const release = parseReleaseName(required('release'));
  if (release === null)
    throw new GuardError('input_invalid', `--release ${values.release} is not OWNER/NAME@TAG`);
  const digest = required('expected-policy-digest').toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(digest))
    throw new GuardError('input_invalid', '--expected-policy-digest must be a SHA-256 (64 hex digits)');
  if (!values.artifact?.length)
    throw new GuardError('input_invalid', '--artifact is required (repeat it for several artifacts)');
  const level = values['expected-level'] === undefined ? null : Number(values['expected-level']);
  if (level !== null && ![1, 2, 3].includes(level))
    throw new GuardError('input_invalid', '--expected-level must be 1, 2 or 3');
  const maxAgeMs = values['max-age'] === undefined ? null : parseMaxAge(values['max-age']);
  if (maxAgeMs === null && values['max-age'] !== undefined)
    throw new GuardError(
      'input_invalid',
      `--max-age ${values['max-age']} is not a whole number of hours or days (12h, 30d)`,
    );
  const { policy, trust } = toPolicyRequest(
    {
      expectedBuilderIds: [],
      // The release's repository is the source pin: --expected-source-repo may only repeat it.
      expectedSourceRepo: values['expected-source-repo'] ?? `${release.owner}/${release.repo}`,
      expectedOwner: values['expected-owner'] ?? null,
      githubServerUrl: values['github-server-url'],
      denySelfHostedRunners: values['deny-self-hosted-runners'] ?? false,
      tag: release.tag,
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
  assertPinsNameRelease(policy, release);
  const verdict = await verifyVsa({
    vsaPath: required('vsa'),
    artifactPaths: values.artifact,
    policy,
    trust,
    expected: {
      verifierId: required('expected-verifier'),
      policySha256: digest,
      requiredLevel: level,
      release,
      maxAgeMs,
      now,
      signerWorkflow: values['expected-signer-workflow'] ?? DEFAULT_SIGNER_WORKFLOW,
    },
  });
  const resource = {
    release: releaseName(release),
    uri: releaseResourceUri(policy.githubServerUrl, release),
  };
  const output = values.json
    ? JSON.stringify({ ...toVerdictJson(verdict), resource }, null, 2)
    : renderVerdictTable(verdict, `provenance-guard verify-vsa ${resource.release}`);
  return { exitCode: exitCodeFor(verdict), stdout: output };
}

/** --expected-source-repo and --expected-owner may narrow who signed, never name another repository. */
function assertPinsNameRelease(policy: VerificationPolicy, release: ReleaseResource): void {
  const location = {
    host: new URL(policy.githubServerUrl).host,
    repository: `${release.owner}/${release.repo}`,
  };
  const pins = toSourcePins({ ...policy, expectedSan: null });
  if (!pins.every((pin) => matchesPin(pin, location)))
    throw new GuardError(
      'input_invalid',
      `--expected-source-repo or --expected-owner names another repository than --release ${releaseName(release)}`,
    );
}

import { GuardError } from '../core/errors/index.js';
import { matchesPin, toSourcePins, type VerificationPolicy } from '../core/policy/index.js';
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
import { parseCommandArgs } from './args.js';
import { VERIFY_VSA_FLAGS } from './flags.js';
import { renderVerdict } from './render-verdict.js';
import { formatOf, trustSourceOf } from './verify-inputs.js';

/** The template's workflow: it verifies the release and signs the VSA. */
const DEFAULT_SIGNER_WORKFLOW = 'security-ci.yml';

const FLAG: Partial<Record<VerifyInputField, string>> = {
  tag: '--release',
  expectedSourceRepo: '--repo',
  expectedOwner: '--owner',
  expectedSan: '--cert-identity',
  expectedIssuer: '--expected-issuer',
  githubServerUrl: '--github-server-url',
};

/**
 * `verify-vsa`: a signed VSA for consumers who trust the producer's verdict instead of re-running it, about
 * the release they name (`--release OWNER/NAME@TAG`): a VSA of another release is not one of this one.
 */
export async function runVerifyVsa(argv: readonly string[], now: Date): Promise<CommandResult> {
  const parsed = parseCommandArgs(VERIFY_VSA_FLAGS, argv, { positionals: true });
  const { values, spelled } = parsed;
  const format = formatOf(values);
  const artifacts = [...parsed.positionals, ...(values.artifact ?? [])];
  const required = (name: 'vsa' | 'release' | 'expected-verifier' | 'expected-policy-digest') => {
    const value = values[name];
    if (value === undefined) throw new GuardError('input_invalid', `--${name} is required`);
    return value;
  };
  const nameOf = (field: VerifyInputField) => {
    const flag = FLAG[field] ?? field;
    return spelled[flag.slice(2)] ?? flag;
  };
  const release = parseReleaseName(required('release'));
  if (release === null)
    throw new GuardError('input_invalid', `--release ${values.release} is not OWNER/NAME@TAG`);
  const digest = required('expected-policy-digest').toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(digest))
    throw new GuardError('input_invalid', '--expected-policy-digest must be a SHA-256 (64 hex digits)');
  if (artifacts.length === 0)
    throw new GuardError('input_invalid', 'an artifact is required: FILE... or --artifact FILE (repeatable)');
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
      expectedSourceRepo: values.repo ?? `${release.owner}/${release.repo}`,
      expectedOwner: values.owner ?? null,
      githubServerUrl: values['github-server-url'],
      denySelfHostedRunners: values['deny-self-hosted-runners'] ?? false,
      tag: release.tag,
      commit: null,
      expectedIssuer: values['expected-issuer'],
      expectedSan: values['cert-identity'] ?? null,
      trust: trustSourceOf(values, spelled),
      rekorUrl: null,
      requireAllSubjects: false,
      override: null,
    },
    nameOf,
    now,
  );
  assertPinsNameRelease(policy, release, spelled);
  const verdict = await verifyVsa({
    vsaPath: required('vsa'),
    artifactPaths: artifacts,
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
  const output = renderVerdict(verdict, format, artifacts, {
    title: `provenance-guard verify-vsa ${resource.release}`,
    extra: { resource },
  });
  return { exitCode: exitCodeFor(verdict), stdout: output };
}

/** --repo and --owner may narrow who signed, never name another repository. */
function assertPinsNameRelease(
  policy: VerificationPolicy,
  release: ReleaseResource,
  spelled: Readonly<Record<string, string>>,
): void {
  const location = {
    host: new URL(policy.githubServerUrl).host,
    repository: `${release.owner}/${release.repo}`,
  };
  const pins = toSourcePins({ ...policy, expectedSan: null });
  if (!pins.every((pin) => matchesPin(pin, location)))
    throw new GuardError(
      'input_invalid',
      `${spelled.repo ?? spelled.owner ?? '--repo'} names another repository than --release ${releaseName(release)}`,
    );
}

import type { Expectation, OurAnswer, PeerOptions } from '../cases.js';
import type { ProvenanceFacts } from './provenance-facts.js';

/**
 * Our documented answer to one slsa-verifier case: the peer's options as our flags, and the verdict our
 * identity model gives (README "How we answer"). The verdict comes from the provenance's facts and
 * these rules, never from running our verifier; where it differs from the peer's, the reason is named.
 */
export const PUBLIC_GOOD_ROOT = 'test/fixtures/npm-provenance/trusted_root.public-good.json';

const V02 = 'https://slsa.dev/provenance/v0.2';
const GENERATOR = 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/';
const TAG_PINNED = /^refs\/tags\/v\d+\.\d+\.\d+$/;
const NPM_RUNNER = 'https://github.com/actions/runner';
const CRYPTO_ERRORS = new Set(['ErrorInvalidSignature', 'ErrorNoValidSignature', 'ErrorRekorSearch']);

interface Rejection {
  readonly codes: readonly string[];
  /** Said when the peer accepts what this rule rejects. */
  readonly unlikeThePeer: string;
}

export function answerSlsaVerifier(
  artifacts: readonly string[],
  provenance: string,
  options: PeerOptions,
  verdict: string,
  facts: ProvenanceFacts,
): OurAnswer {
  const args = [
    ...artifacts.flatMap((a) => ['--artifact', a]),
    '--provenance',
    provenance,
    '--trusted-root',
    PUBLIC_GOOD_ROOT,
    '--expected-source-repo',
    `https://${options.sourceUri}`,
  ];
  const rejections: Rejection[] = [];
  const notes: string[] = [];
  if (!sameRepository(`https://${options.sourceUri}`, facts.sourceRepositoryUri)) {
    rejections.push({
      codes: ['source_mismatch'],
      unlikeThePeer: "the source differs from the certificate's",
    });
  }
  if (options.builderId) {
    args.push('--expected-builder-id', options.builderId);
    const attested = attestedBuilder(facts);
    if (!builderMatches(options.builderId, attested)) {
      rejections.push({
        codes: ['builder_mismatch'],
        unlikeThePeer: builderDifference(options.builderId, attested),
      });
    }
  }
  const unvouched = vouchingProblem(facts) ?? foreignSignerProblem(facts, options);
  if (unvouched)
    rejections.push({ codes: ['identity_mismatch', 'builder_mismatch'], unlikeThePeer: unvouched });
  for (const tag of [options.tag, options.versionedTag]) {
    if (tag === undefined) continue;
    args.push('--tag', tag);
    if (facts.sourceRef !== `refs/tags/${tag}`) {
      const unlikeThePeer = `exact tags: --tag ${tag} is not ${facts.sourceRef} (the peer's versioned tag matches a semver prefix)`;
      rejections.push({ codes: ['tag_mismatch'], unlikeThePeer });
    }
  }
  if (CRYPTO_ERRORS.has(verdict)) {
    rejections.push({
      codes: ['signature_invalid', 'tlog_invalid'],
      unlikeThePeer: 'the signature does not verify',
    });
  }
  if (options.versionedTag !== undefined) notes.push('the versioned tag is replayed as an exact --tag');
  if (options.branch !== undefined) notes.push('no branch pin: --source-branch is not expressed');
  if (options.packageName !== undefined || options.packageVersion !== undefined)
    notes.push('no package name/version pins: not expressed');
  const override = facts.predicateType === V02;
  if (override) notes.push('v0.2 is accepted only under a governance override: replayed with one');
  const expect: Expectation =
    rejections.length === 0 ? 'verified' : [...new Set(rejections.flatMap((r) => r.codes))];
  const difference = differenceFrom(verdict, expect, rejections, options, facts);
  return {
    args,
    override,
    expect,
    ...(notes.length > 0 && { note: notes.join('; ') }),
    ...(difference && { difference }),
  };
}

/** The builder the certificate vouches for, per family (README "How slsa-verifier decides" and our registry). */
function attestedBuilder(facts: ProvenanceFacts): string {
  if (facts.builderId.startsWith(NPM_RUNNER) && !facts.builderId.includes('/.github/workflows/')) {
    return `${NPM_RUNNER}/${facts.runnerEnvironment ?? 'unknown'}`;
  }
  return isDelegator(facts.san) ? facts.builderId : (facts.buildSignerUri ?? facts.san);
}

/** Exact, or a name without `@` that accepts any tagged version. */
function builderMatches(expected: string, attested: string): boolean {
  return attested === expected || (!expected.includes('@') && attested.startsWith(`${expected}@refs/tags/`));
}

function builderDifference(expected: string, attested: string): string {
  const short = /^(.*)@(v\d+\.\d+\.\d+)$/.exec(expected);
  if (short && attested === `${short[1]}@refs/tags/${short[2]}`)
    return `exact builder IDs: @${short[2]} is not @refs/tags/${short[2]}`;
  if (expected === NPM_RUNNER) {
    return `exact builder IDs: the certificate attests ${attested}; the legacy short name ${NPM_RUNNER} is no pin`;
  }
  return `the builder ${expected} is not the attested ${attested}`;
}

/** Why the certificate does not vouch for the predicate's builder, or null when it does. */
function vouchingProblem(facts: ProvenanceFacts): string | null {
  const signerRef = facts.san.split('@')[1] ?? '';
  if (isDelegator(facts.san) || facts.san.startsWith(GENERATOR)) {
    if (!TAG_PINNED.test(signerRef)) {
      return (
        `signed by ${facts.san.slice(GENERATOR.length)}: ` +
        'slsa-verifier accepts an untagged builder only in its testing mode for its own e2e repository'
      );
    }
    return isDelegator(facts.san) || facts.builderId === facts.san
      ? null
      : 'the predicate names a builder other than the signing workflow';
  }
  if (facts.builderId.startsWith(NPM_RUNNER) && !facts.builderId.includes('/.github/workflows/')) {
    return facts.runnerEnvironment === 'github-hosted' ? null : 'the runner environment is not github-hosted';
  }
  return facts.builderId === facts.buildSignerUri
    ? null
    : 'the predicate names a builder other than the signing workflow';
}

/**
 * A reusable workflow of another repository wrote the predicate and is not a generator workflow: it must be
 * pinned, by --expected-san, or by --expected-builder-id where it names itself the builder.
 */
function foreignSignerProblem(facts: ProvenanceFacts, options: PeerOptions): string | null {
  if (facts.san.startsWith(GENERATOR)) return null;
  const signerRepository = /^https:\/\/[^/]+\/[^/]+\/[^/]+/.exec(facts.san)?.[0] ?? '';
  if (sameRepository(signerRepository, facts.sourceRepositoryUri)) return null;
  const namesItself = facts.builderId === (facts.buildSignerUri ?? facts.san);
  return namesItself && options.builderId
    ? null
    : `signed by ${facts.san}, a reusable workflow of another repository, with no pin naming it`;
}

function isDelegator(san: string): boolean {
  return (
    san.startsWith(GENERATOR) &&
    /^delegator_(lowperms-)?generic_slsa3\.yml@/.test(san.slice(GENERATOR.length))
  );
}

/** GitHub owner and repository names are case-insensitive; the host must match too. */
function sameRepository(expected: string, certificate: string | null): boolean {
  return (
    certificate !== null &&
    expected.toLowerCase().replace(/\/$/, '') === certificate.toLowerCase().replace(/\/$/, '')
  );
}

/** The one-line reason for a verdict unlike the peer's; throws when no documented rule explains it. */
function differenceFrom(
  verdict: string,
  expect: Expectation,
  rejections: readonly Rejection[],
  options: PeerOptions,
  facts: ProvenanceFacts,
): string | undefined {
  const peerPasses = verdict === 'pass';
  if (peerPasses === (expect === 'verified')) return undefined;
  if (peerPasses) return rejections.map((r) => r.unlikeThePeer).join('; ');
  const reason = PEER_ONLY_PINS[verdict]?.(options, facts);
  if (!reason) throw new Error(`no documented rule explains verifying where the peer says ${verdict}`);
  return reason;
}

const NO_BUILDER_PIN =
  'no builder pin required: the source pin identifies the release (the peer requires --builder-id)';

const PEER_ONLY_PINS: Record<string, (options: PeerOptions, facts: ProvenanceFacts) => string | null> = {
  ErrorMismatchBranch: () =>
    "no branch pin: verified without --source-branch, so the peer's branch rejection is not ours",
  ErrorMismatchPackageName: () =>
    'no package name pin: the tarball is checked by digest against the attested subject',
  ErrorMismatchPackageVersion: () =>
    'no package version pin: the tarball is checked by digest against the attested subject',
  ErrorInvalidBuilderID: (o) => (o.builderId ? null : NO_BUILDER_PIN),
  ErrorUntrustedReusableWorkflow: (o) => (o.builderId ? null : NO_BUILDER_PIN),
  ErrorMismatchSource: (o, f) =>
    sameRepository(`https://${o.sourceUri}`, f.sourceRepositoryUri)
      ? 'GitHub owner and repository names compare case-insensitively (the peer compares them case-sensitively)'
      : null,
};

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  decodeAttestations,
  NPM_PUBLISH,
  type DecodedAttestation,
  type VerifyRequest,
} from '../../../src/commands/verify/index.js';
import {
  expectationFor,
  verifyAttestation,
  type AttestationContext,
} from '../../../src/commands/verify/verify-attestation.js';
import { loadTrustedRoots } from '../../../src/adapters/sigstore/index.js';
import { GuardError } from '../../../src/core/errors/index.js';
import type { ArtifactDigest } from '../../../src/core/policy/index.js';
import { NPM, request } from '../../support/fixtures.js';
import { startSignedRelease, type SignedRelease } from './signed.js';
import { BUNDLE_V03, SLSA_V1, statement, unsignedBundle } from './statements.js';

const BUNDLE_EXPECTED = 'a readable Sigstore bundle or DSSE envelope with an in-toto statement';
const SIGNATURE_EXPECTED = 'a verifiable signature under a trusted root';
const SUBJECTS_EXPECTED = 'every artifact readable and attested';
const BUNDLE_ACTUAL = `${BUNDLE_V03}; https://in-toto.io/Statement/v1; ${SLSA_V1}`;
const EVERY_CHECK = [
  'bundle',
  'signature',
  'certificate_identity',
  'certificate_predicate',
  'runner_environment',
  'predicate_type',
  'builder_id',
  'build_level',
  'source_repository',
  'repository_id',
  'source_ref',
  'ref_pattern',
  'source_commit',
  'subjects',
];

let signed: SignedRelease;
let artifact: ArtifactDigest;

beforeAll(async () => {
  signed = await startSignedRelease();
  artifact = { name: 'widget-linux-amd64', algorithm: 'sha256', hex: signed.release.digest };
});
afterAll(() => signed?.instance.close());

const decodeOne = (bundle: unknown): DecodedAttestation => decodeAttestations(JSON.stringify(bundle))[0]!;

interface Run {
  readonly request?: Partial<VerifyRequest>;
  readonly digests?: () => Promise<readonly ArtifactDigest[]>;
  readonly roots?: AttestationContext['roots'];
  readonly total?: number;
}

/** Verifies one attestation with the release's policy and artifact; spies say what was loaded. */
async function run(bundle: unknown, options: Run = {}) {
  const roots = vi.fn(options.roots ?? (async () => signed.roots));
  const digests = vi.fn(options.digests ?? (async () => [artifact]));
  const verdict = await verifyAttestation(decodeOne(bundle), {
    request: request({ provenancePath: 'unused', policy: signed.release.policy(), ...options.request }),
    roots,
    digests,
    total: options.total ?? 1,
  });
  return { verdict, roots, digests };
}

const names = (verdict: { checks: readonly { name: string }[] }) => verdict.checks.map((c) => c.name);
const failedCheck = (verdict: { checks: readonly { status: string }[] }) =>
  verdict.checks.find((c) => c.status === 'failed');

describe('expectationFor', () => {
  it.each([
    ['bundle', BUNDLE_EXPECTED],
    ['subjects', SUBJECTS_EXPECTED],
    ['signature', SIGNATURE_EXPECTED],
    ['source_ref', SIGNATURE_EXPECTED],
  ] as const)('%s: %s', (stage, expected) => {
    expect(expectationFor(stage)).toBe(expected);
  });
});

describe('verifyAttestation', () => {
  it('an attestation that did not decode is a bundle failure with its own code, nothing loaded', async () => {
    const { verdict, roots, digests } = await run({ hello: 1 }, { total: 2 });
    expect(verdict).toEqual({
      verified: false,
      failureReason: 'provenance_malformed',
      checks: [
        {
          name: 'bundle',
          status: 'failed',
          code: 'provenance_malformed',
          expected: BUNDLE_EXPECTED,
          actual:
            'not a Sigstore bundle (mediaType, verificationMaterial, dsseEnvelope) nor a DSSE envelope (payload, payloadType, signatures)',
        },
      ],
      facts: null,
      subjects: [],
      verifier: 'sigstore-js',
      provenance: null,
      attestation: 'attestation 1 of 2',
    });
    expect(roots).not.toHaveBeenCalled();
    expect(digests).not.toHaveBeenCalled();
  });

  it('a good attestation passes every check in order; the verdict carries its facts, subjects, artifacts and standing', async () => {
    const { verdict, roots, digests } = await run(signed.good);
    expect(verdict.failureReason).toBeNull();
    expect(verdict.verified).toBe(true);
    expect(names(verdict)).toEqual(EVERY_CHECK);
    expect(verdict.checks[0]).toEqual({
      name: 'bundle',
      status: 'passed',
      code: 'provenance_malformed',
      expected: BUNDLE_EXPECTED,
      actual: BUNDLE_ACTUAL,
    });
    expect(verdict.checks.map((c) => c.status)).not.toContain('failed');
    expect(verdict).toMatchObject({
      verifier: 'sigstore-js',
      attestation: `the attestation (${SLSA_V1})`,
      subjects: [{ name: 'widget-linux-amd64', digest: { sha256: signed.release.digest } }],
      facts: { builderId: 'https://github.com/acme/widget/.github/workflows/release.yml@refs/tags/v1.2.3' },
    });
    expect(verdict.provenance).toMatchObject({
      artifacts: [artifact],
      standing: { family: 'signing-workflow', level: 2 },
      verifier: 'sigstore-js',
      sourceCommit: signed.release.policy().commit,
    });
    expect([roots.mock.calls.length, digests.mock.calls.length]).toEqual([1, 1]);
  });

  it('the first failing check gives the failure code; the later checks still run', async () => {
    const { verdict } = await run(signed.good, {
      request: { policy: signed.release.policy({ expectedSourceRepository: 'acme/other', tag: 'v9.9.9' }) },
    });
    expect(names(verdict)).toEqual(EVERY_CHECK);
    expect(verdict.checks.filter((c) => c.status === 'failed').map((c) => c.name)).toEqual([
      'source_repository',
      'source_ref',
    ]);
    expect(verdict).toMatchObject({ verified: false, failureReason: 'source_mismatch', provenance: null });
  });

  it('a predicate that cannot be read fails the bundle stage after the bundle check passed', async () => {
    const { verdict, roots } = await run(unsignedBundle(statement(SLSA_V1)));
    expect(verdict.checks).toEqual([
      expect.objectContaining({ name: 'bundle', status: 'passed' }),
      {
        name: 'bundle',
        status: 'failed',
        code: 'provenance_malformed',
        expected: BUNDLE_EXPECTED,
        actual: expect.stringMatching(/^SLSA v1 predicate is invalid at buildDefinition: /),
      },
    ]);
    expect(verdict).toMatchObject({
      facts: null,
      subjects: (statement(SLSA_V1) as { subject: unknown }).subject,
    });
    expect(roots).not.toHaveBeenCalled();
  });

  it('a bundle the signature verifier cannot read fails the signature stage with its code', async () => {
    const { verdict, digests } = await run(unsignedBundle(signed.release.statement()));
    expect(names(verdict)).toEqual(['bundle', 'signature']);
    expect(verdict.checks[1]).toEqual({
      name: 'signature',
      status: 'failed',
      code: 'provenance_malformed',
      expected: SIGNATURE_EXPECTED,
      actual: expect.stringMatching(/^invalid Sigstore bundle: /),
    });
    expect(verdict.facts?.builderId).toBe(
      'https://github.com/acme/widget/.github/workflows/release.yml@refs/tags/v1.2.3',
    );
    expect(digests).not.toHaveBeenCalled();
  });

  it('trusted roots that cannot be loaded fail the signature stage with their code', async () => {
    const { verdict } = await run(signed.good, {
      roots: () => Promise.reject(new GuardError('trust_root_unavailable', 'no roots today')),
    });
    expect(verdict.failureReason).toBe('trust_root_unavailable');
    expect(verdict.checks[1]).toEqual({
      name: 'signature',
      status: 'failed',
      code: 'trust_root_unavailable',
      expected: SIGNATURE_EXPECTED,
      actual: 'no roots today',
    });
  });

  it('a signature that does not verify ends the checks there, with the subjects but no artifacts', async () => {
    const { verdict, digests } = await run(signed.tampered);
    expect(names(verdict)).toEqual(['bundle', 'signature']);
    expect(verdict).toMatchObject({
      failureReason: 'signature_invalid',
      subjects: [{ name: 'widget-linux-amd64' }],
      facts: { predicateType: SLSA_V1 },
    });
    expect(failedCheck(verdict)).toMatchObject({
      name: 'signature',
      expected: 'signature, certificate chain and log/timestamp verify under a trusted root',
    });
    expect(digests).not.toHaveBeenCalled();
  });

  it('a legacy envelope without a Rekor URL is tlog_invalid, with the way out in the message', async () => {
    const legacy = await signed.instance.mintLegacyEnvelope(
      signed.release.statement(),
      signed.release.identity,
    );
    const { verdict } = await run(legacy);
    expect(verdict.checks).toEqual([
      expect.objectContaining({
        name: 'bundle',
        status: 'passed',
        actual: `legacy DSSE envelope; https://in-toto.io/Statement/v1; ${SLSA_V1}`,
      }),
      {
        name: 'signature',
        status: 'failed',
        code: 'tlog_invalid',
        expected: SIGNATURE_EXPECTED,
        actual:
          'a legacy DSSE envelope carries no transparency-log entry and cannot be verified offline: use the Sigstore bundle (.sigstore.json or a v0.3 .intoto.jsonl), or pass --rekor-url to look the entry up',
      },
    ]);
    const { verdict: lookedUp } = await run(legacy, { request: { rekorUrl: signed.instance.rekorUrl! } });
    expect(lookedUp.failureReason).toBeNull();
    expect(names(lookedUp)).toEqual(EVERY_CHECK);
  });

  it('artifacts that cannot be hashed fail the subjects stage with the hashing code', async () => {
    const { verdict } = await run(signed.good, {
      digests: () => Promise.reject(new GuardError('artifact_missing', 'cannot read artifact gone.tgz')),
    });
    expect(names(verdict)).toEqual(EVERY_CHECK);
    expect(verdict.checks.at(-1)).toEqual({
      name: 'subjects',
      status: 'failed',
      code: 'artifact_missing',
      expected: SUBJECTS_EXPECTED,
      actual: 'cannot read artifact gone.tgz',
    });
    expect(verdict.failureReason).toBe('artifact_missing');
  });

  it('an error that is not coded is thrown, not turned into a check', async () => {
    const bug = new TypeError('a bug');
    await expect(run(signed.good, { digests: () => Promise.reject(bug) })).rejects.toBe(bug);
  });

  it.each([
    [false, 'passed', null],
    [true, 'failed', 'subject_mismatch'],
  ])(
    'with requireAllSubjects %s, a subject that is no artifact: subjects %s',
    async (requireAll, status, reason) => {
      const twoSubjects = await signed.mint(
        signed.release.statement({
          subjects: [
            { name: 'widget-linux-amd64', digest: { sha256: signed.release.digest } },
            { name: 'widget-darwin-arm64', digest: { sha256: 'd'.repeat(64) } },
          ],
        }),
      );
      const { verdict } = await run(twoSubjects, { request: { requireAllSubjects: requireAll } });
      expect(verdict.checks.at(-1)?.status).toBe(status);
      expect(verdict.failureReason).toBe(reason);
    },
  );
});

describe("npm's publish attestation", () => {
  const tarball = NPM('sigstore-2.3.1.tgz');
  const sha512 = createHash('sha512').update(readFileSync(tarball)).digest('hex');

  it('is checked against the npm registry key alone: no workflow checks, no build standing', async () => {
    const [publish] = decodeAttestations(readFileSync(NPM('sigstore-2.3.1.attestations.json'), 'utf8'));
    const verdict = await verifyAttestation(publish!, {
      request: request({ provenancePath: 'unused' }),
      roots: () => loadTrustedRoots({ kind: 'embedded' }),
      digests: async () => [{ name: 'sigstore-2.3.1.tgz', algorithm: 'sha512', hex: sha512 }],
      total: 2,
    });
    expect(names(verdict)).toEqual(['bundle', 'signature', 'certificate_identity', 'subjects']);
    expect(verdict.checks.map((c) => c.status)).toEqual(['passed', 'passed', 'passed', 'passed']);
    expect(verdict.checks[2]).toEqual({
      name: 'certificate_identity',
      status: 'passed',
      code: 'identity_mismatch',
      expected: 'signed by an npm registry key',
      actual: 'SHA256:jl3bwswu80PjjokCgh0o2w5c2U4LhQAE57gj9cz1kzA',
    });
    expect(verdict.attestation).toBe(`attestation 1 of 2 (${NPM_PUBLISH})`);
  });

  it('claimed by a Fulcio certificate instead of the registry key, it is identity_mismatch', async () => {
    const forged = await signed.mint(
      statement(NPM_PUBLISH, [{ name: 'widget-linux-amd64', digest: { sha256: signed.release.digest } }], {
        registry: 'https://registry.npmjs.org',
      }),
    );
    const { verdict } = await run(forged);
    expect(names(verdict)).toEqual(['bundle', 'signature', 'certificate_identity', 'subjects']);
    expect(verdict.checks[2]).toEqual({
      name: 'certificate_identity',
      status: 'failed',
      code: 'identity_mismatch',
      expected: 'signed by an npm registry key',
      actual: 'a Fulcio certificate',
    });
    expect(verdict.failureReason).toBe('identity_mismatch');
  });
});

import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  defaultDependencies,
  MAX_PROVENANCE_BYTES,
  NPM_PUBLISH,
  verifyProvenance,
  VERIFIER_NAME,
  type VerifyRequest,
} from '../../../src/commands/verify/index.js';
import type { ArtifactDigest } from '../../../src/core/policy/index.js';
import { NPM, request } from '../../support/fixtures.js';
import { startSignedRelease, type SignedRelease } from './signed.js';
import { scratch, SLSA_V1 } from './statements.js';

const BUNDLE_EXPECTED = 'a readable Sigstore bundle or DSSE envelope with an in-toto statement';
const SLSA_LABEL = `(${SLSA_V1})`;

let signed: SignedRelease;
const files = scratch('verify');

beforeAll(async () => {
  signed = await startSignedRelease();
});
afterAll(() => signed?.instance.close());

/** Verifies `provenancePath` with the release's policy and artifact against the loopback roots. */
const verify = (provenancePath: string, overrides: Partial<VerifyRequest> = {}) =>
  verifyProvenance(
    request({
      provenancePath,
      artifactPaths: [signed.release.artifactPath],
      policy: signed.release.policy(),
      ...overrides,
    }),
    signed.deps,
  );

const failedCheck = (verdict: { checks: readonly { status: string }[] }) =>
  verdict.checks.find((c) => c.status === 'failed');

/** The verdict of a file refused before any attestation was looked at. */
const refused = (code: string, actual: string) => ({
  verified: false,
  failureReason: code,
  checks: [{ name: 'bundle', status: 'failed', code, expected: BUNDLE_EXPECTED, actual }],
  facts: null,
  subjects: [],
  verifier: 'sigstore-js',
  provenance: null,
  attestation: null,
});

describe('reading the provenance file', () => {
  it('MAX_PROVENANCE_BYTES is 32 MiB', () => {
    expect(MAX_PROVENANCE_BYTES).toBe(33_554_432);
    expect(VERIFIER_NAME).toBe('sigstore-js');
  });

  it('a file one byte over the limit is refused by its size, before it is read', async () => {
    const path = join(files.dir, 'huge.intoto.jsonl');
    writeFileSync(path, '');
    truncateSync(path, MAX_PROVENANCE_BYTES + 1);
    expect(await verify(path)).toEqual(
      refused(
        'provenance_malformed',
        `provenance ${path} is 33554433 bytes, over the 32 MiB limit: not a provenance file`,
      ),
    );
  });

  it('a file of exactly the limit is read (and here found not to be JSON)', async () => {
    const path = join(files.dir, 'limit.intoto.jsonl');
    writeFileSync(path, '');
    truncateSync(path, MAX_PROVENANCE_BYTES);
    expect(await verify(path)).toEqual(
      refused('provenance_malformed', 'the provenance is not JSON (line 1 does not parse)'),
    );
  });

  it('a file that does not exist is attestation_missing, naming it', async () => {
    const path = join(files.dir, 'absent.intoto.jsonl');
    expect(await verify(path)).toEqual(
      refused(
        'attestation_missing',
        `cannot read provenance ${path}: ENOENT: no such file or directory, open '${path}'`,
      ),
    );
  });

  it('a directory is attestation_missing', async () => {
    expect(await verify(files.dir)).toEqual(
      refused(
        'attestation_missing',
        `cannot read provenance ${files.dir}: EISDIR: illegal operation on a directory, read`,
      ),
    );
  });

  it('a file that is not JSON is refused without loading trusted roots', async () => {
    const before = signed.deps.calls();
    expect(await verify(files.write('text.json', 'hello'))).toEqual(
      refused('provenance_malformed', 'the provenance is not JSON (line 1 does not parse)'),
    );
    expect(signed.deps.calls()).toBe(before);
  });
});

describe('a provenance file: every attestation must verify', () => {
  it('one good attestation is the verdict as it is', async () => {
    const verdict = await verify(signed.file([signed.good]));
    expect(verdict).toMatchObject({ verified: true, attestation: `the attestation ${SLSA_LABEL}` });
  });

  it('several good ones: the SLSA one is the verdict, and it says all verified; roots load once', async () => {
    const before = signed.deps.calls();
    const verdict = await verify(signed.file([signed.good, signed.good, signed.good]));
    expect(verdict).toMatchObject({
      verified: true,
      attestation: `attestation 1 of 3 ${SLSA_LABEL}; all 3 attestations verified`,
    });
    expect(signed.deps.calls() - before).toBe(1);
  });

  it.each([
    [
      'the second fails its signature',
      () => [signed.good, signed.tampered],
      'signature_invalid',
      `attestation 2 of 2 ${SLSA_LABEL}`,
    ],
    [
      'the first fails the policy after its signature passed',
      () => [signed.decoy, signed.good],
      'identity_mismatch',
      `attestation 1 of 2 ${SLSA_LABEL}`,
    ],
    [
      'the second fails the policy after its signature passed',
      () => [signed.good, signed.decoy],
      'identity_mismatch',
      `attestation 2 of 2 ${SLSA_LABEL}`,
    ],
    [
      'the first does not decode',
      () => [{ hello: 1 }, signed.good],
      'provenance_malformed',
      'attestation 1 of 2',
    ],
  ])('%s: the file is rejected with that verdict', async (_, bundles, code, label) => {
    const verdict = await verify(signed.file(bundles()), {
      policy: signed.release.policy({ expectedSan: signed.release.identity.san }),
    });
    expect(verdict).toMatchObject({
      verified: false,
      failureReason: code,
      provenance: null,
      attestation: label,
    });
  });

  const npmFile = JSON.parse(readFileSync(NPM('sigstore-2.3.1.attestations.json'), 'utf8')) as {
    attestations: { predicateType: string }[];
  };
  const npm = (attestations: unknown[]) =>
    verifyProvenance(
      request({
        provenancePath: files.write(`npm-${attestations.length}.json`, { attestations }),
        artifactPaths: [NPM('sigstore-2.3.1.tgz')],
        policy: signed.release.policy({
          expectedBuilderIds: [],
          expectedSourceRepository: 'sigstore/sigstore-js',
          tag: null,
          commit: null,
        }),
      }),
      defaultDependencies,
    );

  it("npm's publish attestation first: the verdict is the SLSA one that follows it", async () => {
    expect(npmFile.attestations.map((a) => a.predicateType)).toEqual([NPM_PUBLISH, SLSA_V1]);
    const verdict = await npm(npmFile.attestations);
    expect(verdict).toMatchObject({
      verified: true,
      attestation: `attestation 2 of 2 ${SLSA_LABEL}; all 2 attestations verified`,
    });
  });

  it('a file of verified attestations none of which is SLSA provenance is attestation_missing', async () => {
    expect(await npm(npmFile.attestations.slice(0, 1))).toEqual({
      ...refused('attestation_missing', 'the file holds no SLSA provenance'),
      checks: [
        {
          name: 'bundle',
          status: 'failed',
          code: 'attestation_missing',
          expected: 'a SLSA provenance attestation',
          actual: 'the file holds no SLSA provenance',
        },
      ],
    });
  });
});

describe("attestations looked up by digest ('any'): the first SLSA one that passes", () => {
  const anyOf = (bundles: unknown[], overrides: Partial<VerifyRequest> = {}) =>
    verify(signed.file(bundles), {
      attestationMode: 'any',
      policy: signed.release.policy({ expectedSan: signed.release.identity.san }),
      ...overrides,
    });

  it('a decoy first does not reject the release: the verdict names the one that passed', async () => {
    const verdict = await anyOf([signed.decoy, { hello: 1 }, signed.good, signed.good]);
    expect(verdict).toMatchObject({ verified: true, attestation: `attestation 3 of 4 ${SLSA_LABEL}` });
  });

  it('all failing: the first rejection is the verdict, counted among the SLSA candidates only', async () => {
    const verdict = await anyOf([{ hello: 1 }, signed.decoy, signed.tampered]);
    expect(verdict).toMatchObject({
      verified: false,
      failureReason: 'identity_mismatch',
      attestation: `none of 2 SLSA attestation(s) passed; first rejection: attestation 2 of 3 ${SLSA_LABEL}`,
    });
    expect(failedCheck(verdict)).toMatchObject({ name: 'certificate_identity' });
  });

  it('no SLSA candidate at all is attestation_missing', async () => {
    expect(await anyOf([{ hello: 1 }, { hello: 2 }])).toEqual({
      ...refused('attestation_missing', 'none among 2 attestation(s)'),
      checks: [
        {
          name: 'bundle',
          status: 'failed',
          code: 'attestation_missing',
          expected: 'a SLSA provenance attestation for the artifacts',
          actual: 'none among 2 attestation(s)',
        },
      ],
    });
  });

  it("with 'all' the same file is rejected by its decoy", async () => {
    const verdict = await anyOf([signed.decoy, signed.good], { attestationMode: 'all' });
    expect(verdict.failureReason).toBe('identity_mismatch');
  });
});

describe('the artifacts are hashed once, with digests given earlier reused when they fit', () => {
  const name = 'widget-linux-amd64';
  const missing = () => join(files.dir, name);
  const digest = (overrides: Partial<ArtifactDigest> = {}): ArtifactDigest => ({
    name,
    algorithm: 'sha256',
    hex: signed.release.digest,
    ...overrides,
  });

  it('known digests of the same artifacts, in the algorithm the subjects carry, are used: nothing is read', async () => {
    const verdict = await verify(signed.file([signed.good]), {
      artifactPaths: [missing()],
      knownDigests: [digest()],
    });
    expect(verdict.failureReason).toBeNull();
    expect(verdict.provenance?.artifacts).toEqual([digest()]);
  });

  it.each([
    ['another algorithm', () => [digest({ algorithm: 'sha512' })]],
    ['another name', () => [digest({ name: 'widget-darwin-arm64' })]],
    ['one digest too many', () => [digest(), digest()]],
    ['none', () => []],
  ])('known digests with %s are not used: the artifact is read', async (_, knownDigests) => {
    const verdict = await verify(signed.file([signed.good]), {
      artifactPaths: [missing()],
      knownDigests: knownDigests(),
    });
    expect(verdict.failureReason).toBe('artifact_missing');
  });

  it('one known digest that does not fit among several: all are hashed', async () => {
    const verdict = await verify(signed.file([signed.good]), {
      artifactPaths: [missing(), signed.release.artifactPath],
      knownDigests: [digest(), digest({ algorithm: 'sha512' })],
    });
    expect(verdict.failureReason).toBe('artifact_missing');
  });

  it('early digests that fit are used; known digests that fit come first', async () => {
    const early = await verify(signed.file([signed.good]), {
      artifactPaths: [missing()],
      earlyDigests: Promise.resolve([digest()]),
    });
    expect(early.failureReason).toBeNull();
    expect(early.provenance?.artifacts).toEqual([digest()]);
    const known = await verify(signed.file([signed.good]), {
      artifactPaths: [missing()],
      knownDigests: [digest()],
      earlyDigests: Promise.resolve([digest({ hex: 'e'.repeat(64) })]),
    });
    expect(known.provenance?.artifacts).toEqual([digest()]);
  });

  it.each([
    ['none could be guessed', () => null],
    ['they are of other files', () => [digest({ name: 'other.bin' })]],
  ])('early digests are not used when %s: the artifacts are hashed', async (_, earlyOf) => {
    const early = earlyOf();
    const verdict = await verify(signed.file([signed.good]), {
      artifactPaths: [missing()],
      earlyDigests: Promise.resolve(early),
    });
    expect(verdict.failureReason).toBe('artifact_missing');
    const hashed = await verify(signed.file([signed.good]), { earlyDigests: Promise.resolve(early) });
    expect(hashed.provenance?.artifacts).toEqual([digest()]);
  });

  it('an artifact that cannot be read fails the subjects check, naming it', async () => {
    const verdict = await verify(signed.file([signed.good]), { artifactPaths: [missing()] });
    expect(failedCheck(verdict)).toMatchObject({
      name: 'subjects',
      code: 'artifact_missing',
      actual: expect.stringMatching(new RegExp(`^cannot read artifact ${missing()}: ENOENT`)),
    });
  });

  describe('subjects without a sha256 or sha512 digest', () => {
    let sha1Only: string;
    beforeAll(async () => {
      sha1Only = signed.file([
        await signed.mint(
          signed.release.statement({ subjects: [{ name, digest: { sha1: 'f'.repeat(40) } }] }),
        ),
      ]);
    });

    it('cannot be compared with an artifact: subject_mismatch', async () => {
      const verdict = await verify(sha1Only);
      expect(failedCheck(verdict)).toMatchObject({
        name: 'subjects',
        code: 'subject_mismatch',
        actual: 'no subject carries a sha256 or sha512 digest to compare the artifacts with',
      });
    });

    it('need no comparison when no artifact is given', async () => {
      const verdict = await verify(sha1Only, { artifactPaths: [] });
      expect(verdict.failureReason).toBeNull();
      expect(verdict.checks.at(-1)).toMatchObject({ name: 'subjects', status: 'skipped' });
    });
  });

  it('npm subjects carry sha512 only: the artifact is hashed with sha512', async () => {
    const verdict = await verifyProvenance(
      request({
        provenancePath: NPM('sigstore-2.3.1.provenance.sigstore.json'),
        artifactPaths: [NPM('sigstore-2.3.1.tgz')],
      }),
    );
    expect(verdict.provenance?.artifacts.map((a) => a.algorithm)).toEqual(['sha512']);
  });
});

import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyProvenance } from '../../src/commands/verify/index.js';
import type { FailureCode } from '../../src/core/errors/index.js';
import { startSigstoreInstance, type SigstoreTestInstance } from '../support/sigstore/index.js';
import { request } from '../support/fixtures.js';
import { mintedRelease, WORKFLOW, type MintedRelease } from './minted-release.js';

type Bundle = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let instance: SigstoreTestInstance;
let release: MintedRelease;
let bundle: Bundle;

beforeAll(async () => {
  instance = await startSigstoreInstance('public-good');
  release = await mintedRelease(instance);
  bundle = await instance.mint(release.statement(), release.identity);
});
afterAll(() => instance?.close());

const edit = (change: (copy: Bundle) => void): Bundle => {
  const copy = structuredClone(bundle);
  change(copy);
  return copy;
};
const flipBase64 = (text: string) =>
  text[10] === 'A' ? `${text.slice(0, 10)}B${text.slice(11)}` : `${text.slice(0, 10)}A${text.slice(11)}`;

async function verdictFor(
  provenance: unknown,
  options: { policy?: Parameters<MintedRelease['policy']>[0]; artifact?: string } = {},
) {
  return verifyProvenance(
    request({
      provenancePath: release.write('case.sigstore.json', provenance),
      artifactPaths: [options.artifact ?? release.artifactPath],
      policy: release.policy(options.policy),
      trust: { kind: 'file', path: release.trustedRootPath },
    }),
  );
}

describe('tamper matrix: each tampering ends in its own failure code', () => {
  it('the untouched minted release verifies', async () => {
    const verdict = await verdictFor(bundle);
    expect(verdict.failureReason).toBeNull();
    expect(verdict.verified).toBe(true);
  });

  const cases: [string, () => Promise<FailureCode | null>][] = [
    [
      'artifact byte flipped',
      async () => {
        const path = `${release.dir}/flipped`;
        copyFileSync(release.artifactPath, path);
        const bytes = readFileSync(path);
        bytes[100] = (bytes[100] ?? 0) ^ 0xff;
        writeFileSync(path, bytes);
        return (await verdictFor(bundle, { artifact: path })).failureReason;
      },
    ],
    [
      'payload edited',
      async () =>
        (
          await verdictFor(
            edit((b) => {
              const statement = JSON.parse(Buffer.from(b.dsseEnvelope.payload, 'base64').toString());
              statement.predicate.runDetails.builder.id =
                'https://github.com/acme/widget/.github/workflows/evil.yml@refs/tags/v1.2.3';
              b.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64');
            }),
          )
        ).failureReason,
    ],
    [
      'signature flipped',
      async () =>
        (
          await verdictFor(
            edit((b) => {
              b.dsseEnvelope.signatures[0].sig = flipBase64(b.dsseEnvelope.signatures[0].sig);
            }),
          )
        ).failureReason,
    ],
    [
      'wrong issuer expected',
      async () =>
        (
          await verdictFor(bundle, {
            policy: { expectedIssuer: 'https://token.actions.githubusercontent.com/enterprise' },
          })
        ).failureReason,
    ],
    [
      'SAN policy that is only a prefix of the certificate SAN',
      async () =>
        (await verdictFor(bundle, { policy: { expectedSan: WORKFLOW.slice(0, -2) } })).failureReason,
    ],
    [
      'wrong builder',
      async () =>
        (
          await verdictFor(bundle, {
            policy: { expectedBuilderIds: ['https://github.com/acme/other/.github/workflows/release.yml'] },
          })
        ).failureReason,
    ],
    [
      'wrong repository',
      async () =>
        (await verdictFor(bundle, { policy: { expectedSourceRepository: 'acme/widget-fork' } }))
          .failureReason,
    ],
    ['wrong tag', async () => (await verdictFor(bundle, { policy: { tag: 'v1.2.4' } })).failureReason],
    [
      'wrong commit',
      async () => (await verdictFor(bundle, { policy: { commit: 'f'.repeat(40) } })).failureReason,
    ],
    [
      'malformed JSON',
      async () =>
        (await verdictFor('{"mediaType": "application/vnd.dev.sigstore.bundle.v0.3+json", ')).failureReason,
    ],
    ['truncated bundle', async () => (await verdictFor(JSON.stringify(bundle).slice(0, 900))).failureReason],
    [
      'bundle with no tlog entry',
      async () =>
        (
          await verdictFor(
            edit((b) => {
              b.verificationMaterial.tlogEntries = [];
            }),
          )
        ).failureReason,
    ],
  ];

  it.each(cases)('%s', async (label, run) => {
    const expected: Record<string, FailureCode> = {
      'artifact byte flipped': 'subject_mismatch',
      'payload edited': 'signature_invalid',
      'signature flipped': 'signature_invalid',
      'wrong issuer expected': 'identity_mismatch',
      'SAN policy that is only a prefix of the certificate SAN': 'identity_mismatch',
      'wrong builder': 'builder_mismatch',
      'wrong repository': 'source_mismatch',
      'wrong tag': 'tag_mismatch',
      'wrong commit': 'materials_mismatch',
      'malformed JSON': 'provenance_malformed',
      'truncated bundle': 'provenance_malformed',
      'bundle with no tlog entry': 'tlog_invalid',
    };
    expect(await run()).toBe(expected[label]);
  });

  it('empty subject list (signed) is provenance_malformed', async () => {
    const signed = await instance.mint(release.statement({ subjects: [] }), release.identity);
    expect((await verdictFor(signed)).failureReason).toBe('provenance_malformed');
  });

  it('certificate and predicate disagree on the repository: identity_mismatch', async () => {
    const signed = await instance.mint(release.statement(), {
      ...release.identity,
      sourceRepositoryUri: 'https://github.com/mallory/widget',
    });
    const verdict = await verdictFor(signed);
    expect(verdict.failureReason).toBe('identity_mismatch');
    expect(verdict.checks.find((c) => c.name === 'certificate_predicate')?.status).toBe('failed');
  });

  it('a certificate SAN that merely starts with the expected SAN: identity_mismatch', async () => {
    const signed = await instance.mint(release.statement(), { ...release.identity, san: `${WORKFLOW}-evil` });
    expect((await verdictFor(signed, { policy: { expectedSan: WORKFLOW } })).failureReason).toBe(
      'identity_mismatch',
    );
  });

  it('a signed SLSA v0.2 statement: predicate_mismatch, or override_expired under an expired override', async () => {
    const signed = await instance.mint(release.statementV02(), release.identity);
    expect((await verdictFor(signed)).failureReason).toBe('predicate_mismatch');
    const expired = { reason: 'r', approver: 'a', expiresAt: new Date('2026-01-01T00:00:00Z') };
    expect((await verdictFor(signed, { policy: { override: expired } })).failureReason).toBe(
      'override_expired',
    );
    const live = { ...expired, expiresAt: new Date('2026-11-26T00:00:00Z') };
    expect((await verdictFor(signed, { policy: { override: live } })).verified).toBe(true);
  });

  it('an attestation list without attestations: attestation_missing', async () => {
    expect((await verdictFor({ attestations: [] })).failureReason).toBe('attestation_missing');
  });

  it('an unreadable artifact: artifact_missing', async () => {
    expect((await verdictFor(bundle, { artifact: `${release.dir}/no-such-file` })).failureReason).toBe(
      'artifact_missing',
    );
  });
});

describe('repository ID pinning (rename attacks)', () => {
  it('passes with the certificate repository ID, fails with source_mismatch otherwise', async () => {
    const signed = await instance.mint(release.statement(), {
      ...release.identity,
      sourceRepositoryIdentifier: '4242',
    });
    expect((await verdictFor(signed, { policy: { expectedRepositoryId: '4242' } })).failureReason).toBeNull();
    const renamed = await verdictFor(signed, { policy: { expectedRepositoryId: '9999' } });
    expect(renamed.failureReason).toBe('source_mismatch');
    expect(renamed.checks.find((c) => c.name === 'repository_id')).toMatchObject({
      status: 'failed',
      expected: '9999',
      actual: '4242',
    });
  });
});

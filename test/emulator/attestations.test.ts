import { afterAll, beforeAll, expect, it } from 'vitest';
import type { GitHubEmulator } from './emulator.js';
import { client, expectFailure, owner, REPO, repo, startWithRepo } from './support.js';

const digest = `sha256:${'ab'.repeat(32)}`;
const bundle = {
  mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
  verificationMaterial: { certificate: { rawBytes: 'AAAA' } },
  dsseEnvelope: { payload: 'e30=', payloadType: 'application/vnd.in-toto+json', signatures: [] },
};

let gh: GitHubEmulator;
beforeAll(async () => {
  gh = await startWithRepo();
  gh.state.attestations.add(REPO, digest, bundle);
});
afterAll(() => gh.close());

it('lists the attestations of a subject digest with a fetchable bundle_url', async () => {
  const { data } = await client(gh).rest.repos.listAttestations({ owner, repo, subject_digest: digest });
  const repository = gh.state.repos.get(REPO);
  expect(data.attestations).toHaveLength(1);
  const attestation = data.attestations?.[0];
  expect(attestation).toMatchObject({ bundle, repository_id: repository.id, initiator: 'github-actions' });
  const fetched = await fetch(String(attestation?.bundle_url));
  expect(await fetched.json()).toEqual(bundle);
});

it('answers 404 when the digest has no attestation, and 403 without attestations:read', async () => {
  await expectFailure(client(gh).rest.repos.listAttestations({ owner, repo, subject_digest: `sha256:${'cd'.repeat(32)}` }), 404, 'Not Found');
  await expectFailure(client(gh, 'tok-read').rest.repos.listAttestations({ owner, repo, subject_digest: digest }), 403);
});

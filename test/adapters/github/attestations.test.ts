import { Octokit } from '@octokit/rest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchAttestations } from '../../../src/adapters/github/attestations.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../emulator/emulator.js';

const REPO = 'acme/app';
const DIGEST = 'ab'.repeat(32);
const bundle = (n: number) => ({
  mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
  verificationMaterial: { n },
  dsseEnvelope: {
    payload: 'e30=',
    payloadType: 'application/vnd.in-toto+json',
    signatures: [{ sig: 'c2ln' }],
  },
});

describe('fetchAttestations', () => {
  let gh: GitHubEmulator;
  let octokit: Octokit;
  beforeAll(async () => {
    gh = await startGitHubEmulator({ tokens: { tok: ['attestations:read'] } });
    gh.state.repos.create(REPO);
    octokit = new Octokit({ baseUrl: gh.url, auth: 'tok' });
  });
  afterAll(() => gh.close());

  it('reads every page for a digest: an attestation past the first 100 is a candidate too', async () => {
    for (let n = 0; n < 230; n++) gh.state.attestations.add(REPO, `sha256:${DIGEST}`, bundle(n));
    const lines = (await fetchAttestations(octokit, { owner: 'acme', repo: 'app' }, [DIGEST])).split('\n');
    expect(lines).toHaveLength(230);
    expect(new Set(lines.map((line) => JSON.parse(line).verificationMaterial.n)).size).toBe(230);
    expect(
      gh.requests.matching({ method: 'GET', path: `/repos/${REPO}/attestations/sha256:${DIGEST}` }).length,
    ).toBe(3);
  });

  it('looks several digests up at once and keeps their order', async () => {
    const digests = Array.from({ length: 20 }, (_, i) => i.toString(16).padStart(2, '0').repeat(32));
    digests.forEach((digest, n) => gh.state.attestations.add(REPO, `sha256:${digest}`, bundle(1000 + n)));
    const lines = (await fetchAttestations(octokit, { owner: 'acme', repo: 'app' }, digests)).split('\n');
    expect(lines.map((line) => JSON.parse(line).verificationMaterial.n)).toEqual(
      digests.map((_, n) => 1000 + n),
    );
  });

  it('a digest GitHub has no attestation for is attestation_missing', async () => {
    await expect(
      fetchAttestations(octokit, { owner: 'acme', repo: 'app' }, ['cd'.repeat(32)]),
    ).rejects.toMatchObject({ code: 'attestation_missing' });
  });
});

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
  await expectFailure(
    client(gh).rest.repos.listAttestations({ owner, repo, subject_digest: `sha256:${'cd'.repeat(32)}` }),
    404,
    'Not Found',
  );
  await expectFailure(
    client(gh, 'tok-read').rest.repos.listAttestations({ owner, repo, subject_digest: digest }),
    403,
  );
});

it('pages with per_page and the before/after cursors of the link header, and filters by predicate_type', async () => {
  const paged = `sha256:${'ef'.repeat(32)}`;
  const statement = (predicateType: string) =>
    Buffer.from(JSON.stringify({ predicateType })).toString('base64');
  const withPredicate = (predicateType: string, n: number) => ({
    ...bundle,
    n,
    dsseEnvelope: { ...bundle.dsseEnvelope, payload: statement(predicateType) },
  });
  for (let n = 0; n < 5; n += 1)
    gh.state.attestations.add(REPO, paged, withPredicate('https://slsa.dev/provenance/v1', n));
  gh.state.attestations.add(REPO, paged, withPredicate('https://spdx.dev/Document/v2.3', 5));
  const octokit = client(gh);
  const numbers = (data: { attestations?: { bundle?: unknown }[] }) =>
    data.attestations?.map((a) => (a.bundle as { n: number }).n);
  const first = await octokit.rest.repos.listAttestations({
    owner,
    repo,
    subject_digest: paged,
    per_page: 2,
  });
  expect(numbers(first.data)).toEqual([0, 1]);
  const next = /<([^>]+)>; rel="next"/.exec(first.headers.link ?? '')?.[1];
  expect(first.headers.link).not.toContain('rel="prev"');
  const second = await octokit.request(`GET ${String(next)}`);
  expect(numbers(second.data)).toEqual([2, 3]);
  const prev = /<([^>]+)>; rel="prev"/.exec(String(second.headers.link))?.[1];
  expect(numbers((await octokit.request(`GET ${String(prev)}`)).data)).toEqual([0, 1]);
  // Without `total_count` the pages are not merged: paginate hands back one body per page.
  const listed = await octokit.paginate(octokit.rest.repos.listAttestations, {
    owner,
    repo,
    subject_digest: paged,
    per_page: 4,
  });
  const pages = listed as unknown as { attestations: { bundle?: unknown }[] }[];
  expect(pages.flatMap((page) => numbers(page) ?? [])).toEqual([0, 1, 2, 3, 4, 5]);
  const provenance = await octokit.rest.repos.listAttestations({
    owner,
    repo,
    subject_digest: paged,
    predicate_type: 'provenance',
  });
  expect(numbers(provenance.data)).toEqual([0, 1, 2, 3, 4]);
  const sbom = await octokit.rest.repos.listAttestations({
    owner,
    repo,
    subject_digest: paged,
    predicate_type: 'sbom',
  });
  expect(numbers(sbom.data)).toEqual([5]);
  await expectFailure(
    octokit.rest.repos.listAttestations({ owner, repo, subject_digest: paged, predicate_type: 'release' }),
    404,
  );
});

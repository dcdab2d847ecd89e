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

it("lists an organisation's attestations of a digest across its repositories, each with its repository_id", async () => {
  const shared = `sha256:${'a1'.repeat(32)}`;
  gh.state.repos.create('acme/other');
  gh.state.repos.create('elsewhere/app');
  gh.state.attestations.add(REPO, shared, { ...bundle, n: 0 });
  gh.state.attestations.add('acme/other', shared, { ...bundle, n: 1 });
  gh.state.attestations.add('elsewhere/app', shared, { ...bundle, n: 2 });
  const { data } = await client(gh).rest.orgs.listAttestations({ org: owner, subject_digest: shared });
  const listed = data.attestations as { bundle: { n: number }; repository_id: number }[];
  expect(listed.map((a) => [a.bundle.n, a.repository_id])).toEqual([
    [0, gh.state.repos.get(REPO).id],
    [1, gh.state.repos.get('acme/other').id],
  ]);
  await expectFailure(
    client(gh).rest.orgs.listAttestations({ org: owner, subject_digest: `sha256:${'c1'.repeat(32)}` }),
    404,
  );
  await expectFailure(client(gh).rest.orgs.listAttestations({ org: 'nobody', subject_digest: shared }), 404);
  await expectFailure(
    client(gh, 'tok-read').rest.orgs.listAttestations({ org: owner, subject_digest: shared }),
    403,
  );
});

it('answers bulk-list per digest (null for none) and pages it with the page_info cursor', async () => {
  const [one, two, none] = ['b1', 'b2', 'b3'].map((hex) => `sha256:${hex.repeat(32)}`) as [
    string,
    string,
    string,
  ];
  for (let n = 0; n < 3; n += 1) gh.state.attestations.add(REPO, one, { ...bundle, n });
  gh.state.attestations.add(REPO, two, { ...bundle, n: 3 });
  const bulk = (after?: string) =>
    client(gh).request('POST /orgs/{org}/attestations/bulk-list{?per_page,after}', {
      org: owner,
      per_page: 2,
      ...(after === undefined ? {} : { after }),
      subject_digests: [one, two, none],
    });
  type Bulk = {
    attestations_subject_digests: Record<string, { bundle: { n: number } }[] | null>;
    page_info: { has_next: boolean; has_previous: boolean; next?: string };
  };
  const first = (await bulk()).data as Bulk;
  expect(first.attestations_subject_digests).toEqual({
    [one]: [
      expect.objectContaining({ bundle: { ...bundle, n: 0 } }),
      expect.objectContaining({ bundle: { ...bundle, n: 1 } }),
    ],
    [two]: null,
    [none]: null,
  });
  expect(first.page_info).toMatchObject({ has_next: true, has_previous: false });
  const second = (await bulk(first.page_info.next)).data as Bulk;
  const numbers = Object.values(second.attestations_subject_digests).flatMap((list) =>
    (list ?? []).map((a) => a.bundle.n),
  );
  expect(numbers).toEqual([2, 3]);
  expect(second.page_info).toMatchObject({ has_next: false, has_previous: true });
  await expectFailure(
    client(gh).request('POST /orgs/{org}/attestations/bulk-list', { org: owner, subject_digests: 'x' }),
    422,
  );
  await expectFailure(
    client(gh).request('POST /orgs/{org}/attestations/bulk-list', { org: 'nobody', subject_digests: [one] }),
    404,
  );
});

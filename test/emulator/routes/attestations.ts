import { ApiError, json, notFound, notSupplied } from '../http.js';
import type { RequestContext, Route } from '../router.js';
import type { Attestation } from '../state/attestations.js';
import type { EmulatorState } from '../state/index.js';
import { docs, repoName } from './links.js';
import { linkHeader, pageLink, perPage, type Page } from './pagination.js';

/** The shorthands `predicate_type` takes; anything else is compared as it is. */
const PREDICATE_PREFIXES: Record<string, readonly string[]> = {
  provenance: ['https://slsa.dev/provenance/'],
  sbom: ['https://spdx.dev/Document', 'https://cyclonedx.org/bom'],
  release: ['https://in-toto.io/attestation/release/'],
};

function ofPredicateType(wanted: string | null): (attestation: Attestation) => boolean {
  if (wanted === null) return () => true;
  const prefixes = PREDICATE_PREFIXES[wanted];
  return ({ predicateType }) =>
    predicateType !== undefined &&
    (prefixes ? prefixes.some((prefix) => predicateType.startsWith(prefix)) : predicateType === wanted);
}

const cursorOf = (attestation: Attestation): string =>
  Buffer.from(`attestation:${attestation.id}`).toString('base64url');

/**
 * Cursor paging as GitHub's attestations use it: `after`/`before` name an item, `link` offers `next` and `prev`.
 * UNCONFIRMED: what GitHub answers for a cursor it did not issue; here, an empty page.
 */
function cursorPage(ctx: RequestContext, all: readonly Attestation[]): Page<Attestation> {
  const size = perPage(ctx);
  const after = ctx.query.get('after');
  const before = ctx.query.get('before');
  const at = (cursor: string) => all.findIndex((attestation) => cursorOf(attestation) === cursor);
  let start = 0;
  let end = Math.min(all.length, size);
  if (after !== null)
    [start, end] = at(after) < 0 ? [0, 0] : [at(after) + 1, Math.min(all.length, at(after) + 1 + size)];
  else if (before !== null)
    [start, end] = at(before) < 0 ? [0, 0] : [Math.max(0, at(before) - size), at(before)];
  const items = all.slice(start, end);
  const first = items[0];
  const last = items.at(-1);
  const links: string[] = [];
  const per_page = String(size);
  if (last && end < all.length)
    links.push(pageLink(ctx, { per_page, after: cursorOf(last), before: null }, 'next'));
  if (first && start > 0)
    links.push(pageLink(ctx, { per_page, before: cursorOf(first), after: null }, 'prev'));
  return { items, headers: linkHeader(links) };
}

/** The repositories an organisation owns; 404 when it owns none (no such organisation). */
function reposOf(state: EmulatorState, org: string) {
  const repos = state.repos.all().filter((repo) => repo.owner.toLowerCase() === org.toLowerCase());
  if (repos.length === 0) throw notFound();
  return repos;
}

interface Listed {
  readonly attestation: Attestation;
  readonly repositoryId: number;
}

/** Every attestation of `digest` in the organisation's repositories, oldest first. */
function orgAttestations(
  state: EmulatorState,
  org: string,
  digest: string,
  predicate: string | null,
): Listed[] {
  return reposOf(state, org)
    .flatMap((repo) =>
      state.attestations
        .list(repo.fullName, digest)
        .map((attestation) => ({ attestation, repositoryId: repo.id })),
    )
    .filter(({ attestation }) => ofPredicateType(predicate)(attestation))
    .sort((a, b) => a.attestation.id - b.attestation.id);
}

const MAX_BULK_DIGESTS = 1024;

export function attestationRoutes(state: EmulatorState): Route[] {
  return [
    {
      method: 'GET',
      path: '/orgs/{org}/attestations/{subject_digest}',
      permission: 'attestations:read',
      docs: docs('orgs/attestations', 'list-attestations'),
      handle(ctx) {
        const listed = orgAttestations(
          state,
          ctx.param('org'),
          ctx.param('subject_digest'),
          ctx.query.get('predicate_type'),
        );
        if (listed.length === 0) throw notFound();
        const byAttestation = new Map(listed.map((item) => [item.attestation, item.repositoryId]));
        const page = cursorPage(
          ctx,
          listed.map((item) => item.attestation),
        );
        const body = page.items.map((attestation) => ({
          bundle: attestation.bundle,
          repository_id: byAttestation.get(attestation),
          bundle_url: `${ctx.baseUrl}${attestation.bundlePath}`,
          initiator: attestation.initiator,
        }));
        return json(200, { attestations: body }, page.headers);
      },
    },
    {
      method: 'POST',
      path: '/orgs/{org}/attestations/bulk-list',
      permission: 'attestations:read',
      docs: docs('orgs/attestations', 'list-attestations-by-bulk-subject-digests'),
      handle(ctx) {
        const digests = ctx.body.subject_digests;
        if (!Array.isArray(digests) || digests.some((digest) => typeof digest !== 'string'))
          throw notSupplied('subject_digests');
        if (digests.length === 0 || digests.length > MAX_BULK_DIGESTS)
          throw new ApiError(
            422,
            `Invalid request.\n\n"subject_digests" must hold 1 to ${MAX_BULK_DIGESTS} digests.`,
          );
        const predicate = typeof ctx.body.predicate_type === 'string' ? ctx.body.predicate_type : null;
        const org = ctx.param('org');
        reposOf(state, org);
        // One list over every digest, paged by the body's cursor as GitHub's `page_info` describes.
        const all = [...new Set(digests as string[])].flatMap((digest) =>
          orgAttestations(state, org, digest, predicate).map((item) => ({ ...item, digest })),
        );
        const page = cursorPage(
          ctx,
          all.map((item) => item.attestation),
        );
        const shown = new Set(page.items);
        const grouped: Record<string, unknown[] | null> = Object.fromEntries(
          (digests as string[]).map((digest) => [digest, null]),
        );
        for (const { attestation, repositoryId, digest } of all) {
          if (!shown.has(attestation)) continue;
          (grouped[digest] ??= []).push({
            bundle: attestation.bundle,
            repository_id: repositoryId,
            bundle_url: `${ctx.baseUrl}${attestation.bundlePath}`,
          });
        }
        const first = page.items[0];
        const last = page.items.at(-1);
        const start = first ? all.findIndex((item) => item.attestation === first) : 0;
        const end = last ? all.findIndex((item) => item.attestation === last) + 1 : 0;
        const page_info = {
          has_next: last !== undefined && end < all.length,
          has_previous: first !== undefined && start > 0,
          ...(last && end < all.length ? { next: cursorOf(last) } : {}),
          ...(first && start > 0 ? { previous: cursorOf(first) } : {}),
        };
        return json(200, { attestations_subject_digests: grouped, page_info });
      },
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/attestations/{subject_digest}',
      permission: 'attestations:read',
      docs: docs('repos/attestations', 'list-attestations'),
      handle(ctx) {
        const repo = state.repos.get(repoName(ctx));
        const attestations = state.attestations
          .list(repo.fullName, ctx.param('subject_digest'))
          .filter(ofPredicateType(ctx.query.get('predicate_type')));
        if (attestations.length === 0) throw notFound();
        const page = cursorPage(ctx, attestations);
        const body = page.items.map((attestation) => ({
          bundle: attestation.bundle,
          repository_id: repo.id,
          bundle_url: `${ctx.baseUrl}${attestation.bundlePath}`,
          initiator: attestation.initiator,
        }));
        return json(200, { attestations: body }, page.headers);
      },
    },
  ];
}

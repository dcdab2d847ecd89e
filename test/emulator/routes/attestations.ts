import { json, notFound } from '../http.js';
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

export function attestationRoutes(state: EmulatorState): Route[] {
  return [
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

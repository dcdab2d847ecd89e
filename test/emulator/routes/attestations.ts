import { json, notFound } from '../http.js';
import type { Route } from '../router.js';
import type { EmulatorState } from '../state/index.js';
import { docs, repoName } from './links.js';

export function attestationRoutes(state: EmulatorState): Route[] {
  return [
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/attestations/{subject_digest}',
      permission: 'attestations:read',
      docs: docs('repos/attestations', 'list-attestations'),
      // The `per_page`, `before`, `after` and `predicate_type` parameters are not emulated: every match is returned.
      handle(ctx) {
        const repo = state.repos.get(repoName(ctx));
        const attestations = state.attestations.list(repo.fullName, ctx.param('subject_digest'));
        if (attestations.length === 0) throw notFound();
        return json(200, {
          attestations: attestations.map((attestation) => ({
            bundle: attestation.bundle,
            repository_id: repo.id,
            bundle_url: `${ctx.baseUrl}${attestation.bundlePath}`,
            initiator: attestation.initiator,
          })),
        });
      },
    },
  ];
}

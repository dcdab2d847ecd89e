import { nodeId } from '../ids.js';
import { json, notFound } from '../http.js';
import type { Route, RequestContext } from '../router.js';
import type { EmulatorState } from '../state/index.js';
import type { Ruleset } from '../state/rulesets.js';
import { repoApiUrl, repoHtmlUrl, timestamp, viewOf, type View } from '../builders/index.js';
import { docs, intParam, repoName } from './links.js';
import { paginate } from './pagination.js';

/** The fields both answers carry; the list leaves out conditions and rules, as GitHub's does. */
function summaryJson(view: View, ruleset: Ruleset): Record<string, unknown> {
  return {
    id: ruleset.id,
    name: ruleset.name,
    target: ruleset.target,
    source_type: ruleset.organization ? 'Organization' : 'Repository',
    source: ruleset.organization ? ruleset.repo.owner : ruleset.repo.fullName,
    enforcement: ruleset.enforcement,
    node_id: nodeId('RepositoryRuleset', ruleset.id),
    _links: {
      self: { href: `${repoApiUrl(view, ruleset.repo)}/rulesets/${ruleset.id}` },
      html: { href: `${repoHtmlUrl(ruleset.repo)}/rules/${ruleset.id}` },
    },
    created_at: timestamp(ruleset.createdAt),
    updated_at: timestamp(ruleset.updatedAt),
  };
}

/**
 * `repository-ruleset` in full. `bypass_actors` is left out: GitHub returns it only to callers with write
 * access to the ruleset, which a job token never has.
 */
function rulesetJson(view: View, ruleset: Ruleset): Record<string, unknown> {
  return {
    ...summaryJson(view, ruleset),
    current_user_can_bypass: 'never',
    conditions: { ref_name: { include: ruleset.include, exclude: ruleset.exclude } },
    rules: ruleset.rules.map((type) => ({ type })),
  };
}

/** `includes_parents` is true unless it says `false`: the organization's rulesets are listed too. */
const includesParents = (ctx: RequestContext): boolean => ctx.query.get('includes_parents') !== 'false';

export function rulesetRoutes(state: EmulatorState): Route[] {
  return [
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/rulesets',
      permission: 'metadata:read',
      docs: docs('repos/rules', 'get-all-repository-rulesets'),
      handle(ctx) {
        const targets =
          ctx.query
            .get('targets')
            ?.split(',')
            .map((t) => t.trim()) ?? null;
        const rulesets = state.rulesets
          .list(repoName(ctx))
          .filter((r) => includesParents(ctx) || !r.organization)
          .filter((r) => targets === null || targets.includes(r.target));
        const page = paginate(ctx, rulesets);
        const view = viewOf(ctx, state);
        return json(
          200,
          page.items.map((ruleset) => summaryJson(view, ruleset)),
          page.headers,
        );
      },
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/rulesets/{ruleset_id}',
      permission: 'metadata:read',
      docs: docs('repos/rules', 'get-a-repository-ruleset'),
      handle(ctx) {
        const ruleset = state.rulesets.get(repoName(ctx), intParam(ctx, 'ruleset_id'));
        if (ruleset.organization && !includesParents(ctx)) throw notFound();
        return json(200, rulesetJson(viewOf(ctx, state), ruleset));
      },
    },
  ];
}

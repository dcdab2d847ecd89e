import { optionalString, requiredString, type JsonObject } from '../body.js';
import { gitTagJson, gitTreeJson, refJson, viewOf } from '../builders/index.js';
import { ApiError, json, notFound, notSupplied } from '../http.js';
import type { Route } from '../router.js';
import { FILE_MODES, ZERO_SHA } from '../state/git-objects.js';
import type { TreeChange } from '../state/git-tree-changes.js';
import type { EmulatorState } from '../state/index.js';
import { announcePush } from './events.js';
import { docs, repoName } from './links.js';

const TREE_MODES: readonly string[] = [...FILE_MODES, '040000'];

/** One entry of `POST git/trees`; `sha` (null deletes) or `content`, never both. */
function treeChange(item: unknown): TreeChange {
  if (typeof item !== 'object' || item === null) throw notSupplied('tree');
  const entry = item as JsonObject;
  const path = requiredString(entry, 'path');
  const mode = requiredString(entry, 'mode');
  // Submodules (160000) are not emulated: a tree here holds files only.
  if (!TREE_MODES.includes(mode)) throw notSupplied('mode');
  const hasSha = 'sha' in entry;
  const content = optionalString(entry, 'content');
  if (hasSha === (content !== undefined))
    throw new ApiError(
      422,
      'Must supply tree.sha or tree.content. Request will be rejected if both are present.',
    );
  const sha = entry.sha === null ? null : optionalString(entry, 'sha');
  return { path, mode: mode as TreeChange['mode'], ...(hasSha ? { sha } : { content }) };
}

export function gitRoutes(state: EmulatorState): Route[] {
  return [
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/git/ref/{ref+}',
      permission: 'contents:read',
      docs: docs('git/refs', 'get-a-reference'),
      handle(ctx) {
        const ref = `refs/${ctx.param('ref')}`;
        const target = state.git.ref(repoName(ctx), ref);
        if (!target) throw notFound();
        return json(200, refJson(viewOf(ctx, state), state.repos.get(repoName(ctx)), ref, target));
      },
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/git/matching-refs/{ref+}',
      permission: 'contents:read',
      docs: docs('git/refs', 'list-matching-references'),
      handle(ctx) {
        const repo = state.repos.get(repoName(ctx));
        const refs = state.git.refs(repo.fullName, `refs/${ctx.param('ref')}`);
        return json(
          200,
          refs.map(([ref, target]) => refJson(viewOf(ctx, state), repo, ref, target)),
        );
      },
    },
    {
      method: 'POST',
      path: '/repos/{owner}/{repo}/git/refs',
      permission: 'contents:write',
      docs: docs('git/refs', 'create-a-reference'),
      handle(ctx) {
        const repo = state.repos.get(repoName(ctx));
        const ref = requiredString(ctx.body, 'ref');
        const target = state.git.createRef(repo.fullName, ref, requiredString(ctx.body, 'sha'));
        announcePush(state, ctx, { repo: repo.fullName, ref, before: ZERO_SHA, after: target.sha });
        const body = refJson(viewOf(ctx, state), repo, ref, target);
        return json(201, body, { location: String(body.url) });
      },
    },
    {
      method: 'PATCH',
      path: '/repos/{owner}/{repo}/git/refs/{ref+}',
      permission: 'contents:write',
      docs: docs('git/refs', 'update-a-reference'),
      handle(ctx) {
        const repo = state.repos.get(repoName(ctx));
        const ref = ctx.param('ref').replace(/^(?!refs\/)/, 'refs/');
        const sha = requiredString(ctx.body, 'sha');
        const { before, target } = state.git.updateRef(repo.fullName, ref, sha, ctx.body.force === true);
        announcePush(state, ctx, { repo: repo.fullName, ref, before, after: target.sha });
        return json(200, refJson(viewOf(ctx, state), repo, ref, target));
      },
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/git/trees/{tree_sha}',
      permission: 'contents:read',
      docs: docs('git/trees', 'get-a-tree'),
      handle(ctx) {
        const repo = state.repos.get(repoName(ctx));
        const tree = state.git.tree(repo.fullName, ctx.param('tree_sha'));
        if (!tree) throw notFound();
        // GitHub recurses for any value of `recursive`.
        return json(200, gitTreeJson(viewOf(ctx, state), repo, tree, ctx.query.has('recursive')));
      },
    },
    {
      method: 'POST',
      path: '/repos/{owner}/{repo}/git/trees',
      permission: 'contents:write',
      docs: docs('git/trees', 'create-a-tree'),
      handle(ctx) {
        const repo = state.repos.get(repoName(ctx));
        const entries = ctx.body.tree;
        if (!Array.isArray(entries)) throw notSupplied('tree');
        const tree = state.git.createTree(
          repo.fullName,
          optionalString(ctx.body, 'base_tree'),
          entries.map(treeChange),
        );
        const body = gitTreeJson(viewOf(ctx, state), repo, tree, false);
        return json(201, body, { location: String(body.url) });
      },
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/git/tags/{tag_sha}',
      permission: 'contents:read',
      docs: docs('git/tags', 'get-a-tag'),
      handle(ctx) {
        const tag = state.git.tag(repoName(ctx), ctx.param('tag_sha'));
        if (!tag) throw notFound();
        return json(200, gitTagJson(viewOf(ctx, state), state.repos.get(repoName(ctx)), tag));
      },
    },
  ];
}

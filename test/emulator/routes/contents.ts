import { optionalString, requiredString, type JsonObject } from '../body.js';
import { entryJson, fileContentJson, fileEntry, gitCommitJson, viewOf } from '../builders/index.js';
import { ApiError, json, notFound, notSupplied, type Reply } from '../http.js';
import { isObjectMediaType, isRawMediaType } from '../media-types.js';
import type { RequestContext, Route } from '../router.js';
import type { FileChange } from '../state/contents.js';
import { ZERO_SHA, type Commit, type Identity } from '../state/git-objects.js';
import type { EmulatorState } from '../state/index.js';
import { announcePush } from './events.js';
import { docs, repoName } from './links.js';

const PAGE = 'repos/contents';

/** `committer`/`author` are optional, but when given need both name and email. */
function identity(body: JsonObject, field: 'committer' | 'author'): Identity | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null) throw notSupplied(field);
  return {
    name: requiredString(value as JsonObject, 'name'),
    email: requiredString(value as JsonObject, 'email'),
  };
}

function changeFrom(body: JsonObject): FileChange {
  return {
    message: requiredString(body, 'message'),
    branch: optionalString(body, 'branch'),
    sha: optionalString(body, 'sha'),
    committer: identity(body, 'committer'),
    author: identity(body, 'author'),
  };
}

/** A contents write is a push of one commit onto the branch. */
function announceCommit(
  state: EmulatorState,
  ctx: RequestContext,
  repo: string,
  branch: string,
  commit: Commit,
): void {
  const before = commit.parents[0] ?? ZERO_SHA;
  announcePush(state, ctx, { repo, ref: `refs/heads/${branch}`, before, after: commit.sha });
}

function decodeContent(body: JsonObject): Buffer {
  const content = requiredString(body, 'content');
  if (!/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(content)) throw new ApiError(422, 'content is not valid Base64');
  return Buffer.from(content, 'base64');
}

/**
 * A file as JSON (its content only up to 1 MB), or its bytes for the raw media type; a directory as a list,
 * or as an object with `entries` for the object media type.
 */
function readContent(ctx: RequestContext, state: EmulatorState): Reply {
  const repo = state.repos.get(repoName(ctx));
  const view = viewOf(ctx, state);
  const path = ctx.param('path').replace(/\/+$/, '');
  const ref = ctx.query.get('ref') ?? repo.defaultBranch;
  const blob = state.contents.read(repo.fullName, path, ref);
  // UNCONFIRMED: the content type GitHub gives raw content; text/plain is what octokit/rest.js#14 reports.
  if (blob && isRawMediaType(ctx.accept))
    return json(200, blob.bytes, { 'content-type': 'text/plain; charset=utf-8' });
  if (blob) return json(200, fileContentJson(view, repo, path, blob, ref));
  const directory = state.contents.list(repo.fullName, path, ref);
  if (!directory) throw notFound();
  const entries = directory.entries.map((entry) => entryJson(view, repo, entry, ref));
  if (!isObjectMediaType(ctx.accept)) return json(200, entries);
  const self = entryJson(
    view,
    repo,
    { type: 'dir', name: path.replace(/^.*\//, ''), path, sha: directory.sha, size: 0 },
    ref,
  );
  return json(200, { ...self, entries });
}

export function contentsRoutes(state: EmulatorState): Route[] {
  const path = '/repos/{owner}/{repo}/contents/{path+}';
  return [
    {
      method: 'GET',
      path,
      permission: 'contents:read',
      docs: docs(PAGE, 'get-repository-content'),
      handle: (ctx) => readContent(ctx, state),
    },
    {
      method: 'PUT',
      path,
      permission: 'contents:write',
      docs: docs(PAGE, 'create-or-update-file-contents'),
      handle(ctx) {
        const repo = state.repos.get(repoName(ctx));
        const change = changeFrom(ctx.body);
        const written = state.contents.write(
          repo.fullName,
          ctx.param('path'),
          decodeContent(ctx.body),
          change,
        );
        const ref = change.branch ?? repo.defaultBranch;
        announceCommit(state, ctx, repo.fullName, ref, written.commit);
        const view = viewOf(ctx, state);
        return json(written.created ? 201 : 200, {
          content: written.blob && entryJson(view, repo, fileEntry(ctx.param('path'), written.blob), ref),
          commit: gitCommitJson(view, repo, written.commit),
        });
      },
    },
    {
      method: 'DELETE',
      path,
      permission: 'contents:write',
      docs: docs(PAGE, 'delete-a-file'),
      handle(ctx) {
        const repo = state.repos.get(repoName(ctx));
        const change = changeFrom(ctx.body);
        if (change.sha === undefined) throw notSupplied('sha');
        const removed = state.contents.remove(repo.fullName, ctx.param('path'), change);
        announceCommit(state, ctx, repo.fullName, change.branch ?? repo.defaultBranch, removed.commit);
        return json(200, { content: null, commit: gitCommitJson(viewOf(ctx, state), repo, removed.commit) });
      },
    },
  ];
}

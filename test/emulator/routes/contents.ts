import { optionalString, requiredString, type JsonObject } from '../body.js';
import { ApiError, json, notFound, notSupplied } from '../http.js';
import { syntheticSha } from '../ids.js';
import type { RequestContext, Route } from '../router.js';
import type { FileChange } from '../state/contents.js';
import type { Commit, FileBlob, Identity } from '../state/git-objects.js';
import type { EmulatorState } from '../state/index.js';
import type { Repo } from '../state/repos.js';
import { docs, repoApiUrl, repoHtmlUrl, repoName } from './links.js';

const PAGE = 'repos/contents';

/** Base64 with a newline after every 60 characters, as GitHub sends file content. */
const wrappedBase64 = (bytes: Buffer): string => (bytes.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n';

function fileJson(ctx: RequestContext, repo: Repo, path: string, blob: FileBlob, ref: string): JsonObject {
  const url = `${repoApiUrl(ctx, repo)}/contents/${path}?ref=${encodeURIComponent(ref)}`;
  const gitUrl = `${repoApiUrl(ctx, repo)}/git/blobs/${blob.sha}`;
  const htmlUrl = `${repoHtmlUrl(repo)}/blob/${ref}/${path}`;
  return {
    type: 'file',
    name: path.replace(/^.*\//, ''),
    path,
    sha: blob.sha,
    size: blob.bytes.length,
    url,
    git_url: gitUrl,
    html_url: htmlUrl,
    // Informational only: the emulator does not serve raw downloads.
    download_url: `https://raw.githubusercontent.com/${repo.fullName}/${ref}/${path}`,
    _links: { self: url, git: gitUrl, html: htmlUrl },
  };
}

function commitJson(ctx: RequestContext, repo: Repo, commit: Commit): JsonObject {
  const api = repoApiUrl(ctx, repo);
  const treeSha = syntheticSha('tree', commit.sha);
  return {
    sha: commit.sha,
    url: `${api}/git/commits/${commit.sha}`,
    html_url: `${repoHtmlUrl(repo)}/commit/${commit.sha}`,
    author: commit.author,
    committer: commit.committer,
    message: commit.message,
    tree: { sha: treeSha, url: `${api}/git/trees/${treeSha}` },
    parents: commit.parents.map((sha) => ({ sha, url: `${api}/git/commits/${sha}`, html_url: `${repoHtmlUrl(repo)}/commit/${sha}` })),
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null },
  };
}

/** `committer`/`author` are optional, but when given need both name and email. */
function identity(body: JsonObject, field: 'committer' | 'author'): Identity | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null) throw notSupplied(field);
  return { name: requiredString(value as JsonObject, 'name'), email: requiredString(value as JsonObject, 'email') };
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

function decodeContent(body: JsonObject): Buffer {
  const content = requiredString(body, 'content');
  if (!/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(content)) throw new ApiError(422, 'content is not valid Base64');
  return Buffer.from(content, 'base64');
}

export function contentsRoutes(state: EmulatorState): Route[] {
  const path = '/repos/{owner}/{repo}/contents/{path+}';
  return [
    {
      method: 'GET',
      path,
      permission: 'contents:read',
      docs: docs(PAGE, 'get-repository-content'),
      handle(ctx) {
        const repo = state.repos.get(repoName(ctx));
        const ref = ctx.query.get('ref') ?? repo.defaultBranch;
        const blob = state.contents.read(repo.fullName, ctx.param('path'), ref);
        if (!blob) throw notFound();
        return json(200, { ...fileJson(ctx, repo, ctx.param('path'), blob, ref), encoding: 'base64', content: wrappedBase64(blob.bytes) });
      },
    },
    {
      method: 'PUT',
      path,
      permission: 'contents:write',
      docs: docs(PAGE, 'create-or-update-file-contents'),
      handle(ctx) {
        const repo = state.repos.get(repoName(ctx));
        const change = changeFrom(ctx.body);
        const written = state.contents.write(repo.fullName, ctx.param('path'), decodeContent(ctx.body), change);
        const ref = change.branch ?? repo.defaultBranch;
        return json(written.created ? 201 : 200, {
          content: written.blob && fileJson(ctx, repo, ctx.param('path'), written.blob, ref),
          commit: commitJson(ctx, repo, written.commit),
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
        return json(200, { content: null, commit: commitJson(ctx, repo, removed.commit) });
      },
    },
  ];
}

import type { DirectoryEntry } from '../state/contents.js';
import type { FileBlob } from '../state/git-objects.js';
import type { Repo } from '../state/repos.js';
import { repoApiUrl, repoHtmlUrl, urlPath, type View } from './view.js';

/** GitHub sends the content of files up to 1 MB; above, `content` is empty and `encoding` is `none`. */
export const CONTENT_LIMIT_BYTES = 1024 * 1024;

/** Base64 with a newline after every 60 characters, as GitHub sends file content. */
const wrappedBase64 = (bytes: Buffer): string =>
  (bytes.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n';

/** The fields every content entry has, file or directory. */
export function entryJson(
  view: View,
  repo: Repo,
  entry: DirectoryEntry,
  ref: string,
): Record<string, unknown> {
  const api = repoApiUrl(view, repo);
  const url = `${api}/contents/${urlPath(entry.path)}?ref=${encodeURIComponent(ref)}`;
  const isFile = entry.type === 'file';
  const gitUrl = `${api}/git/${isFile ? 'blobs' : 'trees'}/${entry.sha}`;
  const htmlUrl = `${repoHtmlUrl(repo)}/${isFile ? 'blob' : 'tree'}/${urlPath(ref)}/${urlPath(entry.path)}`;
  return {
    name: entry.name,
    path: entry.path,
    sha: entry.sha,
    size: entry.size,
    url,
    html_url: htmlUrl,
    git_url: gitUrl,
    // Informational only: the emulator does not serve raw downloads.
    download_url: isFile
      ? `https://raw.githubusercontent.com/${repo.fullName}/${urlPath(ref)}/${urlPath(entry.path)}`
      : null,
    type: entry.type,
    _links: { self: url, git: gitUrl, html: htmlUrl },
  };
}

export const fileEntry = (path: string, blob: FileBlob): DirectoryEntry => ({
  type: 'file',
  name: path.replace(/^.*\//, ''),
  path,
  sha: blob.sha,
  size: blob.bytes.length,
});

/** content-file, with the 1 MB rule. */
export function fileContentJson(
  view: View,
  repo: Repo,
  path: string,
  blob: FileBlob,
  ref: string,
): Record<string, unknown> {
  const small = blob.bytes.length <= CONTENT_LIMIT_BYTES;
  return {
    ...entryJson(view, repo, fileEntry(path, blob), ref),
    content: small ? wrappedBase64(blob.bytes) : '',
    encoding: small ? 'base64' : 'none',
  };
}

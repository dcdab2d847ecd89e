/** Where a build's source came from, as far as a provenance predicate says. */
export interface SourceLocation {
  /** `owner/name`, lower-cased hosts stripped: `github.com/o/r` → `o/r`. */
  readonly repository: string;
  readonly ref: string | null;
}

const GIT_URI = /^(?:git\+)?https:\/\/([^/]+)\/([^/@]+)\/([^/@]+?)(?:\.git)?(?:@(.+))?$/;

/** Parses `git+https://github.com/o/r@refs/tags/v1` (and the plain https form) into repo + ref. */
export function parseGitUri(uri: string): (SourceLocation & { readonly host: string }) | null {
  const match = GIT_URI.exec(uri);
  if (!match) return null;
  const [, host, owner, name, ref] = match;
  if (!host || !owner || !name) return null;
  return { host, repository: `${owner}/${name}`, ref: ref ?? null };
}

/** `https://github.com/o/r` → `o/r`; an `o/r` string passes through. */
export function toRepositorySlug(value: string): string {
  const parsed = parseGitUri(value);
  return parsed ? parsed.repository : value.replace(/^\/+|\/+$/g, '');
}

/** Where a build's source came from, as far as a provenance predicate or certificate says. */
export interface SourceLocation {
  /** Lower-cased host: `github.com`, or a GitHub Enterprise host. */
  readonly host: string;
  /** `owner/name`. */
  readonly repository: string;
  readonly ref: string | null;
}

const GIT_URI = /^(?:git\+)?https:\/\/([^/@\s]+)\/([^/@\s]+)\/([^/@\s]+?)(?:\.git)?(?:@(\S+))?$/;

/** Parses `git+https://github.com/o/r@refs/tags/v1` (and the plain https form) into host, repo and ref. */
export function parseGitUri(uri: string): SourceLocation | null {
  const match = GIT_URI.exec(uri);
  if (!match) return null;
  const [, host, owner, name, ref] = match;
  if (!host || !owner || !name) return null;
  return { host: host.toLowerCase(), repository: `${owner}/${name}`, ref: ref ?? null };
}

/** `https://github.com/o/r` → `o/r`; an `o/r` string passes through. */
export function toRepositorySlug(value: string): string {
  const parsed = parseGitUri(value);
  // A trailing run is matched from its first slash only; `\/+$` re-read the run from each of its slashes.
  return parsed ? parsed.repository : value.replace(/^\/+|(?<!\/)\/+$/g, '');
}

/** The canonical `https://host/owner/name` of a location, for messages and comparisons. */
export function toRepositoryUrl(location: Pick<SourceLocation, 'host' | 'repository'>): string {
  return `https://${location.host}/${location.repository}`;
}

/** Same host and same `owner/name`, both compared case-insensitively as GitHub does. */
export function sameLocation(
  a: Pick<SourceLocation, 'host' | 'repository'>,
  b: Pick<SourceLocation, 'host' | 'repository'>,
): boolean {
  return (
    a.host.toLowerCase() === b.host.toLowerCase() && a.repository.toLowerCase() === b.repository.toLowerCase()
  );
}

import { withoutTrailingSlashes } from '../url.js';

/** A GitHub release a VSA is about: `OWNER/NAME@TAG`. */
export interface ReleaseResource {
  readonly owner: string;
  readonly repo: string;
  /** The tag name, never a ref (`v1.2.3`, not `refs/tags/v1.2.3`). */
  readonly tag: string;
}

/** `OWNER/NAME@TAG`, as `verify --release` reads it; a tag is a git tag name. */
const RELEASE_NAME = /^([\w.-]+)\/([\w.-]+)@([^\s~^:?*[\\]+)$/;

/** The release `OWNER/NAME@TAG` names; null when it is not of that form or its tag is written as a ref. */
export function parseReleaseName(text: string): ReleaseResource | null {
  const match = RELEASE_NAME.exec(text);
  if (!match?.[1] || !match[2] || !match[3] || match[3].startsWith('refs/')) return null;
  return { owner: match[1], repo: match[2], tag: match[3] };
}

export function releaseName(release: ReleaseResource): string {
  return `${release.owner}/${release.repo}@${release.tag}`;
}

/**
 * The `resourceUri` of a release's VSA: the release's page on the GitHub server
 * (`https://github.com/OWNER/NAME/releases/tag/TAG`, the tag URI-encoded). The one way it is built: what
 * validate writes and what `verify-vsa` requires, compared exactly.
 */
export function releaseResourceUri(serverUrl: string, release: ReleaseResource): string {
  const server = withoutTrailingSlashes(serverUrl);
  return `${server}/${release.owner}/${release.repo}/releases/tag/${encodeURIComponent(release.tag)}`;
}

const UNIT_MS = { h: 3_600_000, d: 86_400_000 } as const;

/**
 * A `--max-age` duration in milliseconds: a whole number of hours or days (`12h`, `30d`), nothing else; null
 * when the text is not one.
 */
export function parseMaxAge(text: string): number | null {
  const match = /^([1-9][0-9]{0,5})([hd])$/.exec(text);
  if (!match?.[1] || !match[2]) return null;
  return Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
}

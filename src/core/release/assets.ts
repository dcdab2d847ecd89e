import type { Subject } from '../provenance/index.js';
import { failed, passed, type Check } from '../policy/index.js';
import type { VerdictCode } from '../errors/index.js';

/** A published asset, hashed with the algorithm the subjects carry. */
export interface HashedAsset {
  readonly name: string;
  readonly hex: string;
}

const EXPECTED =
  'assets = subjects: every asset a subject of a verified attestation, every subject a published asset';
const short = (hex: string) => `${hex.slice(0, 16)}…`;

/**
 * The release's assets against the subjects of its verified attestations, both ways, by (name, digest): an
 * asset is attested only when a subject has its name *and* its digest, so attested bytes under another name
 * (two platforms' binaries swapped, a copy under a new name) do not pass. A subject's name with other bytes
 * is a replaced asset; any other asset is unattested; a subject no asset carries is missing. `exempt` names
 * (excluded by policy, provenance files) are left out on both sides.
 */
export function checkReleaseAssets(
  assets: readonly HashedAsset[],
  subjects: readonly Subject[],
  algorithm: 'sha256' | 'sha512',
  exempt: (name: string) => boolean,
): Check {
  const attested = subjects
    .map((s) => ({ name: baseName(s.name), hex: s.digest[algorithm]?.toLowerCase() }))
    .filter((s): s is HashedAsset => s.hex !== undefined && !exempt(s.name));
  const sameAs = (a: HashedAsset) => (s: HashedAsset) => s.name === a.name && s.hex === a.hex.toLowerCase();
  const unknown = assets.filter((a) => !attested.some(sameAs(a)));
  const replaced = unknown.filter((a) => attested.some((s) => s.name === a.name));
  const unattested = unknown.filter((a) => !replaced.includes(a));
  const missing = attested.filter((s) => !assets.some((a) => a.name === s.name));
  const problems: [VerdictCode, string][] = [
    ...replaced.map((a): [VerdictCode, string] => [
      'asset_replaced',
      `${a.name} is ${short(a.hex)}, attested as ${short(attested.find((s) => s.name === a.name)?.hex ?? '')}`,
    ]),
    ...unattested.map((a): [VerdictCode, string] => [
      'asset_unattested',
      `${a.name} (${short(a.hex)}) is not attested under that name`,
    ]),
    ...missing.map((s): [VerdictCode, string] => [
      'asset_missing',
      `${s.name} (${short(s.hex)}) is attested but not published`,
    ]),
  ];
  const [first] = problems;
  if (first === undefined)
    return passed(
      'release_assets',
      'asset_unattested',
      EXPECTED,
      `${assets.length} asset(s), each attested under its name; every subject published`,
    );
  return failed('release_assets', first[0], EXPECTED, problems.map(([, text]) => text).join('; '));
}

/** Subjects may carry a path (`dist/app.tgz`); a release asset is a bare file name. */
const baseName = (name: string) => name.slice(name.lastIndexOf('/') + 1);

export interface ReleaseState {
  readonly tag: string;
  readonly draft: boolean;
  readonly prerelease: boolean;
}

type PrereleaseMode = 'auto' | 'true' | 'false' | 'any';

/** A draft is not published; the prerelease flag is what the policy (or, with `auto`, the tag) says. */
export function checkReleaseState(
  release: ReleaseState,
  prerelease: PrereleaseMode,
  isPrereleaseTag: (tag: string) => boolean,
): Check {
  const wanted = wantedPrerelease(release.tag, prerelease, isPrereleaseTag);
  const expected = `published (not a draft)${wanted === null ? '' : `, ${wanted ? '' : 'not '}a prerelease`}`;
  const actual = `${release.draft ? 'a draft' : 'published'}, ${release.prerelease ? '' : 'not '}a prerelease`;
  const ok = !release.draft && (wanted === null || wanted === release.prerelease);
  return ok
    ? passed('release_state', 'release_state_mismatch', expected, actual)
    : failed('release_state', 'release_state_mismatch', expected, actual);
}

/** Whether the release must be a prerelease; null when the flag is not checked. */
function wantedPrerelease(
  tag: string,
  prerelease: PrereleaseMode,
  isPrereleaseTag: (tag: string) => boolean,
): boolean | null {
  if (prerelease === 'any') return null;
  if (prerelease === 'auto') return isPrereleaseTag(tag);
  return prerelease === 'true';
}

import { matchesGlob } from '../glob.js';

/**
 * A tag ruleset as the repository's rulesets API answers it: the fields that decide whether it stops a
 * writer from pushing a release tag.
 */
export interface TagRuleset {
  readonly name: string;
  readonly target: string | null;
  /** `active`, `evaluate` (reports only) or `disabled`. */
  readonly enforcement: string;
  /** `conditions.ref_name`: full refs or fnmatch patterns (`refs/tags/v*`), `~ALL`. */
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  /** The rule types: `creation`, `update`, `deletion`, … */
  readonly rules: readonly string[];
}

/**
 * Whether pushing the release tag is restricted. A tag push runs the workflow file at the tagged commit, and
 * an environment that admits `v*` tags hands its secrets to that run: without an active tag ruleset that
 * restricts creating the tag, any writer can push one on any commit.
 */
export type TagProtection =
  | { readonly kind: 'restricted'; readonly rulesets: readonly string[] }
  | { readonly kind: 'unrestricted'; readonly missing: string }
  | { readonly kind: 'unknown'; readonly why: string };

/** Rules that should stop a writer; only `creation` decides, the others are named when missing. */
const WANTED = ['creation', 'update', 'deletion'] as const;

/** Which active tag rulesets restrict creating `refs/tags/<tag>`. */
export function tagProtection(tag: string, rulesets: readonly TagRuleset[]): TagProtection {
  const ref = `refs/tags/${tag}`;
  const covering = rulesets.filter(
    (r) => r.target === 'tag' && r.enforcement === 'active' && coversRef(r, ref),
  );
  const restricting = covering.filter((r) => r.rules.includes('creation'));
  if (restricting.length > 0) return { kind: 'restricted', rulesets: restricting.map((r) => r.name) };
  const rules = new Set(covering.flatMap((r) => r.rules));
  const absent = WANTED.filter((rule) => !rules.has(rule));
  return {
    kind: 'unrestricted',
    missing:
      covering.length === 0
        ? `no active tag ruleset covers ${ref}`
        : `the active tag rulesets covering ${ref} (${covering.map((r) => r.name).join(', ')}) lack ${absent.join(', ')}`,
  };
}

/** One include pattern matches and no exclude pattern does; `~ALL` matches every ref. */
export function coversRef(ruleset: Pick<TagRuleset, 'include' | 'exclude'>, ref: string): boolean {
  const matches = (pattern: string) => pattern === '~ALL' || matchesGlob(pattern, ref);
  return ruleset.include.some(matches) && !ruleset.exclude.some(matches);
}

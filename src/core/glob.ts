/**
 * The project's one glob matcher, for tag patterns and asset names: `*` matches any run of characters but
 * `/`, `**` (or a longer run of stars) any run, `?` one character but `/`; everything else is literal.
 *
 * It walks the name once, keeping the set of pattern positions that can have matched so far (a
 * Thompson-style simulation): at most (name length + 1) × (pattern length + 1) steps, whatever the
 * stars. A regular expression built from the glob backtracked instead: a pattern with ten stars took
 * 12 s on a forty-character name that did not match, growing with the tenth power of its length.
 */
export function matchesGlob(glob: string, name: string): boolean {
  const tokens = globTokens(glob);
  const end = tokens.length;
  let active = new Uint8Array(end + 1);
  let next = new Uint8Array(end + 1);
  active[0] = 1;
  skipStars(tokens, active);
  for (let at = 0; at < name.length; at++) {
    const char = name[at]!;
    next.fill(0);
    for (let position = 0; position < end; position++) {
      if (active[position] === 0) continue;
      const token = tokens[position]!;
      if (token === ANY_RUN || (token === SEGMENT_RUN && char !== '/')) next[position] = 1;
      else if (token === char || (token === ONE_CHAR && char !== '/')) next[position + 1] = 1;
    }
    if (!next.includes(1)) return false;
    skipStars(tokens, next);
    [active, next] = [next, active];
  }
  return active[end] === 1;
}

/** `*`: a run within one path segment. */
const SEGMENT_RUN = Symbol('*');
/** `**`: any run. */
const ANY_RUN = Symbol('**');
/** `?`: one character but `/`. */
const ONE_CHAR = Symbol('?');

type GlobToken = string | typeof SEGMENT_RUN | typeof ANY_RUN | typeof ONE_CHAR;

/** The glob as tokens: each literal character on its own, each run of stars as one token. */
function globTokens(glob: string): GlobToken[] {
  const tokens: GlobToken[] = [];
  for (let at = 0; at < glob.length; at++) {
    const char = glob[at]!;
    if (char === '?') tokens.push(ONE_CHAR);
    else if (char !== '*') tokens.push(char);
    else if (glob[at + 1] !== '*') tokens.push(SEGMENT_RUN);
    else {
      while (glob[at + 1] === '*') at++;
      tokens.push(ANY_RUN);
    }
  }
  return tokens;
}

/** A star may match nothing: whoever stands before one also stands after it (left to right, in one pass). */
function skipStars(tokens: readonly GlobToken[], active: Uint8Array): void {
  for (let position = 0; position < tokens.length; position++) {
    const token = tokens[position];
    if (active[position] === 1 && (token === SEGMENT_RUN || token === ANY_RUN)) active[position + 1] = 1;
  }
}

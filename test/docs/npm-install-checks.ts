/**
 * The npm packages a text tells its reader to fetch: every `npx`, `npm install|i|add|exec|x`, `pnpm add|dlx`
 * and `yarn add|dlx` in it, with the packages each names. A supply-chain tool's docs must not send users to a
 * name the project does not hold.
 */

interface Fetcher {
  readonly command: RegExp;
  /** `npx`-like: the first positional is the package, the rest are its arguments. */
  readonly runsOne: boolean;
}

const FETCHERS: readonly Fetcher[] = [
  { command: /\bnpx\s/g, runsOne: true },
  { command: /\bnpm\s+(?:exec|x)\s/g, runsOne: true },
  { command: /\b(?:pnpm|yarn)\s+dlx\s/g, runsOne: true },
  { command: /\bnpm\s+(?:install|i|add)\s/g, runsOne: false },
  { command: /\b(?:pnpm|yarn)\s+add\s/g, runsOne: false },
];

/** Options that take the next word as their value. */
const VALUE_OPTIONS = new Set(['--prefix', '--registry', '--workspace', '-w', '--tag', '--cache', '-C']);
const PACKAGE_OPTIONS = new Set(['--package', '-p']);
/** Where a shell command ends. */
const COMMAND_END = /\s*(?:&&|\|\||[;|#`)]|$)/;

export interface PackageFetch {
  readonly command: string;
  readonly packages: readonly string[];
}

const unquote = (word: string) => word.replace(/^['"]|['"]$/g, '');

/** A package spec's name: `@scope/name@1.2` → `@scope/name`, `name@latest` → `name`; paths stay as they are. */
export function packageName(spec: string): string {
  if (isLocalPath(spec)) return spec;
  const at = spec.indexOf('@', 1);
  return at < 0 ? spec : spec.slice(0, at);
}

/** A file or folder the reader holds (a reviewed tarball), not a registry name. */
export function isLocalPath(spec: string): boolean {
  return /^(?:\.{1,2}\/|\/|~\/)/.test(spec) || /^file:/.test(spec);
}

function packagesOf(words: readonly string[], runsOne: boolean): string[] {
  const named: string[] = [];
  const positional: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const [option, inline] = word.split('=', 2) as [string, string | undefined];
    if (PACKAGE_OPTIONS.has(option)) named.push(inline ?? words[++i] ?? '');
    else if (VALUE_OPTIONS.has(option) && inline === undefined) i++;
    else if (word === '--') continue;
    else if (!word.startsWith('-')) positional.push(word);
  }
  if (!runsOne) return positional;
  return named.length > 0 ? named : positional.slice(0, 1);
}

/** Each fetching command of a text, in order (`\` continuations joined), and the packages it names. */
export function packageFetches(text: string): PackageFetch[] {
  const lines = text.replace(/\s*\\\n\s*/g, ' ').split('\n');
  return lines.flatMap((line) =>
    FETCHERS.flatMap(({ command, runsOne }) =>
      [...line.matchAll(command)].map((match) => ({ match, runsOne })),
    )
      .sort((a, b) => a.match.index - b.match.index)
      .map(({ match, runsOne }) => {
        const rest = line.slice(match.index + match[0].length);
        const args = rest.slice(0, COMMAND_END.exec(rest)?.index ?? rest.length);
        const words = args.split(/\s+/).filter(Boolean).map(unquote);
        return {
          command: `${match[0]}${args}`.trim(),
          packages: packagesOf(words, runsOne).map(packageName),
        };
      }),
  );
}

/** The fetches that name a package outside `allowed` (local paths are always allowed). */
export function foreignFetches(text: string, allowed: ReadonlySet<string>): string[] {
  return packageFetches(text)
    .filter(({ packages }) => packages.some((name) => !isLocalPath(name) && !allowed.has(name)))
    .map(({ command }) => command);
}

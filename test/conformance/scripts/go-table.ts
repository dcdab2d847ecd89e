/**
 * Reads the case tables of a Go table-driven test (`tests := []struct{…}{ {…}, … }`) as plain values.
 * It understands exactly the literals slsa-verifier's regression test uses: strings, booleans,
 * `pString("…")`/`pointerTo("…")`, `[]string{…}`, `map[string]string{…}`, `serrors.Error…` and
 * identifiers bound earlier in the same function with `name := "…"`. Anything else is an error, so
 * a change upstream cannot be misread silently.
 */
export type GoValue = string | boolean | string[] | Record<string, string> | { readonly error: string };
export type GoCase = Record<string, GoValue>;

type Token = { readonly kind: 'string' | 'word' | 'punct'; readonly text: string };

export function readTestTable(source: string, testName: string): GoCase[] {
  const body = functionBody(source, testName);
  const bindings = stringBindings(body);
  const start = body.indexOf('tests := []struct {');
  if (start < 0) throw new Error(`${testName}: no "tests := []struct {" table`);
  const end = body.indexOf('for _, tt := range tests', start);
  if (end < 0) throw new Error(`${testName}: no loop over the table`);
  const tokens = tokenize(body.slice(start + 'tests :='.length, end));
  let at = skipBlock(
    tokens,
    tokens.findIndex((t) => t.text === '{'),
  );
  expect(tokens[at], '{');
  const cases: GoCase[] = [];
  at += 1;
  while (tokens[at]?.text !== '}') {
    const [entry, next] = readEntry(tokens, at, bindings);
    cases.push(entry);
    at = tokens[next]?.text === ',' ? next + 1 : next;
  }
  return cases;
}

/** `NAME = []string{"a", "b"}` at package level. */
export function readStringList(source: string, name: string): string[] {
  const match = new RegExp(`\\b${name}\\s*=\\s*\\[\\]string\\{([^}]*)\\}`).exec(source);
  if (!match?.[1]) throw new Error(`no string list ${name}`);
  return tokenize(match[1])
    .filter((t) => t.kind === 'string')
    .map((t) => t.text);
}

function functionBody(source: string, testName: string): string {
  const start = source.indexOf(`func ${testName}(`);
  if (start < 0) throw new Error(`no function ${testName}`);
  const next = source.indexOf('\nfunc ', start + 1);
  return source.slice(start, next < 0 ? undefined : next);
}

function stringBindings(body: string): Map<string, string> {
  const bindings = new Map<string, string>();
  for (const match of body.matchAll(/^\s*(\w+)\s*:=\s*("(?:[^"\\]|\\.)*")\s*$/gm)) {
    bindings.set(match[1] as string, JSON.parse(match[2] as string) as string);
  }
  return bindings;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\s+|\/\/[^\n]*|("(?:[^"\\]|\\.)*")|([A-Za-z_][\w.]*)|([{}()[\]:,*])|(.)/gy;
  for (const match of text.matchAll(pattern)) {
    if (match[1]) tokens.push({ kind: 'string', text: JSON.parse(match[1]) as string });
    else if (match[2]) tokens.push({ kind: 'word', text: match[2] });
    else if (match[3]) tokens.push({ kind: 'punct', text: match[3] });
    else if (match[4]) throw new Error(`unexpected character ${JSON.stringify(match[4])}`);
  }
  return tokens;
}

/** Index just past the block that opens at `open`. */
function skipBlock(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i += 1) {
    if (tokens[i]?.text === '{') depth += 1;
    if (tokens[i]?.text === '}') depth -= 1;
    if (depth === 0) return i + 1;
  }
  throw new Error('unbalanced braces');
}

function readEntry(
  tokens: readonly Token[],
  at: number,
  bindings: ReadonlyMap<string, string>,
): [GoCase, number] {
  expect(tokens[at], '{');
  const entry: GoCase = {};
  let i = at + 1;
  while (tokens[i]?.text !== '}') {
    const key = tokens[i]?.text as string;
    expect(tokens[i + 1], ':');
    const [value, next] = readValue(tokens, i + 2, bindings);
    entry[key] = value;
    i = tokens[next]?.text === ',' ? next + 1 : next;
  }
  return [entry, i + 1];
}

function readValue(
  tokens: readonly Token[],
  at: number,
  bindings: ReadonlyMap<string, string>,
): [GoValue, number] {
  const token = tokens[at];
  if (!token) throw new Error('table ends inside a value');
  if (token.kind === 'string') return [token.text, at + 1];
  if (token.text === 'true' || token.text === 'false') return [token.text === 'true', at + 1];
  if (token.text === 'pString' || token.text === 'pointerTo') {
    expect(tokens[at + 1], '(');
    expect(tokens[at + 3], ')');
    return [stringToken(tokens[at + 2]), at + 4];
  }
  if (token.text.startsWith('serrors.')) return [{ error: token.text.slice('serrors.'.length) }, at + 1];
  if (token.text === '[') return readStringSlice(tokens, at);
  if (token.text.startsWith('map')) return readStringMap(tokens, at);
  const bound = bindings.get(token.text);
  if (bound !== undefined) return [bound, at + 1];
  throw new Error(`unsupported value starting at ${JSON.stringify(token.text)}`);
}

function readStringSlice(tokens: readonly Token[], at: number): [string[], number] {
  expect(tokens[at + 1], ']');
  expect(tokens[at + 2], 'string');
  expect(tokens[at + 3], '{');
  const items: string[] = [];
  let i = at + 4;
  while (tokens[i]?.text !== '}') {
    items.push(stringToken(tokens[i]));
    i = tokens[i + 1]?.text === ',' ? i + 2 : i + 1;
  }
  return [items, i + 1];
}

function readStringMap(tokens: readonly Token[], at: number): [Record<string, string>, number] {
  // `map[string]string{` tokenizes as map [ string ] string {
  expect(tokens[at + 5], '{');
  const items: Record<string, string> = {};
  let i = at + 6;
  while (tokens[i]?.text !== '}') {
    expect(tokens[i + 1], ':');
    items[stringToken(tokens[i])] = stringToken(tokens[i + 2]);
    i = tokens[i + 3]?.text === ',' ? i + 4 : i + 3;
  }
  return [items, i + 1];
}

function stringToken(token: Token | undefined): string {
  if (token?.kind !== 'string')
    throw new Error(`expected a string literal, got ${JSON.stringify(token?.text)}`);
  return token.text;
}

function expect(token: Token | undefined, text: string): void {
  if (token?.text !== text)
    throw new Error(`expected ${JSON.stringify(text)}, got ${JSON.stringify(token?.text)}`);
}

/**
 * Runbook front matter: the YAML subset the runbooks use — `key: scalar` and `key:` followed by
 * `  - item` lines (or an inline `[a, b]` list). Anything else is reported rather than guessed at,
 * so a typo cannot silently drop a field.
 */

export type FrontMatterValue = string | readonly string[];

export type FrontMatter =
  | { readonly ok: true; readonly fields: ReadonlyMap<string, FrontMatterValue>; readonly body: string }
  | { readonly ok: false; readonly error: string };

const unquote = (value: string): string => value.trim().replace(/^(["'])(.*)\1$/, '$2');

export function parseFrontMatter(text: string): FrontMatter {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0] !== '---') return { ok: false, error: 'no front matter: the file must start with a --- line' };
  const end = lines.indexOf('---', 1);
  if (end < 0) return { ok: false, error: 'front matter is not closed with a --- line' };

  const fields = new Map<string, FrontMatterValue>();
  let listKey: string | null = null;
  for (const [offset, line] of lines.slice(1, end).entries()) {
    const where = `front matter line ${offset + 2}`;
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const item = /^\s+-\s+(.+)$/.exec(line);
    if (item?.[1]) {
      const list = listKey === null ? undefined : fields.get(listKey);
      if (listKey === null || !Array.isArray(list))
        return { ok: false, error: `${where}: list item outside a list` };
      fields.set(listKey, [...list, unquote(item[1])]);
      continue;
    }
    const pair = /^([A-Za-z_][\w-]*):(?:\s+(.*))?$/.exec(line);
    if (!pair?.[1])
      return { ok: false, error: `${where}: expected "key: value", got ${JSON.stringify(line)}` };
    if (fields.has(pair[1])) return { ok: false, error: `${where}: duplicate key ${pair[1]}` };
    const value = (pair[2] ?? '').trim();
    const inline = /^\[(.*)\]$/.exec(value);
    if (inline) {
      fields.set(
        pair[1],
        (inline[1] ?? '')
          .split(',')
          .map(unquote)
          .filter((entry) => entry !== ''),
      );
      listKey = null;
    } else if (value === '') {
      fields.set(pair[1], []);
      listKey = pair[1];
    } else {
      fields.set(pair[1], unquote(value));
      listKey = null;
    }
  }
  return { ok: true, fields, body: lines.slice(end + 1).join('\n') };
}

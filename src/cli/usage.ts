import project from '../../package.json' with { type: 'json' };
import { COMMANDS, type CommandSpec, type FlagSpec } from './flags.js';

const WIDTH = 110;

/** `--repo, --expected-source-repo OWNER/NAME`. */
function flagHead(spec: FlagSpec): string {
  const names = [spec.name, ...(spec.aliases ?? [])].map((name) => `--${name}`).join(', ');
  return spec.value ? `${names} ${spec.value}` : names;
}

/** Words wrapped to the page, every line after the first indented by `indent`. */
function wrap(text: string, first: number, indent: number): string[] {
  const lines: string[] = [];
  let line = '';
  let room = WIDTH - first;
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > room) {
      lines.push(line);
      line = word;
      room = WIDTH - indent;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return [...lines, line];
}

/** One flag: its spellings and value, then its help and notes, each a line of its own. */
function flagLines(spec: FlagSpec): string[] {
  const head = `  ${flagHead(spec)}${spec.multiple ? ' ...' : ''}`;
  const pad = ' '.repeat(6);
  return [
    head,
    ...[spec.help, ...(spec.notes ?? [])].flatMap((line) =>
      wrap(line, pad.length, pad.length).map((part) => `${pad}${part}`),
    ),
  ];
}

/** A command's page, made from its flag table. */
export function renderHelp(spec: CommandSpec): string {
  const invocation = `provenance-guard ${spec.command}`;
  return [
    `${invocation} — ${spec.summary}`,
    '',
    'Usage:',
    ...spec.usage.map((line) => `  ${invocation} ${line}`),
    '',
    ...(spec.positionals
      ? ['Arguments:', `  ${spec.positionals.name}`, `      ${spec.positionals.help}`, '']
      : []),
    'Flags:',
    ...spec.flags.flatMap(flagLines),
    '',
    ...spec.notes.flatMap((note) => [note, '']),
    spec.exitStatus,
    '',
  ].join('\n');
}

const page = (command: string): string => renderHelp(COMMANDS.find((spec) => spec.command === command)!);

/** One help page per command and subcommand: `provenance-guard verify --help` shows only verify's. */
export const HELP: Readonly<Record<string, string>> = {
  ...Object.fromEntries(COMMANDS.map((spec) => [spec.command, renderHelp(spec)])),
  policy: page('policy lint'),
  manifest: `${page('manifest lint')}\n${page('manifest show')}`,
  kpi: ['kpi flush', 'kpi report', 'kpi dashboard', 'kpi token'].map(page).join('\n'),
};

export const USAGE = `provenance-guard — verify SLSA provenance through Sigstore

Usage:
${COMMANDS.flatMap((spec) => spec.usage.map((line) => `  provenance-guard ${spec.command} ${line}`)).join('\n')}
  provenance-guard --version | -v

Each command's own page, with every flag: provenance-guard COMMAND [SUBCOMMAND] --help

npm package: ${project.name} (the command is provenance-guard; a package of another name is not this tool).

Exit status: 0 verified (lint: clean); 1 rejected (lint: violations); 2 could not decide (usage error,
unreadable or empty input, a bad trusted root, TUF unreachable).
`;

function helpKey([name, sub]: readonly string[]): string | null {
  if (HELP[`${name} ${sub}`]) return `${name} ${sub}`;
  return name !== undefined && HELP[name] ? name : null;
}

/** The help page of the most specific command named at the start of `argv`. */
export function helpFor(argv: readonly string[]): string {
  const key = helpKey(argv);
  return key === null ? USAGE : HELP[key]!;
}

/** How to ask for that page. */
export function helpHint(argv: readonly string[]): string {
  const key = helpKey(argv);
  return `provenance-guard ${key === null ? '' : `${key} `}--help`;
}

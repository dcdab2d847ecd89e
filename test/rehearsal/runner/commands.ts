import { existsSync, readFileSync } from 'node:fs';

export interface Annotation {
  readonly level: 'error' | 'warning' | 'notice';
  readonly message: string;
  readonly properties: Readonly<Record<string, string>>;
}

/** What a step said through workflow commands and its log. */
export interface StepLog {
  readonly lines: string[];
  readonly annotations: Annotation[];
  /** Values the step asked to hide (`::add-mask::`); the job's masks hold them from then on. */
  readonly masks: Set<string>;
  /** `::set-output` (deprecated, still honoured with a warning). */
  readonly outputs: Record<string, string>;
}

export function newStepLog(masks: Set<string>): StepLog {
  return { lines: [], annotations: [], masks, outputs: {} };
}

const LEVEL_LABEL = { error: 'Error', warning: 'Warning', notice: 'Notice' } as const;
const COMMAND = /^::([a-zA-Z-]+)(?: ([^:]*?))?::(.*)$/;

const unescapeData = (value: string): string =>
  value.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
const unescapeProperty = (value: string): string =>
  unescapeData(value).replace(/%3A/gi, ':').replace(/%2C/gi, ',');

function properties(text: string | undefined): Record<string, string> {
  if (!text) return {};
  return Object.fromEntries(
    text.split(',').flatMap((pair) => {
      const equals = pair.indexOf('=');
      return equals < 0 ? [] : [[pair.slice(0, equals).trim(), unescapeProperty(pair.slice(equals + 1))]];
    }),
  );
}

/** The runner's command processing of one output line (stdout or stderr), then the line as logged. */
export class CommandProcessor {
  private stopToken: string | null = null;

  constructor(private readonly log: StepLog) {}

  line(raw: string): void {
    const text = raw.replace(/\r$/, '');
    const match = COMMAND.exec(text);
    if (this.stopToken !== null) {
      if (match?.[1] === this.stopToken) this.stopToken = null;
      else this.record(text);
      return;
    }
    if (!match) return this.record(text);
    const [, name, props, data] = match as unknown as [string, string, string | undefined, string];
    this.command(name, properties(props), unescapeData(data));
  }

  private command(name: string, props: Record<string, string>, data: string): void {
    switch (name) {
      case 'add-mask':
        if (data.trim() !== '') this.log.masks.add(data.trim());
        return;
      case 'error':
      case 'warning':
      case 'notice':
        this.log.annotations.push({ level: name, message: data, properties: props });
        return this.record(`${LEVEL_LABEL[name]}: ${data}`);
      case 'set-output':
        this.log.outputs[props.name ?? ''] = data;
        return this.record('Warning: The `set-output` command is deprecated and will be disabled soon.');
      case 'stop-commands':
        this.stopToken = data;
        return;
      case 'debug':
      case 'group':
      case 'endgroup':
      case 'echo':
      case 'save-state':
        return name === 'group' ? this.record(data) : undefined;
      default:
        return this.record(`::${name}::${data}`);
    }
  }

  private record(text: string): void {
    this.log.lines.push(mask(text, this.log.masks));
  }
}

/** Every masked value replaced by `***`, as the runner prints logs. */
export function mask(text: string, masks: ReadonlySet<string>): string {
  let result = text;
  for (const secret of [...masks].sort((a, b) => b.length - a.length))
    result = result.split(secret).join('***');
  return result;
}

/**
 * A file command (`GITHUB_OUTPUT`, `GITHUB_ENV`, `GITHUB_STATE`): `name=value` lines and
 * `name<<DELIMITER` … `DELIMITER` blocks.
 */
export function readFileCommand(path: string): Record<string, string> {
  if (!existsSync(path)) return {};
  const lines = readFileSync(path, 'utf8').split('\n');
  const values: Record<string, string> = {};
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line === '') continue;
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    const equals = line.indexOf('=');
    if (heredoc && (equals < 0 || heredoc[1]!.length < equals)) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string];
      const end = lines.indexOf(delimiter, index + 1);
      if (end < 0) throw new Error(`Matching delimiter not found '${delimiter}'`);
      values[name] = lines.slice(index + 1, end).join('\n');
      index = end;
    } else if (equals > 0) values[line.slice(0, equals)] = line.slice(equals + 1);
    else throw new Error(`Invalid format '${line}'`);
  }
  return values;
}

/** `GITHUB_PATH`: one directory per line, prepended to PATH for the later steps. */
export function readPathFile(path: string): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

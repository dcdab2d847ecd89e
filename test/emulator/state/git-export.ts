import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { devNull } from 'node:os';
import { join } from 'node:path';
import { signatureLine } from './git-hash.js';
import type { AnnotatedTag, Commit } from './git-objects.js';

/** What an export reads from one repository of the emulator. */
export interface ExportSource {
  defaultBranch: string;
  /** Parents before their children. */
  commits: readonly Commit[];
  tags: readonly AnnotatedTag[];
  refs: readonly (readonly [string, string])[];
}

export interface ExportOptions {
  /** Branch (checked out attached), tag or commit sha (detached); the default branch when absent. */
  checkout?: string;
}

/** fast-import needs a ref to commit on; it is deleted once every object is written. */
const SCRATCH_REF = 'refs/emulator/export';

/** git with no user or system configuration and no `GIT_*` variables of the calling process. */
function gitEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('GIT_')));
  return { ...env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: devNull, GIT_TERMINAL_PROMPT: '0' };
}

function git(dir: string, args: readonly string[], input?: Buffer | string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd: dir, env: gitEnv() });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
      else
        reject(new Error(`git ${args.join(' ')} failed (${code}): ${Buffer.concat(err).toString('utf8')}`));
    });
    child.stdin.end(input);
  });
}

/** A path as fast-import reads it: C-quoted, so that spaces, quotes and newlines survive. */
const quoted = (path: string): string => `"${path.replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\n')}"`;

/** The fast-import stream of every blob, commit and annotated tag, each with a mark, and what each mark should be. */
function fastImportStream(source: ExportSource): { stream: Buffer; expected: Map<number, string> } {
  const chunks: Buffer[] = [];
  const line = (text: string) => chunks.push(Buffer.from(`${text}\n`));
  const data = (bytes: Buffer) => {
    line(`data ${bytes.length}`);
    chunks.push(bytes);
    line('');
  };
  const marks = new Map<string, number>();
  const expected = new Map<number, string>();
  const mark = (sha: string): number => {
    const next = marks.size + 1;
    marks.set(sha, next);
    expected.set(next, sha);
    line(`mark :${next}`);
    return next;
  };
  const markOf = (sha: string): number => {
    const found = marks.get(sha);
    if (found === undefined) throw new Error(`the export met ${sha} before it was written`);
    return found;
  };
  const commits = new Map(source.commits.map((commit) => [commit.sha, commit]));
  line('feature done');
  for (const commit of source.commits) {
    for (const blob of commit.tree.values()) {
      if (marks.has(blob.sha)) continue;
      line('blob');
      mark(blob.sha);
      data(blob.bytes);
    }
    const [first, ...merged] = commit.parents;
    const before = first === undefined ? new Map() : (commits.get(first)?.tree ?? new Map());
    line(`reset ${SCRATCH_REF}`);
    line(`commit ${SCRATCH_REF}`);
    mark(commit.sha);
    line(`author ${signatureLine(commit.author)}`);
    line(`committer ${signatureLine(commit.committer)}`);
    data(Buffer.from(commit.message));
    if (first !== undefined) line(`from :${markOf(first)}`);
    for (const parent of merged) line(`merge :${markOf(parent)}`);
    for (const path of before.keys()) if (!commit.tree.has(path)) line(`D ${quoted(path)}`);
    for (const [path, blob] of commit.tree) {
      const old = before.get(path);
      if (old?.sha !== blob.sha || old.mode !== blob.mode)
        line(`M ${blob.mode} :${markOf(blob.sha)} ${quoted(path)}`);
    }
    line('');
  }
  for (const tag of source.tags) {
    line(`tag ${tag.tag}`);
    mark(tag.sha);
    line(`from :${markOf(tag.objectSha)}`);
    line(`tagger ${signatureLine(tag.tagger)}`);
    data(Buffer.from(tag.message));
  }
  line('done');
  return { stream: Buffer.concat(chunks), expected };
}

/** Fails the export when git hashed any object differently from the emulator. */
async function checkMarks(marksFile: string, expected: ReadonlyMap<number, string>): Promise<void> {
  const differing = (await readFile(marksFile, 'utf8'))
    .split('\n')
    .filter((entry) => entry !== '')
    .map((entry) => entry.split(' ') as [string, string])
    .filter(([mark, sha]) => expected.get(Number(mark.slice(1))) !== sha)
    .map(([mark, sha]) => `git wrote ${sha} for the emulator's ${expected.get(Number(mark.slice(1)))}`);
  if (differing.length > 0) throw new Error(`the export's objects differ:\n${differing.join('\n')}`);
}

/** Every ref, each branch also as `refs/remotes/origin/<branch>`, and the scratch ref deleted. */
function refUpdates(source: ExportSource): string {
  const updates = source.refs.flatMap(([ref, sha]) => {
    const branch = /^refs\/heads\/(.+)$/.exec(ref)?.[1];
    const own = `update ${ref} ${sha}`;
    return branch === undefined ? [own] : [own, `update refs/remotes/origin/${branch} ${sha}`];
  });
  return [...updates, `delete ${SCRATCH_REF}`, ''].join('\n');
}

function checkoutArgs(source: ExportSource, target: string): string[] {
  const has = (ref: string) => source.refs.some(([name]) => name === ref);
  if (has(`refs/heads/${target}`)) return ['checkout', '-q', '-f', target];
  return ['checkout', '-q', '-f', '--detach', has(`refs/tags/${target}`) ? `refs/tags/${target}` : target];
}

/**
 * Writes a non-bare git repository at `dir` with git's own `fast-import`, which hashes every object again:
 * the export fails unless each sha is the emulator's. A directory holding an earlier export gets what is new.
 */
export async function exportRepository(
  source: ExportSource,
  dir: string,
  options: ExportOptions,
): Promise<void> {
  await mkdir(dir, { recursive: true });
  if (!existsSync(join(dir, '.git'))) await git(dir, ['init', '-q', '-b', source.defaultBranch]);
  const marksFile = join(dir, '.git', 'emulator-export-marks');
  const { stream, expected } = fastImportStream(source);
  await git(dir, ['fast-import', '--quiet', '--done', `--export-marks=${marksFile}`], stream);
  try {
    await checkMarks(marksFile, expected);
  } finally {
    await rm(marksFile, { force: true });
  }
  await git(dir, ['update-ref', '--stdin'], refUpdates(source));
  await git(dir, checkoutArgs(source, options.checkout ?? source.defaultBranch));
}

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readlinkSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GitHubEmulator } from './emulator.js';
import { client, owner, REPO, repo, startWithRepo } from './support.js';

const run = (dir: string, ...args: string[]): string =>
  execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

const file = (text: string, mode?: '100755' | '120000') => ({ bytes: Buffer.from(text), mode });

describe('exporting a repository to git', () => {
  const dirs: string[] = [];
  let gh: GitHubEmulator;
  let unreferenced: string;
  const fresh = () => {
    const dir = mkdtempSync(join(tmpdir(), 'emulator-export-'));
    dirs.push(dir);
    return dir;
  };

  beforeAll(async () => {
    gh = await startWithRepo({ now: () => new Date('2026-03-01T12:00:00Z') });
    // Names git orders bytewise, a directory as if it ended in `/`: `lib-a` < `lib.rs` < `lib/` < `lib0`.
    gh.state.git.commit(REPO, 'main', {
      message: 'Seed',
      tree: new Map([
        ['lib.rs', file('fn main() {}\n')],
        ['lib/x.rs', file('x\n')],
        ['lib-a.txt', file('a\n')],
        ['lib0', file('0\n')],
        ['Z.txt', file('upper\n')],
        ['space name.txt', file('spaced\n')],
        ['é/ü.txt', file('unicode\n')],
        ['bin/run.sh', file('#!/bin/sh\necho run\n', '100755')],
        ['link', file('lib.rs', '120000')],
        ['docs/reports/a/manifest.json', file('{}\n')],
      ]),
    });
    gh.state.git.createTag(REPO, 'v1.0.0', {
      message: 'release v1.0.0',
      tagger: { name: 'Rel', email: 'rel@x.y' },
    });
    gh.state.git.createTag(REPO, 'v1.0.0-light');
    gh.state.git.createBranch(REPO, 'feature');
    gh.state.contents.put(REPO, 'feature.txt', 'feature\n', { branch: 'feature', message: 'Add feature' });
    gh.state.contents.put(REPO, 'lib/x.rs', 'x changed\n', { message: 'Change x' });
    const pull = gh.state.pulls.create(REPO, { title: 'Feature', head: 'feature', base: 'main' });
    gh.state.pulls.merge(REPO, pull.number);
    const { data: head } = await client(gh).rest.git.getCommit({
      owner,
      repo,
      commit_sha: gh.state.git.tip(REPO, 'main').sha,
    });
    const { data: loose } = await client(gh).rest.git.createCommit({
      owner,
      repo,
      message: 'On no branch',
      tree: head.tree.sha,
      parents: [head.sha],
    });
    unreferenced = loose.sha;
  });
  afterAll(async () => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    await gh.close();
  });

  it('writes every object with the emulator’s sha, every ref, and a clean repository', async () => {
    const dir = fresh();
    await gh.state.git.exportTo(REPO, dir);
    const refs = gh.state.git.refs(REPO);
    for (const [ref, target] of refs) expect(run(dir, 'rev-parse', ref)).toBe(target.sha);
    expect(run(dir, 'rev-parse', 'refs/remotes/origin/feature')).toBe(gh.state.git.tip(REPO, 'feature').sha);
    const history = run(dir, 'log', '--format=%H %T %P', 'main').split('\n');
    const emulated = [...gh.state.git.reachable(REPO, gh.state.git.tip(REPO, 'main').sha)].map((sha) => {
      const commit = gh.state.git.resolve(REPO, sha)!;
      return [commit.sha, commit.treeSha, ...commit.parents].join(' ');
    });
    expect(history.sort()).toEqual(emulated.sort());
    expect(history).toHaveLength(5);
    expect(run(dir, 'cat-file', '-t', unreferenced)).toBe('commit');
    expect(run(dir, 'fsck', '--strict', '--no-dangling')).toBe('');
    expect(run(dir, 'status', '--porcelain')).toBe('');
  });

  it('answers git’s questions about the history: trees, diffs, files at a commit, tags', async () => {
    const dir = fresh();
    await gh.state.git.exportTo(REPO, dir);
    const tagged = gh.state.git.resolve(REPO, 'v1.0.0')!;
    const main = gh.state.git.tip(REPO, 'main');
    expect(run(dir, 'rev-parse', `${tagged.sha}^{tree}`)).toBe(tagged.treeSha);
    expect(run(dir, 'diff', '--name-only', tagged.sha, main.sha).split('\n')).toEqual([
      'feature.txt',
      'lib/x.rs',
    ]);
    expect(run(dir, 'show', `${tagged.sha}:lib/x.rs`)).toBe('x');
    expect(run(dir, 'tag', '--points-at', tagged.sha).split('\n')).toEqual(['v1.0.0', 'v1.0.0-light']);
    expect(run(dir, 'cat-file', '-p', 'v1.0.0').split('\n').slice(0, 3)).toEqual([
      `object ${tagged.sha}`,
      'type commit',
      'tag v1.0.0',
    ]);
    expect(run(dir, 'ls-tree', main.sha, 'bin/run.sh', 'link')).toMatch(
      /^100755 blob \w+\tbin\/run\.sh\n120000 blob/,
    );
  });

  it('checks out the default branch, or a branch, tag or commit asked for', async () => {
    const onMain = fresh();
    await gh.state.git.exportTo(REPO, onMain);
    expect(run(onMain, 'symbolic-ref', 'HEAD')).toBe('refs/heads/main');
    expect(readFileSync(join(onMain, 'feature.txt'), 'utf8')).toBe('feature\n');
    expect(statSync(join(onMain, 'bin/run.sh')).mode & 0o111).not.toBe(0);
    expect(readlinkSync(join(onMain, 'link'))).toBe('lib.rs');
    const onFeature = fresh();
    await gh.state.git.exportTo(REPO, onFeature, { checkout: 'feature' });
    expect(run(onFeature, 'symbolic-ref', 'HEAD')).toBe('refs/heads/feature');
    const onTag = fresh();
    await gh.state.git.exportTo(REPO, onTag, { checkout: 'v1.0.0' });
    expect(run(onTag, 'rev-parse', 'HEAD')).toBe(gh.state.git.resolve(REPO, 'v1.0.0')!.sha);
    expect(() => run(onTag, 'symbolic-ref', '-q', 'HEAD')).toThrow();
    const onCommit = fresh();
    await gh.state.git.exportTo(REPO, onCommit, { checkout: unreferenced });
    expect(run(onCommit, 'rev-parse', 'HEAD')).toBe(unreferenced);
  });

  it('runs exports into one directory one after another', async () => {
    const dir = fresh();
    const exports = [1, 2, 3].map(() => gh.state.git.exportTo(REPO, dir));
    await expect(Promise.all(exports)).resolves.toEqual([undefined, undefined, undefined]);
    expect(run(dir, 'rev-parse', 'HEAD')).toBe(gh.state.git.tip(REPO, 'main').sha);
  });

  it('adds what is new to an earlier export of the repository', async () => {
    const dir = fresh();
    await gh.state.git.exportTo(REPO, dir);
    const next = gh.state.contents.put(REPO, 'later.txt', 'later\n', { message: 'Later' }).commit;
    gh.state.git.createTag(REPO, 'v1.1.0', { sha: next.sha, message: 'release v1.1.0' });
    await gh.state.git.exportTo(REPO, dir);
    expect(run(dir, 'rev-parse', 'HEAD', 'refs/tags/v1.1.0^{commit}').split('\n')).toEqual([
      next.sha,
      next.sha,
    ]);
    expect(readFileSync(join(dir, 'later.txt'), 'utf8')).toBe('later\n');
    expect(run(dir, 'fsck', '--strict', '--no-dangling')).toBe('');
  });
});

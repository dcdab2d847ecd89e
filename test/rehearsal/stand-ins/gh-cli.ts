import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { GitHubEmulator } from '../../emulator/emulator.js';
import type { Credentials } from '../runner/credentials.js';

export interface GhRequest {
  readonly args: readonly string[];
  readonly token: string;
  /** GH_REPO. */
  readonly repo: string;
  readonly cwd: string;
}

export interface GhAnswer {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A `gh` command failed as the CLI reports it. */
class GhError extends Error {}

const API = 'https://api.github.com';
const SHORT_FLAGS: Readonly<Record<string, string>> = { '-R': '--repo', '-t': '--title', '-n': '--notes' };
const BOOLEAN_FLAGS = new Set([
  '--prerelease',
  '--verify-tag',
  '--clobber',
  '--draft',
  '--latest',
  '--generate-notes',
]);

interface Parsed {
  readonly positional: string[];
  readonly flags: Map<string, string | true>;
}

function parseArgs(args: readonly string[]): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (!arg.startsWith('-')) positional.push(arg);
    else if (arg.includes('=')) flags.set(arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1));
    else if (BOOLEAN_FLAGS.has(arg)) flags.set(arg, true);
    else flags.set(SHORT_FLAGS[arg] ?? arg, args[++index] ?? '');
  }
  return { positional, flags };
}

/** `gh release create|upload` against the emulator, with the token's permissions, as the CLI behaves. */
export class GhCli {
  constructor(
    private readonly gh: GitHubEmulator,
    private readonly credentials: Credentials,
  ) {}

  run(request: GhRequest): GhAnswer {
    try {
      return { code: 0, stdout: this.dispatch(request), stderr: '' };
    } catch (error) {
      if (!(error instanceof GhError)) throw error;
      return { code: 1, stdout: '', stderr: `${error.message}\n` };
    }
  }

  private dispatch(request: GhRequest): string {
    const [group, command, ...rest] = request.args;
    const parsed = parseArgs(rest);
    const repo = String(parsed.flags.get('--repo') ?? request.repo);
    if (!repo) throw new GhError('failed to determine base repo: no git remotes found');
    if (!this.gh.tokens.permissions(request.token))
      throw new GhError('HTTP 401: Bad credentials (https://api.github.com/graphql)');
    if (group === 'release' && command === 'create') return this.create(request, repo, parsed);
    if (group === 'release' && command === 'upload') return this.upload(request, repo, parsed);
    throw new GhError(
      `the rehearsal's gh plays only "release create" and "release upload", not "${request.args.join(' ')}"`,
    );
  }

  private requireWrite(request: GhRequest, repo: string): void {
    if (!this.credentials.permits(request.token, 'contents:write'))
      throw new GhError(`HTTP 403: Resource not accessible by integration (${API}/repos/${repo}/releases)`);
  }

  private assets(request: GhRequest, files: readonly string[]) {
    return files.map((file) => {
      const [path, label] = file.split('#');
      return { name: label ?? basename(path!), bytes: readFileSync(resolve(request.cwd, path!)) };
    });
  }

  private create(request: GhRequest, repo: string, { positional, flags }: Parsed): string {
    const [tag, ...files] = positional;
    if (!tag) throw new GhError('could not create: no tag name provided');
    const state = this.gh.state;
    if (flags.has('--verify-tag') && !state.git.ref(repo, `refs/tags/${tag}`))
      throw new GhError(`tag ${tag} doesn't exist in the repo ${repo}, aborting due to --verify-tag flag`);
    this.requireWrite(request, repo);
    if (state.releases.list(repo).some((release) => release.tagName === tag))
      throw new GhError(
        `HTTP 422: Validation Failed (${API}/repos/${repo}/releases)\nRelease.tag_name already exists`,
      );
    state.releases.create(repo, {
      tag,
      name: String(flags.get('--title') ?? tag),
      body: typeof flags.get('--notes') === 'string' ? String(flags.get('--notes')) : undefined,
      prerelease: flags.has('--prerelease'),
      draft: flags.has('--draft'),
      assets: this.assets(request, files),
    });
    return `https://github.com/${repo}/releases/tag/${tag}\n`;
  }

  private upload(request: GhRequest, repo: string, { positional, flags }: Parsed): string {
    const [tag, ...files] = positional;
    const state = this.gh.state;
    const release = state.releases.list(repo).find((candidate) => candidate.tagName === tag);
    if (!release) throw new GhError('release not found');
    this.requireWrite(request, repo);
    for (const asset of this.assets(request, files)) {
      const exists = release.assets.some((existing) => existing.name === asset.name);
      if (exists && !flags.has('--clobber'))
        throw new GhError(`asset under the same name already exists: [${asset.name}]`);
      if (exists) state.releases.deleteAsset(repo, release.id, asset.name);
      state.releases.upload(repo, release.id, asset.name, asset.bytes);
    }
    return '';
  }
}

export const GH_CLI = {
  does: "A `gh` on every job's PATH that plays `gh release create <tag> [files] [--repo] [--title] [--notes] [--prerelease] [--draft] [--verify-tag]` and `gh release upload <tag> files [--clobber]` against the emulator with `GH_TOKEN`/`GITHUB_TOKEN`: 401 for an unknown token, 403 without `contents: write`, the CLI's errors for a missing tag, an existing release or asset.",
  leavesOut:
    'Every other command; `--target`, `--notes-file`, `--discussion-category`; the release is not immutable.',
};

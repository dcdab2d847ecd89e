import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { StepFailure, type StandInStep, type StepHost } from '../runner/host.js';
import { git } from '../runner/git-remotes.js';
import type { StandIn } from './types.js';

/** Where a ref is fetched to and how it is checked out, as actions/checkout decides it. */
interface CheckoutTarget {
  readonly sha: string;
  /** The local ref the commit is fetched into. */
  readonly localRef: string;
  /** `git checkout` arguments. */
  readonly checkout: readonly string[];
  /** The `ref` output. */
  readonly ref: string;
}

function targetOf(ref: string, sha: string): CheckoutTarget {
  const branch = /^refs\/heads\/(.+)$/.exec(ref)?.[1];
  if (branch !== undefined)
    return {
      sha,
      ref,
      localRef: `refs/remotes/origin/${branch}`,
      checkout: ['-B', branch, `refs/remotes/origin/${branch}`],
    };
  const pull = /^refs\/pull\/(.+)$/.exec(ref)?.[1];
  if (pull !== undefined)
    return { sha, ref, localRef: `refs/remotes/pull/${pull}`, checkout: [`refs/remotes/pull/${pull}`] };
  if (ref.startsWith('refs/tags/')) return { sha, ref, localRef: ref, checkout: [ref] };
  return { sha, ref: sha, localRef: 'refs/checkout/commit', checkout: [sha] };
}

/** The `ref` input (a branch, tag, full ref or sha), else the run's own ref for its repository, else the default branch. */
function resolveTarget(host: StepHost, repository: string, input: string): CheckoutTarget {
  const state = host.deps.gh.state;
  if (input === '') {
    const own = repository.toLowerCase() === host.run.trigger.repo.toLowerCase();
    if (own) return targetOf(host.run.trigger.ref, host.run.trigger.sha);
    const branch = state.repos.get(repository).defaultBranch;
    return targetOf(`refs/heads/${branch}`, state.git.tip(repository, branch).sha);
  }
  if (/^[0-9a-f]{40}$/.test(input)) return targetOf(input, input);
  const full = input.startsWith('refs/')
    ? input
    : [`refs/heads/${input}`, `refs/tags/${input}`].find((ref) => state.git.ref(repository, ref));
  const commit = full && state.git.resolve(repository, full.replace(/^refs\/(heads|tags)\//, ''));
  if (!full || !commit) throw new StepFailure(`A branch or tag with the name '${input}' could not be found`);
  return targetOf(full, commit.sha);
}

/** This checkout of provenance-guard stands for the action repository at the templates' pin. */
function linkOurActions(host: StepHost, target: string, ref: string): void {
  const ours = host.deps.actions;
  if (ref !== ours.pin) throw new StepFailure(`A branch or tag with the name '${ref}' could not be found`);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(dirname(target), { recursive: true });
  symlinkSync(ours.root, target);
}

async function checkoutRepository(
  step: StandInStep,
  repository: string,
  target: string,
): Promise<CheckoutTarget> {
  const { host, inputs } = step;
  const settings = host.deps.settings(repository);
  if (settings.private && !host.deps.credentials.permits(inputs.token!, 'contents:read'))
    throw new StepFailure(
      `fatal: repository 'https://github.com/${repository}/' not found\nThe process '/usr/bin/git' failed with exit code 128`,
    );
  const remote = await host.deps.git.remote(repository);
  const wanted = resolveTarget(host, repository, inputs.ref!);
  mkdirSync(target, { recursive: true });
  const run = (args: readonly string[]) => git(target, args);
  await run(['init', '-q']);
  await run(['remote', 'add', 'origin', `file://${remote}`]);
  const depth = Number(inputs['fetch-depth']);
  const options = ['--prune', '--no-recurse-submodules', '--quiet'];
  if (depth <= 0)
    await run([
      'fetch',
      ...options,
      'origin',
      '+refs/heads/*:refs/remotes/origin/*',
      '+refs/tags/*:refs/tags/*',
    ]);
  await run([
    'fetch',
    ...(depth > 0 ? ['--no-tags', `--depth=${depth}`] : []),
    ...options,
    'origin',
    `+${wanted.sha}:${wanted.localRef}`,
  ]);
  const sparse = inputs['sparse-checkout']!.split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (sparse.length > 0)
    await run([
      'sparse-checkout',
      'set',
      ...(inputs['sparse-checkout-cone-mode'] === 'false' ? ['--no-cone'] : []),
      ...sparse,
    ]);
  await run(['checkout', '--quiet', '--force', ...wanted.checkout]);
  if (inputs['persist-credentials'] !== 'false') {
    const basic = Buffer.from(`x-access-token:${inputs.token}`).toString('base64');
    await run(['config', '--local', 'http.https://github.com/.extraheader', `AUTHORIZATION: basic ${basic}`]);
  }
  return wanted;
}

export const checkout: StandIn = {
  does: "Exports the emulator's repository as a git remote (same shas) and runs checkout's own git steps: `init`, `fetch` of the event's commit at `fetch-depth` (0: every branch and tag), `sparse-checkout`, `checkout` (a branch with `-B`, a tag, `refs/pull/<n>/merge`, a sha), `persist-credentials` as the `extraheader` config. `repository`/`ref`/`path`/`token` as documented; a private repository needs a token that may read contents. `provenance-guard/provenance-guard` at the templates' pin is this checkout (a link).",
  leavesOut:
    '`origin` is a `file://` path, so nothing can be pushed with git; no submodules, LFS, `clean`, `filter`, `fetch-tags`, ssh keys, `set-safe-directory`; the post-job credential cleanup.',
  inputs: {
    repository: { default: '${{ github.repository }}' },
    ref: { default: '' },
    token: { default: '${{ github.token }}' },
    path: { default: '' },
    'fetch-depth': { default: '1' },
    'persist-credentials': { default: 'true' },
    'sparse-checkout': { default: '' },
    'sparse-checkout-cone-mode': { default: 'true' },
    clean: { default: 'true' },
    'fetch-tags': { default: 'false' },
    submodules: { default: 'false' },
    lfs: { default: 'false' },
  },
  async run(step) {
    const { host, inputs } = step;
    const target = resolve(host.paths.workspace, inputs.path!);
    const inside = relative(host.paths.workspace, target);
    if (inside.startsWith('..'))
      throw new StepFailure(`Repository path '${target}' is not under '${host.paths.workspace}'`);
    const repository = inputs.repository!;
    if (repository.toLowerCase() === host.deps.actions.repository)
      return linkOurActions(host, target, inputs.ref!);
    if (existsSync(target) && inside !== '') rmSync(target, { recursive: true, force: true });
    const checkedOut = await checkoutRepository(step, repository, target);
    step.setOutput('ref', checkedOut.ref);
    step.setOutput('commit', checkedOut.sha);
  },
};

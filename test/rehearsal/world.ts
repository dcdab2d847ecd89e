import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startGitHubEmulator, type GitHubEmulator } from '../emulator/emulator.js';
import {
  startSigstoreInstance,
  type InstanceKind,
  type SigstoreTestInstance,
} from '../support/sigstore/index.js';
import { startSlackServer, type SlackServer } from '../support/slack-server.js';
import { Credentials } from './runner/credentials.js';
import { GitRemotes } from './runner/git-remotes.js';
import type { OurActions, RunnerDeps, Signer } from './runner/host.js';
import { Runner } from './runner/runner.js';
import { Scheduler, SimClock } from './runner/scheduler.js';
import { startService } from './runner/service.js';
import { newSettings, type RepositorySettings } from './runner/settings.js';
import { GhCli } from './stand-ins/gh-cli.js';

/** The checkout the rehearsal runs: its actions, its `dist/`, its docs and templates. */
export const CHECKOUT = fileURLToPath(new URL('../../', import.meta.url));
export const ACTION_REPOSITORY = 'provenance-guard/provenance-guard';
/** The fake release commit the rehearsal pins the templates to; the runner maps it to this checkout. */
export const PIN = '0123456789abcdef0123456789abcdef01234567';
/** The release tag SETUP's commands name with the pin. */
export const PIN_TAG = 'v1.0.0';

/** The loopback Sigstore instances, by kind: public-good signs for public repositories, github for private ones. */
export type SigstoreInstances = Readonly<Record<InstanceKind, SigstoreTestInstance>>;

/** One GitHub, both Sigstore instances, one Slack and one runner, shared by the scenarios of a test file. */
export interface World {
  readonly gh: GitHubEmulator;
  readonly sigstore: SigstoreInstances;
  /** Both instances' trusted roots as JSON lines, as `gh attestation trusted-root` prints them: our `trust` here. */
  readonly trustedRootsPath: string;
  readonly slack: SlackServer;
  readonly clock: SimClock;
  readonly credentials: Credentials;
  readonly runner: Runner;
  readonly deps: RunnerDeps;
  readonly dir: string;
  settings(repo: string): RepositorySettings;
  close(): Promise<void>;
}

function signerOf(sigstore: SigstoreInstances): Signer {
  return {
    sign: (statement, identity, instance) => {
      const workflowUri = `https://github.com/${identity.workflowRef}`;
      return sigstore[instance].mint(statement, {
        san: workflowUri,
        buildSignerUri: workflowUri,
        sourceRepositoryUri: `https://github.com/${identity.repository}`,
        sourceRepositoryDigest: identity.sha,
        sourceRepositoryRef: identity.ref,
        sourceRepositoryIdentifier: identity.repositoryId,
        sourceRepositoryOwnerIdentifier: identity.repositoryOwnerId,
        runnerEnvironment: 'github-hosted',
        runId: identity.runId,
        runAttempt: identity.runAttempt,
      });
    },
  };
}

/**
 * What `trust: tuf` means on GitHub — public-good and GitHub's own instance — for the loopback instances:
 * one root per line.
 */
function writeTrustedRoots(sigstore: SigstoreInstances, dir: string): string {
  const path = join(dir, 'trusted_root.jsonl');
  writeFileSync(
    path,
    Object.values(sigstore)
      .map((instance) => `${JSON.stringify(instance.trustedRoot)}\n`)
      .join(''),
  );
  return path;
}

export async function startWorld(): Promise<World> {
  const dir = mkdtempSync(join(tmpdir(), 'pg-rehearsal-'));
  const clock = new SimClock();
  const scheduler = new Scheduler(clock);
  const [gh, publicGood, github, slack] = await Promise.all([
    startGitHubEmulator({ now: clock.now }),
    startSigstoreInstance('public-good'),
    startSigstoreInstance('github'),
    startSlackServer(),
  ]);
  const sigstore: SigstoreInstances = { 'public-good': publicGood, github };
  const credentials = new Credentials(gh);
  const settings = new Map<string, RepositorySettings>();
  const settingsOf = (repo: string) => {
    const key = repo.toLowerCase();
    if (!settings.has(key)) settings.set(key, newSettings());
    return settings.get(key)!;
  };
  const ghCli = new GhCli(gh, credentials);
  const trustedRootsPath = writeTrustedRoots(sigstore, dir);
  const service = await startService({
    sleep: (ms) => scheduler.sleep(ms),
    gh: (request) => ghCli.run(request),
  });
  const actions: OurActions = {
    repository: ACTION_REPOSITORY,
    pin: PIN,
    root: CHECKOUT,
    inputDefaults: { trust: trustedRootsPath },
  };
  const deps: RunnerDeps = {
    gh,
    credentials,
    settings: settingsOf,
    scheduler,
    git: new GitRemotes(gh, join(dir, 'remotes')),
    actions,
    signer: signerOf(sigstore),
    workDir: dir,
    serviceUrl: service.url,
    binDir: fileURLToPath(new URL('./stand-ins/bin', import.meta.url)),
    pages: new Map(),
  };
  const runner = new Runner(deps);
  return {
    gh,
    sigstore,
    trustedRootsPath,
    slack,
    clock,
    credentials,
    runner,
    deps,
    dir,
    settings: settingsOf,
    async close() {
      await Promise.all([service.close(), slack.close(), publicGood.close(), github.close()]);
      await gh.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

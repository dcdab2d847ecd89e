import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startGitHubEmulator, type GitHubEmulator } from '../emulator/emulator.js';
import { startSigstoreInstance, type SigstoreTestInstance } from '../support/sigstore/index.js';
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

/** One GitHub, one Sigstore, one Slack and one runner, shared by the scenarios of a test file. */
export interface World {
  readonly gh: GitHubEmulator;
  readonly sigstore: SigstoreTestInstance;
  readonly trustedRootPath: string;
  readonly slack: SlackServer;
  readonly clock: SimClock;
  readonly credentials: Credentials;
  readonly runner: Runner;
  readonly deps: RunnerDeps;
  readonly dir: string;
  settings(repo: string): RepositorySettings;
  close(): Promise<void>;
}

function signerOf(sigstore: SigstoreTestInstance): Signer {
  return {
    sign: (statement, identity) => {
      const workflowUri = `https://github.com/${identity.workflowRef}`;
      return sigstore.mint(statement, {
        san: workflowUri,
        buildSignerUri: workflowUri,
        sourceRepositoryUri: `https://github.com/${identity.repository}`,
        sourceRepositoryDigest: identity.sha,
        sourceRepositoryRef: identity.ref,
        sourceRepositoryIdentifier: identity.repositoryId,
        sourceRepositoryOwnerIdentifier: identity.repositoryOwnerId,
        runnerEnvironment: 'github-hosted',
      });
    },
  };
}

export async function startWorld(): Promise<World> {
  const dir = mkdtempSync(join(tmpdir(), 'pg-rehearsal-'));
  const clock = new SimClock();
  const scheduler = new Scheduler(clock);
  const [gh, sigstore, slack] = await Promise.all([
    startGitHubEmulator({ now: clock.now }),
    startSigstoreInstance('public-good'),
    startSlackServer(),
  ]);
  const credentials = new Credentials(gh);
  const settings = new Map<string, RepositorySettings>();
  const settingsOf = (repo: string) => {
    const key = repo.toLowerCase();
    if (!settings.has(key)) settings.set(key, newSettings());
    return settings.get(key)!;
  };
  const ghCli = new GhCli(gh, credentials);
  const trustedRootPath = await sigstore.writeTrustedRoot(dir);
  const service = await startService({
    sleep: (ms) => scheduler.sleep(ms),
    gh: (request) => ghCli.run(request),
  });
  const actions: OurActions = {
    repository: ACTION_REPOSITORY,
    pin: PIN,
    root: CHECKOUT,
    inputDefaults: { trust: trustedRootPath },
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
    trustedRootPath,
    slack,
    clock,
    credentials,
    runner,
    deps,
    dir,
    settings: settingsOf,
    async close() {
      await Promise.all([service.close(), slack.close(), sigstore.close()]);
      await gh.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

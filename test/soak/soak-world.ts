import type { GitHubEmulator, RepoEvent } from '../emulator/emulator.js';
import { startWorld, type World } from '../rehearsal/world.js';
import { FaultSwitch, startFaultProxy, type FaultProxy } from './fault-proxy.js';
import { CallLedger } from './ledger.js';
import type { Random } from './random.js';
import { startSoakSlack, type SoakSlack } from './slack.js';

/** A change made through the API, with the simulated time it was made at. */
export interface TimedEvent {
  readonly event: RepoEvent;
  readonly at: number;
}

/**
 * The rehearsal's world with the soak's faults in front of it: every job reaches GitHub through the fault
 * proxy (its `GITHUB_API_URL`), Slack and Supabase through the soak's Slack; people (the maintainers, the
 * on-call) reach the emulator directly.
 */
export interface SoakWorld {
  readonly world: World;
  readonly slack: SoakSlack;
  readonly ledger: CallLedger;
  readonly github: FaultSwitch;
  readonly slackFaults: FaultSwitch;
  /** Every change made through the API, in order. */
  readonly events: TimedEvent[];
  /** An owner as the ledger names it, with each job token replaced by the job it was (once it ended). */
  describeOwner(owner: string): string;
  /** Tokens of the repositories' secrets, with the secret's name (the actions use them besides GITHUB_TOKEN). */
  readonly secretTokens: Map<string, string>;
  faults(on: boolean): void;
  close(): Promise<void>;
}

export interface SoakWorldOptions {
  readonly faultRate: number;
  readonly random: Random;
}

export async function startSoakWorld(options: SoakWorldOptions): Promise<SoakWorld> {
  const base = await startWorld();
  // Every wait a job's process asks for (a back-off, a poll) goes through the scheduler: counted, a retry
  // tells itself from a new call by the wait before it.
  let waits = 0;
  const scheduler = base.deps.scheduler;
  const sleep = scheduler.sleep.bind(scheduler);
  scheduler.sleep = (ms) => {
    waits += 1;
    return sleep(ms);
  };
  const ledger = new CallLedger(() => waits);
  const secretTokens = new Map<string, string>();
  // The job tokens alive now, innermost last: a job that waits (a recovery awaiting its rerun) lets the
  // rerun's jobs run inside its wait.
  const liveJobs: string[] = [];
  const credentials = base.credentials;
  const mint = credentials.jobToken.bind(credentials);
  const revoke = credentials.revoke.bind(credentials);
  credentials.jobToken = (permissions) => {
    const token = mint(permissions);
    liveJobs.push(token);
    return token;
  };
  // Which job each token was: a job's token is revoked as it ends, and its check run is recorded next.
  const jobs = new Map<string, string>();
  let ended: string | null = null;
  credentials.revoke = (token) => {
    const index = liveJobs.lastIndexOf(token);
    if (index >= 0) liveJobs.splice(index, 1);
    revoke(token);
    ended = token.slice(0, 12);
  };
  const checks = base.gh.state.checks;
  const record = checks.record.bind(checks);
  checks.record = (repo, sha, name, conclusion) => {
    if (ended !== null) {
      const run = base.runner.runs.findLast(
        (candidate) =>
          candidate.trigger.repo === repo &&
          candidate.trigger.headSha === sha &&
          [...candidate.jobs.values()].some((job) => job.name === name && job.result === conclusion),
      );
      jobs.set(ended, run ? `${name} of ${run.workflow.file} run ${run.id} attempt ${run.attempt}` : name);
      ended = null;
    }
    return record(repo, sha, name, conclusion);
  };
  // Owners read as `GITHUB_TOKEN ghs_1a2b3c4d` or `FAILURE_ISSUE_TOKEN in ghs_1a2b3c4d`: the job's token
  // tells one job from another.
  const innermost = () => liveJobs.at(-1)?.slice(0, 12) ?? 'no job';
  const ownerOf = (token: string): string | null => {
    if (credentials.of(token)?.actionsToken) return `GITHUB_TOKEN ${token.slice(0, 12)}`;
    const secret = secretTokens.get(token);
    return secret === undefined ? null : `${secret} in ${innermost()}`;
  };

  const github = new FaultSwitch(options.faultRate, options.random.fork('github'));
  const slackFaults = new FaultSwitch(options.faultRate, options.random.fork('slack'));
  const proxy: FaultProxy = await startFaultProxy({ target: base.gh.url, faults: github, ledger, ownerOf });
  const slack = await startSoakSlack({ faults: slackFaults, ledger, owner: innermost });
  // The runner builds each job's GITHUB_API_URL from its deps' emulator: the proxy's URL there, the same
  // emulator behind it. People keep the emulator's own URL (`world.gh`).
  (base.deps as { gh: GitHubEmulator }).gh = { ...base.gh, url: proxy.url };

  const events: TimedEvent[] = [];
  const stop = base.gh.state.events.subscribe((event) =>
    events.push({ event, at: base.clock.now().getTime() }),
  );
  const world: World = { ...base, slack };
  return {
    world,
    slack,
    ledger,
    github,
    slackFaults,
    events,
    secretTokens,
    describeOwner: (owner) => owner.replace(/ghs_[0-9a-f]{8}/g, (token) => jobs.get(token) ?? token),
    faults(on) {
      github.enabled = on;
      slackFaults.enabled = on;
    },
    async close() {
      stop();
      await Promise.all([proxy.close(), slack.close()]);
      await base.close();
    },
  };
}

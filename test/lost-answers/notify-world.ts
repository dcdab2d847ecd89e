import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Octokit } from '@octokit/rest';
import { defaultGitHubRetryTiming } from '../../src/adapters/github/index.js';
import { SpoolSink } from '../../src/adapters/kpi/index.js';
import { defaultPostTiming, type PostTiming } from '../../src/adapters/slack/index.js';
import { defaultRetryTiming, GitHubContentsStore } from '../../src/adapters/manifest/index.js';
import type { NotifyDependencies, NotifyRequest } from '../../src/commands/notify/index.js';
import type { ManifestEntry, ManifestEvent } from '../../src/core/manifest/index.js';
import { startGitHubEmulator, type GitHubEmulator } from '../emulator/emulator.js';
import { startSlackServer, type SlackServer } from '../support/slack-server.js';
import { emulatorOctokit } from './lost-answers.js';

export const TOKEN = 'ghs_outsiderNotifyToken0123456789abcd';
export const MANIFEST = 'docs/reports/2026-11-25/manifest.json';
export const NOW = new Date('2026-11-25T12:00:00Z');
export const TAG = 'v1.2.3';
export const RUN_ID = 555;

/** Slack timing that waits for nothing but records every wait; a hung webhook gives up after 300 ms. */
export function fastPosts(waits: number[] = []): PostTiming {
  return {
    ...defaultPostTiming,
    timeoutMs: 300,
    backoffMs: () => 0,
    sleep: async (ms: number) => {
      waits.push(ms);
    },
  };
}

/** The GitHub emulator, a Slack webhook and an ops summary webhook on loopback, a fresh repository per test. */
export interface NotifyWorld {
  readonly gh: GitHubEmulator;
  readonly slack: SlackServer;
  readonly summary: SlackServer;
  /** The repository of the current test (`fresh()` makes a new one). */
  repo(): string;
  fresh(): void;
  close(): Promise<unknown>;
  request(overrides?: Partial<NotifyRequest>): NotifyRequest;
  /** Dependencies of one notifier step: its own Octokit (for hooks), the contents-API manifest, a KPI spool. */
  deps(overrides?: Partial<NotifyDependencies> & { octokit?: Octokit }): NotifyDependencies & {
    octokit: Octokit;
    spool: string;
  };
  apply(event: Omit<ManifestEvent, 'tag' | 'run_id'> & Partial<ManifestEvent>): Promise<unknown>;
  recordFailure(): Promise<unknown>;
  entry(): ManifestEntry;
  issues(): ReturnType<GitHubEmulator['state']['issues']['list']>;
}

export async function startNotifyWorld(): Promise<NotifyWorld> {
  const gh = await startGitHubEmulator({ tokens: { [TOKEN]: ['contents:write', 'issues:write'] } });
  const [slack, summary] = await Promise.all([startSlackServer(), startSlackServer()]);
  let n = 0;
  let repo = '';
  const store = (octokit: Octokit) =>
    new GitHubContentsStore(
      octokit,
      { owner: 'acme', repo, path: MANIFEST },
      { ...defaultRetryTiming, baseDelayMs: 1, maxDelayMs: 10, maxAttempts: 30 },
    );
  const world: NotifyWorld = {
    gh,
    slack,
    summary,
    repo: () => repo,
    fresh() {
      repo = `widget-${++n}`;
      gh.state.repos.create(`acme/${repo}`);
      gh.faults.clear();
      slack.reply({ kind: 'ok' });
      summary.reply({ kind: 'ok' });
      slack.received.length = 0;
      summary.received.length = 0;
    },
    close: () => Promise.all([gh.close(), slack.close(), summary.close()]),
    request: (overrides = {}) => ({
      repository: { owner: 'acme', repo },
      tag: TAG,
      runId: RUN_ID,
      runAttempt: 1,
      actor: 'release-bot',
      runUrl: `https://github.com/acme/${repo}/actions/runs/${RUN_ID}`,
      artifactUrl: null,
      failureReason: 'subject_mismatch',
      detail: 'artifact digest not attested',
      runbookUrl: 'https://example.test/runbooks/subject_mismatch.md',
      slack: { url: slack.url, headers: {} },
      summary: { url: summary.url, headers: {} },
      opsMention: '<!subteam^S0OPS|ops-team>',
      claimId: `${RUN_ID}/notify/announce#1~aa`,
      secrets: [TOKEN],
      ...overrides,
    }),
    deps: (overrides = {}) => {
      const octokit = overrides.octokit ?? emulatorOctokit(gh, TOKEN);
      const spool = join(mkdtempSync(join(tmpdir(), 'pg-outsider-kpi-')), 'kpi.jsonl');
      return {
        issues: {
          octokit,
          repository: { owner: 'acme', repo },
          timing: { ...defaultGitHubRetryTiming, sleep: async () => {} },
        },
        store: store(octokit),
        kpi: new SpoolSink(spool),
        now: () => NOW,
        log: () => {},
        postTiming: fastPosts(),
        ...overrides,
        octokit,
        spool,
      };
    },
    apply: (event) =>
      store(emulatorOctokit(gh, TOKEN)).apply({ tag: TAG, run_id: RUN_ID, ...event } as ManifestEvent),
    recordFailure: () =>
      world.apply({
        event: 'failed',
        failure_reason: 'subject_mismatch',
        run_attempt: 1,
        at: '2026-11-25T11:59:00Z',
        actor: 'validate',
      } as ManifestEvent),
    entry: () =>
      JSON.parse(gh.state.contents.read(`acme/${repo}`, MANIFEST)!.bytes.toString()).entries.find(
        (e: ManifestEntry) => e.tag === TAG && e.run_id === RUN_ID,
      ),
    issues: () => gh.state.issues.list(`acme/${repo}`, { state: 'all' }),
  };
  return world;
}

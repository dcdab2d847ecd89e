import { FAULT_KINDS, type FaultKind } from './ledger.js';
import { countInvariants, explain, OUR_STEP, type InvariantRow } from './invariants.js';
import { Random } from './random.js';
import {
  planSoak,
  RELEASE_KINDS,
  setUpRepository,
  type Plan,
  type ReleaseKind,
  type Repository,
  type RepositoryPlan,
} from './releases.js';
import { onCall, performRelease, settleAll, type Driver } from './scenarios.js';
import { startSoakWorld } from './soak-world.js';

export interface SoakOptions {
  readonly releases: number;
  readonly faultRate: number;
  readonly seed: number;
  /** Worlds run side by side, each with its share of the repositories (2 by default: one per core). */
  readonly shards?: number;
  /** Progress lines (one per release), e.g. `console.error`. */
  readonly progress?: (line: string) => void;
}

export interface SoakTotals {
  readonly releases: Record<ReleaseKind, number>;
  readonly repositories: { total: number; private: number; protected: number; slackFirst: number };
  readonly runs: Record<string, number>;
  readonly attempts: number;
  readonly actionSteps: number;
  readonly tries: number;
  readonly calls: number;
  readonly maxTries: number;
  readonly faults: Record<FaultKind, number>;
  /** `unread`: messages the soak could not tie to a failure (their text no longer names tag and run). */
  readonly slack: {
    deliveries: number;
    lost: number;
    escalations: number;
    unread: number;
    kpiEvents: number;
  };
  readonly onCall: Driver['onCall'];
  /** Rollback pull requests opened, and merged. */
  readonly rollbacks: { opened: number; merged: number };
  /** Each rollback pull request left open, with its latest checks. */
  readonly openRollbacks: readonly string[];
  /** Runs whose latest attempt still failed once the on-call was done, by workflow file. */
  readonly stillFailed: Record<string, number>;
}

export interface SoakReport {
  readonly options: Required<Omit<SoakOptions, 'progress'>>;
  readonly invariants: readonly InvariantRow[];
  readonly totals: SoakTotals;
  /** Each release run an invariant was broken in, as it happened (empty when none was). */
  readonly explanations: readonly string[];
  readonly wallMs: number;
}

interface ShardResult {
  readonly invariants: readonly InvariantRow[];
  readonly totals: SoakTotals;
  readonly explanations: readonly string[];
}

/**
 * The soak: repositories set up by SETUP, releases of every kind drawn from the seed with faults on, then
 * faults off and the on-call re-running what failed until nothing is left to do; the invariants counted from
 * the final state. The repositories are shared out between worlds that run side by side.
 */
export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const started = Date.now();
  const random = new Random(options.seed);
  const plan = planSoak(options.releases, random.fork('plan'));
  const shards = Math.max(1, Math.min(options.shards ?? 2, plan.repositories.length));
  const results = await Promise.all(
    Array.from({ length: shards }, (_, shard) => {
      const repositories = plan.repositories.filter((_, index) => index % shards === shard);
      const releases = plan.releases.filter((release) => release.repository % shards === shard);
      return runShard({ repositories, releases }, plan.repositories, {
        ...options,
        random: random.fork(`faults-${shard}`),
        started,
      });
    }),
  );
  return {
    options: { releases: options.releases, faultRate: options.faultRate, seed: options.seed, shards },
    invariants: mergeRows(results.map((result) => result.invariants)),
    totals: mergeTotals(results.map((result) => result.totals)),
    explanations: results.flatMap((result) => result.explanations),
    wallMs: Date.now() - started,
  };
}

async function runShard(
  plan: Plan,
  all: readonly RepositoryPlan[],
  options: SoakOptions & { random: Random; started: number },
): Promise<ShardResult> {
  const soak = await startSoakWorld({ faultRate: options.faultRate, random: options.random });
  try {
    const repositories: Repository[] = [];
    for (const repository of plan.repositories) repositories.push(await setUpRepository(soak, repository));
    const driver: Driver = {
      soak,
      repositories,
      recoveries: new Map(),
      onCall: { rounds: 0, reruns: 0, recoveries: 0, merges: 0 },
    };
    await settleAll(driver);
    soak.faults(true);
    const versions = new Map<number, number>();
    for (const release of plan.releases) {
      const version = (versions.get(release.repository) ?? 0) + 1;
      versions.set(release.repository, version);
      const repository = repositories.find((r) => r.plan === all[release.repository])!;
      await performRelease(driver, repository, version, release.kind);
      options.progress?.(
        `release ${release.index + 1}/${options.releases}: ${release.kind} v1.${version}.0 of ${repository.plan.repo} (${Math.round((Date.now() - options.started) / 1000)} s)`,
      );
    }
    soak.faults(false);
    await onCall(driver);
    options.progress?.(
      `${repositories.map((r) => r.plan.repo).join(', ')}: the on-call is done (${driver.onCall.rounds} rounds, ${Math.round((Date.now() - options.started) / 1000)} s)`,
    );
    const invariants = countInvariants(driver);
    return {
      invariants,
      explanations: explain(driver, invariants),
      totals: totals(
        driver,
        plan.releases.map((r) => r.kind),
      ),
    };
  } finally {
    await soak.close();
  }
}

function totals(driver: Driver, kinds: readonly ReleaseKind[]): SoakTotals {
  const { world, ledger, slack } = driver.soak;
  const runs: Record<string, number> = {};
  const stillFailed: Record<string, number> = {};
  let attempts = 0;
  let actionSteps = 0;
  for (const run of world.runner.runs) {
    const file = run.workflow.file;
    runs[file] = (runs[file] ?? 0) + 1;
    attempts += run.attempts.size;
    if (run.conclusion === 'failure') stillFailed[file] = (stillFailed[file] ?? 0) + 1;
    for (const jobs of run.attempts.values())
      for (const job of jobs.values())
        actionSteps += job.steps.filter(
          (step) => step.outcome !== 'skipped' && OUR_STEP.test(step.name),
        ).length;
  }
  const plans = driver.repositories.map((r) => r.plan);
  const pulls = plans
    .flatMap((plan) => world.gh.state.pulls.list(plan.repo, { state: 'all' }))
    .filter((pull) => pull.head.startsWith('rollback/'));
  return {
    releases: Object.fromEntries(
      RELEASE_KINDS.map((kind) => [kind, kinds.filter((k) => k === kind).length]),
    ) as Record<ReleaseKind, number>,
    repositories: {
      total: plans.length,
      private: plans.filter((p) => p.private).length,
      protected: plans.filter((p) => p.protectDefaultBranch).length,
      slackFirst: plans.filter((p) => p.slackFirst).length,
    },
    runs,
    attempts,
    actionSteps,
    tries: ledger.tries.length,
    calls: ledger.chains.length,
    maxTries: ledger.maxTries(),
    faults: { ...ledger.faults },
    slack: {
      deliveries: slack.deliveries.length,
      lost: slack.deliveries.filter((d) => d.answer === 'lost').length,
      escalations: slack.deliveries.filter((d) => d.kind === 'escalation').length,
      unread: slack.deliveries.filter((d) => d.kind === 'other').length,
      kpiEvents: slack.kpiEvents,
    },
    onCall: { ...driver.onCall },
    rollbacks: {
      opened: pulls.length,
      merged: pulls.filter((pull) => pull.merged).length,
    },
    openRollbacks: pulls
      .filter((pull) => pull.state === 'open')
      .map((pull) => {
        const repo = plans.find((plan) => world.gh.state.pulls.list(plan.repo).includes(pull))?.repo ?? '?';
        const checks = world.gh.state.checks
          .list(repo, pull.headSha)
          .map((check) => `${check.name} ${check.conclusion}`);
        return `${repo} #${pull.number} ${pull.head}: ${checks.join(', ') || 'no checks'}`;
      }),
    stillFailed,
  };
}

function mergeRows(shards: readonly (readonly InvariantRow[])[]): InvariantRow[] {
  return shards[0]!.map((first, index) => {
    const rows = shards.map((rows) => rows[index]!);
    return {
      invariant: first.invariant,
      held: rows.reduce((sum, r) => sum + r.held, 0),
      violated: rows.reduce((sum, r) => sum + r.violated, 0),
      where: rows.flatMap((r) => r.where),
      runs: new Set(rows.flatMap((r) => [...r.runs])),
    };
  });
}

/** Adds numbers key by key; `maxTries` and the on-call's rounds are the largest of any shard. */
function addUp<T>(values: readonly T[], max: readonly string[] = []): T {
  const first = values[0]!;
  if (typeof first === 'number')
    return values.reduce((sum, value) => (sum as number) + (value as number), 0) as T;
  const keys = new Set(values.flatMap((value) => Object.keys(value as object)));
  return Object.fromEntries(
    [...keys].map((key) => {
      const parts = values.map((value) => (value as Record<string, unknown>)[key] ?? 0);
      if (max.includes(key)) return [key, Math.max(...(parts as number[]))];
      return [key, addUp(parts, max)];
    }),
  ) as T;
}

function mergeTotals(shards: readonly SoakTotals[]): SoakTotals {
  const numbers = addUp(
    shards.map((shard) => ({ ...shard, openRollbacks: 0 })),
    ['maxTries', 'rounds'],
  );
  return { ...numbers, openRollbacks: shards.flatMap((shard) => shard.openRollbacks) };
}

export function violations(report: SoakReport): number {
  return report.invariants.reduce((sum, row) => sum + row.violated, 0);
}

const entriesText = (record: Readonly<Record<string, number>>) =>
  Object.entries(record)
    .map(([name, value]) => `${name} ${value}`)
    .join(', ') || 'none';

/**
 * The report as plain text: the invariants table, the totals, where each violation was seen, and (with
 * `explain`) what happened in each release run concerned.
 */
export function formatReport(report: SoakReport, { maxWhere = 40, explain = false } = {}): string {
  const { options, invariants, totals: t } = report;
  const width = Math.max(...invariants.map((r) => r.invariant.length), 'invariant'.length);
  const numbers = (held: string | number, violated: string | number) =>
    `${String(held).padStart(8)}  ${String(violated).padStart(8)}`;
  const lines = [
    `soak: ${options.releases} releases, fault rate ${options.faultRate}, seed ${options.seed}, ${options.shards} worlds`,
    '',
    `${'invariant'.padEnd(width)}  ${numbers('held', 'violated')}`,
    `${'-'.repeat(width)}  ${numbers('-'.repeat(8), '-'.repeat(8))}`,
    ...invariants.map((r) => `${r.invariant.padEnd(width)}  ${numbers(r.held, r.violated)}`),
    '',
    `releases:      ${options.releases} (${entriesText(t.releases)})`,
    `repositories:  ${t.repositories.total} (private ${t.repositories.private}, protected default branch ${t.repositories.protected}, Slack first ${t.repositories.slackFirst})`,
    `runs:          ${Object.values(t.runs).reduce((a, b) => a + b, 0)} (${entriesText(t.runs)}), ${t.attempts} attempts`,
    `action steps:  ${t.actionSteps}`,
    `calls:         ${t.calls} calls, ${t.tries} tries, at most ${t.maxTries} tries per call`,
    `faults:        ${FAULT_KINDS.reduce((sum, kind) => sum + t.faults[kind], 0)} (${entriesText(t.faults)})`,
    `slack:         ${t.slack.deliveries} messages (${t.slack.lost} answers lost, ${t.slack.escalations} escalations, ${t.slack.unread} unread), ${t.slack.kpiEvents} KPI events`,
    `rollbacks:     ${t.rollbacks.opened} pull requests, ${t.rollbacks.merged} merged`,
    `on-call:       ${t.onCall.rounds} rounds, ${t.onCall.reruns} re-runs, ${t.onCall.recoveries} recoveries, ${t.onCall.merges} merges`,
    `still failed:  ${entriesText(t.stillFailed)}`,
    ...t.openRollbacks.map((text) => `open rollback: ${text}`),
    `wall time:     ${(report.wallMs / 1000).toFixed(1)} s`,
  ];
  const where = invariants.flatMap((r) => r.where.map((w) => `  ${r.invariant}: ${w}`));
  if (where.length > 0) {
    lines.push('', `violations (${where.length}${where.length > maxWhere ? `, first ${maxWhere}` : ''}):`);
    lines.push(...where.slice(0, maxWhere));
  }
  if (explain && report.explanations.length > 0) lines.push('', 'what happened:', ...report.explanations);
  return lines.join('\n');
}

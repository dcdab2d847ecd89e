import type { ManifestEntry } from '../../src/core/manifest/index.js';
import type { RunRecord } from '../rehearsal/runner/model.js';
import { CLIENT_TIMEOUT_MS } from './ledger.js';
import { entriesOf, markedIssues, type Repository } from './releases.js';
import type { Driver } from './scenarios.js';
import type { TimedEvent } from './soak-world.js';

/** One promise, counted over the final state: how often it held, how often it was broken, and where. */
export interface InvariantRow {
  readonly invariant: string;
  held: number;
  violated: number;
  readonly where: string[];
  /** The release runs (`repo#runId`) where it was broken. */
  readonly runs: Set<string>;
}

function row(invariant: string): InvariantRow {
  return { invariant, held: 0, violated: 0, where: [], runs: new Set() };
}

function count(
  target: InvariantRow,
  ok: boolean,
  where: () => string,
  run?: { repo: string; id: number },
): void {
  if (ok) target.held += 1;
  else {
    target.violated += 1;
    target.where.push(where());
    if (run) target.runs.add(`${run.repo}#${run.id}`);
  }
}

/** Our actions' steps: `uses: provenance-guard/provenance-guard[/…]@<pin>`. */
export const OUR_STEP = /^Run provenance-guard\/provenance-guard(\/[a-z]+)?@/;

const ref = (run: RunRecord) => ({ repo: run.trigger.repo, id: run.id });

const tagOf = (run: RunRecord) => run.trigger.ref.replace(/^refs\/tags\//, '');
const releaseRuns = (driver: Driver) =>
  driver.soak.world.runner.runs.filter((run) => run.workflow.file === 'security-ci.yml');

/** A release run that failed in some attempt: a failure to announce. */
function failures(driver: Driver): RunRecord[] {
  return releaseRuns(driver).filter((run) =>
    [...run.attempts.values()].some((jobs) => [...jobs.values()].some((job) => job.result === 'failure')),
  );
}

/**
 * Every attempt whose provenance-validate exited green has a verdict in its entry: the entry verified (or
 * rolled back since), with a `validated` or `rerun_succeeded` of that attempt or an earlier one (a re-run of a
 * release already recorded records nothing new).
 */
function verdictsRecorded(driver: Driver, entries: Map<string, ManifestEntry[]>): InvariantRow {
  const result = row('a green validate has its verdict in the manifest');
  for (const run of releaseRuns(driver)) {
    const entry = entries.get(run.trigger.repo)!.find((e) => e.tag === tagOf(run) && e.run_id === run.id);
    for (const [attempt, jobs] of run.attempts) {
      if (jobs.get('provenance-validate')?.result !== 'success') continue;
      const recorded =
        entry !== undefined &&
        entry.verdict !== null &&
        (entry.status === 'success' || entry.status === 'rollback') &&
        entry.history.some(
          (step) =>
            (step.event === 'validated' || step.event === 'rerun_succeeded') && step.run_attempt <= attempt,
        );
      count(
        result,
        recorded,
        () =>
          `${run.trigger.repo} ${tagOf(run)} run ${run.id} attempt ${attempt}: green, entry ${entry ? `${entry.status}, verdict ${entry.verdict ? 'of another attempt' : 'none'}` : 'absent'}`,
        ref(run),
      );
    }
  }
  return result;
}

function rerunsSettled(entries: Map<string, ManifestEntry[]>): InvariantRow {
  const result = row('no rerun left claimed after the on-call');
  for (const [repo, list] of entries)
    for (const entry of list)
      count(
        result,
        !entry.rerun_in_progress && entry.status !== 'rerun_in_progress',
        () =>
          `${repo} ${entry.tag} run ${entry.run_id}: ${entry.status}, claim ${entry.history.findLast((h) => h.event === 'rerun_started')?.claim_id ?? '?'}`,
        { repo, id: entry.run_id },
      );
  return result;
}

/** What a recovery does to GitHub for a release: a re-run, a dispatch of the release workflow, `<tag>-retry`. */
function recoveryEffects(events: readonly TimedEvent[], repository: Repository, entry: ManifestEntry) {
  const token = repository.adopted.tokens.PROVENANCE_DISPATCH_TOKEN;
  return events.filter(({ event }) => {
    if (event.repo !== repository.plan.repo || event.token !== token) return false;
    if (event.kind === 'rerun') return event.runId === entry.run_id;
    if (event.kind === 'workflow_dispatch')
      return event.workflow.endsWith('/security-ci.yml') && event.ref === `refs/tags/${entry.tag}`;
    return (
      event.kind === 'push' && event.ref === `refs/tags/${entry.tag}-retry` && /^0{40}$/.test(event.before)
    );
  });
}

const describeEffect = ({ event }: TimedEvent) =>
  event.kind === 'rerun'
    ? `rerun attempt ${event.attempt}`
    : event.kind === 'push'
      ? `tag ${event.ref.slice(10)}`
      : 'dispatch';

/**
 * Each `rerun_started` claim is followed by at most one effect before the next claim; an effect before any
 * claim is one nobody claimed.
 */
function oneEffectPerClaim(driver: Driver, entries: Map<string, ManifestEntry[]>): InvariantRow {
  const result = row('one effect per rerun claim');
  for (const repository of driver.repositories)
    for (const entry of entries.get(repository.plan.repo)!) {
      const claims = entry.history.filter((step) => step.event === 'rerun_started');
      const effects = recoveryEffects(driver.soak.events, repository, entry);
      const where = `${repository.plan.repo} ${entry.tag} run ${entry.run_id}`;
      const run = { repo: repository.plan.repo, id: entry.run_id };
      const claimed = effects.filter(({ at }) => at >= Date.parse(claims[0]?.at ?? '9999-01-01'));
      for (const stray of effects.filter((effect) => !claimed.includes(effect)))
        count(result, false, () => `${where}: ${describeEffect(stray)} with no claim`, run);
      claims.forEach((claim, index) => {
        const from = Date.parse(claim.at);
        const to = index + 1 < claims.length ? Date.parse(claims[index + 1]!.at) : Infinity;
        const mine = claimed.filter(({ at }) => at >= from && at < to);
        count(
          result,
          mine.length <= 1,
          () => `${where}: claim ${claim.claim_id ?? '?'} made ${mine.map(describeEffect).join(' and ')}`,
          run,
        );
      });
    }
  return result;
}

function issuesPerFailure(driver: Driver, runs: readonly RunRecord[]): InvariantRow {
  const result = row('one issue per failure');
  for (const run of runs) {
    const issues = markedIssues(driver.soak.world, run.trigger.repo, tagOf(run), run.id);
    count(
      result,
      issues.length <= 1,
      () =>
        `${run.trigger.repo} ${tagOf(run)} run ${run.id}: issues ${issues.map((i) => `#${i.number}`).join(', ')}`,
      ref(run),
    );
  }
  return result;
}

function deliveriesOf(driver: Driver, run: RunRecord) {
  return driver.soak.slack.deliveries.filter(
    (d) => d.kind === 'failure' && d.repo === run.trigger.repo && d.runId === run.id && d.tag === tagOf(run),
  );
}

function announced(driver: Driver, runs: readonly RunRecord[]): InvariantRow {
  const result = row('every failure announced (Slack or issue)');
  for (const run of runs)
    count(
      result,
      deliveriesOf(driver, run).length > 0 ||
        markedIssues(driver.soak.world, run.trigger.repo, tagOf(run), run.id).length > 0,
      () => `${run.trigger.repo} ${tagOf(run)} run ${run.id}: no Slack message, no issue`,
      ref(run),
    );
  return result;
}

/** At most one message per failure on each channel (Slack first; the ops summary channel as last resort). */
function slackOnce(driver: Driver, runs: readonly RunRecord[]): InvariantRow {
  const result = row('at most one Slack message per failure');
  for (const run of runs) {
    const deliveries = deliveriesOf(driver, run);
    const twice = (['slack', 'summary'] as const).filter(
      (channel) => deliveries.filter((d) => d.channel === channel).length > 1,
    );
    count(
      result,
      twice.length === 0,
      () =>
        `${run.trigger.repo} ${tagOf(run)} run ${run.id}: ${twice.map((channel) => `${deliveries.filter((d) => d.channel === channel).length} on ${channel} (${deliveries.filter((d) => d.channel === channel && d.answer === 'lost').length} answers lost)`).join(', ')}`,
      ref(run),
    );
  }
  return result;
}

function triesPerCall(driver: Driver): InvariantRow {
  const result = row('at most 3 tries per call');
  for (const chain of driver.soak.ledger.chains)
    count(
      result,
      chain.tries <= 3,
      () => `${chain.tries} tries: ${chain.what} (${driver.soak.describeOwner(chain.owner)})`,
    );
  return result;
}

function answeredOrTimedOut(driver: Driver): InvariantRow {
  const result = row('every call answered or timed out');
  const waiting = new Set(driver.soak.ledger.unanswered());
  for (const attempt of driver.soak.ledger.tries)
    count(
      result,
      !waiting.has(attempt),
      () =>
        `${attempt.chain.what} (${driver.soak.describeOwner(attempt.chain.owner)}): ${attempt.end === null ? 'never answered' : `answered after ${attempt.endedAt! - attempt.startedAt} ms > ${CLIENT_TIMEOUT_MS}`}`,
    );
  return result;
}

/**
 * What happened to each release run an invariant was broken in: every attempt's jobs, the errors and last log
 * lines of failed steps, and its manifest entry's history — what the code's authors need to find the cause.
 */
export function explain(driver: Driver, rows: readonly InvariantRow[], lines = 40): string[] {
  const { world } = driver.soak;
  const wanted = new Set(rows.flatMap((r) => [...r.runs]));
  const out: string[] = [];
  for (const run of world.runner.runs.filter((r) => wanted.has(`${r.trigger.repo}#${r.id}`))) {
    out.push(`${run.trigger.repo} run ${run.id} ${run.workflow.file} ${run.trigger.ref}:`);
    for (const [attempt, jobs] of run.attempts) {
      const results = [...jobs.values()].map((job) => `${job.id} ${job.result}`).join(', ');
      out.push(`  attempt ${attempt}: ${results}`);
      for (const job of jobs.values())
        for (const step of job.steps.filter((candidate) => candidate.outcome === 'failure')) {
          out.push(`    ${job.id} / ${step.name}:`);
          for (const annotation of step.log.annotations)
            out.push(`      ${annotation.level}: ${annotation.message}`);
          for (const line of step.log.lines.slice(-lines)) out.push(`      | ${line}`);
        }
    }
    for (const recovery of world.runner
      .runsOf(run.trigger.repo, 'slsa-provenance-recover.yml')
      .filter((candidate) => candidate.trigger.inputs.run_id === String(run.id)))
      for (const [attempt, jobs] of recovery.attempts)
        for (const job of jobs.values()) {
          out.push(`  recovery run ${recovery.id} attempt ${attempt}: ${job.id} ${job.result}`);
          for (const step of job.steps.filter((candidate) => OUR_STEP.test(candidate.name)))
            for (const line of step.log.lines.slice(-lines)) out.push(`      | ${line}`);
        }
    const repository = driver.repositories.find((r) => r.plan.repo === run.trigger.repo)!;
    const entry = entriesOf(world, repository).find((e) => e.run_id === run.id);
    for (const step of entry?.history ?? [])
      out.push(
        `  manifest: ${step.event} (attempt ${step.run_attempt}, ${step.from ?? 'absent'} → ${step.to})${step.claim_id ? ` claim ${step.claim_id}` : ''}${step.reason ? ` — ${step.reason}` : ''}`,
      );
    for (const effect of driver.soak.events.filter(
      ({ event }) => event.repo === run.trigger.repo && event.kind === 'rerun' && event.runId === run.id,
    ))
      out.push(
        `  rerun attempt ${(effect.event as { attempt: number }).attempt} by ${world.credentials.of(effect.event.token)?.login ?? '?'}${effect.event.token === repository.adopted.tokens.PROVENANCE_DISPATCH_TOKEN ? ' (PROVENANCE_DISPATCH_TOKEN)' : ''}`,
      );
  }
  return out;
}

/** Every invariant, counted from the emulator's and Slack's final state and the proxy's ledger. */
export function countInvariants(driver: Driver): InvariantRow[] {
  const entries = new Map(
    driver.repositories.map((repository) => [repository.plan.repo, entriesOf(driver.soak.world, repository)]),
  );
  const failed = failures(driver);
  return [
    verdictsRecorded(driver, entries),
    rerunsSettled(entries),
    oneEffectPerClaim(driver, entries),
    issuesPerFailure(driver, failed),
    announced(driver, failed),
    slackOnce(driver, failed),
    triesPerCall(driver),
    answeredOrTimedOut(driver),
  ];
}

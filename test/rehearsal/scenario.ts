import type { VerifierOptions } from '@sigstore/verify';
import { verifyBundle, type InstanceKind } from '../support/sigstore/index.js';
import type { Result, RunRecord } from './runner/model.js';
import type { Adopted } from './setup/setup.js';
import type { World } from './world.js';

const MANIFEST = /^docs\/reports\/.+\/manifest\.json$/;

export interface ManifestFile {
  readonly path: string;
  readonly entries: readonly { tag: string; run_id: number; status: string; [key: string]: unknown }[];
}

/** Each job's result, by id. */
export function results(run: RunRecord): Record<string, Result | null> {
  return Object.fromEntries([...run.jobs].map(([id, job]) => [id, job.result]));
}

/** The job's log, every step's lines in order. */
export function logOf(run: RunRecord, jobId: string): string {
  return (run.jobs.get(jobId)?.steps ?? []).flatMap((step) => step.log.lines).join('\n');
}

/** The run of `file` that `workflow_run` started when `run` (its latest attempt) completed. */
export function after(world: World, run: RunRecord, file: string): RunRecord | undefined {
  return world.runner.runs.findLast((candidate) => {
    const event = candidate.trigger.payload;
    const finished = event.workflow_run as { id?: number; run_attempt?: number } | undefined;
    return (
      candidate.workflow.file === file &&
      event.action === 'completed' &&
      finished?.id === run.id &&
      finished.run_attempt === run.attempt
    );
  });
}

export function summaryOf(run: RunRecord, jobId: string): string {
  return run.jobs.get(jobId)?.summary() ?? '';
}

/** Each kind's verification thresholds: the GitHub kind has no transparency or CT log. */
const THRESHOLDS: Record<InstanceKind, VerifierOptions> = {
  'public-good': {},
  github: { tlogThreshold: 0, ctlogThreshold: 0 },
};

/**
 * Each attestation stored for a release asset (its provenance, its VSA), in order: its predicate type and the
 * loopback instances whose root verifies it — which instance signed it.
 */
export function signersOf(
  world: World,
  repo: string,
  tag: string,
  asset: string,
): [predicateType: string | undefined, signers: InstanceKind[]][] {
  const { digest } = world.gh.state.releases.byTag(repo, tag).assets.find((a) => a.name === asset)!;
  return world.gh.state.attestations.list(repo, digest).map(({ bundle, predicateType }) => [
    predicateType,
    (Object.keys(THRESHOLDS) as InstanceKind[]).filter((kind) => {
      try {
        verifyBundle(world.sigstore[kind].trustedRoot, bundle as object, {}, THRESHOLDS[kind]);
        return true;
      } catch {
        return false;
      }
    }),
  ]);
}

/** Every release manifest at a branch, tag or commit, parsed. */
export function manifestsOn(world: World, repo: string, refish: string): ManifestFile[] {
  const tree = world.gh.state.git.resolve(repo, refish)!.tree;
  return [...tree]
    .filter(([path]) => MANIFEST.test(path))
    .map(([path, blob]) => ({
      path,
      entries: (JSON.parse(blob.bytes.toString('utf8')) as ManifestFile).entries,
    }));
}

/** What happened, for a failing assertion: every run, its jobs, and the errors and last lines of failed steps. */
export function describeRun(world: World, repo: string): string {
  const lines: string[] = [];
  for (const run of world.runner.runs.filter((candidate) => candidate.trigger.repo === repo)) {
    lines.push(
      `run ${run.id} ${run.workflow.file} (${run.trigger.eventName} ${run.trigger.ref}, attempt ${run.attempt}): ${run.status} ${run.conclusion}`,
    );
    for (const job of run.jobs.values()) {
      lines.push(`  ${job.id}: ${job.result}${job.message ? ` — ${job.message}` : ''}`);
      for (const step of job.steps.filter((candidate) => candidate.outcome === 'failure')) {
        lines.push(`    step ${step.name} failed:`);
        for (const annotation of step.log.annotations)
          lines.push(`      ${annotation.level}: ${annotation.message}`);
        for (const line of step.log.lines.slice(-15)) lines.push(`      | ${line}`);
      }
    }
  }
  for (const quiet of world.runner.quiet.filter((candidate) => candidate.event.repo === repo))
    lines.push(`no run for ${quiet.event.kind}: ${quiet.reason}`);
  for (const invalid of world.runner.invalid) lines.push(invalid.message);
  return lines.join('\n');
}

/** `git tag <tag> && git push` from the default branch's tip, run to the end; the tag's security-ci run. */
export async function tagAndRun(world: World, adopted: Adopted, tag: string): Promise<RunRecord> {
  await adopted.maintainer.tag(adopted.repo, tag);
  await world.runner.settle();
  return world.runner.runsOf(adopted.repo, 'security-ci.yml').at(-1)!;
}

/** An incident issue opened by the maintainer; its number. */
export async function incident(adopted: Adopted, title: string): Promise<number> {
  const [owner, repo] = adopted.repo.split('/') as [string, string];
  const { data } = await adopted.maintainer.octokit.rest.issues.create({ owner, repo, title });
  return data.number;
}

/** A change through a pull request (a protected default branch takes no push); its number. */
export async function pullRequest(
  world: World,
  adopted: Adopted,
  branch: string,
  files: Record<string, string>,
): Promise<number> {
  const { repo, maintainer } = adopted;
  await maintainer.branch(repo, branch, world.gh.state.git.tip(repo, 'main').sha);
  await maintainer.commit(repo, files, `change on ${branch}`, branch);
  const [owner, name] = repo.split('/') as [string, string];
  const { data } = await maintainer.octokit.rest.pulls.create({
    owner,
    repo: name,
    title: branch,
    head: branch,
    base: 'main',
  });
  await world.runner.settle();
  return data.number;
}

/** Dispatches provenance-rollback, has the second maintainer approve it, and runs it to the end. */
export async function governance(
  world: World,
  adopted: Adopted,
  inputs: Record<string, string>,
): Promise<RunRecord> {
  const runId = await adopted.maintainer.dispatch(adopted.repo, 'provenance-rollback.yml', inputs);
  await world.runner.settle();
  world.runner.approve(runId, 'provenance-governance', adopted.reviewer.login);
  await world.runner.settle();
  return world.runner.runs.find((run) => run.id === runId)!;
}

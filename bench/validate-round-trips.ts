import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startGitHubEmulator, type GitHubEmulator } from '../test/emulator/emulator.js';
import { startSigstoreInstance, type SigstoreTestInstance } from '../test/support/sigstore/index.js';
import { mintRelease, RELEASE_REPOSITORY, RELEASE_TAG } from './minted-release.js';
import { single, type Comparison } from './report.js';
import { withScratchDir } from './scratch-dir.js';
import type { ValidateJob } from './validate-child.js';

const ARTIFACT_COUNTS = [1, 10, 100];
const TOKEN = 'ghs_benchValidateRoundTrips000000000000';
const MANIFEST_PATH = 'docs/reports/bench/manifest.json';
const [OWNER, REPO] = RELEASE_REPOSITORY.split('/') as [string, string];
const CHILD = fileURLToPath(new URL('./validate-child.ts', import.meta.url));
/** After the manifest write (validate's last request), a validation still running this long is stopped: it makes no more requests. */
const GRACE_MS = 20_000;

/**
 * One `validateRelease` of N artifacts whose provenance comes from the attestations API, in a child
 * process against this process's emulator: every request it makes is counted (tag, attestations,
 * manifest), with the most attestation requests in flight at once.
 */
export async function validateRoundTrips(): Promise<Comparison[]> {
  const gh = await startGitHubEmulator({ tokens: { [TOKEN]: ['contents:write', 'attestations:read'] } });
  const sigstore = await startSigstoreInstance('public-good');
  try {
    return await withScratchDir(async (dir) => {
      gh.state.repos.create(RELEASE_REPOSITORY);
      const commit = gh.state.git.resolve(
        RELEASE_REPOSITORY,
        gh.state.git.createTag(RELEASE_REPOSITORY, RELEASE_TAG).sha,
      )?.sha as string;
      const trustedRootPath = await sigstore.writeTrustedRoot(dir);
      console.log(
        '\nvalidate round trips: validateRelease in a child process against the emulator, provenance from the attestations API',
      );
      console.log(
        '  artifacts  requests  goal 3 + N  of them manifest  attestations  most in flight  validate',
      );
      const rows: Comparison[] = [];
      for (const [run, count] of ARTIFACT_COUNTS.entries())
        rows.push(
          ...(await measure(gh, sigstore, { dir, commit, trustedRootPath, count, runId: 1000 + run })),
        );
      return rows;
    });
  } finally {
    await Promise.all([gh.close(), sigstore.close()]);
  }
}

interface Scenario {
  readonly dir: string;
  readonly commit: string;
  readonly trustedRootPath: string;
  readonly count: number;
  readonly runId: number;
}

async function measure(
  gh: GitHubEmulator,
  sigstore: SigstoreTestInstance,
  { dir, commit, trustedRootPath, count, runId }: Scenario,
): Promise<Comparison[]> {
  const release = await mintRelease(sigstore, dir, `n${count}`, new Array<number>(count).fill(1024), commit);
  const bundle = JSON.parse(await readFile(release.provenancePath, 'utf8')) as unknown;
  // GitHub lists one attestation for each subject digest it names.
  for (const path of release.artifactPaths)
    gh.state.attestations.add(RELEASE_REPOSITORY, `sha256:${await sha256Of(path)}`, bundle);
  const job: ValidateJob = {
    emulatorUrl: gh.url,
    token: TOKEN,
    owner: OWNER,
    repo: REPO,
    tag: RELEASE_TAG,
    runId,
    manifestPath: MANIFEST_PATH,
    artifactPaths: release.artifactPaths,
    trustedRootPath,
    workDir: join(dir, `work-${count}`),
  };
  const jobPath = join(dir, `job-${count}.json`);
  await writeFile(jobPath, JSON.stringify(job));
  const before = gh.requests.all().length;
  const child = await runChild(jobPath, () =>
    gh.requests
      .all()
      .slice(before)
      .some((r) => r.method === 'PUT' && r.path.endsWith(MANIFEST_PATH)),
  );
  if (child.verdict !== null && !child.verdict.startsWith('true'))
    throw new Error(
      `validate of ${count} artifacts was rejected (${child.verdict}): the benchmark would count a failure`,
    );
  const requests = gh.requests.all().slice(before);
  const manifest = requests.filter((r) => r.path.includes('/contents/')).length;
  const attestations = requests.filter((r) => r.path.includes('/attestations/')).length;
  const outcome =
    child.verdict === null ? `stopped ${GRACE_MS / 1000} s after its manifest write` : 'verified';
  console.log(
    `  ${[count, requests.length, 3 + count, manifest, attestations, child.mostInFlight].map((v, i) => String(v).padStart([9, 8, 10, 16, 12, 14][i] ?? 0)).join('  ')}  ${outcome}`,
  );
  return [
    {
      benchmark: `validate API round trips: ${count} artifact${count > 1 ? 's' : ''}`,
      unit: 'requests',
      ours: single(requests.length),
      referenceName: '3 + N',
      reference: single(3 + count),
      goal: { op: '≤', ratio: 1 },
    },
    ...(count > 1
      ? [
          {
            benchmark: `validate attestation lookups in flight: ${count} artifacts`,
            unit: 'requests' as const,
            ours: single(child.mostInFlight),
            referenceName: 'one at a time',
            reference: single(1),
            goal: null,
          },
        ]
      : []),
  ];
}

/** Runs the child until it exits, or until `wroteManifest()` has held for GRACE_MS; `verdict` is null when it was stopped. */
function runChild(
  jobPath: string,
  wroteManifest: () => boolean,
): Promise<{ verdict: string | null; mostInFlight: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, jobPath], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  let wroteAt: number | null = null;
  const watch = setInterval(() => {
    if (wroteAt === null && wroteManifest()) wroteAt = Date.now();
    if (wroteAt !== null && Date.now() - wroteAt > GRACE_MS) child.kill();
  }, 200);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      clearInterval(watch);
      const mostInFlight = Math.max(
        0,
        ...[...stderr.matchAll(/^in-flight (\d+)$/gm)].map((m) => Number(m[1])),
      );
      const verdict = /^verified (.*)$/m.exec(stderr)?.[1] ?? null;
      if (verdict === null && signal === null)
        reject(new Error(`the validate child exited with ${code}:\n${stderr}`));
      else resolve({ verdict, mostInFlight });
    });
  });
}

async function sha256Of(path: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(path))
    .digest('hex');
}

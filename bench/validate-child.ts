import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Octokit } from '@octokit/rest';
import { GitHubContentsStore } from '../src/adapters/manifest/index.js';
import { validateRelease, type ValidateRequest } from '../src/commands/validate/index.js';
import { policy } from '../test/support/fixtures.js';

/** What validate-round-trips.ts hands this process: one release to validate against its emulator. */
export interface ValidateJob {
  readonly emulatorUrl: string;
  readonly token: string;
  readonly owner: string;
  readonly repo: string;
  readonly tag: string;
  readonly runId: number;
  readonly manifestPath: string;
  readonly artifactPaths: readonly string[];
  readonly trustedRootPath: string;
  readonly workDir: string;
}

// Child process of validate-round-trips.ts: it reports on stderr each new most-in-flight count of attestation
// requests, then `verified true|false`; the parent counts the requests at its emulator.
const job = JSON.parse(readFileSync(process.argv[2] as string, 'utf8')) as ValidateJob;
const quiet = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
const octokit = new Octokit({ baseUrl: job.emulatorUrl, auth: job.token, log: quiet });
const inFlight = { now: 0, most: 0 };
octokit.hook.wrap('request', async (request, options) => {
  const attestation = String(options.url).includes('/attestations/');
  if (attestation && ++inFlight.now > inFlight.most)
    process.stderr.write(`in-flight ${(inFlight.most = inFlight.now)}\n`);
  try {
    return await request(options);
  } finally {
    if (attestation) inFlight.now--;
  }
});
const request: ValidateRequest = {
  repository: { owner: job.owner, repo: job.repo },
  tag: job.tag,
  runId: job.runId,
  runAttempt: 1,
  actor: 'release-bot',
  artifacts: { kind: 'paths', patterns: [...job.artifactPaths] },
  artifactUrl: null,
  provenance: { kind: 'attestations-api' },
  verify: {
    policy: policy({
      expectedSourceRepository: `${job.owner}/${job.repo}`,
      tag: job.tag,
      commit: null,
      now: new Date(),
    }),
    trust: { kind: 'file', path: job.trustedRootPath },
    rekorUrl: null,
    requireAllSubjects: false,
  },
  token: job.token,
  workDir: job.workDir,
  evidenceDir: join(job.workDir, 'evidence'),
  secrets: [job.token],
};
const result = await validateRelease(request, {
  octokit,
  store: new GitHubContentsStore(octokit, { owner: job.owner, repo: job.repo, path: job.manifestPath }),
  now: () => new Date(),
  log: { info: () => undefined, warn: () => undefined },
  path: '', // no slsa-verifier: only our own requests are counted
  kpi: { emit: async () => undefined },
});
process.stderr.write(`verified ${result.verdict.verified} ${result.verdict.failureReason ?? ''}\n`);

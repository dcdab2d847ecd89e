import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitHubContentsStore } from '../../src/adapters/manifest/index.js';
import { loadTrustedRoots } from '../../src/adapters/sigstore/index.js';
import { recordVerdictSignature } from '../../src/commands/verdict-signature/index.js';
import { startGitHubEmulator, type GitHubEmulator } from '../emulator/emulator.js';
import { startSigstoreInstance, type SigstoreTestInstance } from '../support/sigstore/index.js';
import { REPOSITORY, signEntry, VALIDATE_WORKFLOW, validatedEvent } from '../support/signed-verdict.js';
import { emulatorOctokit, loseAnswers, manifestWriteOf } from './lost-answers.js';

const TOKEN = 'ghs_lostSignatureAnswerToken0123456';
const MANIFEST = 'docs/reports/lost/manifest.json';
let gh: GitHubEmulator;
let instance: SigstoreTestInstance;

beforeAll(async () => {
  [gh, instance] = await Promise.all([
    startGitHubEmulator({ tokens: { [TOKEN]: ['contents:write'] } }),
    startSigstoreInstance('public-good'),
  ]);
  gh.state.repos.create(REPOSITORY);
}, 60_000);
afterAll(() => Promise.all([gh?.close(), instance?.close()]));

const storeWith = (octokit: ReturnType<typeof emulatorOctokit>) =>
  new GitHubContentsStore(octokit, { owner: 'acme', repo: 'widget', path: MANIFEST });

describe('the verdict signature record when its answer is lost', () => {
  it('is written once: the retry finds it applied, and a rerun of the step records nothing more', async () => {
    const octokit = emulatorOctokit(gh, TOKEN);
    const seeded = await storeWith(octokit).apply(validatedEvent('v5.0.0', 7000, new Date().toISOString()));
    const entry = seeded.manifest.entries.find((e) => e.run_id === 7000)!;
    const bundle = await signEntry(instance, entry);
    const request = {
      tag: entry.tag,
      runId: entry.run_id,
      runAttempt: 1,
      actor: 'release-bot',
      bundle: bundle as { mediaType: string } & Record<string, unknown>,
      signer: {
        repository: REPOSITORY,
        serverUrl: 'https://github.com',
        workflow: VALIDATE_WORKFLOW,
        defaultBranch: null,
        releaseTags: 'v*',
      },
    };
    const roots = await loadTrustedRoots({
      kind: 'file',
      path: await instance.writeTrustedRoot(mkdtempSync(join(tmpdir(), 'pg-lost-signature-'))),
    });
    const lost = loseAnswers(octokit, manifestWriteOf('verdict_signed'));
    const first = await recordVerdictSignature(request, {
      store: storeWith(octokit),
      roots,
      now: () => new Date(),
    });
    expect(lost()).toBe(1);
    expect(first.outcome).not.toBe('refused');
    // The step is rerun later (a new time): the same bundle is found recorded and nothing is written.
    const rerun = await recordVerdictSignature(request, {
      store: storeWith(emulatorOctokit(gh, TOKEN)),
      roots,
      now: () => new Date(Date.now() + 60_000),
    });
    expect(rerun.outcome).toBe('unchanged');
    const after = rerun.manifest.entries.find((e) => e.run_id === 7000)!;
    expect(after.history.filter((h) => h.event === 'verdict_signed')).toHaveLength(1);
  });
});

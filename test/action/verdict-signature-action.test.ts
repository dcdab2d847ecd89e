import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Octokit } from '@octokit/rest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitHubContentsStore } from '../../src/adapters/manifest/index.js';
import { parseManifest, type ManifestEntry } from '../../src/core/manifest/index.js';
import { startGitHubEmulator, type GitHubEmulator } from '../emulator/emulator.js';
import { startSigstoreInstance, type SigstoreTestInstance } from '../support/sigstore/index.js';
import { signEntry, validatedEvent, VALIDATE_WORKFLOW, type SigningRun } from '../support/signed-verdict.js';
import { actionEnvironment, captureStdout } from './validate-env.js';

const TOKEN = 'ghs_verdictSignatureToken0123456789';
const MANIFEST = 'docs/reports/signed/manifest.json';
const dir = mkdtempSync(join(tmpdir(), 'pg-verdict-signature-'));
let gh: GitHubEmulator;
let instance: SigstoreTestInstance;
let rootPath: string;
let run: (now?: () => Date) => Promise<void>;
let store: GitHubContentsStore;
let nextRun = 5000;

beforeAll(async () => {
  [gh, instance] = await Promise.all([
    startGitHubEmulator({ tokens: { [TOKEN]: ['contents:write'] } }),
    startSigstoreInstance('public-good'),
  ]);
  rootPath = await instance.writeTrustedRoot(dir);
  gh.state.repos.create('acme/widget');
  process.env.GITHUB_API_URL = gh.url;
  store = new GitHubContentsStore(new Octokit({ baseUrl: gh.url, auth: TOKEN }), {
    owner: 'acme',
    repo: 'widget',
    path: MANIFEST,
  });
  ({ run } = await import('../../src/action/verdict-signature/main.js'));
}, 60_000);
afterAll(() => Promise.all([gh?.close(), instance?.close()]));

/** A verified entry validate recorded for a new run of `tag`. */
async function verifiedEntry(tag: string): Promise<ManifestEntry> {
  const runId = nextRun++;
  const result = await store.apply(validatedEvent(tag, runId, new Date().toISOString()));
  return result.manifest.entries.find((e) => e.run_id === runId)!;
}

/** The action as the template runs it, in run `entry.run_id` attempt `attempt`, with `bundle` from actions/attest. */
async function recordIn(entry: ManifestEntry, bundle: object, attempt = 1) {
  const path = join(dir, `bundle-${entry.run_id}-${attempt}.json`);
  writeFileSync(path, JSON.stringify(bundle));
  const step = actionEnvironment(
    {
      GITHUB_REPOSITORY: 'acme/widget',
      GITHUB_RUN_ID: String(entry.run_id),
      GITHUB_RUN_ATTEMPT: String(attempt),
      GITHUB_WORKFLOW_REF: `acme/widget/${VALIDATE_WORKFLOW}@refs/tags/${entry.tag}`,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_ACTOR: 'release-bot',
    },
    {
      tag: entry.tag,
      'bundle-path': path,
      trust: rootPath,
      'manifest-path': MANIFEST,
      'github-token': TOKEN,
    },
  );
  const written = await captureStdout(() => run());
  const manifest = parseManifest(gh.state.contents.read('acme/widget', MANIFEST)!.bytes.toString(), 'm');
  const after = manifest.entries.find((e) => e.run_id === entry.run_id);
  return {
    written,
    outputs: step.outputs(),
    signed: after?.history.filter((h) => h.event === 'verdict_signed') ?? [],
  };
}

const sign = (entry: ManifestEntry, signer: SigningRun = {}) => signEntry(instance, entry, signer);

describe('verdict-signature: records the validate job signature of its verdict, nothing else', () => {
  it("records this run's signature once, and a replay of the step changes nothing", async () => {
    const entry = await verifiedEntry('v1.0.0');
    const bundle = await sign(entry);
    const first = await recordIn(entry, bundle);
    expect(first.outputs.recorded, first.written).toBe('applied');
    expect(first.signed).toHaveLength(1);
    expect(first.signed[0]!.signature).toEqual(bundle);
    const again = await recordIn(entry, bundle);
    expect(again.outputs.recorded).toBe('unchanged');
    expect(again.signed).toHaveLength(1);
  });

  it.each<[string, SigningRun, string]>([
    ['another run', { runId: 1 }, 'identity_mismatch'],
    ['another attempt', { runAttempt: 2 }, 'identity_mismatch'],
    ['another workflow', { workflow: '.github/workflows/scratch.yml' }, 'identity_mismatch'],
    ['a branch', { ref: 'refs/heads/main' }, 'identity_mismatch'],
  ])('refuses, and does not record, a bundle signed in %s', async (_what, signer, code) => {
    const entry = await verifiedEntry('v1.1.0');
    const { written, signed } = await recordIn(entry, await sign(entry, signer));
    expect(written).toContain(`::error::${code}`);
    expect(signed).toEqual([]);
  });

  it('refuses a signature of another verdict, and an entry with no verified verdict', async () => {
    const entry = await verifiedEntry('v1.2.0');
    const other = { ...entry, verdict: { ...entry.verdict!, builder_id: 'https://example.com/other' } };
    const forged = await recordIn(entry, await sign(other));
    expect(forged.written).toContain('::error::identity_mismatch');
    expect(forged.signed).toEqual([]);
    const missing = { ...entry, run_id: 4999 };
    expect((await recordIn(missing, await sign(missing))).written).toContain('::error::input_invalid');
  });

  it('refuses a bundle the trusted roots do not vouch for (signature_invalid)', async () => {
    const entry = await verifiedEntry('v1.3.0');
    const stranger = await startSigstoreInstance('public-good');
    try {
      const { written, signed } = await recordIn(entry, await signEntry(stranger, entry));
      expect(written).toContain('::error::signature_invalid');
      expect(signed).toEqual([]);
    } finally {
      await stranger.close();
    }
  });
});

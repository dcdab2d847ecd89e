import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from '../emulator/emulator.js';
import { startSigstoreInstance, type SigstoreTestInstance } from '../support/sigstore/index.js';
import { mintedRelease, TAG, type MintedRelease } from '../integration/minted-release.js';
import { actionEnvironment, captureStdout } from './validate-env.js';

const TOKEN = 'ghs_provenanceGuardReleaseToken0123456789';
const MANIFEST = 'docs/reports/2026-11-25/manifest.json';
let gh: GitHubEmulator;
let sigstore: SigstoreTestInstance;
let release: MintedRelease;
let run: (now?: Date) => Promise<void>;
let policyPath: string;

beforeAll(async () => {
  gh = await startGitHubEmulator({ tokens: { [TOKEN]: ['contents:write', 'actions:read'] } });
  process.env.GITHUB_API_URL = gh.url;
  delete process.env.GITHUB_SERVER_URL;
  ({ run } = await import('../../src/action/validate/main.js'));
  gh.state.repos.create('acme/widget');
  gh.state.workflows.add('acme/widget', { path: '.github/workflows/release.yml' });
  gh.state.git.createTag('acme/widget', TAG);
  sigstore = await startSigstoreInstance('public-good');
  release = await mintedRelease(sigstore, gh.state.git.resolve('acme/widget', TAG)!.sha);
  const bundle = Buffer.from(JSON.stringify(await sigstore.mint(release.statement(), release.identity)));
  gh.state.releases.create('acme/widget', {
    tag: TAG,
    assets: [
      { name: 'widget-linux-amd64', bytes: readFileSync(release.artifactPath) },
      { name: 'widget.intoto.jsonl', bytes: bundle },
      { name: 'SHA256SUMS', bytes: Buffer.from(`${release.digest}  widget-linux-amd64\n`) },
    ],
  });
  policyPath = release.write(
    'provenance-policy.yml',
    'version: 1\nexclude: [SHA256SUMS]\nartifacts:\n  - builders: [signing-workflow]\n    tags: semver\n    slsa-level: 2\n',
  );
});
afterAll(async () => {
  await Promise.all([gh?.close(), sigstore?.close()]);
});

describe('validate with artifact-source: release and a policy file', () => {
  it('verifies the published assets, records them and the policy digest in the manifest, and writes the VSA', async () => {
    const created = gh.state.runs.create('acme/widget', 'release.yml', { ref: TAG });
    const env = actionEnvironment(
      {
        GITHUB_REPOSITORY: 'acme/widget',
        GITHUB_RUN_ID: String(created.id),
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_ACTOR: 'release-bot',
        PATH: '/usr/bin:/bin',
        GITHUB_ACTION_REPOSITORY: 'provenance-guard/provenance-guard',
        GITHUB_ACTION_REF: 'v1.4.0',
      },
      {
        tag: TAG,
        'artifact-source': 'release',
        policy: policyPath,
        trust: release.trustedRootPath,
        'github-token': TOKEN,
        'manifest-path': MANIFEST,
      },
    );
    await captureStdout(() => run(new Date('2026-11-25T12:00:00Z')));
    const out = env.outputs();
    expect(out.verified, out.verdict).toBe('true');
    const entry = JSON.parse(out['manifest-entry']!) as {
      verdict: { policy_sha256: string; release_assets: { name: string; sha256: string }[] };
    };
    const policySha = createHash('sha256').update(readFileSync(policyPath)).digest('hex');
    expect(entry.verdict.policy_sha256).toBe(policySha);
    expect(entry.verdict.release_assets).toEqual([
      { name: 'widget-linux-amd64', size: 4096, sha256: release.digest },
    ]);
    const vsa = JSON.parse(readFileSync(out['vsa-path']!, 'utf8')) as {
      subject: unknown;
      predicateType: string;
      predicate: Record<string, unknown>;
    };
    expect(vsa).toMatchObject({
      predicateType: 'https://slsa.dev/verification_summary/v1',
      subject: [{ name: 'widget-linux-amd64', digest: { sha256: release.digest } }],
      predicate: {
        verifier: { id: 'provenance-guard/provenance-guard@v1.4.0' },
        verificationResult: 'PASSED',
        verifiedLevels: ['SLSA_BUILD_LEVEL_2'],
        resourceUri: `https://github.com/acme/widget/releases/tag/${TAG}`,
        policy: { digest: { sha256: policySha } },
        slsaVersion: '1.0',
        inputAttestations: [
          { uri: `https://github.com/acme/widget/releases/download/${TAG}/widget.intoto.jsonl` },
        ],
      },
    });
    const evidence = JSON.parse(readFileSync(out['evidence-path']!, 'utf8')) as {
      policy: { sha256: string };
    };
    expect(evidence.policy.sha256).toBe(policySha);
    expect(env.summary()).toContain('Effective policy');
  });

  it('an unattested asset on the release rejects with asset_unattested and writes no VSA', async () => {
    const [published] = gh.state.releases.list('acme/widget');
    gh.state.releases.upload('acme/widget', published!.id, 'widget-extra', Buffer.from('not attested'));
    const created = gh.state.runs.create('acme/widget', 'release.yml', { ref: TAG });
    const env = actionEnvironment(
      {
        GITHUB_REPOSITORY: 'acme/widget',
        GITHUB_RUN_ID: String(created.id),
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_ACTOR: 'release-bot',
        PATH: '/usr/bin:/bin',
      },
      {
        tag: TAG,
        'artifact-source': 'release',
        policy: policyPath,
        trust: release.trustedRootPath,
        'github-token': TOKEN,
        manifest: 'false',
        'fail-on-reject': 'false',
      },
    );
    await captureStdout(() => run(new Date('2026-11-25T12:00:00Z')));
    expect(env.outputs()).toMatchObject({
      verified: 'false',
      'failure-reason': 'asset_unattested',
      'vsa-path': '',
      // Nothing verified, nothing recorded: nothing to sign.
      'verdict-predicate-path': '',
    });
  });
});

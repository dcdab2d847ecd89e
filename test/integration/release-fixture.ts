import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { runCli } from '../../src/cli/main.js';
import { startGitHubEmulator, type GitHubEmulator } from '../emulator/emulator.js';
import { startSigstoreInstance, type SigstoreTestInstance } from '../support/sigstore/index.js';
import { mintedRelease, REPOSITORY, TAG, type MintedRelease } from './minted-release.js';

/**
 * A published release of acme/widget at v1.2.3 on the emulator: two binaries (linux, darwin) attested by
 * one bundle minted on a loopback Sigstore instance, and a CLI that verifies against its trusted root.
 */
export interface ReleaseFixture {
  readonly gh: GitHubEmulator;
  readonly sigstore: SigstoreTestInstance;
  readonly release: MintedRelease;
  readonly bundle: Buffer;
  readonly darwin: Buffer;
  readonly linux: () => Buffer;
  /** The tag's releases replaced by one with these assets (the provenance bundle always among them). */
  publish(assets: Record<string, Buffer>, flags?: { draft?: boolean; prerelease?: boolean }): void;
  cli(args: string[]): Promise<CliVerdict>;
  close(): Promise<void>;
}

type VerdictJson = {
  verified: boolean;
  failure_reason: string | null;
  checks: { name: string; status: string; actual: string }[];
};
export type CliVerdict = VerdictJson & {
  exitCode: number;
  failed: VerdictJson['checks'][number] | undefined;
};

export async function startReleaseFixture(token: string): Promise<ReleaseFixture> {
  const gh = await startGitHubEmulator({ tokens: { [token]: ['contents:read'] } });
  gh.state.repos.create(REPOSITORY);
  const sigstore = await startSigstoreInstance('public-good');
  const commit = gh.state.git.tip(REPOSITORY, 'main').sha;
  gh.state.git.createTag(REPOSITORY, TAG, { sha: commit });
  const release = await mintedRelease(sigstore, commit);
  const darwin = randomBytes(2048);
  const statement = release.statement({
    subjects: [
      { name: 'widget-linux-amd64', digest: { sha256: release.digest } },
      { name: 'widget-darwin-arm64', digest: { sha256: createHash('sha256').update(darwin).digest('hex') } },
    ],
  });
  const bundle = Buffer.from(JSON.stringify(await sigstore.mint(statement, release.identity)));
  process.env.GITHUB_TOKEN = token;
  return {
    gh,
    sigstore,
    release,
    bundle,
    darwin,
    linux: () => readFileSync(release.artifactPath),
    publish(assets, flags = {}) {
      for (const old of gh.state.releases.list(REPOSITORY)) gh.state.releases.delete(REPOSITORY, old.id);
      const all = Object.entries({ ...assets, 'widget.sigstore.json': bundle }).map(([name, bytes]) => ({
        name,
        bytes,
      }));
      gh.state.releases.create(REPOSITORY, { tag: TAG, ...flags, assets: all });
    },
    async cli(args) {
      const result = await runCli([...args, '--trusted-root', release.trustedRootPath, '--json']);
      const json = JSON.parse(result.stdout) as VerdictJson;
      return { exitCode: result.exitCode, ...json, failed: json.checks.find((c) => c.status === 'failed') };
    },
    async close() {
      delete process.env.GITHUB_TOKEN;
      await Promise.all([gh.close(), sigstore.close()]);
    },
  };
}

import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { VerificationPolicy } from '../../src/core/policy/index.js';
import {
  githubAttestationStatement,
  type MintIdentity,
  type SigstoreTestInstance,
} from '../support/sigstore/index.js';
import { policy } from '../support/fixtures.js';

export const REPOSITORY = 'acme/widget';
export const TAG = 'v1.2.3';
export const COMMIT = 'c0ffee'.padEnd(40, '0');
export const WORKFLOW = `https://github.com/${REPOSITORY}/.github/workflows/release.yml@refs/tags/${TAG}`;

/** A release of acme/widget at v1.2.3: one artifact, signed by its own release workflow. */
export interface MintedRelease {
  readonly dir: string;
  readonly artifactPath: string;
  readonly digest: string;
  readonly trustedRootPath: string;
  readonly identity: MintIdentity;
  statement(overrides?: { subjects?: { name: string; digest: Record<string, string> }[] }): object;
  /** The same release as slsa-github-generator's SLSA v0.2 predicate. */
  statementV02(): object;
  write(name: string, content: unknown): string;
  policy(overrides?: Partial<VerificationPolicy>): VerificationPolicy;
}

export async function mintedRelease(instance: SigstoreTestInstance, commit = COMMIT): Promise<MintedRelease> {
  const dir = mkdtempSync(join(tmpdir(), `pg-${instance.kind}-`));
  const artifactPath = join(dir, 'widget-linux-amd64');
  const bytes = randomBytes(4096);
  writeFileSync(artifactPath, bytes);
  const digest = createHash('sha256').update(bytes).digest('hex');
  const trustedRootPath = await instance.writeTrustedRoot(dir);
  return {
    dir,
    artifactPath,
    digest,
    trustedRootPath,
    identity: {
      san: WORKFLOW,
      buildSignerUri: WORKFLOW,
      sourceRepositoryUri: `https://github.com/${REPOSITORY}`,
      sourceRepositoryDigest: commit,
      sourceRepositoryRef: `refs/tags/${TAG}`,
      runnerEnvironment: 'github-hosted',
    },
    statement: (overrides = {}) =>
      githubAttestationStatement({
        subjects: overrides.subjects ?? [{ name: 'widget-linux-amd64', digest: { sha256: digest } }],
        repository: REPOSITORY,
        ref: `refs/tags/${TAG}`,
        commit,
        workflowPath: '.github/workflows/release.yml',
      }),
    statementV02: () => ({
      _type: 'https://in-toto.io/Statement/v0.1',
      subject: [{ name: 'widget-linux-amd64', digest: { sha256: digest } }],
      predicateType: 'https://slsa.dev/provenance/v0.2',
      predicate: {
        builder: { id: WORKFLOW },
        buildType: 'https://github.com/slsa-framework/slsa-github-generator/generic@v1',
        invocation: {
          configSource: {
            uri: `git+https://github.com/${REPOSITORY}@refs/tags/${TAG}`,
            digest: { sha1: commit },
            entryPoint: '.github/workflows/release.yml',
          },
        },
        materials: [
          { uri: `git+https://github.com/${REPOSITORY}@refs/tags/${TAG}`, digest: { sha1: commit } },
        ],
      },
    }),
    write: (name, content) => {
      const path = join(dir, name);
      writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
      return path;
    },
    policy: (overrides = {}) =>
      policy({
        expectedBuilderIds: [WORKFLOW],
        expectedSourceRepository: REPOSITORY,
        tag: TAG,
        commit,
        ...overrides,
      }),
  };
}

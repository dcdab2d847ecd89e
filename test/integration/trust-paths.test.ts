import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTrustedRoots } from '../../src/adapters/sigstore/index.js';
import { verifyProvenance } from '../../src/commands/verify/index.js';
import {
  startSigstoreInstance,
  startTufRepository,
  type SigstoreTestInstance,
  type TufRepository,
} from '../support/sigstore/index.js';
import { GH, policy, request } from '../support/fixtures.js';
import { mintedRelease, type MintedRelease } from './minted-release.js';

let publicGood: SigstoreTestInstance;
let github: SigstoreTestInstance;
let tuf: TufRepository;
let pg: MintedRelease;
let gh: MintedRelease;

beforeAll(async () => {
  [publicGood, github] = await Promise.all([
    startSigstoreInstance('public-good'),
    startSigstoreInstance('github'),
  ]);
  [pg, gh] = await Promise.all([mintedRelease(publicGood), mintedRelease(github)]);
  tuf = await startTufRepository(publicGood.trustedRoot);
});
afterAll(async () => {
  await Promise.all([publicGood?.close(), github?.close(), tuf?.close()]);
});

const tufCache = () => mkdtempSync(join(tmpdir(), 'pg-tuf-cache-'));

/** A loopback port with nothing listening: connections are refused at once. */
async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

describe('trust through TUF on loopback', () => {
  it('fetches the trusted root from a TUF repository and verifies', async () => {
    const bundle = await publicGood.mint(pg.statement(), pg.identity);
    const verdict = await verifyProvenance(
      request({
        provenancePath: pg.write('tuf.sigstore.json', bundle),
        artifactPaths: [pg.artifactPath],
        policy: pg.policy(),
        trust: { kind: 'tuf', mirrorUrl: tuf.mirrorUrl, rootPath: tuf.rootPath, cachePath: tufCache() },
      }),
    );
    expect(verdict.failureReason).toBeNull();
  });

  it("brings GitHub's instance with it: a real GitHub-instance bundle verifies on the TUF path", async () => {
    const trust = {
      kind: 'tuf',
      mirrorUrl: tuf.mirrorUrl,
      rootPath: tuf.rootPath,
      cachePath: tufCache(),
    } as const;
    const [served, github, ...more] = await loadTrustedRoots(trust);
    expect(served).toEqual(TrustedRoot.fromJSON(publicGood.trustedRoot));
    expect(new Set(github?.certificateAuthorities.map((ca) => ca.uri))).toEqual(
      new Set(['fulcio.githubapp.com']),
    );
    expect(more).toEqual([]);
    const verdict = await verifyProvenance(
      request({
        provenancePath: GH('oci-digest-only/go-server.github-instance.sigstore.json'),
        policy: policy({
          expectedSourceRepository: 'ystkfujii/playground_supply-chain-guard',
          commit: 'c9b66fe1d7e304fc163746878ef0ff8043e63df6',
        }),
        trust,
      }),
    );
    expect(verdict.failureReason).toBeNull();
    expect(verdict.provenance?.sourceCommit).toBe('c9b66fe1d7e304fc163746878ef0ff8043e63df6');
  });

  it('an unreachable TUF repository is trust_root_unavailable, never a pass', async () => {
    const bundle = await publicGood.mint(pg.statement(), pg.identity);
    const verdict = await verifyProvenance(
      request({
        provenancePath: pg.write('tuf-down.sigstore.json', bundle),
        artifactPaths: [pg.artifactPath],
        policy: pg.policy(),
        trust: {
          kind: 'tuf',
          mirrorUrl: await closedPortUrl(),
          rootPath: tuf.rootPath,
          cachePath: tufCache(),
        },
      }),
    );
    expect(verdict.verified).toBe(false);
    expect(verdict.failureReason).toBe('trust_root_unavailable');
  });
});

describe('both Sigstore instances GitHub uses', () => {
  it('a GitHub-instance bundle (RFC 3161, no Rekor) verifies with its own root and thresholds', async () => {
    const bundle = await github.mint(gh.statement(), gh.identity);
    expect((bundle.verificationMaterial as { tlogEntries?: unknown[] }).tlogEntries ?? []).toHaveLength(0);
    const verdict = await verifyProvenance(
      request({
        provenancePath: gh.write('gh.sigstore.json', bundle),
        artifactPaths: [gh.artifactPath],
        policy: gh.policy(),
        trust: { kind: 'file', path: gh.trustedRootPath },
      }),
    );
    expect(verdict.failureReason).toBeNull();
  });

  it('one JSON-lines file with both roots: each bundle is checked against the root that issued it', async () => {
    const both = join(pg.dir, 'both.jsonl');
    writeFileSync(both, `${JSON.stringify(publicGood.trustedRoot)}\n${JSON.stringify(github.trustedRoot)}\n`);
    const cases = [
      { instance: publicGood, release: pg },
      { instance: github, release: gh },
    ];
    for (const { instance, release } of cases) {
      const bundle = await instance.mint(release.statement(), release.identity);
      const verdict = await verifyProvenance(
        request({
          provenancePath: release.write('both.sigstore.json', bundle),
          artifactPaths: [release.artifactPath],
          policy: release.policy(),
          trust: { kind: 'file', path: both },
        }),
      );
      expect(verdict.failureReason, instance.kind).toBeNull();
    }
  });

  it('a public-good bundle stripped of its Rekor entry does not pass under the GitHub thresholds', async () => {
    const both = join(pg.dir, 'both-strip.jsonl');
    writeFileSync(both, `${JSON.stringify(github.trustedRoot)}\n${JSON.stringify(publicGood.trustedRoot)}\n`);
    const bundle = await publicGood.mint(pg.statement(), pg.identity);
    (bundle.verificationMaterial as { tlogEntries: unknown[] }).tlogEntries = [];
    const verdict = await verifyProvenance(
      request({
        provenancePath: pg.write('stripped.sigstore.json', bundle),
        artifactPaths: [pg.artifactPath],
        policy: pg.policy(),
        trust: { kind: 'file', path: both },
      }),
    );
    expect(verdict.failureReason).toBe('tlog_invalid');
  });

  it('a GitHub-instance bundle fails against the public-good root alone (its timestamp is not trusted there)', async () => {
    const bundle = await github.mint(gh.statement(), gh.identity);
    const verdict = await verifyProvenance(
      request({
        provenancePath: gh.write('gh-wrong-root.sigstore.json', bundle),
        artifactPaths: [gh.artifactPath],
        policy: gh.policy(),
        trust: { kind: 'file', path: pg.trustedRootPath },
      }),
    );
    expect(verdict.failureReason).toBe('tlog_invalid');
    expect(verdict.checks.find((c) => c.name === 'signature')?.actual).toMatch(/TIMESTAMP_ERROR/);
  });
});

describe('legacy slsa-github-generator envelopes', () => {
  it('are looked up in Rekor and verified when a Rekor URL is given', async () => {
    const envelope = await publicGood.mintLegacyEnvelope(pg.statementV02(), pg.identity);
    const override = {
      reason: 'legacy generator line',
      approver: 'gov',
      expiresAt: new Date('2026-11-26T00:00:00Z'),
    };
    const verdict = await verifyProvenance(
      request({
        provenancePath: pg.write('legacy.intoto.jsonl', envelope),
        artifactPaths: [pg.artifactPath],
        policy: pg.policy({ override }),
        trust: { kind: 'file', path: pg.trustedRootPath },
        rekorUrl: publicGood.rekorUrl!,
      }),
    );
    expect(verdict.failureReason).toBeNull();
    expect(verdict.verified).toBe(true);
  });

  it('are refused offline with a coded reason that asks for a bundle', async () => {
    const envelope = await publicGood.mintLegacyEnvelope(pg.statementV02(), pg.identity);
    const verdict = await verifyProvenance(
      request({
        provenancePath: pg.write('legacy-offline.intoto.jsonl', envelope),
        artifactPaths: [pg.artifactPath],
        policy: pg.policy(),
        trust: { kind: 'file', path: pg.trustedRootPath },
      }),
    );
    expect(verdict.failureReason).toBe('tlog_invalid');
    expect(verdict.checks.at(-1)?.actual).toMatch(/bundle/);
  });

  it('a tampered legacy payload finds no log entry and fails', async () => {
    const envelope = (await publicGood.mintLegacyEnvelope(pg.statementV02(), pg.identity)) as {
      payload: string;
    };
    const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString());
    statement.predicate.builder.id = 'https://github.com/mallory/x/.github/workflows/y.yml@refs/tags/v1';
    const tampered = { ...envelope, payload: Buffer.from(JSON.stringify(statement)).toString('base64') };
    const verdict = await verifyProvenance(
      request({
        provenancePath: pg.write('legacy-tampered.intoto.jsonl', tampered),
        artifactPaths: [pg.artifactPath],
        policy: pg.policy(),
        trust: { kind: 'file', path: pg.trustedRootPath },
        rekorUrl: publicGood.rekorUrl!,
      }),
    );
    expect(verdict.verified).toBe(false);
    expect(['tlog_invalid', 'signature_invalid']).toContain(verdict.failureReason);
  });
});

import { describe, expect, it } from 'vitest';
import { verifyProvenance } from '../../src/commands/verify/index.js';
import type { Verdict } from '../../src/core/policy/index.js';
import {
  GENERATOR,
  GENERIC_GENERATOR,
  GH,
  GITHUB_HOSTED,
  NPM,
  policy,
  request,
} from '../support/fixtures.js';

const liveOverride = {
  reason: 'legacy v0.2 release line',
  approver: 'governance-reviewer',
  expiresAt: new Date('2026-11-30T00:00:00Z'),
};
const expiredOverride = { ...liveOverride, expiresAt: new Date('2026-11-01T00:00:00Z') };
const githubRoot = { kind: 'file', path: GH('trusted_root.github.json') } as const;
const bothRoots = { kind: 'file', path: GH('trusted_root.gh-attestation.jsonl') } as const;

function statusOf(verdict: Verdict) {
  return Object.fromEntries(verdict.checks.map((c) => [c.name, c.status]));
}

describe('real npm provenance bundles, offline against the embedded roots', () => {
  const npmCases = [
    {
      name: 'playwright-cli-0.1.1',
      repo: 'microsoft/playwright-cli',
      tag: 'v0.1.1',
      commit: 'd1c6d1113932ddcee243e8b111b6d4aea553df20',
    },
    {
      name: 'sigstore-2.0.0',
      repo: 'sigstore/sigstore-js',
      tag: null,
      commit: 'f0b49a04e5a62250e0f60fb128004a73110fe311',
    },
    {
      name: 'sigstore-2.1.0',
      repo: 'sigstore/sigstore-js',
      tag: null,
      commit: '26d16513386ffaa790b1c32f927544f1322e4194',
    },
    {
      name: 'sigstore-2.3.1',
      repo: 'sigstore/sigstore-js',
      tag: null,
      commit: '46e7056ff9912ebfee5298d94024895a9fea76c0',
    },
  ];
  it.each(npmCases)('$name verifies with its README facts', async ({ name, repo, tag, commit }) => {
    const verdict = await verifyProvenance(
      request({
        provenancePath: NPM(`${name}.provenance.sigstore.json`),
        artifactPaths: [NPM(`${name}.tgz`)],
        policy: policy({ expectedBuilderIds: [GITHUB_HOSTED], expectedSourceRepository: repo, tag, commit }),
      }),
    );
    expect(verdict.failureReason).toBeNull();
    expect(verdict.verified).toBe(true);
    expect(verdict.provenance?.artifacts[0]?.algorithm).toBe('sha512');
    expect(verdict.provenance?.sourceCommit).toBe(commit);
    expect(statusOf(verdict).source_ref).toBe(tag ? 'passed' : 'skipped');
  });

  it('reads the older v0.1 bundle format and the registry attestations response', async () => {
    for (const file of ['sigstore-2.1.0.provenance.v0.1.sigstore.json', 'sigstore-2.3.1.attestations.json']) {
      const tarball = file.startsWith('sigstore-2.1.0') ? 'sigstore-2.1.0.tgz' : 'sigstore-2.3.1.tgz';
      const verdict = await verifyProvenance(
        request({ provenancePath: NPM(file), artifactPaths: [NPM(tarball)] }),
      );
      expect(verdict.verified, file).toBe(true);
    }
  });

  const v02Cases = [
    {
      name: 'tuf-js-1.0.0',
      builder: 'https://github.com/npm/cli@9.4.2',
      repo: 'theupdateframework/tuf-js',
      tag: 'v1.0.0',
      commit: '99624cc7ce39872e6bd08a0df59229a48562dbca',
    },
    // npm's v0.2 `…/actions/runner` is attested as the runner environment the certificate names.
    {
      name: 'sigstore-1.3.0',
      builder: GITHUB_HOSTED,
      repo: 'sigstore/sigstore-js',
      tag: null,
      commit: 'dae8bd8eb433a4147b4655c00fe73e0f22bc0fb1',
    },
  ];
  it.each(v02Cases)(
    '$name (SLSA v0.2) is rejected without an override, accepted under a live one, refused under an expired one',
    async ({ name, builder, repo, tag, commit }) => {
      const base = {
        provenancePath: NPM(`${name}.provenance.sigstore.json`),
        artifactPaths: [NPM(`${name}.tgz`)],
      };
      const expected = { expectedBuilderIds: [builder], expectedSourceRepository: repo, tag, commit };
      const without = await verifyProvenance(request({ ...base, policy: policy(expected) }));
      expect(without.failureReason).toBe('predicate_mismatch');
      const live = await verifyProvenance(
        request({ ...base, policy: policy({ ...expected, override: liveOverride }) }),
      );
      expect(live.failureReason).toBeNull();
      expect(live.verified).toBe(true);
      const expired = await verifyProvenance(
        request({ ...base, policy: policy({ ...expected, override: expiredOverride }) }),
      );
      expect(expired.failureReason).toBe('override_expired');
    },
  );
});

describe('real GitHub artifact attestations', () => {
  it("attest-demo verifies against GitHub's own instance (RFC 3161, no Rekor)", async () => {
    const verdict = await verifyProvenance(
      request({
        provenancePath: GH('attest-demo/github_provenance_demo-0.0.12-py3-none-any.bundle.jsonl'),
        artifactPaths: [GH('attest-demo/github_provenance_demo-0.0.12-py3-none-any.whl')],
        trust: githubRoot,
        policy: policy({
          expectedBuilderIds: [GITHUB_HOSTED],
          expectedSourceRepository: 'actions/attest-demo',
          commit: 'a6c23b9806c593664f68637c8f9d45dfcf98b2db',
        }),
      }),
    );
    expect(verdict.failureReason).toBeNull();
    expect(verdict.provenance?.artifacts[0]?.hex).toBe(
      'ae57936def59bc4c75edd3a837d89bcefc6d3a5e31d55a6fa7a71624f92c3c3b',
    );
  });

  it('a GitHub-instance bundle does not verify against a root file holding public-good alone', async () => {
    const verdict = await verifyProvenance(
      request({
        provenancePath: GH('attest-demo/github_provenance_demo-0.0.12-py3-none-any.bundle.jsonl'),
        trust: { kind: 'file', path: NPM('trusted_root.public-good.json') },
      }),
    );
    expect(verdict.verified).toBe(false);
    expect(verdict.failureReason).toBe('tlog_invalid');
    expect(verdict.checks.find((c) => c.name === 'signature')?.actual).toBe(
      'TIMESTAMP_ERROR: timestamp could not be verified',
    );
  });

  it("GitHub-instance bundles verify against the embedded roots (public-good and GitHub's)", async () => {
    const verdict = await verifyProvenance(
      request({ provenancePath: GH('oci-digest-only/go-server.github-instance.sigstore.json') }),
    );
    expect(verdict.failureReason).toBeNull();
    expect(verdict.provenance?.sourceCommit).toBe('c9b66fe1d7e304fc163746878ef0ff8043e63df6');
  });

  it('chooses the root per bundle from gh attestation trusted-root output (both instances)', async () => {
    const github = await verifyProvenance(
      request({
        trust: bothRoots,
        provenancePath: GH('oci-digest-only/go-server.github-instance.sigstore.json'),
      }),
    );
    const publicGood = await verifyProvenance(
      request({
        trust: bothRoots,
        provenancePath: GH('bcr-module/MODULE.bazel.intoto.jsonl'),
        artifactPaths: [GH('bcr-module/MODULE.bazel')],
        policy: policy({
          expectedBuilderIds: [
            'https://github.com/bazel-contrib/publish-to-bcr/.github/workflows/publish.yaml',
          ],
        }),
      }),
    );
    expect([github.failureReason, publicGood.failureReason]).toEqual([null, null]);
    expect(statusOf(github).subjects).toBe('skipped');
  });

  it('bcr-module verifies; the same predicate signed by another workflow is identity_mismatch', async () => {
    const good = await verifyProvenance(
      request({
        provenancePath: GH('bcr-module/MODULE.bazel.intoto.jsonl'),
        artifactPaths: [GH('bcr-module/MODULE.bazel')],
        policy: policy({
          expectedBuilderIds: [
            'https://github.com/bazel-contrib/publish-to-bcr/.github/workflows/publish.yaml@refs/tags/v0.0.1',
          ],
          commit: '8f70009fde0c94ade6ce2a054b94718c819126ec',
        }),
      }),
    );
    expect(good.failureReason).toBeNull();
    const forged = await verifyProvenance(
      request({
        provenancePath: GH('bcr-module/MODULE-wrong-signer.bazel.intoto.jsonl'),
        artifactPaths: [GH('bcr-module/MODULE.bazel')],
      }),
    );
    expect(forged.failureReason).toBe('identity_mismatch');
  });

  it('a reusable signing workflow needs its exact SAN', async () => {
    const base = {
      provenancePath: GH('reusable-workflow/github_provenance_demo-0.0.0-py3-none-any.whl.sigstore.json'),
      artifactPaths: [GH('reusable-workflow/github_provenance_demo-0.0.0-py3-none-any.whl')],
    };
    const san =
      'https://github.com/github/artifact-attestations-workflows/.github/workflows/attest.yml@09b495c3f12c7881b3cc17209a327792065c1a1d';
    const source = { expectedSourceRepository: 'malancas/attest-demo' };
    expect(
      (await verifyProvenance(request({ ...base, policy: policy({ ...source, expectedSan: san }) })))
        .failureReason,
    ).toBeNull();
    const withoutSan = await verifyProvenance(request({ ...base, policy: policy(source) }));
    expect(withoutSan.failureReason).toBe('identity_mismatch');
    expect(withoutSan.checks.find((c) => c.status === 'failed')?.actual).toContain(`--cert-identity ${san}`);
    // The SAN of a reusable workflow anyone may call pins no source: alone, it must be the source's own workflow.
    expect(
      (await verifyProvenance(request({ ...base, policy: policy({ expectedSan: san }) }))).failureReason,
    ).toBe('source_mismatch');
  });

  it('a custom OIDC issuer verifies only when it is the expected one', async () => {
    const base = {
      provenancePath: GH('custom-issuer/artifact.sigstore.json'),
      artifactPaths: [GH('custom-issuer/artifact')],
    };
    const custom = await verifyProvenance(
      request({
        ...base,
        policy: policy({ expectedIssuer: 'https://token.actions.githubusercontent.com/hammer-time' }),
      }),
    );
    expect(custom.failureReason).toBeNull();
    expect((await verifyProvenance(request(base))).failureReason).toBe('identity_mismatch');
  });
});

describe('real slsa-github-generator provenance', () => {
  it.each(['push-v13.0.30', 'push-v14', 'workflow_dispatch'])(
    'generic v2.1.0 %s is v0.2: accepted only under a live override',
    async (variant) => {
      const base = {
        provenancePath: GENERATOR(`generic-v2.1.0/binary-linux-amd64-${variant}.intoto.jsonl`),
        artifactPaths: [GENERATOR('generic-v2.1.0/binary-linux-amd64')],
      };
      const expected = {
        expectedBuilderIds: [GENERIC_GENERATOR],
        expectedSourceRepository: 'slsa-framework/example-package',
        commit: '4d329c75e7ec1725f7c9ce917a8799d408d06be3',
        tag: variant.startsWith('push-') ? variant.slice(5) : null,
      };
      expect((await verifyProvenance(request({ ...base, policy: policy(expected) }))).failureReason).toBe(
        'predicate_mismatch',
      );
      const live = await verifyProvenance(
        request({ ...base, policy: policy({ ...expected, override: liveOverride }) }),
      );
      expect(live.failureReason).toBeNull();
      expect(live.provenance?.builderId).toBe(`${GENERIC_GENERATOR}@refs/tags/v2.1.0`);
    },
  );

  it('a generator pinned to another version is builder_mismatch', async () => {
    const verdict = await verifyProvenance(
      request({
        provenancePath: GENERATOR('generic-v2.1.0/binary-linux-amd64-push-v14.intoto.jsonl'),
        policy: policy({
          expectedBuilderIds: [`${GENERIC_GENERATOR}@refs/tags/v2.0.0`],
          override: liveOverride,
        }),
      }),
    );
    expect(verdict.failureReason).toBe('builder_mismatch');
  });

  it.each(['v2.0.0-binary-linux-amd64-push-v13.0.30', 'v1.10.0-binary-linux-amd64-workflow_dispatch'])(
    'legacy envelope %s is refused offline with a coded reason',
    async (name) => {
      const verdict = await verifyProvenance(
        request({
          provenancePath: GENERATOR(`legacy-dsse/${name}.intoto.jsonl`),
          artifactPaths: [GENERATOR('legacy-dsse/binary-linux-amd64')],
          policy: policy({ override: liveOverride }),
        }),
      );
      expect(verdict.verified).toBe(false);
      expect(verdict.failureReason).toBe('tlog_invalid');
      expect(verdict.checks.find((c) => c.status === 'failed')?.actual).toMatch(/--rekor-url/);
    },
  );
});

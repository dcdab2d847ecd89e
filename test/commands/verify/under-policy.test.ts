import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  verifyProvenance,
  verifyUnderPolicy,
  type PolicyRun,
  type ReleaseUnderCheck,
  type VerifyRequest,
} from '../../../src/commands/verify/index.js';
import {
  loadPolicyFile,
  type ExplicitField,
  type LoadedPolicy,
} from '../../../src/core/policy-file/index.js';
import type { Verdict } from '../../../src/core/policy/index.js';
import { GITHUB_HOSTED, request } from '../../support/fixtures.js';
import { startSignedRelease, type SignedRelease } from './signed.js';
import { SLSA_V1, statement, unsignedBundle } from './statements.js';

const LINUX = 'widget-linux-amd64';
const DARWIN = 'widget-darwin-arm64';
const LABEL = `the attestation (${SLSA_V1})`;

let signed: SignedRelease;
let darwinPath: string;
let darwinDigest: string;
/** Attests both binaries, signed on a GitHub-hosted runner (SLSA Build L2). */
let both: string;
let hostedBundle: Record<string, unknown>;
/** The same statement signed on a self-hosted runner (L1). */
let selfHostedBundle: Record<string, unknown>;
/** The same binaries attested as built by the GitHub-hosted runner itself, npm style (L2). */
let runnerBundle: Record<string, unknown>;

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const subjects = () => [
  { name: LINUX, digest: { sha256: signed.release.digest } },
  { name: DARWIN, digest: { sha256: darwinDigest } },
];

beforeAll(async () => {
  signed = await startSignedRelease();
  const darwin = randomBytes(2048);
  darwinPath = join(signed.release.dir, DARWIN);
  writeFileSync(darwinPath, darwin);
  darwinDigest = sha256(darwin);
  const runnerStatement = signed.release.statement({ subjects: subjects() }) as {
    predicate: { runDetails: { builder: { id: string } } };
  };
  runnerStatement.predicate.runDetails.builder.id = GITHUB_HOSTED;
  [hostedBundle, selfHostedBundle, runnerBundle] = await Promise.all([
    signed.mint(signed.release.statement({ subjects: subjects() })),
    signed.mint(signed.release.statement({ subjects: subjects() }), { runnerEnvironment: 'self-hosted' }),
    signed.mint(runnerStatement),
  ]);
  both = signed.file([hostedBundle]);
});
afterAll(() => signed?.instance.close());

let policies = 0;
const policyFile = (yaml: string): LoadedPolicy => loadPolicyFile(yaml, `policy-${(policies += 1)}.yml`);
const TWO_RULES = `version: 1
artifacts:
  - match: widget-linux-*
  - match: [widget-darwin-*, widget-mac-*]
`;

interface Case {
  readonly request?: Partial<VerifyRequest>;
  readonly policyFile?: LoadedPolicy | null;
  readonly release?: ReleaseUnderCheck | null;
  readonly explicit?: readonly ExplicitField[];
}

/** Both binaries against the release's policy, under `policyFile` and/or as `release`. */
function underPolicy(options: Case): Promise<Verdict> {
  const run: PolicyRun = {
    request: request({
      provenancePath: both,
      artifactPaths: [signed.release.artifactPath, darwinPath],
      policy: signed.release.policy(),
      ...options.request,
    }),
    policyFile: options.policyFile ?? null,
    explicit: new Set(options.explicit ?? []),
    release: options.release ?? null,
  };
  return verifyUnderPolicy(run, signed.deps);
}

const names = (verdict: Verdict) => verdict.checks.map((c) => c.name);
const failedCheck = (verdict: Verdict) => verdict.checks.find((c) => c.status === 'failed');

describe('without a policy file or release', () => {
  it('is the plain verification: every artifact given is verified, even one named like a bundle', async () => {
    const bundleNamed = signed.release.write('widget.sigstore.json', 'not attested');
    const options = { request: { artifactPaths: [signed.release.artifactPath, bundleNamed] } };
    const verdict = await underPolicy(options);
    expect(verdict.failureReason).toBe('subject_mismatch');
    expect(verdict).toEqual(
      await verifyProvenance(
        request({
          provenancePath: both,
          artifactPaths: options.request.artifactPaths,
          policy: signed.release.policy(),
        }),
        signed.deps,
      ),
    );
  });
});

describe('under a policy file, rule by rule', () => {
  it('each rule verifies its own artifacts; the verdict joins their checks, subjects and artifacts', async () => {
    const file = policyFile(TWO_RULES);
    const verdict = await underPolicy({ policyFile: file });
    expect(verdict.failureReason).toBeNull();
    expect(names(verdict)).toHaveLength(28);
    expect(names(verdict).filter((name) => name === 'subjects')).toHaveLength(2);
    expect(verdict).toMatchObject({ attestation: LABEL, verifier: 'sigstore-js', subjects: subjects() });
    expect(verdict.subjects).toHaveLength(2);
    expect(verdict.facts?.predicateType).toBe(SLSA_V1);
    expect(verdict.provenance).toMatchObject({
      artifacts: [
        { name: LINUX, algorithm: 'sha256', hex: signed.release.digest },
        { name: DARWIN, algorithm: 'sha256', hex: darwinDigest },
      ],
      policySha256: file.sha256,
      releaseAssets: null,
      standing: { family: 'signing-workflow', level: 2 },
    });
  });

  it("a rule's own pins reject its artifacts: the verdict names the rule", async () => {
    const file = policyFile(`version: 1
artifacts:
  - match: widget-linux-*
  - match: [widget-darwin-*, widget-mac-*]
    source: { repository: acme/other }
`);
    const verdict = await underPolicy({ policyFile: file });
    expect(verdict).toMatchObject({
      verified: false,
      failureReason: 'source_mismatch',
      attestation: `${LABEL} (policy rule widget-darwin-*, widget-mac-*)`,
    });
    expect(names(verdict)).toHaveLength(14);
  });

  it('a field set by an input wins over the rule', async () => {
    const file = policyFile(`version: 1
artifacts:
  - builder-ids: [https://github.com/acme/widget/.github/workflows/other.yml]
`);
    expect((await underPolicy({ policyFile: file })).failureReason).toBe('builder_mismatch');
    expect(
      (await underPolicy({ policyFile: file, explicit: ['expectedBuilderIds'] })).failureReason,
    ).toBeNull();
  });

  it('without artifacts, the first rule is the policy', async () => {
    const file = policyFile(`version: 1
artifacts:
  - source: { repository: acme/other }
`);
    const verdict = await underPolicy({ policyFile: file, request: { artifactPaths: [] } });
    expect(verdict.checks.at(-1)).toMatchObject({ name: 'subjects', status: 'skipped' });
    expect(verdict).toMatchObject({
      failureReason: 'source_mismatch',
      attestation: `${LABEL} (policy rule *)`,
    });
  });

  it('a provenance file that cannot be read is named as provenance, with the rule', async () => {
    const verdict = await underPolicy({
      policyFile: policyFile(TWO_RULES),
      request: { provenancePath: join(signed.release.dir, 'absent.intoto.jsonl') },
    });
    expect(verdict).toMatchObject({
      failureReason: 'attestation_missing',
      attestation: 'provenance (policy rule widget-linux-*)',
    });
  });

  it.each([
    ['one artifact', [DARWIN], `no rule covers ${DARWIN}`],
    ['two artifacts', [DARWIN, 'widget-mac'], `no rule covers ${DARWIN}, widget-mac`],
  ])('%s no rule covers: subject_mismatch after the rules passed', async (_, uncovered, actual) => {
    const extra = uncovered.slice(1).map((name) => signed.release.write(name, 'x'));
    const verdict = await underPolicy({
      policyFile: policyFile('version: 1\nartifacts:\n  - match: widget-linux-*\n'),
      request: { artifactPaths: [signed.release.artifactPath, darwinPath, ...extra] },
    });
    expect(verdict.failureReason).toBe('subject_mismatch');
    expect(verdict.checks.at(-1)).toEqual({
      name: 'subjects',
      status: 'failed',
      code: 'subject_mismatch',
      expected: 'every artifact covered by a rule of the policy file',
      actual,
    });
    expect(names(verdict)).toHaveLength(15);
  });

  it('known digests are handed to each rule for its own artifacts only', async () => {
    const verdict = await underPolicy({
      policyFile: policyFile(TWO_RULES),
      request: {
        artifactPaths: [join(signed.release.dir, 'gone', LINUX), join(signed.release.dir, 'gone', DARWIN)],
        knownDigests: [
          { name: LINUX, algorithm: 'sha256', hex: signed.release.digest },
          { name: DARWIN, algorithm: 'sha256', hex: darwinDigest },
        ],
      },
    });
    expect(verdict.failureReason).toBeNull();
  });

  it('every subject must be an artifact of the rule when requireAllSubjects is set', async () => {
    const verdict = await underPolicy({
      policyFile: policyFile(TWO_RULES),
      request: { requireAllSubjects: true },
    });
    expect(verdict.failureReason).toBe('subject_mismatch');
    expect(failedCheck(verdict)?.actual).toMatch(/^attested but not released: widget-darwin-arm64 /);
  });

  it.each([
    ['linux first', () => [signed.release.artifactPath, darwinPath], 'attestation 2 of 2'],
    ['darwin first', () => [darwinPath, signed.release.artifactPath], 'attestation 1 of 2'],
  ])('the lowest Build level of the rules stands (%s)', async (_, artifactPaths, first) => {
    const file = policyFile(`version: 1
artifacts:
  - match: widget-linux-*
  - match: widget-darwin-*
    runner: any
`);
    const verdict = await underPolicy({
      policyFile: file,
      request: {
        attestationMode: 'any',
        provenancePath: signed.file([selfHostedBundle, hostedBundle]),
        artifactPaths: artifactPaths(),
      },
    });
    expect(verdict.failureReason).toBeNull();
    expect(verdict.attestation).toBe(`${first} (${SLSA_V1})`);
    expect(verdict.provenance?.standing).toEqual({ family: 'signing-workflow', level: 1 });
  });

  it.each([
    ['linux first', () => [signed.release.artifactPath, darwinPath], 'signing-workflow'],
    ['darwin first', () => [darwinPath, signed.release.artifactPath], 'github-hosted-runner'],
  ])(
    "of rules at the same Build level, the first rule's standing stands (%s)",
    async (_, artifactPaths, family) => {
      const file = policyFile(`version: 1
artifacts:
  - match: widget-linux-*
    builders: [signing-workflow]
  - match: widget-darwin-*
    builders: [github-hosted-runner]
    builder-ids: [${GITHUB_HOSTED}]
`);
      const verdict = await underPolicy({
        policyFile: file,
        request: {
          attestationMode: 'any',
          provenancePath: signed.file([runnerBundle, hostedBundle]),
          artifactPaths: artifactPaths(),
        },
      });
      expect(verdict.failureReason).toBeNull();
      expect(verdict.provenance?.standing).toEqual({ family, level: 2 });
    },
  );
});

describe('a release: its state, and its assets = the subjects', () => {
  const published = { tag: 'v1.2.3', draft: false, prerelease: false };
  let bundlePath: string;
  beforeAll(() => {
    bundlePath = signed.release.write('widget.intoto.jsonl', JSON.stringify(hostedBundle));
  });
  const asset = (path: string) => ({ name: path.slice(path.lastIndexOf('/') + 1), path, size: 7 });
  const releaseOf = (paths: readonly string[], state = published): ReleaseUnderCheck => ({
    state,
    assets: paths.map(asset),
  });

  /** The release's assets are the artifacts; the bundle rides along. */
  const asRelease = (options: Case & { paths?: string[]; state?: typeof published; provenance?: string }) => {
    const paths = options.paths ?? [signed.release.artifactPath, darwinPath, bundlePath];
    return underPolicy({
      ...options,
      request: { provenancePath: options.provenance ?? bundlePath, artifactPaths: paths, ...options.request },
      release: releaseOf(paths, options.state),
    });
  };

  it('passes with the release checks last and the published assets recorded', async () => {
    const verdict = await asRelease({});
    expect(verdict.failureReason).toBeNull();
    expect(names(verdict).slice(-3)).toEqual(['subjects', 'release_state', 'release_assets']);
    expect(names(verdict)).toHaveLength(16);
    expect(verdict.provenance).toMatchObject({
      releaseAssets: [
        { name: LINUX, size: 7, sha256: signed.release.digest },
        { name: DARWIN, size: 7, sha256: darwinDigest },
      ],
      policySha256: null,
    });
  });

  it('looked up by digest, an attestation that does not decode claims nothing and rejects nothing', async () => {
    const verdict = await asRelease({
      provenance: signed.file([{ hello: 1 }, hostedBundle]),
      request: { attestationMode: 'any' },
    });
    expect(verdict.failureReason).toBeNull();
    expect(verdict.attestation).toBe(`attestation 2 of 2 (${SLSA_V1})`);
  });

  it('the subjects may be the assets of several rules: requireAllSubjects is the release check', async () => {
    const verdict = await asRelease({
      policyFile: policyFile(TWO_RULES),
      request: { requireAllSubjects: true },
    });
    expect(verdict.failureReason).toBeNull();
    expect(names(verdict)).toHaveLength(30);
  });

  it('an asset the subjects do not claim is not handed to the verifier; the release check names it', async () => {
    const notes = signed.release.write('NOTES.txt', 'release notes');
    const verdict = await asRelease({ paths: [signed.release.artifactPath, darwinPath, bundlePath, notes] });
    expect(verdict.failureReason).toBe('asset_unattested');
    expect(verdict.checks.find((c) => c.name === 'subjects')?.status).toBe('passed');
    expect(failedCheck(verdict)).toMatchObject({
      name: 'release_assets',
      actual: expect.stringMatching(/^NOTES\.txt \([0-9a-f]{16}…\) is not attested under that name$/),
    });
  });

  it('an asset no rule covers is asset_unattested', async () => {
    const verdict = await asRelease({
      policyFile: policyFile('version: 1\nartifacts:\n  - match: widget-linux-*\n'),
    });
    expect(
      verdict.checks.find((c) => c.expected === 'every artifact covered by a rule of the policy file'),
    ).toEqual({
      name: 'release_assets',
      status: 'failed',
      code: 'asset_unattested',
      expected: 'every artifact covered by a rule of the policy file',
      actual: `no rule covers ${DARWIN}`,
    });
    expect(verdict.failureReason).toBe('asset_unattested');
  });

  it.each([
    ['a draft', { ...published, draft: true }, null, 'release_state_mismatch'],
    [
      'an rc tag not marked prerelease (auto)',
      { ...published, tag: 'v1.2.3-rc.1' },
      null,
      'release_state_mismatch',
    ],
    [
      'a release marked prerelease where the file says it must not be',
      { ...published, prerelease: true },
      'false',
      'release_state_mismatch',
    ],
    [
      'a release not marked prerelease where the file says it must be',
      published,
      'true',
      'release_state_mismatch',
    ],
    ['a prerelease when the file accepts any', { ...published, prerelease: true }, 'any', null],
  ])('%s', async (_, state, prerelease, reason) => {
    const file =
      prerelease === null
        ? null
        : policyFile(`version: 1\nrelease: { prerelease: '${prerelease}' }\nartifacts:\n  - {}\n`);
    const verdict = await asRelease({ state, policyFile: file });
    expect(verdict.failureReason).toBe(reason);
    expect(verdict.checks.find((c) => c.name === 'release_state')?.status).toBe(reason ? 'failed' : 'passed');
  });

  describe('subjects that are not published', () => {
    let extraSubjects: string;
    beforeAll(async () => {
      const more = [
        ...subjects(),
        { name: 'SHA256SUMS', digest: { sha256: '5'.repeat(64) } },
        { name: 'dist/widget.sigstore.json', digest: { sha256: '6'.repeat(64) } },
      ];
      extraSubjects = signed.file([await signed.mint(signed.release.statement({ subjects: more }))]);
    });

    it('are missing assets', async () => {
      const verdict = await asRelease({ provenance: extraSubjects });
      expect(verdict.failureReason).toBe('asset_missing');
      expect(failedCheck(verdict)?.actual).toMatch(/^SHA256SUMS \(5{16}…\) is attested but not published$/);
    });

    it('are no concern when the policy file excludes them', async () => {
      const file = policyFile('version: 1\nexclude: [SHA256SUMS]\nartifacts:\n  - {}\n');
      const verdict = await asRelease({ provenance: extraSubjects, policyFile: file });
      expect(verdict.failureReason).toBeNull();
      expect(verdict.provenance?.policySha256).toBe(file.sha256);
    });
  });

  it('sha512 subjects: the assets are hashed once more in sha256 for the record', async () => {
    const sha512 = (path: string) => createHash('sha512').update(readFileSync(path)).digest('hex');
    const provenance = signed.file([
      await signed.mint(
        signed.release.statement({
          subjects: [
            { name: LINUX, digest: { sha512: sha512(signed.release.artifactPath) } },
            { name: DARWIN, digest: { sha512: sha512(darwinPath) } },
          ],
        }),
      ),
    ]);
    const verdict = await asRelease({ provenance });
    expect(verdict.failureReason).toBeNull();
    expect(verdict.provenance?.artifacts.map((a) => a.algorithm)).toEqual(['sha512', 'sha512']);
    expect(verdict.provenance?.releaseAssets).toEqual([
      { name: LINUX, size: 7, sha256: signed.release.digest },
      { name: DARWIN, size: 7, sha256: darwinDigest },
    ]);
  });

  it('subjects in two algorithms: those with the chosen one are claimed, the others are not', async () => {
    const provenance = signed.file([
      await signed.mint(
        signed.release.statement({
          subjects: [
            { name: LINUX, digest: { sha256: signed.release.digest } },
            { name: DARWIN, digest: { sha512: 'f'.repeat(128) } },
          ],
        }),
      ),
    ]);
    const verdict = await asRelease({ provenance });
    expect(verdict.failureReason).toBe('asset_unattested');
    expect(failedCheck(verdict)?.actual).toMatch(
      /^widget-darwin-arm64 \([0-9a-f]{16}…\) is not attested under that name$/,
    );
  });

  it.each([
    ['cannot be read', () => join(signed.release.dir, 'absent.intoto.jsonl'), 'attestation_missing'],
    ['is not JSON', () => signed.release.write('garbage.intoto.jsonl', 'garbage'), 'provenance_malformed'],
    [
      'has no sha256 or sha512 subject (and no signature)',
      () =>
        signed.release.write(
          'sha1.intoto.jsonl',
          JSON.stringify(
            unsignedBundle(statement(SLSA_V1, [{ name: LINUX, digest: { sha1: 'f'.repeat(40) } }])),
          ),
        ),
      'provenance_malformed',
    ],
  ])('a provenance file that %s is the verdict, unchanged without a policy file', async (_, path, reason) => {
    const verdict = await asRelease({ provenance: path() });
    expect(verdict.failureReason).toBe(reason);
    expect(verdict.checks.some((c) => c.name === 'release_assets')).toBe(false);
  });
});

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { CaseTable, Excluded, PeerOptions, SlsaVerifierCase } from '../cases.js';
import { readStringList, readTestTable, type GoCase, type GoValue } from './go-table.js';
import { readProvenanceFacts } from './provenance-facts.js';
import { answerSlsaVerifier } from './slsa-verifier-answer.js';

/**
 * Expands slsa-verifier's regression table exactly as its Go test does (builders and versions on
 * disk, `minversion`/`noversion`/`builders`/`provenancePath`, the builder-ID variants per version),
 * for the test functions whose data is vendored here.
 */
export const SLSA_VERIFIER_DIR = 'test/conformance/slsa-verifier';
const GO_TEST = `${SLSA_VERIFIER_DIR}/main_regression_test.go`;
const WORKFLOWS = 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/';
const BUILDER_BY_SUFFIX: [string, string][] = [
  ['_go', `${WORKFLOWS}builder_go_slsa3.yml`],
  ['_generic', `${WORKFLOWS}generator_generic_slsa3.yml`],
  [
    '_delegator',
    'https://github.com/slsa-framework/example-trw/.github/workflows/builder_high-perms_slsa3.yml',
  ],
  ['_maven', `${WORKFLOWS}builder_maven_slsa3.yml`],
  ['_gradle', `${WORKFLOWS}builder_gradle_slsa3.yml`],
];
const CONTAINER_BASED = `${WORKFLOWS}builder_container-based_slsa3.yml`;
const NOT_VENDORED =
  'a single provenance at the top of testdata/ (noversion): legacy or online data, not vendored';

type Row = {
  test: string;
  name: string;
  builder: string;
  artifacts: string[];
  provenance: string;
  options: PeerOptions;
  verdict: string;
};

export function slsaVerifierCases(root: string): CaseTable<SlsaVerifierCase> {
  const source = readFileSync(join(root, GO_TEST), 'utf8');
  const excluded: Excluded[] = [
    { test: 'Test_runVerifyGHAArtifactImage', reason: 'container images in a registry: online only' },
    {
      test: 'Test_runVerifyGCBArtifactImage',
      reason: 'Google Cloud Build images in a registry: online only',
    },
    {
      test: 'Test_runVerifyVSA',
      reason: 'verification summary attestations signed with a key: not provenance, data not vendored',
    },
  ];
  const rows = [
    ...artifactPathRows(root, source, excluded),
    ...containerBasedRows(root, source),
    ...npmRows(source),
    ...bcrRows(source),
  ];
  const ids = new Map<string, number>();
  const cases = rows.map((row): SlsaVerifierCase => {
    const stored = row.artifacts.map((a) => storedArtifact(root, a, row.provenance));
    const facts = readProvenanceFacts(join(root, vendored(row.provenance)));
    const ours = answerSlsaVerifier(stored, vendored(row.provenance), row.options, row.verdict, facts);
    const base = `${row.test.replace('Test_runVerify', '')} / ${row.name} / ${row.builder} / ${row.options.builderId ?? 'no builder ID'}`;
    const seen = (ids.get(base) ?? 0) + 1;
    ids.set(base, seen);
    const id = seen === 1 ? base : `${base} #${seen}`;
    const peer = {
      artifacts: row.artifacts,
      provenance: row.provenance,
      options: row.options,
      verdict: row.verdict,
    };
    return { id, test: row.test, name: row.name, builder: row.builder, peer, ours };
  });
  return { peer: 'slsa-verifier', source: GO_TEST, excluded, cases };
}

function artifactPathRows(root: string, source: string, excluded: Excluded[]): Row[] {
  const test = 'Test_runVerifyGHAArtifactPath';
  const defaults = readStringList(source, 'GHA_ARTIFACT_PATH_BUILDERS');
  return readTestTable(source, test).flatMap((tt) => {
    if (tt.noversion === true) {
      excluded.push({ test, name: text(tt.name), reason: NOT_VENDORED });
      return [];
    }
    // The peer's loop rewrites this case's expectation in place once it meets a BYOB builder.
    let err = errorName(tt.err);
    return buildersAndVersions(root, 'v1.2.2', list(tt.builders), defaults).flatMap((v) => {
      const testPath = `testdata/${v}/${list(tt.artifacts)[0]}`;
      const byob = /delegator|maven|gradle/.test(testPath);
      const provenance = tt.provenancePath
        ? `testdata/${v}/${text(tt.provenancePath)}`
        : `${testPath}${byob ? '.build.slsa' : '.intoto.jsonl'}`;
      const [name, version] = v.split('/') as [string, string];
      const builder =
        BUILDER_BY_SUFFIX.find(([suffix]) => name.endsWith(suffix))?.[1] ??
        `${WORKFLOWS}generator_generic_slsa3.yml`;
      const isDelegator = builder === BUILDER_BY_SUFFIX[2]?.[1];
      let ids: (string | undefined)[] = [builder, ...(isDelegator ? [] : [undefined])];
      if (compareSemver(version, 'v1.0.0') > 0)
        ids.push(`${builder}@${version}`, `${builder}@refs/tags/${version}`);
      if (tt.pBuilderID !== undefined) ids = [text(tt.pBuilderID)];
      return ids.map((builderId): Row => {
        if (err === 'ErrorUntrustedReusableWorkflow' && byob) err = 'ErrorMismatchBuilderID';
        return {
          test,
          name: text(tt.name),
          builder: v,
          artifacts: list(tt.artifacts).map((a) => `testdata/${v}/${a}`),
          provenance,
          options: peerOptions(tt, builderId),
          verdict: err,
        };
      });
    });
  });
}

function containerBasedRows(root: string, source: string): Row[] {
  const test = 'Test_runVerifyGHAContainerBased';
  const versions = buildersAndVersions(
    root,
    '',
    [],
    readStringList(source, 'GHA_ARTIFACT_CONTAINER_BUILDERS'),
  );
  return readTestTable(source, test).flatMap((tt) =>
    versions.flatMap((v) => {
      const sv = basename(v);
      const testPath = `testdata/${v}/${list(tt.artifacts)[0]}`;
      const provenance = `${testPath}${compareSemver(sv, 'v1.8.0') >= 0 ? '.intoto.build.slsa' : '.intoto.sigstore'}`;
      const ids =
        tt.pBuilderID !== undefined
          ? [text(tt.pBuilderID)]
          : [`${CONTAINER_BASED}@refs/tags/${sv}`, CONTAINER_BASED, `${CONTAINER_BASED}@${sv}`, undefined];
      const artifacts = list(tt.artifacts).map((a) => `testdata/${v}/${a}`);
      return ids.map((builderId): Row => ({
        test,
        name: text(tt.name),
        builder: v,
        artifacts,
        provenance,
        options: peerOptions(tt, builderId),
        verdict: errorName(tt.err),
      }));
    }),
  );
}

function npmRows(source: string): Row[] {
  const test = 'Test_runVerifyNpmPackage';
  return readTestTable(source, test).map((tt): Row => {
    const artifact = `testdata/npm/gha/${text(tt.artifact)}`;
    const options = {
      ...peerOptions(tt, tt.builderID === undefined ? undefined : text(tt.builderID)),
      ...(tt.pkgName !== undefined && { packageName: text(tt.pkgName) }),
      ...(tt.pkgVersion !== undefined && { packageVersion: text(tt.pkgVersion) }),
    };
    const name = `${text(tt.name)} (${text(tt.artifact)})`;
    return {
      test,
      name,
      builder: 'npm/gha',
      artifacts: [artifact],
      provenance: `${artifact}.json`,
      options,
      verdict: errorName(tt.err),
    };
  });
}

function bcrRows(source: string): Row[] {
  const test = 'Test_runVerifyGithubAttestation';
  return readTestTable(source, test).map((tt): Row => {
    const artifact = `testdata/bcr/${text(tt.artifact)}`;
    // The peer passes a pointer to the empty string when the case names no builder.
    const builderId = tt.builderID === undefined || tt.builderID === '' ? undefined : text(tt.builderID);
    return {
      test,
      name: text(tt.name),
      builder: 'bcr',
      artifacts: [artifact],
      provenance: `${artifact}.intoto.jsonl`,
      options: peerOptions(tt, builderId),
      verdict: errorName(tt.err),
    };
  });
}

function peerOptions(tt: GoCase, builderId: string | undefined): PeerOptions {
  return {
    sourceUri: text(tt.source),
    ...(builderId !== undefined && { builderId }),
    ...(tt.pbranch !== undefined && { branch: text(tt.pbranch) }),
    ...(tt.ptag !== undefined && { tag: text(tt.ptag) }),
    ...(tt.pversiontag !== undefined && { versionedTag: text(tt.pversiontag) }),
    ...(tt.inputs !== undefined && { inputs: tt.inputs as Record<string, string> }),
  };
}

/** `getBuildersAndVersions`: every version folder on disk at or above the minimum, in directory order. */
function buildersAndVersions(
  root: string,
  minVersion: string,
  specified: string[],
  defaults: string[],
): string[] {
  return (specified.length > 0 ? specified : defaults).flatMap((builder) => {
    const dir = join(root, SLSA_VERIFIER_DIR, builder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort()
      .filter((version) => minVersion === '' || compareSemver(minVersion, version) <= 0)
      .map((version) => `${builder}/${version}`);
  });
}

/** Identical artifacts in one folder are stored once: a missing one is the file whose digest the provenance attests. */
function storedArtifact(root: string, peerPath: string, peerProvenance: string): string {
  const path = vendored(peerPath);
  if (existsSync(join(root, path))) return path;
  const attested = new Set(
    readProvenanceFacts(join(root, vendored(peerProvenance))).subjects.map((s) => s.digest.sha256),
  );
  const folder = dirname(path);
  const match = readdirSync(join(root, folder))
    .filter((f) => !/\.(slsa|jsonl|sigstore|json)$/.test(f))
    .find((f) =>
      attested.has(
        createHash('sha256')
          .update(readFileSync(join(root, folder, f)))
          .digest('hex'),
      ),
    );
  if (!match) throw new Error(`${peerPath}: neither stored nor identical to a stored artifact`);
  return `${folder}/${match}`;
}

function vendored(peerPath: string): string {
  return peerPath.replace(/^testdata\//, `${SLSA_VERIFIER_DIR}/`);
}

function compareSemver(a: string, b: string): number {
  const parts = (v: string) => v.replace(/^v/, '').split('.').map(Number);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i += 1) if ((x[i] ?? 0) !== (y[i] ?? 0)) return Math.sign((x[i] ?? 0) - (y[i] ?? 0));
  return 0;
}

const text = (value: GoValue | undefined): string => {
  if (typeof value !== 'string') throw new Error(`expected a string, got ${JSON.stringify(value)}`);
  return value;
};
const list = (value: GoValue | undefined): string[] => (Array.isArray(value) ? value : []);
const errorName = (value: GoValue | undefined): string =>
  value && typeof value === 'object' && 'error' in value ? String(value.error) : 'pass';

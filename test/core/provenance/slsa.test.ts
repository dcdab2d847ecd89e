import { describe, expect, it } from 'vitest';
import { SLSA_V02, SLSA_V1, toPredicateFacts } from '../../../src/core/provenance/index.js';
import { factsOf, malformed, NO_FACTS, refusal, statementOf } from './builders.js';

const C1 = '1'.repeat(40);
const C2 = '2'.repeat(40);
const C3 = '3'.repeat(40);
const C4 = '4'.repeat(40);
const BUILDER = 'https://github.com/o/r/.github/workflows/release.yml@refs/tags/v1';
const BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
const WORKFLOW = {
  repository: 'https://github.com/o/r',
  ref: 'refs/tags/v1',
  path: '.github/workflows/release.yml',
};

/** A SLSA v1 predicate; `workflow: undefined` leaves externalParameters empty. */
function v1(parts: {
  workflow?: Record<string, string> | undefined;
  dependencies?: unknown;
  internalParameters?: unknown;
  builderId?: string;
}) {
  const buildDefinition: Record<string, unknown> = {
    buildType: BUILD_TYPE,
    externalParameters: parts.workflow ? { workflow: parts.workflow } : {},
  };
  if (parts.dependencies !== undefined) buildDefinition.resolvedDependencies = parts.dependencies;
  if (parts.internalParameters) buildDefinition.internalParameters = parts.internalParameters;
  return { buildDefinition, runDetails: { builder: { id: parts.builderId ?? BUILDER } } };
}

/** A SLSA v0.2 predicate; `invocation` and `materials` are left out when not given. */
function v02(parts: { invocation?: Record<string, unknown>; materials?: unknown[]; builderId?: string }) {
  const predicate: Record<string, unknown> = { builder: { id: parts.builderId ?? BUILDER } };
  if (parts.invocation) predicate.invocation = parts.invocation;
  if (parts.materials) predicate.materials = parts.materials;
  return predicate;
}

const gitMaterial = (uri: string, digest: Record<string, string>) => ({ uri, digest });

describe('predicate types', () => {
  it('names the two SLSA provenance types', () => {
    expect([SLSA_V1, SLSA_V02]).toStrictEqual([
      'https://slsa.dev/provenance/v1',
      'https://slsa.dev/provenance/v0.2',
    ]);
  });

  it.each([
    'https://slsa.dev/provenance/v0.1',
    'https://slsa.dev/provenance/v1.0',
    'https://slsa.dev/provenance/v0.2/',
    'HTTPS://SLSA.DEV/provenance/v1',
    'https://github.com/npm/attestation/tree/main/specs/publish/v0.1',
  ])('keeps the foreign type %s as it is and reads no facts from its predicate', (predicateType) => {
    const facts = factsOf(predicateType, v1({ workflow: WORKFLOW, dependencies: [] }));
    expect(facts).toStrictEqual({ ...NO_FACTS, predicateType });
  });

  it('reads a foreign type whatever its predicate holds', () => {
    expect(factsOf('https://example.com/custom', { anything: [1, 2] })).toStrictEqual({
      ...NO_FACTS,
      predicateType: 'https://example.com/custom',
    });
  });
});

describe('SLSA v1 facts', () => {
  it('reads a GitHub Actions workflow predicate', () => {
    const predicate = v1({
      workflow: WORKFLOW,
      dependencies: [gitMaterial('git+https://github.com/o/r@refs/tags/v1', { gitCommit: C1 })],
      internalParameters: { github: { repository_id: '42', repository_owner_id: '7' } },
    });
    expect(factsOf(SLSA_V1, predicate)).toStrictEqual({
      predicateType: SLSA_V1,
      buildType: BUILD_TYPE,
      builderId: BUILDER,
      sourceRepository: 'o/r',
      sourceHost: 'github.com',
      sourceRef: 'refs/tags/v1',
      sourceCommits: [C1],
      workflow: { repository: 'o/r', path: '.github/workflows/release.yml', ref: 'refs/tags/v1' },
      repositoryId: '42',
      repositoryOwnerId: '7',
    });
  });

  it('reads a predicate that names only its build type and builder', () => {
    expect(factsOf(SLSA_V1, v1({}))).toStrictEqual({
      ...NO_FACTS,
      predicateType: SLSA_V1,
      buildType: BUILD_TYPE,
      builderId: BUILDER,
    });
  });

  it.each([
    ['no github block', {}],
    ['an empty github block', { github: {} }],
  ])('has no repository IDs with %s', (_label, internalParameters) => {
    const facts = factsOf(SLSA_V1, v1({ workflow: WORKFLOW, internalParameters }));
    expect([facts.repositoryId, facts.repositoryOwnerId]).toStrictEqual([null, null]);
  });

  it('takes the source from the first git dependency when there is no workflow', () => {
    const predicate = v1({
      dependencies: [
        { digest: { gitCommit: C4 } },
        gitMaterial('pkg:npm/left-pad@1.3.0', { sha512: 'e'.repeat(128) }),
        gitMaterial('git+https://GHE.example.com/o/r@refs/heads/main', { gitCommit: C1 }),
        gitMaterial('git+https://github.com/p/q@refs/tags/v2', { gitCommit: C2 }),
      ],
    });
    expect(factsOf(SLSA_V1, predicate)).toStrictEqual({
      ...NO_FACTS,
      predicateType: SLSA_V1,
      buildType: BUILD_TYPE,
      builderId: BUILDER,
      sourceRepository: 'o/r',
      sourceHost: 'ghe.example.com',
      sourceRef: 'refs/heads/main',
      sourceCommits: [C1],
    });
  });

  it('has no source ref when the first git dependency names none', () => {
    const facts = factsOf(
      SLSA_V1,
      v1({ dependencies: [gitMaterial('https://github.com/o/r', { gitCommit: C1 })] }),
    );
    expect([facts.sourceRepository, facts.sourceHost, facts.sourceRef]).toStrictEqual([
      'o/r',
      'github.com',
      null,
    ]);
  });

  it('prefers the workflow over the dependencies for repository, host and ref', () => {
    const predicate = v1({
      workflow: { ...WORKFLOW, repository: 'https://GHE.example.com/o/r' },
      dependencies: [gitMaterial('git+https://github.com/p/q@refs/heads/dev', { gitCommit: C1 })],
    });
    const facts = factsOf(SLSA_V1, predicate);
    expect(facts).toMatchObject({
      sourceRepository: 'o/r',
      sourceHost: 'ghe.example.com',
      sourceRef: 'refs/tags/v1',
      sourceCommits: [],
      workflow: { repository: 'o/r', path: WORKFLOW.path, ref: 'refs/tags/v1' },
    });
  });

  it('has no host for a workflow repository given as a slug, even when a dependency names one', () => {
    const predicate = v1({
      workflow: { ...WORKFLOW, repository: 'o/r' },
      dependencies: [gitMaterial('git+https://github.com/o/r@refs/heads/dev', { gitCommit: C1 })],
    });
    expect(factsOf(SLSA_V1, predicate)).toMatchObject({
      sourceRepository: 'o/r',
      sourceHost: null,
      sourceRef: 'refs/tags/v1',
      sourceCommits: [C1],
      workflow: { repository: 'o/r', path: WORKFLOW.path, ref: 'refs/tags/v1' },
    });
  });
});

describe('SLSA v0.2 facts', () => {
  it('reads an npm predicate', () => {
    const predicate = v02({
      invocation: {
        configSource: {
          uri: 'git+https://github.com/o/r@refs/tags/v1',
          digest: { sha1: C1 },
          entryPoint: 'o/r/.github/workflows/publish.yml@refs/tags/v1',
        },
        environment: {
          GITHUB_REF: 'refs/tags/v1',
          GITHUB_REPOSITORY_ID: '42',
          GITHUB_REPOSITORY_OWNER_ID: '7',
        },
      },
      materials: [gitMaterial('git+https://github.com/o/r@refs/tags/v1', { sha1: C1 })],
    });
    expect(factsOf(SLSA_V02, { ...predicate, buildType: 'https://github.com/npm/cli/gha/v2' })).toStrictEqual(
      {
        predicateType: SLSA_V02,
        buildType: 'https://github.com/npm/cli/gha/v2',
        builderId: BUILDER,
        sourceRepository: 'o/r',
        sourceHost: 'github.com',
        sourceRef: 'refs/tags/v1',
        sourceCommits: [C1],
        workflow: { repository: 'o/r', path: '.github/workflows/publish.yml', ref: 'refs/tags/v1' },
        repositoryId: '42',
        repositoryOwnerId: '7',
      },
    );
  });

  it.each([
    ['only a builder', {}],
    ['an empty invocation', { invocation: {} }],
    ['an empty configSource', { invocation: { configSource: {}, environment: {} } }],
  ])('reads a predicate with %s', (_label, parts) => {
    expect(factsOf(SLSA_V02, v02(parts))).toStrictEqual({
      ...NO_FACTS,
      predicateType: SLSA_V02,
      builderId: BUILDER,
    });
  });

  it('reads the Enterprise host of the configSource', () => {
    const facts = factsOf(
      SLSA_V02,
      v02({ invocation: { configSource: { uri: 'git+https://GHE.example.com/o/r@refs/tags/v1' } } }),
    );
    expect([facts.sourceRepository, facts.sourceHost, facts.sourceRef]).toStrictEqual([
      'o/r',
      'ghe.example.com',
      'refs/tags/v1',
    ]);
  });

  it.each([
    [
      'the configSource ref over GITHUB_REF',
      'git+https://github.com/o/r@refs/tags/v1',
      'refs/heads/main',
      'refs/tags/v1',
    ],
    [
      'GITHUB_REF when the configSource names no ref',
      'git+https://github.com/o/r',
      'refs/heads/main',
      'refs/heads/main',
    ],
    [
      'GITHUB_REF when the configSource is not git',
      'https://example.com/build.tgz',
      'refs/heads/main',
      'refs/heads/main',
    ],
    ['no ref for an empty GITHUB_REF', 'git+https://github.com/o/r', '', null],
    ['no ref for a GITHUB_REF that is not a string', 'git+https://github.com/o/r', 7, null],
  ])('takes %s', (_label, uri, GITHUB_REF, ref) => {
    const facts = factsOf(
      SLSA_V02,
      v02({ invocation: { configSource: { uri }, environment: { GITHUB_REF } } }),
    );
    expect(facts.sourceRef).toBe(ref);
  });

  it.each([
    ['numbers', 42, 7],
    ['empty strings', '', ''],
  ])('has no repository IDs when the environment gives %s', (_label, id, ownerId) => {
    const environment = { GITHUB_REPOSITORY_ID: id, GITHUB_REPOSITORY_OWNER_ID: ownerId };
    const facts = factsOf(SLSA_V02, v02({ invocation: { environment } }));
    expect([facts.repositoryId, facts.repositoryOwnerId]).toStrictEqual([null, null]);
  });
});

describe('v0.2 source commits (configSource digest and materials)', () => {
  const SOURCE = 'git+https://github.com/o/r@refs/tags/v1';

  it.each([
    ['the configSource digest alone', { uri: SOURCE, digest: { sha1: C1 } }, undefined, [C1]],
    ['the materials alone', { uri: SOURCE }, [gitMaterial(SOURCE, { sha1: C2 })], [C2]],
    [
      'materials first, then the configSource',
      { uri: SOURCE, digest: { sha1: C1 } },
      [gitMaterial(SOURCE, { sha1: C2 })],
      [C2, C1],
    ],
    [
      'a commit named twice, once',
      { uri: SOURCE, digest: { sha1: C1 } },
      [gitMaterial(SOURCE, { sha1: C1 }), gitMaterial('https://github.com/o/r.git', { sha1: C1 })],
      [C1],
    ],
    [
      'only materials of the source repository',
      { uri: SOURCE, digest: { sha1: C1 } },
      [
        gitMaterial('git+https://github.com/p/q@refs/heads/main', { sha1: C2 }),
        gitMaterial('pkg:npm/left-pad@1.3.0', { sha1: C3 }),
        { digest: { sha1: C4 } },
        gitMaterial('git+https://github.com/o/r', { sha1: C3 }),
      ],
      [C3, C1],
    ],
    [
      'every material when the configSource is not a git URI',
      { uri: 'https://example.com/build.tgz', digest: { sha1: C1 } },
      [gitMaterial('git+https://github.com/p/q', { sha1: C2 }), { digest: { sha1: C3 } }],
      [C2, C3, C1],
    ],
    ['no configSource digest without a uri', { digest: { sha1: C1 } }, undefined, []],
    [
      'no commit for materials without a digest or a SHA-1',
      { uri: SOURCE },
      [{ uri: SOURCE }, gitMaterial(SOURCE, { sha256: 'a'.repeat(64) })],
      [],
    ],
  ])('counts %s', (_label, configSource, materials, commits) => {
    const facts = factsOf(SLSA_V02, v02({ invocation: { configSource }, materials }));
    expect(facts.sourceCommits).toStrictEqual(commits);
  });
});

describe('commit digest names', () => {
  const SOURCE = 'git+https://github.com/o/r@refs/tags/v1';

  it.each([
    ['v1', 'gitCommit and sha1', { gitCommit: C1, sha1: C2 }, [C1]],
    ['v1', 'sha1 only', { sha1: C2 }, [C2]],
    ['v1', 'no git digest', { sha256: 'a'.repeat(64) }, []],
    ['v1', 'gitCommit and a nameless digest', { '': C2, gitCommit: C1 }, [C1]],
    ['v0.2', 'sha1 and a nameless digest', { '': C2, sha1: C1 }, [C1]],
    ['v0.2', 'gitCommit and sha1', { gitCommit: C1, sha1: C2 }, [C2]],
    ['v0.2', 'gitCommit only', { gitCommit: C1 }, [C1]],
  ])('a %s material with %s gives %j', (version, _label, digest, commits) => {
    const facts =
      version === 'v1'
        ? factsOf(SLSA_V1, v1({ workflow: WORKFLOW, dependencies: [gitMaterial(SOURCE, digest)] }))
        : factsOf(
            SLSA_V02,
            v02({ invocation: { configSource: { uri: SOURCE } }, materials: [gitMaterial(SOURCE, digest)] }),
          );
    expect(facts.sourceCommits).toStrictEqual(commits);
  });

  it('keeps the first occurrence order and drops repeats of v1 dependencies', () => {
    const predicate = v1({
      workflow: WORKFLOW,
      dependencies: [
        gitMaterial(SOURCE, { gitCommit: C2 }),
        { uri: SOURCE },
        gitMaterial(SOURCE, { gitCommit: C1 }),
        gitMaterial(SOURCE, { gitCommit: C2 }),
      ],
    });
    expect(factsOf(SLSA_V1, predicate).sourceCommits).toStrictEqual([C2, C1]);
  });
});

describe('v0.2 workflow (entryPoint)', () => {
  const SOURCE = 'git+https://github.com/o/r@refs/tags/v1';

  it.each([
    [
      "an npm-style 'owner/name/path@ref', which names its own repository and ref",
      SOURCE,
      'p/q/.github/workflows/publish.yml@refs/tags/v2',
      { repository: 'p/q', path: '.github/workflows/publish.yml', ref: 'refs/tags/v2' },
    ],
    [
      'a qualified entryPoint whose path holds an @ (the ref follows the last one)',
      SOURCE,
      'p/q/.github/workflows/a@b.yml@refs/tags/v2',
      { repository: 'p/q', path: '.github/workflows/a@b.yml', ref: 'refs/tags/v2' },
    ],
    [
      'a bare path, in the source repository at the source ref',
      SOURCE,
      '.github/workflows/build.yml',
      { repository: 'o/r', path: '.github/workflows/build.yml', ref: 'refs/tags/v1' },
    ],
    [
      'a path with a leading slash, taken as bare',
      SOURCE,
      '/p/q/wf.yml@v2',
      { repository: 'o/r', path: '/p/q/wf.yml@v2', ref: 'refs/tags/v1' },
    ],
    [
      'an owner/name@ref without a path, taken as bare',
      SOURCE,
      'p/q@v2',
      { repository: 'o/r', path: 'p/q@v2', ref: 'refs/tags/v1' },
    ],
    [
      'a bare path when the source names no ref',
      'git+https://github.com/o/r',
      '.github/workflows/build.yml',
      null,
    ],
    [
      'a qualified entryPoint when the configSource is not git',
      'https://example.com/build.tgz',
      'p/q/.github/workflows/publish.yml@refs/tags/v2',
      null,
    ],
    ['no entryPoint', SOURCE, undefined, null],
    ['an empty entryPoint', SOURCE, '', null],
  ])('reads %s', (_label, uri, entryPoint, workflow) => {
    const environment = { GITHUB_REF: 'refs/heads/main' };
    const facts = factsOf(SLSA_V02, v02({ invocation: { configSource: { uri, entryPoint }, environment } }));
    expect(facts.workflow).toStrictEqual(workflow);
  });
});

describe('invalid predicates', () => {
  it.each([
    [
      'v1 without runDetails.builder',
      SLSA_V1,
      { ...v1({}), runDetails: {} },
      'SLSA v1 predicate is invalid at runDetails.builder: Invalid input: expected object, received undefined',
    ],
    [
      'v1 without runDetails.builder.id',
      SLSA_V1,
      { ...v1({}), runDetails: { builder: {} } },
      'SLSA v1 predicate is invalid at runDetails.builder.id: Invalid input: expected string, received undefined',
    ],
    [
      'v1 without a build type',
      SLSA_V1,
      { ...v1({}), buildDefinition: { externalParameters: {} } },
      'SLSA v1 predicate is invalid at buildDefinition.buildType: Invalid input: expected string, received undefined',
    ],
    [
      'v1 with resolvedDependencies that are not a list',
      SLSA_V1,
      v1({ dependencies: 'git+https://github.com/o/r' }),
      'SLSA v1 predicate is invalid at buildDefinition.resolvedDependencies: Invalid input: expected array, received string',
    ],
    [
      'v1 with a dependency uri that is not a string',
      SLSA_V1,
      v1({ dependencies: [{ uri: 1 }] }),
      'SLSA v1 predicate is invalid at buildDefinition.resolvedDependencies.0.uri: Invalid input: expected string, received number',
    ],
    [
      'a v0.2 predicate read as v1',
      SLSA_V1,
      v02({}),
      'SLSA v1 predicate is invalid at buildDefinition: Invalid input: expected object, received undefined',
    ],
    [
      'v0.2 without builder',
      SLSA_V02,
      {},
      'SLSA v0.2 predicate is invalid at builder: Invalid input: expected object, received undefined',
    ],
    [
      'v0.2 without builder.id',
      SLSA_V02,
      { builder: {} },
      'SLSA v0.2 predicate is invalid at builder.id: Invalid input: expected string, received undefined',
    ],
    [
      'v0.2 with a material digest that is not a string',
      SLSA_V02,
      v02({ materials: [{ uri: 'x', digest: { sha1: 1 } }] }),
      'SLSA v0.2 predicate is invalid at materials.0.digest.sha1: Invalid input: expected string, received number',
    ],
  ])('refuses %s, naming the field', (_label, predicateType, predicate, message) => {
    expect(refusal(() => factsOf(predicateType, predicate))).toEqual(malformed(message));
  });

  it.each(['repository', 'ref', 'path'])('refuses a v1 workflow without its %s', (field) => {
    const workflow: Record<string, string> = { ...WORKFLOW };
    delete workflow[field];
    expect(refusal(() => factsOf(SLSA_V1, v1({ workflow })))).toEqual(
      malformed(
        `SLSA v1 predicate is invalid at buildDefinition.externalParameters.workflow.${field}: Invalid input: expected string, received undefined`,
      ),
    );
  });

  it.each([
    ['v1', SLSA_V1],
    ['v0.2', SLSA_V02],
  ])(
    'says (root) for a %s predicate that is not an object (a statement not made by decodeStatement)',
    (version, type) => {
      const statement = { ...statementOf(type, {}), predicate: [] as unknown as Record<string, unknown> };
      expect(refusal(() => toPredicateFacts(statement))).toEqual(
        malformed(
          `SLSA ${version} predicate is invalid at (root): Invalid input: expected object, received array`,
        ),
      );
    },
  );
});

describe('identity values with whitespace or invisible characters', () => {
  const carries = (what: string, shown: string) =>
    malformed(`the predicate's ${what} carries whitespace or control characters: ${shown}`);
  const SOURCE = 'git+https://github.com/o/r@refs/tags/v1';

  it.each([
    [
      'a v1 builder.id with a space',
      SLSA_V1,
      v1({ builderId: 'https://x y' }),
      carries('builder.id', '"https://x y"'),
    ],
    ['an empty v1 builder.id', SLSA_V1, v1({ builderId: '' }), carries('builder.id', '""')],
    [
      'a v0.2 builder.id with a newline',
      SLSA_V02,
      v02({ builderId: 'b\n' }),
      carries('builder.id', '"b\\n"'),
    ],
    [
      'a v1 workflow repository with a bidi override',
      SLSA_V1,
      v1({ workflow: { ...WORKFLOW, repository: 'o/r\u202e' } }),
      carries('source repository', '"o/r\u202e"'),
    ],
    [
      'a v1 workflow ref with a newline',
      SLSA_V1,
      v1({ workflow: { ...WORKFLOW, ref: 'refs/tags/v1\n' } }),
      carries('source ref', '"refs/tags/v1\\n"'),
    ],
    [
      'a v1 dependency ref with a zero-width space',
      SLSA_V1,
      v1({ dependencies: [{ uri: 'git+https://github.com/o/r@refs/tags/v1\u200b' }] }),
      carries('source ref', '"refs/tags/v1\u200b"'),
    ],
    [
      'a v1 workflow path with a space',
      SLSA_V1,
      v1({ workflow: { ...WORKFLOW, path: '.github/workflows/re lease.yml' } }),
      carries('workflow path', '".github/workflows/re lease.yml"'),
    ],
    [
      'a v0.2 GITHUB_REF with a tab',
      SLSA_V02,
      v02({ invocation: { environment: { GITHUB_REF: 'refs/tags/v1\t' } } }),
      carries('source ref', '"refs/tags/v1\\t"'),
    ],
    [
      'a v0.2 entryPoint ref with a zero-width space',
      SLSA_V02,
      v02({
        invocation: { configSource: { uri: SOURCE, entryPoint: 'o/r/.github/workflows/p.yml@v1\u200b' } },
      }),
      carries('workflow ref', '"v1\u200b"'),
    ],
    [
      'a v0.2 entryPoint path with a tab',
      SLSA_V02,
      v02({ invocation: { configSource: { uri: SOURCE, entryPoint: 'o/r/.github/work\tflows/p.yml@v1' } } }),
      carries('workflow path', '".github/work\\tflows/p.yml"'),
    ],
    [
      'a v0.2 entryPoint with a newline before its end (not read as owner/name/path@ref)',
      SLSA_V02,
      v02({ invocation: { configSource: { uri: SOURCE, entryPoint: 'o/r/.github/workflows/p.yml@v1\nx' } } }),
      carries('workflow path', '"o/r/.github/workflows/p.yml@v1\\nx"'),
    ],
  ])('refuses %s', (_label, predicateType, predicate, refused) => {
    expect(refusal(() => factsOf(predicateType, predicate))).toEqual(refused);
  });
});

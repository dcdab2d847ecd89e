import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import {
  githubAttestationStatement,
  startSigstoreInstance,
  type SigstoreTestInstance,
} from '../support/sigstore/index.js';

const REPOSITORY = 'acme/widget';
const TAG = 'v1.2.3';
const COMMIT = 'c0ffee'.padEnd(40, '0');
const WORKFLOW_PATH = `${REPOSITORY}/.github/workflows/release.yml`;
const dir = mkdtempSync(join(tmpdir(), 'pg-forgery-flags-'));

let instance: SigstoreTestInstance;
let rootPath: string;
let artifact: string;
let second: string;
/** acme/widget's release.yml at refs/tags/v1.2.3 signed the artifact. */
let tagged: string;
/** The same workflow, running for the main branch. */
let branch: string;

async function mintAt(ref: string, subjects: { name: string; digest: Record<string, string> }[]) {
  const workflow = `https://github.com/${WORKFLOW_PATH}@${ref}`;
  const bundle = await instance.mint(
    githubAttestationStatement({
      subjects,
      repository: REPOSITORY,
      ref,
      commit: COMMIT,
      workflowPath: '.github/workflows/release.yml',
    }),
    {
      san: workflow,
      buildSignerUri: workflow,
      sourceRepositoryUri: `https://github.com/${REPOSITORY}`,
      sourceRepositoryDigest: COMMIT,
      sourceRepositoryRef: ref,
      runnerEnvironment: 'github-hosted',
    },
  );
  const path = join(dir, `${ref.replaceAll('/', '_')}-${subjects.length}.sigstore.json`);
  writeFileSync(path, JSON.stringify(bundle));
  return path;
}

function writeRandom(name: string) {
  const bytes = randomBytes(1024);
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return { path, digest: createHash('sha256').update(bytes).digest('hex') };
}

beforeAll(async () => {
  instance = await startSigstoreInstance('public-good');
  rootPath = await instance.writeTrustedRoot(dir);
  const a = writeRandom('widget-linux-amd64');
  artifact = a.path;
  second = writeRandom('widget-darwin-arm64').path;
  const subjects = [{ name: 'widget-linux-amd64', digest: { sha256: a.digest } }];
  tagged = await mintAt(`refs/tags/${TAG}`, subjects);
  branch = await mintAt('refs/heads/main', subjects);
}, 60_000);
afterAll(() => instance.close());

const verify = (...args: string[]) => runCli(['verify', ...args, '--custom-trusted-root', rootPath]);

describe('positive control', () => {
  it('the tagged release verifies with gh-style flags', async () => {
    const result = await verify(artifact, '--bundle', tagged, '--repo', REPOSITORY, '--source-ref', TAG);
    expect(result.exitCode, result.stdout).toBe(0);
  });
});

describe('an alias and its primary given different values', () => {
  const pairs: [string, string, string, string][] = [
    ['--repo', REPOSITORY, '--expected-source-repo', 'evil/widget'],
    ['--owner', 'acme', '--expected-owner', 'evil'],
    ['--cert-identity', `https://github.com/${WORKFLOW_PATH}@refs/tags/${TAG}`, '--expected-san', 'x'],
    ['--source-ref', TAG, '--tag', 'v9.9.9'],
    ['--source-digest', COMMIT, '--commit', 'f'.repeat(40)],
    ['--bundle', tagged, '--provenance', branch],
  ];
  for (const [primary, value, alias, other] of pairs) {
    it(`${alias} beside ${primary} is a usage error, in either order`, async () => {
      const pin = primary === '--repo' || alias === '--expected-source-repo' ? [] : ['--repo', REPOSITORY];
      const bundle = primary === '--bundle' ? [] : ['--bundle', tagged];
      for (const args of [
        [primary, value, alias, other],
        [alias, other, primary, value],
      ]) {
        const result = await verify(artifact, ...bundle, ...pin, ...args);
        expect(result.exitCode, result.stdout).toBe(2);
      }
    });
  }

  it('--json beside --format line or text is a usage error', async () => {
    for (const format of ['line', 'text']) {
      const result = await verify(
        artifact,
        '--bundle',
        tagged,
        '--repo',
        REPOSITORY,
        '--json',
        '--format',
        format,
      );
      expect(result.exitCode).toBe(2);
    }
  });
});

describe('--signer-workflow never widens what passes', () => {
  it('excludes --expected-builder-id', async () => {
    const result = await verify(
      artifact,
      '--bundle',
      tagged,
      '--repo',
      REPOSITORY,
      '--signer-workflow',
      WORKFLOW_PATH,
      '--expected-builder-id',
      `https://github.com/${WORKFLOW_PATH}@refs/tags/${TAG}`,
    );
    expect(result.exitCode).toBe(2);
  });

  it('without @REF a branch run does not pass', async () => {
    const result = await verify(
      artifact,
      '--bundle',
      branch,
      '--repo',
      REPOSITORY,
      '--signer-workflow',
      WORKFLOW_PATH,
    );
    expect(result.exitCode).toBe(1);
  });

  it('an @REF pin passes nothing the same --expected-builder-id would refuse', async () => {
    for (const ref of ['refs/heads/main', `refs/tags/${TAG}`, 'refs/tags/v9.9.9', '', 'refs/tags/*']) {
      for (const bundle of [tagged, branch]) {
        const signer = await verify(
          artifact,
          '--bundle',
          bundle,
          '--repo',
          REPOSITORY,
          '--signer-workflow',
          `${WORKFLOW_PATH}@${ref}`,
        );
        const builder = await verify(
          artifact,
          '--bundle',
          bundle,
          '--repo',
          REPOSITORY,
          '--expected-builder-id',
          `https://github.com/${WORKFLOW_PATH}@${ref}`,
        );
        if (signer.exitCode === 0) expect(builder.exitCode, `${ref} ${bundle}`).toBe(0);
      }
    }
  });

  const refused = [
    `evil.example/${WORKFLOW_PATH}`,
    `${REPOSITORY}/.github/workflows/..`,
    `../widget/.github/workflows/release.yml`,
    `acme/../.github/workflows/release.yml`,
    `${REPOSITORY}/.github/workflows/./release.yml`,
    `${REPOSITORY}/.github/workflows/release.yml/..`,
    `${REPOSITORY}/.github/workflows/%2e%2e`,
    `${REPOSITORY}/.github/workflows/release.yml?x=1`,
    `${REPOSITORY}/.github/workflows/release.yml#frag`,
    `github.com:443/${WORKFLOW_PATH}`,
    `http://github.com/${WORKFLOW_PATH}`,
    `ACME/widget/.github/workflows/release.yml`,
  ];
  for (const workflow of refused) {
    it(`${workflow} does not pass acme/widget's release`, async () => {
      const result = await verify(
        artifact,
        '--bundle',
        tagged,
        '--repo',
        REPOSITORY,
        '--signer-workflow',
        workflow,
      );
      expect(result.exitCode, result.stdout).not.toBe(0);
    });
  }

  it('a dot segment in the workflow path is refused as input', async () => {
    for (const workflow of [
      `${REPOSITORY}/.github/workflows/..`,
      `../widget/.github/workflows/release.yml`,
    ]) {
      const result = await verify(
        artifact,
        '--bundle',
        tagged,
        '--repo',
        REPOSITORY,
        '--signer-workflow',
        workflow,
      );
      expect(result.exitCode, workflow).toBe(2);
    }
  });
});

describe('--source-ref pins tags only', () => {
  for (const ref of ['refs/heads/main', 'refs/pull/1/merge', 'refs/remotes/origin/main', 'refs/tags/', '']) {
    it(`${JSON.stringify(ref)} is refused or passes nothing`, async () => {
      for (const flag of ['--source-ref', '--tag']) {
        for (const bundle of [tagged, branch]) {
          const result = await verify(artifact, '--bundle', bundle, '--repo', REPOSITORY, flag, ref);
          expect(result.exitCode, `${flag} ${ref}`).not.toBe(0);
        }
      }
    });
  }

  it('a branch is a usage error under either spelling', async () => {
    for (const flag of ['--source-ref', '--tag']) {
      const result = await verify(
        artifact,
        '--bundle',
        branch,
        '--repo',
        REPOSITORY,
        flag,
        'refs/heads/main',
      );
      expect(result.exitCode).toBe(2);
    }
  });
});

describe('positional FILE and --artifact', () => {
  it('a file given both ways beside one that fails does not pass', async () => {
    const result = await verify(
      artifact,
      '--artifact',
      second,
      '--bundle',
      tagged,
      '--repo',
      REPOSITORY,
      '--require-all-subjects',
    );
    expect(result.exitCode).not.toBe(0);
  });

  it('a positional after -- that looks like a pin is a file, not a pin', async () => {
    const result = await verify('--bundle', tagged, '--repo', REPOSITORY, '--', artifact, '--owner=evil');
    expect(result.exitCode).not.toBe(0);
  });
});

describe('outputs never say PASSED or VERIFIED for a verdict that is not a pass', () => {
  const trusted = () => ['--custom-trusted-root', rootPath];
  const cases: [string, () => string[]][] = [
    [
      'rejected: another repository',
      () => [artifact, '--bundle', tagged, '--repo', 'evil/widget', ...trusted()],
    ],
    [
      'rejected: one of two artifacts has no subject',
      () => [artifact, second, '--bundle', tagged, '--repo', REPOSITORY, ...trusted()],
    ],
    [
      'rejected: a branch run against a tag pin',
      () => [artifact, '--bundle', branch, '--repo', REPOSITORY, '--source-ref', TAG, ...trusted()],
    ],
    [
      'undecided: trust unreachable',
      () => [artifact, '--bundle', tagged, '--repo', REPOSITORY, '--tuf-mirror', 'http://127.0.0.1:9'],
    ],
  ];
  for (const [what, args] of cases) {
    for (const format of ['line', 'json', 'text']) {
      it(`${what} (--format ${format})`, async () => {
        const result = await runCli(['verify', ...args(), '--format', format]);
        expect(result.exitCode).not.toBe(0);
        const out = `${result.stdout}\n${result.stderr ?? ''}`;
        expect(out).not.toMatch(/^PASSED/m);
        expect(out).not.toMatch(/\bVERIFIED\b/);
        expect(out).not.toMatch(/"verified": true/);
      });
    }
  }
});

describe('invisible and confusable characters in identity flags are refused, never stripped', () => {
  const characters: [string, string][] = [
    ['U+00A0', '\u00a0'],
    ['U+FEFF', '\ufeff'],
    ['U+2060', '\u2060'],
    ['U+202E', '\u202e'],
    ['U+2066', '\u2066'],
    ['U+200B', '\u200b'],
    ['U+00AD', '\u00ad'],
    ['U+E0041', '\u{e0041}'],
    ['U+034F', '\u034f'],
    ['U+FE0F', '\ufe0f'],
    ['U+180B', '\u180b'],
    ['U+3164', '\u3164'],
    ['U+115F', '\u115f'],
    ['U+2800', '\u2800'],
  ];
  const pins: [string, string, (v: string) => string][] = [
    ['--repo', REPOSITORY, (c) => `acme/wid${c}get`],
    ['--owner', 'acme', (c) => `ac${c}me`],
    ['--cert-identity', '', (c) => `https://github.com/${WORKFLOW_PATH}${c}@refs/tags/${TAG}`],
    ['--signer-workflow', '', (c) => `${REPOSITORY}/.github/workflows/rel${c}ease.yml`],
    ['--expected-builder-id', '', (c) => `https://github.com/${WORKFLOW_PATH}${c}`],
    ['--source-ref', '', (c) => `v1.2${c}.3`],
    ['--source-digest', '', (c) => `${COMMIT.slice(0, 20)}${c}${COMMIT.slice(20)}`],
    ['--github-server-url', '', (c) => `https://git${c}hub.com`],
    ['--expected-issuer', '', (c) => `https://token.actions.${c}githubusercontent.com`],
    ['--expected-repository-id', '', (c) => `12${c}34`],
  ];
  for (const [name, character] of characters) {
    it(`${name} is refused in every identity flag`, async () => {
      const accepted: string[] = [];
      for (const [flag, , valueWith] of pins) {
        const base = flag === '--repo' ? [] : ['--repo', REPOSITORY];
        const result = await verify(artifact, '--bundle', tagged, ...base, flag, valueWith(character));
        if (result.exitCode !== 2) accepted.push(`${flag} (exit ${result.exitCode})`);
      }
      expect(accepted).toEqual([]);
    });
  }

  it('a fullwidth host in --github-server-url or --repo is refused, not mapped to github.com', async () => {
    for (const args of [
      ['--repo', REPOSITORY, '--github-server-url', 'https://ｇｉｔｈｕｂ.com'],
      ['--repo', 'https://ｇｉｔｈｕｂ.com/acme/widget'],
    ]) {
      const result = await verify(artifact, '--bundle', tagged, ...args);
      expect(result.exitCode, args.join(' ')).toBe(2);
    }
  });
});

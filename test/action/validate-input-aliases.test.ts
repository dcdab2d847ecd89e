import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RENAMED_INPUTS } from '../../src/action/validate/input-aliases.js';
import { readActionInputs } from '../../src/action/validate/inputs.js';
import type { PolicyRequest } from '../../src/commands/verify/index.js';
import { GuardError } from '../../src/core/errors/index.js';
import { startGitHubEmulator, type GitHubEmulator } from '../emulator/emulator.js';
import { startSigstoreInstance, type SigstoreTestInstance } from '../support/sigstore/index.js';
import { mintedRelease, TAG, WORKFLOW, type MintedRelease } from '../integration/minted-release.js';
import { actionEnvironment, captureStdout } from './validate-env.js';

const TOKEN = 'ghs_inputAliasesTestToken0123456789abc';
const ISSUER = 'https://token.actions.githubusercontent.com';
const NOW = new Date('2026-11-25T12:00:00Z');
type Policy = PolicyRequest['policy'];

const BASE_ENV = {
  GITHUB_REPOSITORY: 'acme/widget',
  GITHUB_RUN_ID: '41',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_ACTOR: 'release-bot',
  PATH: '/usr/bin:/bin',
};
const BASE_INPUTS = {
  tag: TAG,
  'artifact-path': '/nonexistent/widget',
  'provenance-path': '/nonexistent/widget.sigstore.json',
  'github-token': TOKEN,
};

/** Each renamed input: a value it takes, and where that value lands in the verification policy. */
const CASES: Record<(typeof RENAMED_INPUTS)[number]['name'], [string, (policy: Policy) => unknown]> = {
  repo: ['acme/other', (policy) => policy.expectedSourceRepository],
  owner: ['acme', (policy) => policy.expectedOwner],
  'source-digest': ['a'.repeat(40), (policy) => policy.commit],
  'cert-identity': [WORKFLOW, (policy) => policy.expectedSan],
  'cert-oidc-issuer': ['https://issuer.example', (policy) => policy.expectedIssuer],
};
const renamed = RENAMED_INPUTS.map((input) => [input.name, input.deprecated] as const);

/** readActionInputs with these inputs set: its policy and the workflow commands it printed. */
async function read(inputs: Record<string, string>) {
  actionEnvironment(BASE_ENV, { ...BASE_INPUTS, ...inputs });
  let result: ReturnType<typeof readActionInputs> | undefined;
  const written = await captureStdout(async () => {
    result = readActionInputs(NOW);
  });
  return { request: result!.request, warnings: written.split('\n').filter((l) => l.startsWith('::warning')) };
}

describe("validate's inputs in gh attestation verify's words, the former names deprecated", () => {
  it('renames exactly the inputs whose meaning is the gh flag of that name', () => {
    expect(renamed).toEqual([
      ['repo', 'expected-source-repo'],
      ['owner', 'expected-owner'],
      ['source-digest', 'commit-sha'],
      ['cert-identity', 'expected-san'],
      ['cert-oidc-issuer', 'expected-issuer'],
    ]);
  });

  it.each(renamed)('%s sets the check, with no deprecation warning', async (name) => {
    const [value, field] = CASES[name];
    const { request, warnings } = await read({ [name]: value });
    expect(field(request.verify.policy)).toBe(value);
    expect(warnings).toEqual([]);
  });

  it.each(renamed)('%s under its former name %s still sets it, and warns', async (name, deprecated) => {
    const [value, field] = CASES[name];
    const { request, warnings } = await read({ [deprecated]: value });
    expect(field(request.verify.policy)).toBe(value);
    expect(warnings).toEqual([`::warning::input ${deprecated} is deprecated: use ${name}`]);
  });

  it.each(renamed)(
    '%s and %s set to the same value: accepted, with the warning',
    async (name, deprecated) => {
      const [value, field] = CASES[name];
      const { request, warnings } = await read({ [name]: value, [deprecated]: value });
      expect(field(request.verify.policy)).toBe(value);
      expect(warnings).toEqual([`::warning::input ${deprecated} is deprecated: use ${name}`]);
    },
  );

  it.each(renamed)('%s and %s set to different values are input_invalid', async (name, deprecated) => {
    const [value] = CASES[name];
    const error = await read({ [name]: value, [deprecated]: `${value}x` }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GuardError);
    expect(error).toMatchObject({ code: 'input_invalid' });
    expect((error as Error).message).toContain(`${name} and ${deprecated}`);
  });

  it('repo and owner win over the policy file under either name', async () => {
    const sources: Record<string, string>[] = [
      { repo: 'acme/widget' },
      { 'expected-source-repo': 'acme/widget' },
    ];
    const owners: Record<string, string>[] = [{ owner: 'acme' }, { 'expected-owner': 'acme' }];
    for (const inputs of sources)
      expect((await read(inputs)).request.explicitPolicyFields).toContain('expectedSourceRepository');
    for (const inputs of owners)
      expect((await read(inputs)).request.explicitPolicyFields).toContain('expectedOwner');
    expect((await read({})).request.explicitPolicyFields).not.toContain('expectedSourceRepository');
  });

  it('a malformed value is reported under the name the workflow used', async () => {
    for (const name of ['source-digest', 'commit-sha']) {
      const error = await read({ [name]: 'not a commit' }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'input_invalid' });
      expect((error as Error).message).toContain(name);
    }
  });
});

describe('action.yml and the templates', () => {
  const declared = (
    parse(readFileSync('action.yml', 'utf8')) as {
      inputs: Record<string, { default?: string; deprecationMessage?: string }>;
    }
  ).inputs;

  it.each(renamed)('declares %s, and %s as deprecated, neither with a default', (name, deprecated) => {
    expect(declared[name]).toBeDefined();
    expect(declared[deprecated]?.deprecationMessage).toBe(`use ${name}`);
    // A default would count as set: it would conflict with a value given under the other name.
    expect(declared[name]?.default).toBeUndefined();
    expect(declared[deprecated]?.default).toBeUndefined();
  });

  it('the workflow templates use no deprecated input name', () => {
    const used = readdirSync('workflows-templates')
      .filter((file) => file.endsWith('.yml'))
      .flatMap((file) =>
        renamed
          .filter(([, deprecated]) =>
            new RegExp(`^\\s*${deprecated}:`, 'm').test(
              readFileSync(join('workflows-templates', file), 'utf8'),
            ),
          )
          .map(([, deprecated]) => `${file}: ${deprecated}`),
      );
    expect(used).toEqual([]);
  });
});

describe('the validate step with the renamed inputs (emulator, minted provenance)', () => {
  let gh: GitHubEmulator;
  let sigstore: SigstoreTestInstance;
  let release: MintedRelease;
  let bundlePath: string;
  let commit: string;
  let run: (now?: Date) => Promise<void>;

  beforeAll(async () => {
    gh = await startGitHubEmulator({ tokens: { [TOKEN]: ['contents:write', 'actions:read'] } });
    process.env.GITHUB_API_URL = gh.url;
    delete process.env.GITHUB_SERVER_URL;
    ({ run } = await import('../../src/action/validate/main.js'));
    gh.state.repos.create('acme/widget');
    gh.state.git.createTag('acme/widget', TAG);
    commit = gh.state.git.resolve('acme/widget', TAG)!.sha;
    sigstore = await startSigstoreInstance('public-good');
    release = await mintedRelease(sigstore, commit);
    bundlePath = release.write(
      'alias.sigstore.json',
      await sigstore.mint(release.statement(), release.identity),
    );
  });
  afterAll(async () => {
    await Promise.all([gh?.close(), sigstore?.close()]);
  });

  async function validate(inputs: Record<string, string>) {
    const env = actionEnvironment(BASE_ENV, {
      tag: TAG,
      'artifact-path': release.artifactPath,
      'provenance-path': bundlePath,
      'expected-builder-id': WORKFLOW,
      trust: release.trustedRootPath,
      'github-token': TOKEN,
      manifest: 'false',
      ...inputs,
    });
    const written = await captureStdout(() => run(NOW));
    const outputs = env.outputs();
    const checks = outputs.verdict
      ? (JSON.parse(outputs.verdict) as { checks: { name: string; ok: boolean | null }[] }).checks
      : [];
    return { outputs, written, failed: checks.filter((c) => c.ok === false).map((c) => c.name) };
  }
  const pins = (names: 'new' | 'old', values: { commit: string; san: string }) => {
    const given = { repo: 'acme/widget', owner: 'acme', 'source-digest': values.commit };
    const more = { 'cert-identity': values.san, 'cert-oidc-issuer': ISSUER };
    const all: Record<string, string> = { ...given, ...more };
    if (names === 'new') return all;
    return Object.fromEntries(
      RENAMED_INPUTS.map(({ name, deprecated }) => [deprecated, all[name]!] as const),
    );
  };

  it('verifies a release pinned with the new names, with no warning', async () => {
    const { outputs, written } = await validate(pins('new', { commit, san: WORKFLOW }));
    expect(outputs, written).toMatchObject({ verified: 'true', 'failure-reason': '' });
    expect(written).not.toContain('is deprecated');
    expect(process.exitCode).toBeUndefined();
  });

  it('verifies the same release pinned with the former names, one deprecation line per name', async () => {
    const { outputs, written } = await validate(pins('old', { commit, san: WORKFLOW }));
    expect(outputs, written).toMatchObject({ verified: 'true', 'failure-reason': '' });
    for (const { name, deprecated } of RENAMED_INPUTS)
      expect(written.split('\n')).toContain(`::warning::input ${deprecated} is deprecated: use ${name}`);
  });

  it.each(['new', 'old'] as const)(
    'a wrong source digest under the %s names rejects the release',
    async (names) => {
      const { outputs, failed } = await validate(pins(names, { commit: 'f'.repeat(40), san: WORKFLOW }));
      expect(outputs).toMatchObject({ verified: 'false', 'failure-reason': 'materials_mismatch' });
      expect(failed).toEqual(['source_commit']);
    },
  );

  it.each(['new', 'old'] as const)(
    'another certificate identity under the %s names rejects it',
    async (names) => {
      const { outputs, failed } = await validate(pins(names, { commit, san: `${WORKFLOW}x` }));
      expect(outputs.verified).toBe('false');
      expect(failed).toEqual(['certificate_identity']);
    },
  );

  it('repo and expected-source-repo naming different repositories: input_invalid, nothing verified', async () => {
    const { outputs, written } = await validate({
      repo: 'acme/widget',
      'expected-source-repo': 'acme/other',
    });
    expect(outputs).toMatchObject({ verified: 'false', 'failure-reason': 'input_invalid' });
    expect(written).toContain('repo and expected-source-repo');
    expect(process.exitCode).toBe(1);
  });
});

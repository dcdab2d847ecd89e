import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  parseInputs,
  text,
  toPolicyRequest,
  toVerifyRequest,
  url,
  type PolicyInputs,
  type VerifyInputs,
} from '../../../src/commands/verify/index.js';
import { GuardError } from '../../../src/core/errors/index.js';

const NOW = new Date('2026-11-25T00:00:00Z');
const COMMIT = '0123456789abcdef0123456789abcdef01234567';
const flag = (field: string) => `--${field}`;

const minimal: VerifyInputs = {
  expectedBuilderIds: [],
  expectedSourceRepo: null,
  tag: null,
  commit: null,
  expectedSan: null,
  trust: { kind: 'embedded' },
  rekorUrl: null,
  requireAllSubjects: false,
  override: null,
  artifacts: [],
  provenance: 'provenance.json',
};

const verify = (overrides: Record<string, unknown>) =>
  toVerifyRequest({ ...minimal, ...overrides } as VerifyInputs, flag, NOW);

/** The message of the input_invalid error `fn` throws. */
function inputError(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(GuardError);
    expect((error as GuardError).code).toBe('input_invalid');
    return (error as GuardError).message;
  }
  throw new Error('expected an input_invalid error');
}

describe('text and url', () => {
  it('text trims and refuses what is empty once trimmed', () => {
    expect(text.parse('  a b  ')).toBe('a b');
    expect(text.safeParse(' \t ').error?.issues[0]?.message).toBe('must not be empty');
  });

  it('url trims, then needs an absolute URL', () => {
    expect(url.parse(' https://rekor.example.com ')).toBe('https://rekor.example.com');
    expect(url.safeParse('rekor.example.com').error?.issues[0]?.message).toBe('must be an absolute URL');
    expect(url.safeParse('  ').error?.issues[0]?.message).toBe('must not be empty');
  });
});

describe('parseInputs names the failing input the way the caller spells it', () => {
  const schema = z.object({ top: z.string(), nested: z.object({ list: z.array(z.string()) }) });
  const name = (field: string) => `<${field}>`;

  it('returns the parsed data when it is valid', () => {
    expect(parseInputs(schema, { top: 'a', nested: { list: ['b'] } }, name)).toEqual({
      top: 'a',
      nested: { list: ['b'] },
    });
  });

  it.each([
    [
      'a top-level field: no detail',
      { top: 1, nested: { list: [] } },
      '<top> Invalid input: expected string, received number',
    ],
    [
      'a nested field: the rest of the path, dotted',
      { top: 'a', nested: { list: ['b', 2] } },
      '<nested> (list.1) Invalid input: expected string, received number',
    ],
    ['the value itself: an empty name', 5, '<> Invalid input: expected object, received number'],
  ])('%s', (_, raw, message) => {
    expect(inputError(() => parseInputs(schema, raw, name))).toBe(message);
  });
});

describe('toVerifyRequest', () => {
  it('fills every default and maps the inputs onto the request', () => {
    expect(verify({ artifacts: [' dist/app.tgz '], provenance: ' app.intoto.jsonl ' })).toEqual({
      trust: { kind: 'embedded' },
      rekorUrl: null,
      requireAllSubjects: false,
      artifactPaths: ['dist/app.tgz'],
      provenancePath: 'app.intoto.jsonl',
      policy: {
        expectedBuilderIds: [],
        expectedSourceRepository: null,
        expectedOwner: null,
        githubServerUrl: 'https://github.com',
        denySelfHostedRunners: false,
        tag: null,
        commit: null,
        expectedIssuer: 'https://token.actions.githubusercontent.com',
        expectedSan: null,
        expectedRepositoryId: null,
        override: null,
        now: NOW,
      },
    });
  });

  it('carries every pin it was given, the commit lower-cased and the server URL without its slash', () => {
    const request = verify({
      expectedBuilderIds: ['https://github.com/acme/widget/.github/workflows/release.yml'],
      expectedSourceRepo: 'acme/widget',
      expectedOwner: 'acme',
      githubServerUrl: 'https://ghe.example.com/',
      denySelfHostedRunners: true,
      tag: 'v1.2.3',
      commit: ` ${COMMIT.toUpperCase()} `,
      expectedIssuer: 'https://issuer.example.com',
      expectedSan: 'https://github.com/acme/widget/.github/workflows/release.yml@refs/tags/v1.2.3',
      expectedRepositoryId: ' 42 ',
      rekorUrl: 'https://rekor.example.com',
      requireAllSubjects: true,
      trust: { kind: 'file', path: ' roots.jsonl ' },
    });
    expect(request).toMatchObject({
      trust: { kind: 'file', path: 'roots.jsonl' },
      rekorUrl: 'https://rekor.example.com',
      requireAllSubjects: true,
      policy: {
        expectedBuilderIds: ['https://github.com/acme/widget/.github/workflows/release.yml'],
        expectedSourceRepository: 'acme/widget',
        expectedOwner: 'acme',
        githubServerUrl: 'https://ghe.example.com',
        denySelfHostedRunners: true,
        tag: 'v1.2.3',
        commit: COMMIT,
        expectedIssuer: 'https://issuer.example.com',
        expectedSan: 'https://github.com/acme/widget/.github/workflows/release.yml@refs/tags/v1.2.3',
        expectedRepositoryId: '42',
      },
    });
  });

  it('keeps a server URL that has no trailing slash as it is', () => {
    expect(verify({ githubServerUrl: 'https://ghe.example.com' }).policy.githubServerUrl).toBe(
      'https://ghe.example.com',
    );
  });

  it.each([
    ['tuf', { kind: 'tuf' }],
    ['tuf with a mirror', { kind: 'tuf', mirrorUrl: 'https://tuf.example.com', rootPath: 'root.json' }],
    ['file', { kind: 'file', path: 'trusted_root.json' }],
    ['embedded', { kind: 'embedded' }],
  ])('accepts the %s trust source', (_, trust) => {
    expect(verify({ trust }).trust).toEqual(trust);
  });

  it.each([
    ['a URL', 'expectedSourceRepo', 'https://ghe.example.com/my.org/my-repo_1'],
    ['OWNER/NAME', 'expectedSourceRepo', 'my.org/my-repo_1'],
    ['an owner', 'expectedOwner', 'Acme_org.1-x'],
    ['a host', 'githubServerUrl', 'https://ghe.example.com'],
    ['a tag with a slash', 'tag', 'release/v1.2.3'],
    ['a one-digit ID', 'expectedRepositoryId', '7'],
    ['a long ID', 'expectedRepositoryId', '1234567890'],
    ['a mixed-case commit', 'commit', COMMIT.slice(0, 20).toUpperCase() + COMMIT.slice(20)],
  ])('accepts %s as %s', (_, field, value) => {
    expect(() => verify({ [field]: value })).not.toThrow();
  });

  const REPO = 'must be OWNER/NAME or its https URL';
  const OWNER = 'must be a GitHub owner name';
  const HOST = 'must be https://HOST';
  const TAG = 'is not a valid git tag name';
  const SHA = 'must be a 40-hex-digit commit SHA';
  const ID = 'must be a numeric repository ID';
  const PLAIN = 'must not contain whitespace or control characters';
  it.each([
    ['expectedSourceRepo', 'widget', REPO],
    ['expectedSourceRepo', 'acme/widget/extra', REPO],
    ['expectedSourceRepo', '@acme/widget', REPO],
    ['expectedSourceRepo', 'acme/widget@', REPO],
    ['expectedSourceRepo', 'http://github.com/acme/widget', REPO],
    ['expectedSourceRepo', 'acme/widget\n', PLAIN],
    ['expectedSourceRepo', '', 'must not be empty'],
    ['expectedOwner', 'acme/widget', OWNER],
    ['expectedOwner', '@acme', OWNER],
    ['expectedOwner', 'acme@', OWNER],
    ['expectedOwner', ' acme', PLAIN],
    ['githubServerUrl', 'http://ghe.example.com', HOST],
    ['githubServerUrl', 'https://ghe.example.com/api', HOST],
    ['githubServerUrl', 'xhttps://ghe.example.com', HOST],
    ['githubServerUrl', 'ghe.example.com', 'must be an absolute URL'],
    ['tag', 'v1~', TAG],
    ['tag', 'v1^', TAG],
    ['tag', 'v1:', TAG],
    ['tag', 'v1?', TAG],
    ['tag', 'v1*', TAG],
    ['tag', 'v1[', TAG],
    ['tag', 'v1\\', TAG],
    ['tag', '~v1', TAG],
    ['tag', 'v1 ', PLAIN],
    ['tag', 'v1\u0007', PLAIN],
    ['tag', '', 'must not be empty'],
    ['commit', COMMIT.slice(1), SHA],
    ['commit', `${COMMIT}0`, SHA],
    ['commit', `x${COMMIT}`, SHA],
    ['commit', 'g'.repeat(40), SHA],
    ['commit', '  ', 'must not be empty'],
    ['expectedRepositoryId', '0', ID],
    ['expectedRepositoryId', '042', ID],
    ['expectedRepositoryId', '42a', ID],
    ['expectedRepositoryId', 'a42', ID],
    ['expectedSan', 'https://github.com/acme/widget/\u200b', PLAIN],
    ['expectedSan', '\tx', PLAIN],
    ['expectedSan', '', 'must not be empty'],
    ['expectedIssuer', 'issuer', 'must be an absolute URL'],
    ['expectedIssuer', 'https://issuer.example.com ', PLAIN],
    ['rekorUrl', 'rekor', 'must be an absolute URL'],
    ['rekorUrl', ' ', 'must not be empty'],
    ['provenance', ' ', 'must not be empty'],
    ['denySelfHostedRunners', 'yes', 'Invalid input: expected boolean, received string'],
    ['requireAllSubjects', undefined, 'Invalid input: expected boolean, received undefined'],
  ])('refuses %s %j: %s', (field, value, message) => {
    expect(inputError(() => verify({ [field]: value }))).toBe(`--${field} ${message}`);
  });

  it.each([
    ['expectedBuilderIds', ['https://github.com/a/b', 'a/b'], '(1) must be an absolute URL'],
    ['expectedBuilderIds', ['https://github.com/a/b '], `(0) ${PLAIN}`],
    ['artifacts', ['app.tgz', ' '], '(1) must not be empty'],
    ['trust', { kind: 'file', path: ' ' }, '(path) must not be empty'],
    ['trust', { kind: 'tuf', mirrorUrl: 'mirror' }, '(mirrorUrl) must be an absolute URL'],
    ['trust', { kind: 'tuf', rootPath: '' }, '(rootPath) must not be empty'],
    [
      'trust',
      { kind: 'sigstore' },
      "(kind) Invalid discriminator value. Expected 'tuf' | 'file' | 'embedded'",
    ],
  ])('refuses %s %j, naming where inside it: %s', (field, value, message) => {
    expect(inputError(() => verify({ [field]: value }))).toBe(`--${field} ${message}`);
  });
});

describe('the override', () => {
  const override = (fields: Record<string, unknown>) =>
    verify({
      override: { reason: 'legacy line', approver: 'reviewer', expiresAt: '2026-11-30T00:00:00Z', ...fields },
    }).policy.override;

  it('reads its expiry as a date', () => {
    expect(override({})).toEqual({
      reason: 'legacy line',
      approver: 'reviewer',
      expiresAt: new Date('2026-11-30T00:00:00Z'),
    });
  });

  it.each([
    ['an offset', '2026-11-30T02:00:00+02:00', '2026-11-30T00:00:00.000Z'],
    ['exactly now (the verdict reports it expired)', NOW.toISOString(), NOW.toISOString()],
    ['already expired (the verdict reports it)', '2026-11-01T00:00:00Z', '2026-11-01T00:00:00.000Z'],
    ['exactly seven days', '2026-12-02T00:00:00Z', '2026-12-02T00:00:00.000Z'],
  ])('accepts an expiry with %s', (_, expiresAt, iso) => {
    expect(override({ expiresAt })?.expiresAt.toISOString()).toBe(iso);
  });

  it('accepts a reason of 500 and an approver of 100 characters', () => {
    expect(override({ reason: 'r'.repeat(500), approver: 'a'.repeat(100) })).toMatchObject({
      reason: 'r'.repeat(500),
      approver: 'a'.repeat(100),
    });
  });

  const ISO = 'must be an ISO 8601 date-time with an offset, e.g. 2026-12-01T12:00:00Z';
  it.each([
    ['reason', 'r'.repeat(501), '(reason) must be at most 500 characters'],
    ['reason', ' ', '(reason) must not be empty'],
    ['approver', 'a'.repeat(101), '(approver) must be at most 100 characters'],
    ['approver', '', '(approver) must not be empty'],
    ['expiresAt', '2026-11-30 10:00', `(expiresAt) ${ISO}`],
    ['expiresAt', '2026-11-30T10:00:00', `(expiresAt) ${ISO}`],
    ['expiresAt', '1', `(expiresAt) ${ISO}`],
  ])('refuses %s %j', (field, value, message) => {
    expect(inputError(() => override({ [field]: value }))).toBe(`--override ${message}`);
  });

  it('refuses a live window longer than seven days, naming the input', () => {
    expect(inputError(() => override({ expiresAt: '2026-12-02T00:00:01Z' }))).toBe(
      '--override expires more than 7 days after 2026-11-25T00:00:00.000Z: overrides are time-bound',
    );
  });
});

describe('toPolicyRequest', () => {
  const policyInputs: PolicyInputs = { ...minimal };
  delete (policyInputs as Partial<VerifyInputs>).artifacts;
  delete (policyInputs as Partial<VerifyInputs>).provenance;

  it('takes the policy inputs alone: no artifact or provenance fields', () => {
    const request = toPolicyRequest({ ...policyInputs, tag: 'v2' }, flag, NOW);
    expect(request).not.toHaveProperty('artifactPaths');
    expect(request).not.toHaveProperty('provenancePath');
    expect(request.policy.tag).toBe('v2');
  });

  it('names the input with the caller spelling', () => {
    const name = (field: string) => (field === 'tag' ? 'INPUT_TAG' : field);
    expect(inputError(() => toPolicyRequest({ ...policyInputs, tag: 'a:b' }, name, NOW))).toBe(
      'INPUT_TAG is not a valid git tag name',
    );
  });
});

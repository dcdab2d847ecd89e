import { describe, expect, it } from 'vitest';
import { describePin, matchesPin, toSourcePins, type SourcePin } from '../../../src/core/policy/index.js';
import { policy } from '../../support/fixtures.js';

const REUSABLE = 'https://github.com/acme/reusable/.github/workflows/build.yml@refs/tags/v1';

describe('toSourcePins: what the policy pins of the source', () => {
  it.each([
    ['nothing', {}, []],
    [
      'OWNER/NAME, on github.com',
      { expectedSourceRepository: 'o/r' },
      [{ host: 'github.com', owner: 'o', name: 'r' }],
    ],
    [
      'OWNER/NAME, on the GitHub Enterprise server of the policy',
      { expectedSourceRepository: 'O/R', githubServerUrl: 'https://GHE.Example' },
      [{ host: 'ghe.example', owner: 'O', name: 'R' }],
    ],
    [
      'OWNER/NAME.git without .git',
      { expectedSourceRepository: 'o/r.git' },
      [{ host: 'github.com', owner: 'o', name: 'r' }],
    ],
    [
      'a name that only contains .git',
      { expectedSourceRepository: 'o/r.github' },
      [{ host: 'github.com', owner: 'o', name: 'r.github' }],
    ],
    [
      'an https URL, on its own host',
      { expectedSourceRepository: 'https://Other.Example/o/r.git', githubServerUrl: 'https://ghe.example' },
      [{ host: 'other.example', owner: 'o', name: 'r' }],
    ],
    [
      'an owner without a name',
      { expectedSourceRepository: 'o' },
      [{ host: 'github.com', owner: 'o', name: '' }],
    ],
    [
      'the owner, on the policy server',
      { expectedOwner: 'O', githubServerUrl: 'https://ghe.example' },
      [{ host: 'ghe.example', owner: 'O', name: null }],
    ],
    [
      'repository and owner, in that order',
      { expectedSourceRepository: 'o/r', expectedOwner: 'o' },
      [
        { host: 'github.com', owner: 'o', name: 'r' },
        { host: 'github.com', owner: 'o', name: null },
      ],
    ],
    [
      'a SAN alone: the signing workflow’s own repository',
      { expectedSan: 'https://GHE.example/Acme/Reusable/.github/workflows/build.yml@refs/tags/v1' },
      [{ host: 'ghe.example', owner: 'Acme', name: 'Reusable' }],
    ],
    ['a SAN that is no workflow', { expectedSan: 'mallory@example.com' }, []],
    [
      'a SAN beside a repository pin: the repository pin only',
      { expectedSan: REUSABLE, expectedSourceRepository: 'o/r' },
      [{ host: 'github.com', owner: 'o', name: 'r' }],
    ],
    [
      'a SAN beside an owner pin: the owner pin only',
      { expectedSan: REUSABLE, expectedOwner: 'o' },
      [{ host: 'github.com', owner: 'o', name: null }],
    ],
  ])('%s', (_label, options, pins) => {
    expect(toSourcePins(policy(options))).toEqual(pins);
  });
});

describe('matchesPin: same host, owner and (unless only the owner is pinned) name, any case', () => {
  const repo: SourcePin = { host: 'github.com', owner: 'o', name: 'r' };
  const owner: SourcePin = { host: 'github.com', owner: 'o', name: null };
  it.each([
    ['the pinned repository', repo, 'github.com', 'o/r', true],
    ['the pinned repository, upper-case location', repo, 'GitHub.COM', 'O/R', true],
    [
      'the pinned repository, upper-case pin',
      { host: 'github.com', owner: 'O', name: 'R' },
      'github.com',
      'o/r',
      true,
    ],
    ['another name', repo, 'github.com', 'o/r2', false],
    ['another owner', repo, 'github.com', 'mallory/r', false],
    ['another host', repo, 'ghe.example', 'o/r', false],
    ['any repository of the pinned owner', owner, 'github.com', 'o/anything', true],
    ['the pinned owner, another case', owner, 'github.com', 'O/anything', true],
    ['the pinned owner, upper-case pin', { ...owner, owner: 'O' }, 'github.com', 'o/anything', true],
    ['another owner than the pinned one', owner, 'github.com', 'mallory/r', false],
    ['the pinned owner on another host', owner, 'evil.example', 'o/r', false],
    ['a location without a name against an empty-name pin', { ...repo, name: '' }, 'github.com', 'o', true],
  ])('%s → %s', (_label, pin, host, repository, matches) => {
    expect(matchesPin(pin, { host, repository })).toBe(matches);
  });
});

describe('describePin', () => {
  it.each([
    [{ host: 'github.com', owner: 'o', name: 'r' }, 'https://github.com/o/r'],
    [{ host: 'ghe.example', owner: 'O', name: null }, 'https://ghe.example/O/*'],
  ])('%o → %s', (pin, text) => {
    expect(describePin(pin)).toBe(text);
  });
});

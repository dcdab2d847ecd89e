import { describe, expect, it } from 'vitest';
import {
  parseGitUri,
  sameLocation,
  toRepositorySlug,
  toRepositoryUrl,
} from '../../../src/core/provenance/index.js';

describe('parseGitUri', () => {
  it.each([
    [
      'git+https with a tag ref',
      'git+https://github.com/o/r@refs/tags/v1',
      'github.com',
      'o/r',
      'refs/tags/v1',
    ],
    ['plain https without a ref', 'https://github.com/o/r', 'github.com', 'o/r', null],
    ['a .git suffix', 'https://github.com/o/r.git', 'github.com', 'o/r', null],
    [
      'a .git suffix and a branch ref',
      'git+https://github.com/o/r.git@refs/heads/main',
      'github.com',
      'o/r',
      'refs/heads/main',
    ],
    ['.git inside the name', 'https://github.com/o/r.github.io', 'github.com', 'o/r.github.io', null],
    ['only the last .git', 'https://github.com/o/r.git.git', 'github.com', 'o/r.git', null],
    ['multi-character names', 'https://github.com/owner-1/repo_2@abc', 'github.com', 'owner-1/repo_2', 'abc'],
    [
      'an Enterprise host with a port',
      'git+https://ghe.example.com:8443/o/r@refs/tags/v1',
      'ghe.example.com:8443',
      'o/r',
      'refs/tags/v1',
    ],
    [
      'a mixed-case host (lower-cased) and name (kept)',
      'https://GitHub.COM/Owner/Repo',
      'github.com',
      'Owner/Repo',
      null,
    ],
    ['a ref holding an @', 'https://github.com/o/r@refs/tags/v1@x', 'github.com', 'o/r', 'refs/tags/v1@x'],
  ])('reads %s', (_label, uri, host, repository, ref) => {
    expect(parseGitUri(uri)).toStrictEqual({ host, repository, ref });
  });

  it.each([
    ['a prefix before git+https', 'evil+git+https://github.com/o/r@refs/tags/v1'],
    ['a letter before git+https', 'xgit+https://github.com/o/r'],
    ['a letter before https', 'xhttps://github.com/o/r'],
    ['a leading space', ' https://github.com/o/r'],
    ['a suffix after the name', 'https://github.com/o/r x'],
    ['a suffix after the ref', 'git+https://github.com/o/r@refs/tags/v1 x'],
    ['a trailing newline', 'https://github.com/o/r\n'],
    ['a newline inside the ref', 'https://github.com/o/r@refs/tags/v1\nx'],
    ['a trailing slash', 'https://github.com/o/r/'],
    ['a path below the repository', 'https://github.com/o/r/tree/main'],
    ['an empty ref', 'https://github.com/o/r@'],
    ['an owner only', 'https://github.com/o'],
    ['an empty owner', 'https://github.com//r'],
    ['a host with a space', 'https://git hub.com/o/r'],
    ['plain http', 'http://github.com/o/r'],
    ['ssh', 'git+ssh://github.com/o/r'],
    ['the git scheme', 'git://github.com/o/r'],
    ['a bare slug', 'o/r'],
    ['the empty string', ''],
  ])('refuses %s', (_label, uri) => {
    expect(parseGitUri(uri)).toBeNull();
  });
});

describe('toRepositorySlug', () => {
  it.each([
    ['an https URL', 'https://github.com/o/r', 'o/r'],
    ['a git+https URL with .git and a ref', 'git+https://github.com/o/r.git@refs/tags/v1', 'o/r'],
    ['a slug', 'o/r', 'o/r'],
    ['a slug with outer slashes', '/o/r/', 'o/r'],
    ['a slug with runs of outer slashes', '//o/r//', 'o/r'],
    ['inner slashes (kept)', 'o//r', 'o//r'],
    ['the empty string', '', ''],
  ])('turns %s into a slug', (_label, value, slug) => {
    expect(toRepositorySlug(value)).toBe(slug);
  });
});

describe('toRepositoryUrl', () => {
  it('joins host and owner/name into an https URL', () => {
    expect(toRepositoryUrl({ host: 'ghe.example.com', repository: 'o/r' })).toBe(
      'https://ghe.example.com/o/r',
    );
  });
});

describe('sameLocation', () => {
  const here = { host: 'github.com', repository: 'octo/repo' };

  it.each([
    ['identical', here, true],
    ['differently cased', { host: 'GitHub.COM', repository: 'Octo/Repo' }, true],
    ['another host', { host: 'ghe.example.com', repository: 'octo/repo' }, false],
    ['another repository', { host: 'github.com', repository: 'octo/other' }, false],
    ['another host and repository', { host: 'ghe.example.com', repository: 'octo/other' }, false],
  ])('%s → %s', (_label, other, expected) => {
    expect(sameLocation(here, other)).toBe(expected);
    expect(sameLocation(other, here)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { parseMaxAge, parseReleaseName, releaseResourceUri } from '../../../src/core/vsa/index.js';

describe('the release a VSA is about', () => {
  // verify-vsa compares resourceUri exactly: the URI must come out the same whichever way the server is given.
  it.each([
    ['https://github.com', 'acme', 'widget', 'v1.2.3', 'https://github.com/acme/widget/releases/tag/v1.2.3'],
    [
      'https://ghe.example/',
      'Acme',
      'Widget',
      'v1.2.3',
      'https://ghe.example/Acme/Widget/releases/tag/v1.2.3',
    ],
    [
      'https://github.com',
      'acme',
      'widget',
      'v1.0.0+build/7',
      'https://github.com/acme/widget/releases/tag/v1.0.0%2Bbuild%2F7',
    ],
  ])('on %s, %s/%s@%s is %s', (server, owner, repo, tag, uri) => {
    expect(releaseResourceUri(server, { owner, repo, tag })).toBe(uri);
  });

  // --release reads like verify --release; a ref or a URL in place of OWNER/NAME@TAG is refused.
  it.each([
    ['acme/widget@v1.2.3', { owner: 'acme', repo: 'widget', tag: 'v1.2.3' }],
    ['acme/widget@release/1.x', { owner: 'acme', repo: 'widget', tag: 'release/1.x' }],
    ['acme/widget', null],
    ['acme@v1', null],
    ['acme/widget@', null],
    ['acme/widget@refs/tags/v1.2.3', null],
    ['https://github.com/acme/widget@v1.2.3', null],
    ['acme/widget@v1 2', null],
  ])('%s reads as %j', (text, release) => {
    expect(parseReleaseName(text)).toEqual(release);
  });

  // --max-age takes whole hours or days only, so a typo never becomes an unbounded or zero age.
  it.each([
    ['12h', 12 * 3_600_000],
    ['30d', 30 * 86_400_000],
    ['999999d', 999_999 * 86_400_000],
    ['0h', null],
    ['07d', null],
    ['30', null],
    ['30m', null],
    ['1.5d', null],
    ['1000000d', null],
  ])('--max-age %s is %j ms', (text, ms) => {
    expect(parseMaxAge(text)).toBe(ms);
  });
});

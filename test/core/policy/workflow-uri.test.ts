import { describe, expect, it } from 'vitest';
import { isTagRef, parseWorkflowUri, workflowWithoutRef } from '../../../src/core/policy/index.js';

describe('parseWorkflowUri: https://host/owner/name/.github/workflows/file@ref, anchored at both ends', () => {
  it('splits a workflow URI into host, repository, path and ref', () => {
    expect(parseWorkflowUri('https://github.com/o/r/.github/workflows/release.yml@refs/tags/v1.2.3')).toEqual(
      {
        host: 'github.com',
        repository: 'o/r',
        path: '.github/workflows/release.yml',
        ref: 'refs/tags/v1.2.3',
      },
    );
  });

  it('lower-cases the host but keeps the case of owner, name, path and ref', () => {
    expect(
      parseWorkflowUri('https://GHE.Example/Org/Repo/.github/workflows/Build.yml@refs/heads/Main'),
    ).toEqual({
      host: 'ghe.example',
      repository: 'Org/Repo',
      path: '.github/workflows/Build.yml',
      ref: 'refs/heads/Main',
    });
  });

  it('reads a nested workflow path, a branch ref and a commit ref', () => {
    expect(parseWorkflowUri('https://github.com/o/r/.github/workflows/ci/build.yml@refs/heads/main')).toEqual(
      {
        host: 'github.com',
        repository: 'o/r',
        path: '.github/workflows/ci/build.yml',
        ref: 'refs/heads/main',
      },
    );
    expect(parseWorkflowUri(`https://github.com/o/r/.github/workflows/a.yml@${'c'.repeat(40)}`)?.ref).toBe(
      'c'.repeat(40),
    );
  });

  it('takes everything after the first @ as the ref when the ref itself contains @', () => {
    expect(
      parseWorkflowUri(
        'https://github.com/o/r/.github/workflows/release.yml@refs/tags/x.yml@refs/heads/main',
      ),
    ).toEqual({
      host: 'github.com',
      repository: 'o/r',
      path: '.github/workflows/release.yml',
      ref: 'refs/tags/x.yml@refs/heads/main',
    });
  });

  it.each([
    ['null', null],
    ['the empty string', ''],
    ['an e-mail SAN', 'mallory@example.com'],
    ['no ref', 'https://github.com/o/r/.github/workflows/release.yml'],
    ['an empty ref', 'https://github.com/o/r/.github/workflows/release.yml@'],
    ['a prefix before the scheme', 'xhttps://github.com/o/r/.github/workflows/release.yml@refs/tags/v1'],
    ['a leading space', ' https://github.com/o/r/.github/workflows/release.yml@refs/tags/v1'],
    ['plain http', 'http://github.com/o/r/.github/workflows/release.yml@refs/tags/v1'],
    ['a trailing space', 'https://github.com/o/r/.github/workflows/release.yml@refs/tags/v1 '],
    ['a trailing newline', 'https://github.com/o/r/.github/workflows/release.yml@refs/tags/v1\n'],
    ['a suffix after a space', 'https://github.com/o/r/.github/workflows/release.yml@refs/tags/v1 evil'],
    ['a newline inside the path', 'https://github.com/o/r/.github/workflows/rel\nease.yml@refs/tags/v1'],
    ['a space inside the path', 'https://github.com/o/r/.github/workflows/rel ease.yml@refs/tags/v1'],
    ['a file outside .github/workflows', 'https://github.com/o/r/scripts/release.yml@refs/tags/v1'],
    ['a workflow directory that is not the root one', 'https://github.com/o/r/x/.github/workflows/a.yml@v1'],
    ['no repository name', 'https://github.com/o/.github/workflows/release.yml@refs/tags/v1'],
    ['an empty owner', 'https://github.com//r/.github/workflows/release.yml@refs/tags/v1'],
    ['an @ in the host', 'https://user@github.com/o/r/.github/workflows/release.yml@refs/tags/v1'],
    ['an @ in the repository', 'https://github.com/o/r@x/.github/workflows/release.yml@refs/tags/v1'],
    ['a directory without a workflow file', 'https://github.com/o/r/.github/workflows/@refs/tags/v1'],
  ])('refuses %s', (_label, uri) => {
    expect(parseWorkflowUri(uri)).toBeNull();
  });
});

describe('workflowWithoutRef', () => {
  it('rebuilds https://host/owner/name/path without the ref', () => {
    expect(
      workflowWithoutRef({
        host: 'ghe.example',
        repository: 'Org/Repo',
        path: '.github/workflows/build.yml',
        ref: 'refs/tags/v1',
      }),
    ).toBe('https://ghe.example/Org/Repo/.github/workflows/build.yml');
  });
});

describe('isTagRef: refs/tags/<name> with no @ and no whitespace', () => {
  it.each([
    ['refs/tags/v1.2.3', true],
    ['refs/tags/release/v1', true],
    ['refs/tags/x', true],
    ['refs/tags/', false],
    ['refs/heads/v1.2.3', false],
    ['v1.2.3', false],
    ['xrefs/tags/v1.2.3', false],
    ['refs/tags/x.yml@refs/heads/main', false],
    ['refs/tags/v1 ', false],
    ['refs/tags/v 1', false],
    ['refs/tags/v1\n', false],
    [`${'c'.repeat(40)}`, false],
  ])('%j → %s', (ref, tag) => {
    expect(isTagRef(ref)).toBe(tag);
  });
});

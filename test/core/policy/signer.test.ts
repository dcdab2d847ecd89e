import { describe, expect, it } from 'vitest';
import {
  GITHUB_ACTIONS_ISSUER,
  isGitHubIssuer,
  isSourceRepositoryWorkflow,
  signingWorkflowOf,
} from '../../../src/core/policy/index.js';
import { RELEASE, signerFacts } from './facts.js';

describe("isGitHubIssuer: GitHub's issuer or an Enterprise one below it", () => {
  it('names the GitHub Actions OIDC issuer', () => {
    expect(GITHUB_ACTIONS_ISSUER).toBe('https://token.actions.githubusercontent.com');
  });

  it.each([
    ['https://token.actions.githubusercontent.com', true],
    ['https://token.actions.githubusercontent.com/acme', true],
    ['https://token.actions.githubusercontent.com/', true],
    ['https://token.actions.githubusercontent.com.evil.example', false],
    ['https://token.actions.githubusercontent.comacme', false],
    ['https://evil.example/https://token.actions.githubusercontent.com/', false],
    ['https://accounts.google.com', false],
    ['', false],
    [null, false],
  ])('%j → %s', (issuer, github) => {
    expect(isGitHubIssuer(issuer)).toBe(github);
  });
});

describe('signingWorkflowOf: the Build Signer URI, else the SAN', () => {
  it.each([
    [
      'both present: the Build Signer URI',
      RELEASE,
      'https://github.com/o/r/.github/workflows/b.yml@v1',
      RELEASE,
    ],
    [
      'no OID .9: the SAN',
      null,
      'https://github.com/o/r/.github/workflows/b.yml@v1',
      'https://github.com/o/r/.github/workflows/b.yml@v1',
    ],
    ['neither', null, null, null],
    ['only OID .9', RELEASE, null, RELEASE],
  ])('%s', (_label, buildSignerUri, subjectAlternativeName, signing) => {
    expect(signingWorkflowOf(signerFacts({ buildSignerUri, subjectAlternativeName }))).toBe(signing);
  });
});

describe("isSourceRepositoryWorkflow: the workflow is one of the certificate's source repository (OID .12)", () => {
  const workflow = { host: 'github.com', repository: 'o/r' };
  it.each([
    ['the same repository', 'https://github.com/o/r', workflow, true],
    ['the same repository in another case', 'https://GitHub.com/O/R', workflow, true],
    ['the same repository, URL with .git', 'git+https://github.com/o/r.git', workflow, true],
    ['another repository of the owner', 'https://github.com/o/other', workflow, false],
    ['the same name on another host', 'https://ghe.example/o/r', workflow, false],
    [
      'a workflow on an Enterprise host',
      'https://ghe.example/o/r',
      { host: 'ghe.example', repository: 'o/r' },
      true,
    ],
    ['no source repository in the certificate', null, workflow, false],
    ['a source repository that is no URL', 'o/r', workflow, false],
  ])('%s → %s', (_label, sourceRepositoryUri, location, own) => {
    expect(isSourceRepositoryWorkflow(location, signerFacts({ sourceRepositoryUri }))).toBe(own);
  });
});

import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { actionRunbookOrigin } from '../../src/action/runbook-origin.js';
import {
  FAILURE_CODES,
  PACKAGE_RUNBOOK_ORIGIN,
  runbookFile,
  runbookUrl,
  setRunbookOrigin,
} from '../../src/core/errors/index.js';

const project = JSON.parse(readFileSync('package.json', 'utf8')) as {
  version: string;
  repository: { url: string };
};

afterEach(() => setRunbookOrigin(PACKAGE_RUNBOOK_ORIGIN));

describe('runbook links', () => {
  it('the CLI links to the package repository at the tag of its version', () => {
    expect(project.repository.url).toBe('git+https://github.com/provenance-guard/provenance-guard.git');
    expect(runbookUrl('tag_mismatch')).toBe(
      `https://github.com/provenance-guard/provenance-guard/blob/v${project.version}/docs/ops/runbooks/tag_mismatch.md`,
    );
  });

  it('an action links to the repository and ref it was called at, on its GitHub server', () => {
    setRunbookOrigin(
      actionRunbookOrigin({
        GITHUB_ACTION_REPOSITORY: 'acme-ops/provenance-guard',
        GITHUB_ACTION_REF: 'v1.2.3',
        GITHUB_SERVER_URL: 'https://ghe.example',
      }),
    );
    expect(runbookUrl('notify_failed')).toBe(
      'https://ghe.example/acme-ops/provenance-guard/blob/v1.2.3/docs/ops/runbooks/notify_failed.md',
    );
  });

  it('a local `uses: ./` action (no action repository) falls back to the package version', () => {
    expect(actionRunbookOrigin({ GITHUB_ACTION_REPOSITORY: '', GITHUB_ACTION_REF: '' })).toEqual(
      PACKAGE_RUNBOOK_ORIGIN,
    );
  });

  it('every code links to a runbook file that exists in this repository', () => {
    for (const code of FAILURE_CODES) expect(() => readFileSync(runbookFile(code)), code).not.toThrow();
  });
});

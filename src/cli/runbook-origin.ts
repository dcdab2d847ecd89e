import { readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import project from '../../package.json' with { type: 'json' };
import { PACKAGE_RUNBOOK_ORIGIN, type RunbookOrigin } from '../core/errors/index.js';

/** What `actions/checkout` with `ref: <sha>` leaves in `.git/HEAD`: the commit itself (SHA-1 or SHA-256). */
const DETACHED_HEAD = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/**
 * The templates run the CLI (lint, dashboard) from a checkout of this repository at the commit they pin, so
 * its links open that commit's runbooks, as an action's do. Run from anything else — an installed package,
 * a checkout on a branch — the CLI links to the tag of its version.
 */
export function cliRunbookOrigin(script: string | undefined): RunbookOrigin {
  const root = script === undefined ? null : packageRoot(script);
  const head = root === null ? null : readOrNull(join(root, '.git', 'HEAD'))?.trim();
  if (root === null || !head || !DETACHED_HEAD.test(head) || !isThisPackage(root))
    return PACKAGE_RUNBOOK_ORIGIN;
  return { ...PACKAGE_RUNBOOK_ORIGIN, ref: head };
}

/** `<root>/dist/cli/index.js` (or `src/cli/index.ts`), through any link npm made to it. */
function packageRoot(script: string): string | null {
  try {
    return dirname(dirname(dirname(realpathSync(script))));
  } catch {
    return null;
  }
}

/** A checkout of this project, not a repository the CLI's files were copied into. */
function isThisPackage(root: string): boolean {
  try {
    return (
      (JSON.parse(readOrNull(join(root, 'package.json')) ?? '{}') as { name?: unknown }).name === project.name
    );
  } catch {
    return false;
  }
}

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

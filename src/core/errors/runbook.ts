import project from '../../../package.json' with { type: 'json' };
import type { FailureCode } from './codes.js';

/** Where runbooks are read: this project's repository at the version that runs, not the user's repository. */
export interface RunbookOrigin {
  /** e.g. https://github.com/provenance-guard/provenance-guard */
  readonly repositoryUrl: string;
  /** A tag, branch or commit of that repository. */
  readonly ref: string;
}

/** Where this project's repositories, and so its runbooks, are served, whatever server the user runs on. */
export const RUNBOOK_SERVER = 'https://github.com';

/** The package's repository at the tag every release makes, `v<version>`: what the CLI links to. */
export const PACKAGE_RUNBOOK_ORIGIN: RunbookOrigin = {
  repositoryUrl: project.repository.url.replace(/^git\+/, '').replace(/\.git$/, ''),
  ref: `v${project.version}`,
};

// Set once by an entry point (an action knows the ref it was called at); renderers everywhere then link
// alike.
let origin: RunbookOrigin = PACKAGE_RUNBOOK_ORIGIN;

export function setRunbookOrigin(next: RunbookOrigin): void {
  origin = next;
}

/** The runbook's file inside this project's repository. */
export function runbookFile(code: FailureCode): string {
  return `docs/ops/runbooks/${code}.md`;
}

/** An absolute link to the code's runbook at the version that ran. */
export function runbookUrl(code: FailureCode): string {
  return `${origin.repositoryUrl}/blob/${origin.ref}/${runbookFile(code)}`;
}

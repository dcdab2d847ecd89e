/**
 * A GitHub Actions workflow as certificates and predicates name it:
 * `https://host/o/r/.github/workflows/f.yml@ref`.
 */
export interface WorkflowUri {
  readonly host: string;
  /** `owner/name` */
  readonly repository: string;
  /** `.github/workflows/f.yml` */
  readonly path: string;
  readonly ref: string;
}

const WORKFLOW_URI = /^https:\/\/([^/@\s]+)\/([^/@\s]+\/[^/@\s]+)\/(\.github\/workflows\/[^@\s]+)@(\S+)$/;

export function parseWorkflowUri(uri: string | null): WorkflowUri | null {
  const match = uri === null ? null : WORKFLOW_URI.exec(uri);
  if (!match?.[1] || !match[2] || !match[3] || !match[4]) return null;
  return { host: match[1].toLowerCase(), repository: match[2], path: match[3], ref: match[4] };
}

/** The workflow without its ref: `https://host/o/r/.github/workflows/f.yml`. */
export function workflowWithoutRef(workflow: WorkflowUri): string {
  return `https://${workflow.host}/${workflow.repository}/${workflow.path}`;
}

/**
 * A tag ref with no `@` in it. Git allows `@` in workflow file names, so
 * `…/release.yml@refs/tags/x.yml@refs/heads/main` reads both as a tag and as a branch: such a ref never
 * counts as a tag.
 */
export function isTagRef(ref: string): boolean {
  return /^refs\/tags\/[^@\s]+$/.test(ref);
}

/** The pseudo-operation of a path the description does not have. */
export const NO_OPERATION = '(no operation)';

/**
 * A status GitHub answers although the operation's description does not list it. The README's table of
 * undocumented statuses shows these rows; a test keeps the two equal.
 */
export interface UndocumentedStatus {
  /** An operationId, `*` for every operation, or `(no operation)`. */
  operation: string;
  status: number;
  when: string;
  source: string;
}

export const UNDOCUMENTED_STATUSES: readonly UndocumentedStatus[] = [
  {
    operation: '*',
    status: 400,
    when: 'a request body that is not JSON: `Problems parsing JSON`',
    source: 'docs.github.com "Troubleshooting the REST API" (Problems parsing JSON)',
  },
  {
    operation: '*',
    status: 401,
    when: 'no token (`Requires authentication`) or an unknown one (`Bad credentials`)',
    source: 'docs.github.com "Resources in the REST API" (client errors), "Troubleshooting the REST API"',
  },
  {
    operation: '*',
    status: 403,
    when: 'the token lacks the permission: `Resource not accessible by integration`',
    source: 'docs.github.com "Troubleshooting the REST API" (Resource not accessible)',
  },
  {
    operation: '*',
    status: 404,
    when: 'the repository or resource does not exist, or the token cannot see it',
    source: 'docs.github.com "Troubleshooting the REST API" (404 Not Found for an existing resource)',
  },
  {
    operation: '*',
    status: 422,
    when: 'a parameter missing or of the wrong type: `Invalid request`',
    source: 'docs.github.com "Troubleshooting the REST API" (Invalid request)',
  },
  {
    operation: NO_OPERATION,
    status: 404,
    when: 'a path no operation has',
    source: 'docs.github.com "Troubleshooting the REST API" (a wrong URL is 404)',
  },
  {
    operation: 'actions/re-run-workflow',
    status: 403,
    when: 'created over 30 days ago, not completed, or re-run 50 times',
    source: 'cli/cli#9989, metabase/metabase#70916; the last two cases are UNCONFIRMED',
  },
  {
    operation: 'actions/re-run-workflow-failed-jobs',
    status: 403,
    when: 'as `actions/re-run-workflow`',
    source: 'cli/cli#9989, metabase/metabase#70916',
  },
  {
    operation: 'actions/create-workflow-dispatch',
    status: 422,
    when: 'no `workflow_dispatch` trigger, an unknown ref, more than 25 inputs',
    source: 'elastic/terraform-provider-elasticstack#1829; the last two messages are UNCONFIRMED',
  },
];

/** The operation's own row first, then a row for every operation; a path without operation has only its own. */
export function undocumentedStatus(operation: string, status: number): UndocumentedStatus | undefined {
  const row = (name: string) =>
    UNDOCUMENTED_STATUSES.find((candidate) => candidate.operation === name && candidate.status === status);
  return row(operation) ?? (operation === NO_OPERATION ? undefined : row('*'));
}

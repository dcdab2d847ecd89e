/** The HTTP status an Octokit call failed with; undefined for transport errors that never got an answer. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** What changed a repository through the API, with the token that changed it. */
export type RepoEvent =
  | { kind: 'push'; repo: string; ref: string; before: string; after: string; token: string }
  | {
      kind: 'pull_request';
      repo: string;
      action: 'opened' | 'synchronize' | 'closed';
      number: number;
      token: string;
      merged: boolean;
    }
  | {
      kind: 'workflow_dispatch';
      repo: string;
      /** The workflow file's path, e.g. `.github/workflows/release.yml`. */
      workflow: string;
      /** The full ref the run is for, e.g. `refs/heads/main`. */
      ref: string;
      inputs: Record<string, unknown>;
      runId: number;
      token: string;
    }
  | { kind: 'rerun'; repo: string; runId: number; attempt: number; failedJobsOnly: boolean; token: string };

export type EventListener = (event: RepoEvent) => void;

/**
 * The ordered log of changes made through the API; seeding through `state` is not logged. Listeners are
 * called synchronously, in order, before the answer to the request that caused the event is sent.
 */
export class EventLog {
  private readonly events: RepoEvent[] = [];
  private readonly listeners = new Set<EventListener>();

  record(event: RepoEvent): void {
    this.events.push(event);
    for (const listener of [...this.listeners]) listener(event);
  }

  list(): RepoEvent[] {
    return [...this.events];
  }

  /** Calls `listener` with each event from now on; returns the function that stops it. */
  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }
}

/** A run or a job that takes part in a concurrency group. */
export interface Contender {
  /** Called when it may run (at once, or when the one before it leaves the group). */
  start(): void;
  /** Called when a newer contender displaces it. */
  cancel(reason: string): void;
}

interface Slot {
  running: Contender;
  pending?: Contender;
}

export const displacedBy = (group: string): string =>
  `Canceling since a higher priority waiting request for '${group}' exists`;

/** A group of one repository: GitHub scopes groups to the repository and compares their names case-insensitively. */
export interface GroupName {
  readonly repo: string;
  readonly group: string;
}

const keyOf = ({ repo, group }: GroupName) => `${repo.toLowerCase()}\n${group.toLowerCase()}`;

/**
 * GitHub's concurrency rule: at most one running and one pending per group; a newly queued contender cancels
 * the pending one and takes its place, and with `cancel-in-progress` cancels the running one too.
 */
export class ConcurrencyGroups {
  private readonly slots = new Map<string, Slot>();

  enter(name: GroupName, contender: Contender, cancelInProgress: boolean): void {
    const { group } = name;
    const slot = this.slots.get(keyOf(name));
    if (!slot) {
      this.slots.set(keyOf(name), { running: contender });
      contender.start();
      return;
    }
    slot.pending?.cancel(displacedBy(group));
    slot.pending = contender;
    if (cancelInProgress) slot.running.cancel(displacedBy(group));
  }

  /** The running contender is done: the pending one, if any, starts. */
  leave(name: GroupName, contender: Contender): void {
    const slot = this.slots.get(keyOf(name));
    if (slot?.running !== contender) return;
    if (!slot.pending) {
      this.slots.delete(keyOf(name));
      return;
    }
    slot.running = slot.pending;
    slot.pending = undefined;
    slot.running.start();
  }
}

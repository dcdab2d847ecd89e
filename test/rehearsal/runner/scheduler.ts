/** The rehearsal's clock: real time plus whatever simulated waiting has added. */
export class SimClock {
  private offset = 0;

  get offsetMs(): number {
    return this.offset;
  }

  now = (): Date => new Date(Date.now() + this.offset);

  advance(ms: number): void {
    this.offset += Math.max(0, ms);
  }
}

type Task = () => Promise<void>;

/**
 * Time as a queue: tasks (a job, an event to handle) run one after another. A process that waits (a
 * retry's back-off, a poll) hands the floor to the queue; once the queue is empty the clock jumps over the
 * rest of the wait, so nothing ever waits for real.
 */
export class Scheduler {
  private readonly queue: Task[] = [];
  private readonly failures: unknown[] = [];

  constructor(readonly clock: SimClock) {}

  enqueue(task: Task): void {
    this.queue.push(task);
  }

  /** Runs queued tasks until none is left; re-entered by a waiting process. */
  async drain(): Promise<void> {
    for (let task = this.queue.shift(); task; task = this.queue.shift()) {
      try {
        await task();
      } catch (error) {
        this.failures.push(error);
      }
    }
  }

  /** A wait of `ms`: everything else that can run runs first; returns the clock offset afterwards. */
  async sleep(ms: number): Promise<number> {
    await this.drain();
    this.clock.advance(ms);
    return this.clock.offsetMs;
  }

  /** Drains the queue; a task that threw (a fault of the rehearsal, not of a workflow) is rethrown here. */
  async settle(): Promise<void> {
    await this.drain();
    const failures = this.failures.splice(0);
    if (failures.length > 0)
      throw new AggregateError(failures, `the rehearsal failed: ${failures.map(String).join('; ')}`);
  }
}

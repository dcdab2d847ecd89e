import type { StandInStep } from '../runner/host.js';
import type { InputDeclaration } from '../runner/steps.js';

/** A third-party action played by the rehearsal, following its documented contract. */
export interface StandIn {
  /** What it does here (the README's stand-ins table). */
  readonly does: string;
  /** What of the real action it leaves out. */
  readonly leavesOut: string;
  /** Its inputs and their defaults, as its action.yml declares them. */
  readonly inputs: Readonly<Record<string, InputDeclaration>>;
  run(step: StandInStep): Promise<void>;
}

import { createHash } from 'node:crypto';

/** Monotonic id source shared by every record the emulator creates. */
export class Sequence {
  private last: number;

  constructor(start = 0) {
    this.last = start;
  }

  next(): number {
    this.last += 1;
    return this.last;
  }
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A stable 40-hex digest of the parts (user ids are derived from it); git objects have their own hashing. */
export function stableHex(...parts: readonly (string | number)[]): string {
  return createHash('sha1').update(parts.join('\0')).digest('hex');
}

/** Legacy-format GraphQL node id, e.g. `MDU6SXNzdWUx` for Issue 1. */
export function nodeId(type: string, id: number | string): string {
  return Buffer.from(`0${type.length}:${type}${id}`).toString('base64');
}

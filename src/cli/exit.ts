export const EXIT = { verified: 0, rejected: 1, usage: 2 } as const;

export interface CommandResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr?: string;
}

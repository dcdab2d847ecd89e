import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('npm run soak, as the README gives it', () => {
  it('runs the flags it documents and prints the invariants table, exit 0 without a violation', () => {
    const run = spawnSync(
      'npm',
      ['run', 'soak', '--', '--releases', '1', '--fault-rate', '0', '--seed', '1', '--quiet'],
      { cwd: ROOT, encoding: 'utf8', timeout: 120_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^invariant +held +violated$/m);
    expect(run.stdout).toMatch(/^releases: +1 \(good 1/m);
  }, 150_000);
});

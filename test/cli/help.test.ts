import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { HELP, USAGE } from '../../src/cli/usage.js';

const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;

describe('provenance-guard --version and --help', () => {
  it.each([['--version'], ['-V']])('%s prints the package version and exits 0', async (flag) => {
    expect(await runCli([flag])).toEqual({ exitCode: 0, stdout: `provenance-guard ${version}` });
  });

  it.each([
    [['verify', '--help'], 'verify'],
    [['verify', '--artifact', 'x', '-h'], 'verify'],
    [['manifest', 'lint', '--help'], 'manifest lint'],
    [['manifest', 'show', '--help'], 'manifest show'],
    [['manifest', '--help'], 'manifest'],
    [['kpi', 'flush', '--help'], 'kpi flush'],
    [['kpi', 'report', '--help'], 'kpi report'],
    [['kpi', 'dashboard', '--help'], 'kpi dashboard'],
    [['kpi', 'token', 'create', '--help'], 'kpi token'],
    [['kpi', '--help'], 'kpi'],
  ])('%j prints the help of %s only', async (argv, page) => {
    const result = await runCli(argv);
    expect(result).toEqual({ exitCode: 0, stdout: HELP[page] });
    expect(result.stdout).not.toBe(USAGE);
  });

  it('each page names its own usage line and exit status, and no other command', () => {
    for (const [page, text] of Object.entries(HELP).filter(
      ([name]) => name.includes(' ') || name === 'verify',
    )) {
      expect(text, page).toContain(`provenance-guard ${page}`);
      expect(text, page).toMatch(/Exit status/);
      const others = Object.keys(HELP).filter(
        (other) => other.includes(' ') && other !== page && !page.startsWith(other),
      );
      for (const other of others)
        expect(text, `${page} mentions ${other}`).not.toContain(`provenance-guard ${other} `);
    }
  });

  it('the global page lists every command and how to get its own page', async () => {
    const result = await runCli(['--help']);
    expect(result.exitCode).toBe(0);
    for (const page of Object.keys(HELP).filter((name) => name.includes(' ') || name === 'verify'))
      expect(result.stdout).toContain(`provenance-guard ${page}`);
    expect(result.stdout).toContain('provenance-guard COMMAND [SUBCOMMAND] --help');
  });

  it('a usage error points at the help page of the command that was run', async () => {
    const result = await runCli(['manifest', 'lint']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/see: provenance-guard manifest lint --help\n$/);
    expect((await runCli(['verify', '--bogus'])).stderr).toMatch(/see: provenance-guard verify --help\n$/);
  });
});

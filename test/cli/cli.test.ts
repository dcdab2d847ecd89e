import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { GH, GITHUB_HOSTED, NPM } from '../support/fixtures.js';

const PLAYWRIGHT = [
  '--artifact',
  NPM('playwright-cli-0.1.1.tgz'),
  '--provenance',
  NPM('playwright-cli-0.1.1.provenance.sigstore.json'),
  '--offline',
  '--expected-builder-id',
  GITHUB_HOSTED,
  '--expected-source-repo',
  'microsoft/playwright-cli',
  '--tag',
  'v0.1.1',
  '--commit',
  'd1c6d1113932ddcee243e8b111b6d4aea553df20',
];
const now = new Date('2026-11-25T00:00:00Z');

describe('provenance-guard verify', () => {
  it('exits 0 and prints the --json contract for a verified release', async () => {
    const result = await runCli(['verify', ...PLAYWRIGHT, '--json'], now);
    expect(result.exitCode).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({
      verified: true,
      outcome: 'verified',
      failure_reason: null,
      predicate_type: 'https://slsa.dev/provenance/v1',
      builder_id: GITHUB_HOSTED,
      source_repo: 'microsoft/playwright-cli',
      source_ref: 'refs/tags/v0.1.1',
      source_commit: 'd1c6d1113932ddcee243e8b111b6d4aea553df20',
    });
    expect(json.subjects[0].digest.sha512).toMatch(/^f64d7565/);
    for (const check of json.checks)
      expect(Object.keys(check)).toEqual(expect.arrayContaining(['name', 'ok', 'expected', 'actual']));
  });

  it("verifies an attestation signed by GitHub's own instance (as private repositories are) with --offline", async () => {
    const result = await runCli(
      [
        'verify',
        '--artifact',
        GH('attest-demo/github_provenance_demo-0.0.12-py3-none-any.whl'),
        '--provenance',
        GH('attest-demo/github_provenance_demo-0.0.12-py3-none-any.bundle.jsonl'),
        '--offline',
        '--expected-source-repo',
        'actions/attest-demo',
        '--expected-builder-id',
        GITHUB_HOSTED,
        '--commit',
        'a6c23b9806c593664f68637c8f9d45dfcf98b2db',
        '--json',
      ],
      now,
    );
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      verified: true,
      source_repo: 'actions/attest-demo',
      source_ref: 'refs/heads/main',
      source_commit: 'a6c23b9806c593664f68637c8f9d45dfcf98b2db',
      subjects: [
        {
          name: 'github_provenance_demo-0.0.12-py3-none-any.whl',
          digest: { sha256: 'ae57936def59bc4c75edd3a837d89bcefc6d3a5e31d55a6fa7a71624f92c3c3b' },
        },
      ],
    });
  });

  it('exits 1 on rejection and marks the failing check with its runbook', async () => {
    const result = await runCli(['verify', ...PLAYWRIGHT.slice(0, -4), '--tag', 'v0.1.2'], now);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/REJECTED \(tag_mismatch\)/);
    expect(result.stdout).toMatch(/✗ source_ref/);
    expect(result.stdout).toMatch(
      /runbook: https:\/\/github\.com\/provenance-guard\/provenance-guard\/blob\/v\d+\.\d+\.\d+\/docs\/ops\/runbooks\/tag_mismatch\.md/,
    );
  });

  it('reports checks that were not asked for as skipped, with ok null', async () => {
    const result = await runCli(
      [
        'verify',
        '--artifact',
        NPM('playwright-cli-0.1.1.tgz'),
        '--provenance',
        NPM('playwright-cli-0.1.1.provenance.sigstore.json'),
        '--offline',
        '--expected-owner',
        'microsoft',
        '--json',
      ],
      now,
    );
    const checks = JSON.parse(result.stdout).checks as { name: string; ok: boolean | null; status: string }[];
    expect(checks.filter((c) => c.status === 'skipped').map((c) => [c.name, c.ok])).toEqual([
      ['runner_environment', null],
      ['repository_id', null],
      ['source_ref', null],
      ['ref_pattern', null],
      ['source_commit', null],
    ]);
  });

  it.each([
    ['no command', [], /Usage/],
    ['an unknown command', ['frobnicate'], /unknown command/],
    ['an unknown flag', ['verify', ...PLAYWRIGHT, '--colour'], /Unknown option '--colour'/],
    [
      'no artifact',
      ['verify', '--provenance', 'x'],
      /an artifact is required: FILE\.\.\. or --artifact FILE/,
    ],
    [
      'a short commit',
      ['verify', ...PLAYWRIGHT.slice(0, -2), '--commit', 'abc123'],
      /--commit must be a 40-hex-digit/,
    ],
    [
      'a relative builder ID',
      ['verify', ...PLAYWRIGHT, '--expected-builder-id', 'runner'],
      /--expected-builder-id .*absolute URL/,
    ],
    [
      'both --offline and --trusted-root',
      ['verify', ...PLAYWRIGHT, '--trusted-root', 'r.json'],
      /exclude each other/,
    ],
    [
      'override flags without --allow-v02-override',
      ['verify', ...PLAYWRIGHT, '--override-reason', 'x'],
      /need --allow-v02-override/,
    ],
    [
      'an incomplete override',
      ['verify', ...PLAYWRIGHT, '--allow-v02-override', '--override-reason', 'x'],
      /--override-reason\/--override-approver\/--override-expires \(approver\) must not be empty/,
    ],
    [
      'an override over 7 days',
      [
        'verify',
        ...PLAYWRIGHT,
        '--allow-v02-override',
        '--override-reason',
        'r',
        '--override-approver',
        'a',
        '--override-expires',
        '2026-12-09T00:00:00Z',
      ],
      /more than 7 days/,
    ],
    [
      'an unreadable artifact',
      ['verify', ...PLAYWRIGHT, '--artifact', '/nonexistent/file'],
      /\[artifact_missing\].*\/nonexistent\/file/,
    ],
    [
      'no identity pin',
      ['verify', ...PLAYWRIGHT.slice(0, 5), '--expected-builder-id', GITHUB_HOSTED],
      /\[input_invalid\].*--repo OWNER\/NAME, --owner OWNER or --cert-identity URI/,
    ],
    [
      'a builder ID followed by a newline',
      ['verify', ...PLAYWRIGHT, '--expected-builder-id', `${GITHUB_HOSTED}\n`],
      /\[input_invalid\]: --expected-builder-id: U\+000A LINE FEED at position 48 — copied from a job summary\? Remove it/,
    ],
    [
      'a tag with a trailing space',
      ['verify', ...PLAYWRIGHT.slice(0, -4), '--tag', 'v0.1.1 '],
      /\[input_invalid\]: --tag: U\+0020 SPACE at position 7 /,
    ],
    [
      'a source repository with a zero-width space',
      [
        'verify',
        ...PLAYWRIGHT.map((arg) =>
          arg === 'microsoft/playwright-cli' ? 'microsoft/playwright\u200b-cli' : arg,
        ),
      ],
      /\[input_invalid\]: --expected-source-repo: U\+200B ZERO WIDTH SPACE at position 21 /,
    ],
    [
      'a non-https GitHub server',
      ['verify', ...PLAYWRIGHT, '--github-server-url', 'http://ghe.example'],
      /--github-server-url must be https:\/\/HOST/,
    ],
    [
      // verify-vsa once dropped the file and trusted both embedded roots instead.
      'verify-vsa with both --offline and --trusted-root',
      [
        'verify-vsa',
        ...['--vsa', 'v.json', '--artifact', 'a', '--expected-verifier', 'x', '--release', 'o/n@v1'],
        ...['--expected-policy-digest', 'a'.repeat(64), '--offline', '--trusted-root', 'r.json'],
      ],
      /\[input_invalid\]: --trusted-root and --offline exclude each other/,
    ],
  ])('exits 2 with a coded message for %s', async (_label, argv, message) => {
    const result = await runCli(argv, now);
    expect(result.exitCode).toBe(2);
    expect(`${result.stdout}${result.stderr ?? ''}`).toMatch(message);
    expect(`${result.stdout}${result.stderr ?? ''}`).not.toMatch(/\n\s+at /);
  });

  it('keeps --json on usage errors: one object with the code', async () => {
    const result = await runCli(['verify', ...PLAYWRIGHT.slice(0, -2), '--commit', 'zz', '--json'], now);
    expect(result.exitCode).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({
      verified: false,
      outcome: 'undecided',
      failure_reason: 'input_invalid',
    });
  });
});

describe('the bundled CLI (dist/cli/index.js)', () => {
  it('verifies offline as a separate process', async () => {
    const run = await promisify(execFile)(process.execPath, [
      'dist/cli/index.js',
      'verify',
      ...PLAYWRIGHT,
      '--json',
    ]);
    expect(JSON.parse(run.stdout).verified).toBe(true);
  });
});

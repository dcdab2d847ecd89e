import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/action/main.js';
import { GITHUB_HOSTED, NPM } from '../support/fixtures.js';

const saved = { ...process.env };
// @actions/core remembers the summary file of its first write, so one file serves every test.
const summaryFile = join(mkdtempSync(join(tmpdir(), 'pg-summary-')), 'summary.md');
let outputFile: string;

function setInputs(inputs: Record<string, string>) {
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
}

function outputs(): Record<string, string> {
  const text = readFileSync(outputFile, 'utf8');
  const result: Record<string, string> = {};
  const pattern = /^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) result[match[1]!] = match[3]!;
  return result;
}

beforeEach(() => {
  const dir = mkdtempSync(join(tmpdir(), 'pg-action-'));
  outputFile = join(dir, 'output');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  process.env.GITHUB_OUTPUT = outputFile;
  process.env.GITHUB_STEP_SUMMARY = summaryFile;
  process.env.GITHUB_REPOSITORY = 'microsoft/playwright-cli';
  process.exitCode = undefined;
});
afterEach(() => {
  process.env = { ...saved };
  process.exitCode = undefined;
});

const playwright = {
  'artifact-path': NPM('playwright-cli-0.1.1.tgz'),
  'provenance-path': NPM('playwright-cli-0.1.1.provenance.sigstore.json'),
  'expected-builder-id': GITHUB_HOSTED,
  tag: 'v0.1.1',
  'commit-sha': 'd1c6d1113932ddcee243e8b111b6d4aea553df20',
  trust: 'embedded',
};

describe('the validate action', () => {
  it('sets the outputs and a job summary for a verified release (source repo defaults to this repository)', async () => {
    setInputs(playwright);
    await run(new Date('2026-11-25T00:00:00Z'));
    expect(process.exitCode).toBeUndefined();
    const out = outputs();
    expect(out).toMatchObject({ verified: 'true', 'failure-reason': '', 'predicate-type': 'https://slsa.dev/provenance/v1', 'source-commit': playwright['commit-sha'] });
    expect(JSON.parse(out.verdict!).checks.find((c: { name: string }) => c.name === 'source_repository').status).toBe('passed');
    expect(readFileSync(summaryFile, 'utf8')).toMatch(/Provenance verified/);
  });

  it('fails the step with the code and runbook on rejection', async () => {
    setInputs({ ...playwright, tag: 'v0.1.2' });
    await run(new Date('2026-11-25T00:00:00Z'));
    expect(process.exitCode).toBe(1);
    expect(outputs()['failure-reason']).toBe('tag_mismatch');
    expect(readFileSync(summaryFile, 'utf8')).toMatch(/docs\/ops\/runbooks\/tag_mismatch\.md/);
  });

  it('only warns on rejection with fail-on-reject: false', async () => {
    setInputs({ ...playwright, tag: 'v0.1.2', 'fail-on-reject': 'false' });
    await run(new Date('2026-11-25T00:00:00Z'));
    expect(process.exitCode).toBeUndefined();
    expect(outputs().verified).toBe('false');
  });

  it('names the input when one is invalid (input_invalid)', async () => {
    setInputs({ ...playwright, 'commit-sha': 'not-a-sha' });
    await run(new Date('2026-11-25T00:00:00Z'));
    expect(process.exitCode).toBe(1);
    expect(outputs()['failure-reason']).toBe('input_invalid');
  });
});

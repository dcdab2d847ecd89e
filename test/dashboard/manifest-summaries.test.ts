import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeValidateSummary } from '../../src/action/validate/summary.js';
import { runCli } from '../../src/cli/main.js';
import { decideVerdict, failed } from '../../src/core/policy/index.js';
import { emptyManifest, serializeManifest } from '../../src/core/manifest/index.js';
import { manifestPies } from '../../src/action/summary/manifest.js';
import { parseMermaid } from '../docs/mermaid-check.js';
import { secondDay } from './fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'pg-manifest-summaries-'));

describe('manifest show', () => {
  it('adds the counts per status and per failure code under the table', async () => {
    const path = join(dir, 'manifest.json');
    writeFileSync(path, serializeManifest(secondDay()));
    const { stdout } = await runCli(['manifest', 'show', path], new Date('2026-11-25T00:00:00Z'));
    expect(stdout.split('\n\n')[1]).toBe(
      '5 entries: 2 failure, 2 success, 1 blocked\nfailure codes: 2 tag_mismatch, 1 builder_mismatch',
    );
  });

  it('prints no counts for an empty manifest', async () => {
    const path = join(dir, 'empty.json');
    writeFileSync(path, serializeManifest(emptyManifest()));
    expect((await runCli(['manifest', 'show', path], new Date())).stdout).toBe(
      'The manifest has no entries.',
    );
  });
});

describe('the validate job summary', () => {
  const pies = manifestPies(secondDay());

  it('has Mermaid pies of the manifest by status and by failure code, coloured by meaning, that mermaid parses', async () => {
    const blocks = [...pies.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map(([, source]) => source!);
    expect(blocks).toEqual([
      '%%{init: {"theme": "base", "themeVariables": {"pie1":"#cf222e","pie2":"#1a7f37","pie3":"#cf222e"}}}%%\n' +
        'pie showData title Manifest entries by status\n  "failure" : 2\n  "success" : 2\n  "blocked" : 1',
      '%%{init: {"theme": "base", "themeVariables": {"pie1":"#cf222e","pie2":"#cf222e"}}}%%\n' +
        'pie showData title Failure codes\n  "tag_mismatch" : 2\n  "builder_mismatch" : 1',
    ]);
    for (const block of blocks) expect(await parseMermaid(block)).toEqual({ ok: true, detail: 'pie' });
  });

  it('writes them under the verdict and the runbook when the manifest was updated', async () => {
    process.env.GITHUB_STEP_SUMMARY = join(dir, 'summary.md');
    writeFileSync(process.env.GITHUB_STEP_SUMMARY, '');
    const verdict = decideVerdict({
      checks: [failed('subjects', 'subject_mismatch', 'a subject', 'none')],
      facts: null,
      subjects: [],
      artifacts: [],
      verifier: 'sigstore-js',
    });
    await writeValidateSummary(
      {
        verdict,
        steps: ['sigstore', 'manifest'],
        evidence: { written: false, reason: 'no evidence directory' },
        manifest: {
          outcome: 'applied',
          message: 'failed: absent → failure',
          manifest: secondDay(),
          attempts: 1,
          lockWaitSeconds: 0.2,
        },
      },
      {
        tag: 'v1.0.0',
        runId: 1,
        artifacts: 'app.tgz',
        runUrl: 'https://github.com/acme/app/actions/runs/1',
        manifestUrl: null,
      },
    );
    const summary = readFileSync(process.env.GITHUB_STEP_SUMMARY, 'utf8');
    expect(summary.indexOf(pies)).toBeGreaterThan(summary.indexOf('<summary>Release manifest</summary>'));
    expect(summary.indexOf('<summary>Release manifest</summary>')).toBeGreaterThan(
      summary.indexOf('Runbook: subject_mismatch'),
    );
  });
});

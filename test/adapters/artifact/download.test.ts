import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Octokit } from '@octokit/rest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  DownloadTiming,
  downloadRunArtifact as Download,
} from '../../../src/adapters/artifact/index.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../emulator/emulator.js';
import { makeZip, makeZipSlip } from '../../support/zip.js';

let gh: GitHubEmulator;
let github: { octokit: Octokit };
let downloadRunArtifact: typeof Download;
const sleeps: number[] = [];
const timing: DownloadTiming = {
  maxTries: 3,
  delayMs: (attempt) => attempt * 10,
  sleep: async (ms) => {
    sleeps.push(ms);
  },
};

beforeAll(async () => {
  gh = await startGitHubEmulator({ tokens: { reader: ['actions:read'] } });
  github = { octokit: new Octokit({ baseUrl: gh.url, auth: 'reader', retry: { enabled: false } }) };
  ({ downloadRunArtifact } = await import('../../../src/adapters/artifact/index.js'));
  gh.state.repos.create('acme/widget');
  gh.state.workflows.add('acme/widget', { path: '.github/workflows/release.yml' });
});
afterAll(() => gh?.close());

async function runWithArtifact(zip: Buffer, options: { expiresAt?: Date } = {}) {
  const run = gh.state.runs.create('acme/widget', 'release.yml', {
    status: 'completed',
    conclusion: 'success',
  });
  gh.state.artifacts.create('acme/widget', { runId: run.id, name: 'release-binaries', zip, ...options });
  return run.id;
}
const request = (runId: number) => ({
  name: 'release-binaries',
  runId,
  owner: 'acme',
  repo: 'widget',
  token: 'reader',
  targetDir: mkdtempSync(join(tmpdir(), 'pg-download-')),
});

describe('downloadRunArtifact against the emulator: list, 302 to storage, download, extract', () => {
  it('finds the artifact by run id, downloads it and extracts it', async () => {
    const runId = await runWithArtifact(
      await makeZip([
        { name: 'widget-linux-amd64', content: 'ELF' },
        { name: 'sub/notes.txt', content: 'n' },
      ]),
    );
    const result = await downloadRunArtifact(request(runId), github, timing);
    expect(result.files.map((f) => f.split('/files/')[1]).sort()).toEqual([
      'sub/notes.txt',
      'widget-linux-amd64',
    ]);
    expect(
      readFileSync(
        result.files.find((f) => f.endsWith('amd64'))!,
        'utf8',
      ),
    ).toBe('ELF');
    expect(result.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('tries 3 times on 404, with backoff, then says artifact_missing', async () => {
    const runId = await runWithArtifact(await makeZip([{ name: 'a', content: 'a' }]));
    sleeps.length = 0;
    gh.faults.inject(
      { method: 'GET', path: `/repos/acme/widget/actions/runs/${runId}/artifacts` },
      { kind: 'status', status: 404 },
      3,
    );
    await expect(downloadRunArtifact(request(runId), github, timing)).rejects.toMatchObject({
      code: 'artifact_missing',
      message: expect.stringMatching(/after 3 tries/),
    });
    expect(
      gh.requests.matching({ method: 'GET', path: `/repos/acme/widget/actions/runs/${runId}/artifacts` }),
    ).toHaveLength(3);
    expect(sleeps).toEqual([10, 20]);
  });

  it('recovers when the artifact appears on the second try', async () => {
    const runId = await runWithArtifact(await makeZip([{ name: 'a', content: 'a' }]));
    gh.faults.inject(
      { method: 'GET', path: `/repos/acme/widget/actions/runs/${runId}/artifacts` },
      { kind: 'status', status: 403 },
      1,
    );
    expect((await downloadRunArtifact(request(runId), github, timing)).tries).toBe(2);
  });

  it('an artifact name the run does not have is artifact_missing', async () => {
    const run = gh.state.runs.create('acme/widget', 'release.yml', {
      status: 'completed',
      conclusion: 'success',
    });
    await expect(downloadRunArtifact(request(run.id), github, timing)).rejects.toMatchObject({
      code: 'artifact_missing',
    });
  });

  it('an expired artifact is artifact_retention_missing, without retrying', async () => {
    const runId = await runWithArtifact(await makeZip([{ name: 'a', content: 'a' }]), {
      expiresAt: new Date(Date.now() - 1000),
    });
    const zipRequests = () => gh.requests.matching({ method: 'GET', path: /\/zip$/ }).length;
    const before = zipRequests();
    await expect(downloadRunArtifact(request(runId), github, timing)).rejects.toMatchObject({
      code: 'artifact_retention_missing',
    });
    expect(zipRequests()).toBe(before);
    expect(
      gh.requests.matching({ method: 'GET', path: `/repos/acme/widget/actions/runs/${runId}/artifacts` }),
    ).toHaveLength(1);
  });

  it('refuses a zip-slip archive', async () => {
    const runId = await runWithArtifact(await makeZipSlip('../../escape.sh'));
    await expect(downloadRunArtifact(request(runId), github, timing)).rejects.toMatchObject({
      code: 'artifact_missing',
      message: expect.stringMatching(/refused/),
    });
  });
});

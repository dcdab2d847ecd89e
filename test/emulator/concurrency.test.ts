import { afterAll, beforeAll, expect, it } from 'vitest';
import type { GitHubEmulator } from './emulator.js';
import { base64, client, owner, REPO, repo, startWithRepo } from './support.js';

let gh: GitHubEmulator;
beforeAll(async () => {
  gh = await startWithRepo();
  gh.state.contents.put(REPO, 'ledger.json', '[]', { message: 'start ledger' });
});
afterAll(() => gh.close());

/** Read-modify-write with a re-read whenever the write loses the compare-and-swap. */
async function append(writer: number): Promise<void> {
  const octokit = client(gh);
  for (;;) {
    const { data } = await octokit.rest.repos.getContent({ owner, repo, path: 'ledger.json' });
    const file = data as { content: string; sha: string };
    const entries = JSON.parse(Buffer.from(file.content, 'base64').toString()) as number[];
    try {
      await octokit.rest.repos.createOrUpdateFileContents({
        owner,
        repo,
        path: 'ledger.json',
        message: `append ${writer}`,
        content: base64(JSON.stringify([...entries, writer])),
        sha: file.sha,
      });
      return;
    } catch (error) {
      if ((error as { status?: number }).status !== 409) throw error;
    }
  }
}

it('loses no update when 32 writers append to one file concurrently', async () => {
  const writers = Array.from({ length: 32 }, (_, i) => i);
  await Promise.all(writers.map(append));
  const ledger = JSON.parse(gh.state.contents.read(REPO, 'ledger.json')?.bytes.toString() ?? '') as number[];
  expect([...ledger].sort((a, b) => a - b)).toEqual(writers);
  expect(gh.state.contents.history(REPO, 'ledger.json')).toHaveLength(33);
  const puts = gh.requests.matching({ method: 'PUT', path: '/repos/acme/app/contents/*' });
  const conflicts = puts.filter((entry) => entry.status === 409).length;
  expect(conflicts).toBeGreaterThan(0);
  expect(puts.length - conflicts).toBe(32);
});

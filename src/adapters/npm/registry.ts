import { GuardError } from '../../core/errors/index.js';
import {
  defaultCallTiming,
  delayFor,
  fetchWithTimeout,
  isTimeout,
  RETRY_POLICY,
  type CallTiming,
} from '../retry/index.js';
import type { PackageIdentity } from './tarball.js';

export const DEFAULT_NPM_REGISTRY = 'https://registry.npmjs.org';

/** The registry's answer is a few kilobytes per attestation; more than this is not an attestations answer. */
const MAX_ANSWER_BYTES = 8 * 1024 * 1024;

export interface RegistryOptions {
  /** The fetch under the timeout; the global one when absent. */
  readonly fetch?: typeof fetch;
  readonly timing?: CallTiming;
  readonly timeoutMs?: number;
}

/** `{registry}/-/npm/v1/attestations/{name}@{version}`, the scope's `/` escaped as the npm CLI does. */
/** npm's package name rule: lower case, an optional `@scope/`, no path or query characters. */
const NPM_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;

export function attestationsUrl(registry: string, { name, version }: PackageIdentity): string {
  if (!NPM_NAME.test(name))
    throw new GuardError(
      'attestation_missing',
      `the tarball's package.json names ${JSON.stringify(name)}, not an npm package name`,
    );
  const escaped = name.replace('/', '%2f');
  const root = registry.endsWith('/') ? registry.slice(0, -1) : registry;
  return `${root}/-/npm/v1/attestations/${escaped}@${encodeURIComponent(version)}`;
}

/**
 * The registry's attestations of a package version (`{attestations: [{predicateType, bundle}]}`) as the
 * bundles in its order; `[]` when it has none (404). Each try is time-bounded; a transport error, a 5xx or a
 * 429 is tried again under the retry policy, at most three tries; then `attestation_missing` naming the URL
 * and what went wrong: the registry decided nothing, and nothing passes without provenance.
 */
export async function fetchNpmAttestations(
  registry: string,
  pkg: PackageIdentity,
  { fetch: base, timing = defaultCallTiming, timeoutMs = RETRY_POLICY.timeoutMs }: RegistryOptions = {},
): Promise<unknown[]> {
  const url = attestationsUrl(registry, pkg);
  const get = fetchWithTimeout(timeoutMs, () => base ?? globalThis.fetch);
  for (let attempt = 1; ; attempt++) {
    let failure: { status?: number; transportError?: boolean; retryAfter?: string | null };
    let why: string;
    try {
      const response = await get(url, { headers: { accept: 'application/json' } });
      if (response.status === 404) {
        await response.body?.cancel();
        return [];
      }
      if (response.ok) return bundlesOf(await readBounded(response), url);
      await response.body?.cancel();
      failure = { status: response.status, retryAfter: response.headers.get('retry-after') };
      why = `HTTP ${response.status}`;
    } catch (error) {
      if (error instanceof GuardError) throw error;
      failure = { transportError: true };
      why = isTimeout(error) ? 'timed out' : `no answer: ${(error as Error).message}`;
    }
    const wait = delayFor(failure, attempt, timing);
    if (wait === null) {
      throw new GuardError(
        'attestation_missing',
        `the npm registry did not give the attestations of ${pkg.name}@${pkg.version} (${url}): ${why}`,
      );
    }
    await timing.sleep(wait);
  }
}

async function readBounded(response: Response): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > MAX_ANSWER_BYTES) throw tooLarge(response.url);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.length;
    if (size > MAX_ANSWER_BYTES) throw tooLarge(response.url);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const tooLarge = (url: string) =>
  new GuardError(
    'provenance_malformed',
    `the npm registry's answer at ${url} is over ${MAX_ANSWER_BYTES} bytes`,
  );

function bundlesOf(text: string, url: string): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new GuardError('provenance_malformed', `the npm registry's answer at ${url} is not JSON`);
  }
  const list = (parsed as { attestations?: unknown } | null)?.attestations;
  if (!Array.isArray(list))
    throw new GuardError(
      'provenance_malformed',
      `the npm registry's answer at ${url} has no attestations list`,
    );
  return list.map((entry) => (entry as { bundle?: unknown } | null)?.bundle).filter((b) => b != null);
}

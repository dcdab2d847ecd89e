import { Octokit } from '@octokit/rest';
import { expect } from 'vitest';
import yazl from 'yazl';
import type { Permission } from './auth.js';
import { startGitHubEmulator, type EmulatorOptions, type GitHubEmulator } from './emulator.js';

export const REPO = 'acme/app';
export const owner = 'acme';
export const repo = 'app';

export const WRITE_ALL: Permission[] = [
  'contents:write',
  'issues:write',
  'pull_requests:write',
  'actions:write',
  'attestations:read',
];

/** An emulator with `acme/app` created and the tokens `tok-write` (everything) and `tok-read` (contents:read). */
export async function startWithRepo(options: EmulatorOptions = {}): Promise<GitHubEmulator> {
  const gh = await startGitHubEmulator({
    ...options,
    tokens: { 'tok-write': WRITE_ALL, 'tok-read': ['contents:read'], ...options.tokens },
  });
  gh.state.repos.create(REPO);
  return gh;
}

const quiet = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

/** Octokit against the emulator; `null` sends no token. */
export function client(gh: GitHubEmulator, token: string | null = 'tok-write'): Octokit {
  return new Octokit({ baseUrl: gh.url, auth: token ?? undefined, log: quiet });
}

/** The parts of Octokit's RequestError the tests look at. */
export interface FailedRequest {
  status: number;
  response?: { headers: Record<string, string | undefined>; data: unknown };
}

/** Awaits a request expected to fail and checks GitHub's status, message and error body shape. */
export async function expectFailure(
  request: Promise<unknown>,
  status: number,
  message?: string | RegExp,
): Promise<FailedRequest> {
  const error = await request.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toMatchObject({ name: 'HttpError', status });
  const failed = error as FailedRequest;
  const body = failed.response?.data as { message?: string; documentation_url?: string } | undefined;
  expect(body?.documentation_url).toMatch(/^https:\/\/docs\.github\.com\/rest/);
  if (message !== undefined)
    expect(body?.message).toMatch(typeof message === 'string' ? exact(message) : message);
  return failed;
}

const exact = (text: string): RegExp => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

export const base64 = (text: string): string => Buffer.from(text).toString('base64');

export function makeZip(files: Record<string, string>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(files))
    zip.addBuffer(Buffer.from(content), name, { mtime: new Date(0) });
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

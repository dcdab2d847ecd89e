import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import * as glob from '@actions/glob';
import { downloadRunArtifact } from '../../adapters/artifact/index.js';
import { GuardError } from '../../core/errors/index.js';
import type { ValidateDependencies, ValidateRequest } from './request.js';

/** The release's files: matched by glob, or downloaded from the run's artifact and extracted safely. */
export async function collectArtifacts(
  request: ValidateRequest,
  deps: ValidateDependencies,
): Promise<string[]> {
  const source = request.artifacts;
  if (source.kind === 'paths') return matchFiles(source.patterns);
  if (source.kind === 'release')
    throw new GuardError(
      'input_invalid',
      "the release's assets are fetched with the release, not as a run artifact",
    );
  const targetDir = await mkdtemp(join(request.workDir, 'artifact-'));
  const downloaded = await downloadRunArtifact(
    {
      name: source.name,
      runId: source.runId,
      owner: request.repository.owner,
      repo: request.repository.repo,
      token: request.token,
      targetDir,
    },
    { octokit: deps.octokit },
  );
  deps.log.info('artifact_downloaded', {
    artifact: source.name,
    run_id: source.runId,
    files: downloaded.files.length,
    tries: downloaded.tries,
  });
  if (downloaded.files.length === 0)
    throw new GuardError('artifact_missing', `artifact ${source.name} of run ${source.runId} is empty`);
  return [...downloaded.files];
}

async function matchFiles(patterns: readonly string[]): Promise<string[]> {
  for (const pattern of patterns) {
    if (pattern.includes('\0') || /^!?\s*$/.test(pattern))
      throw new GuardError('input_invalid', `artifact-path pattern ${JSON.stringify(pattern)} is malformed`);
  }
  let files: string[];
  try {
    files = await (
      await glob.create(patterns.join('\n'), { matchDirectories: false, implicitDescendants: false })
    ).glob();
  } catch (error) {
    throw new GuardError('input_invalid', `artifact-path is not a valid glob: ${(error as Error).message}`, {
      cause: error,
    });
  }
  if (files.length === 0)
    throw new GuardError('artifact_missing', `no file matches artifact-path ${patterns.join(', ')}`);
  return files.sort();
}

import { join, resolve } from 'node:path';
import { StepFailure, type StandInStep } from '../runner/host.js';
import { artifactRoot, findFiles, isHidden, unzipInto, zipFiles } from './files.js';
import type { StandIn } from './types.js';

const artifactUrl = (step: StandInStep, id: number) =>
  `https://github.com/${step.host.run.trigger.repo}/actions/runs/${step.host.run.id}/artifacts/${id}`;

/** Stores files as an artifact of this run on the emulator, where the API lists and serves it. */
export async function storeArtifact(step: StandInStep, name: string, root: string, files: readonly string[]) {
  const { host } = step;
  const state = host.deps.gh.state;
  const repo = host.run.trigger.repo;
  const key = `${host.run.attempt}:${name}`;
  if (host.run.uploads.has(key) && step.inputs.overwrite !== 'true')
    throw new StepFailure(
      'Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run',
    );
  const artifact = state.artifacts.create(repo, {
    runId: host.run.id,
    name,
    zip: await zipFiles(root, files),
  });
  host.run.uploads.add(key);
  step.log.lines.push(
    `Artifact ${name} has been successfully uploaded! Final size is ${artifact.sizeInBytes} bytes. Artifact ID is ${artifact.id}`,
  );
  return artifact;
}

/** Extracts the newest artifact of the run with this name into `target`. */
export async function fetchArtifact(step: StandInStep, name: string, target: string): Promise<string[]> {
  const { host } = step;
  const state = host.deps.gh.state;
  const [artifact] = state.artifacts.list(host.run.trigger.repo, { runId: host.run.id, name });
  if (!artifact)
    throw new StepFailure(
      `Unable to download artifact(s): Artifact not found for name: ${name}\n        Please ensure that your artifact is not expired and the artifact was uploaded using a compatible version of toolkit/upload-artifact.\n        For more information, visit the GitHub Artifacts FAQ: https://github.com/actions/toolkit/blob/main/packages/artifact/docs/faq.md`,
    );
  const bytes = state.blobs.get(artifact.downloadPath.replace(/^.*\//, ''));
  if (!bytes) throw new Error(`the emulator lost the zip of artifact ${artifact.id}`);
  return unzipInto(bytes.bytes, target, join(host.paths.runnerTemp, 'artifacts'));
}

export const uploadArtifact: StandIn = {
  does: 'Finds the `path` files (globs, `!` excludes, hidden files only with `include-hidden-files`), keeps their paths below the least common ancestor of the search paths, zips them and stores the zip as an artifact of the run on the emulator (listed and downloadable through the API by run id). `if-no-files-found`, `overwrite`; a second upload of a name in the same attempt fails with 409 as v4 does. Outputs `artifact-id`, `artifact-url`.',
  leavesOut:
    '`retention-days` and `compression-level` (90-day expiry, default compression); the `artifact-digest` output.',
  inputs: {
    name: { default: 'artifact' },
    path: {},
    'if-no-files-found': { default: 'warn' },
    'retention-days': { default: '0' },
    'compression-level': { default: '6' },
    overwrite: { default: 'false' },
    'include-hidden-files': { default: 'false' },
  },
  async run(step) {
    const { inputs, host } = step;
    const workspace = host.paths.workspace;
    const root = artifactRoot(workspace, inputs.path!);
    const files = (await findFiles(workspace, inputs.path!)).filter(
      (file) => inputs['include-hidden-files'] === 'true' || !isHidden(root, file),
    );
    if (files.length === 0) {
      const message = `No files were found with the provided path: ${inputs.path}. No artifacts will be uploaded.`;
      if (inputs['if-no-files-found'] === 'error') throw new StepFailure(message);
      step.log.lines.push(inputs['if-no-files-found'] === 'warn' ? `Warning: ${message}` : message);
      return;
    }
    const artifact = await storeArtifact(step, inputs.name!, root, files);
    step.setOutput('artifact-id', String(artifact.id));
    step.setOutput('artifact-url', artifactUrl(step, artifact.id));
  },
};

export const downloadArtifact: StandIn = {
  does: "Extracts the run's artifact `name` (the newest of that name) into `path` (default the workspace); without `name`, every artifact of the run, each into `path/<name>`. Output `download-path`.",
  leavesOut:
    '`pattern`, `merge-multiple`, and `run-id`/`repository`/`github-token` (other runs or repositories).',
  inputs: {
    name: { default: '' },
    path: { default: '' },
    pattern: { default: '' },
    'merge-multiple': { default: 'false' },
    'github-token': { default: '' },
    repository: { default: '${{ github.repository }}' },
    'run-id': { default: '${{ github.run_id }}' },
  },
  async run(step) {
    const { inputs, host } = step;
    if (inputs['run-id'] !== String(host.run.id) || inputs.pattern !== '')
      throw new StepFailure('the download-artifact stand-in reads only artifacts of this run, by name');
    const target = resolve(host.paths.workspace, inputs.path!);
    const names =
      inputs.name !== ''
        ? [inputs.name!]
        : [
            ...new Set(
              host.deps.gh.state.artifacts
                .list(host.run.trigger.repo, { runId: host.run.id })
                .map((a) => a.name),
            ),
          ];
    for (const name of names)
      await fetchArtifact(step, name, inputs.name !== '' ? target : join(target, name));
    step.setOutput('download-path', target);
  },
};

import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { StepFailure } from '../runner/host.js';
import { levelOf } from '../workflow/permissions.js';
import { fetchArtifact, storeArtifact } from './artifacts.js';
import type { StandIn } from './types.js';

function filesBelow(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesBelow(path) : [path];
  });
}

export const uploadPagesArtifact: StandIn = {
  does: 'Archives `path` (default `_site/`) as `artifact.tar` with tar (`.git` and `.github` left out) and uploads it as the artifact `name` (default `github-pages`) of the run.',
  leavesOut: '`retention-days`; the check that the tar holds no links.',
  inputs: {
    name: { default: 'github-pages' },
    path: { default: '_site/' },
    'retention-days': { default: '1' },
  },
  async run(step) {
    const { host, inputs } = step;
    const source = resolve(host.paths.workspace, inputs.path!);
    const out = join(host.paths.runnerTemp, 'pages');
    mkdirSync(out, { recursive: true });
    const tar = join(out, 'artifact.tar');
    execFileSync('tar', [
      '--dereference',
      '--directory',
      source,
      '-cf',
      tar,
      '--exclude=.git',
      '--exclude=.github',
      '.',
    ]);
    const artifact = await storeArtifact(step, inputs.name!, out, [tar]);
    step.setOutput('artifact_id', String(artifact.id));
  },
};

export const deployPages: StandIn = {
  does: "Needs Pages from GitHub Actions (SETUP's step) and `pages: write` + `id-token: write`; reads the run's `github-pages` artifact and publishes its files as the repository's site (kept by the rehearsal for assertions). Output `page_url` `https://<owner>.github.io/<name>/`.",
  leavesOut: 'Deployment objects and statuses, `preview`, `timeout`, custom domains.',
  inputs: {
    token: { default: '${{ github.token }}' },
    artifact_name: { default: 'github-pages' },
    timeout: { default: '600000' },
    error_count: { default: '10' },
    reporting_interval: { default: '5000' },
    preview: { default: 'false' },
  },
  async run(step) {
    const { host, inputs } = step;
    const repo = host.run.trigger.repo;
    if (levelOf(host.permissions, 'id-token') !== 'write')
      throw new StepFailure('Ensure GITHUB_TOKEN has permission "id-token: write".');
    if (levelOf(host.permissions, 'pages') !== 'write' || !host.deps.settings(repo).pagesFromActions)
      throw new StepFailure(
        'Creating Pages deployment failed: HttpError: Not Found. Ensure GitHub Pages has been enabled: https://github.com/' +
          `${repo}/settings/pages`,
      );
    const scratch = join(host.paths.runnerTemp, 'deploy-pages');
    const [tar] = await fetchArtifact(step, inputs.artifact_name!, scratch);
    const site = join(scratch, 'site');
    mkdirSync(site, { recursive: true });
    execFileSync('tar', ['-xf', tar!, '--directory', site]);
    host.deps.pages.set(
      repo,
      new Map(filesBelow(site).map((file) => [relative(site, file), readFileSync(file)])),
    );
    const [owner, name] = repo.split('/');
    step.setOutput('page_url', `https://${owner}.github.io/${name}/`);
  },
};

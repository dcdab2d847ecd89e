import { PACKAGE_RUNBOOK_ORIGIN, RUNBOOK_SERVER, type RunbookOrigin } from '../core/errors/index.js';

/** GitHub's OWNER/NAME, as the runner gives GITHUB_ACTION_REPOSITORY. */
const REPOSITORY = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}$/;
/** A tag, branch or commit: path segments of URL-safe characters, nothing a link could be bent with. */
const REF = /^[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/;

/**
 * The repository and ref this action was called at (`uses: OWNER/provenance-guard@REF`; a SHA-pinned step
 * gives the 40-hex commit), so a link opens the runbook of the code that ran. Always on github.com, where
 * this project and its runbooks live: on GHES or GHE.com, GITHUB_SERVER_URL is the user's server, which does
 * not hold an action it runs through GitHub Connect. A local `uses: ./`, or a value of another shape, links
 * as the CLI does.
 */
export function actionRunbookOrigin(env: NodeJS.ProcessEnv = process.env): RunbookOrigin {
  const repository = env.GITHUB_ACTION_REPOSITORY ?? '';
  const ref = env.GITHUB_ACTION_REF ?? '';
  if (!REPOSITORY.test(repository) || !REF.test(ref) || `${repository}/${ref}`.includes('..'))
    return PACKAGE_RUNBOOK_ORIGIN;
  return { repositoryUrl: `${RUNBOOK_SERVER}/${repository}`, ref };
}

import { PACKAGE_RUNBOOK_ORIGIN, type RunbookOrigin } from '../core/errors/index.js';

/**
 * The repository and ref this action was called at (`uses: OWNER/provenance-guard@REF`), so a link
 * opens the runbook of the code that ran. A local `uses: ./` has neither: the package's own version then.
 */
export function actionRunbookOrigin(env: NodeJS.ProcessEnv = process.env): RunbookOrigin {
  const repository = env.GITHUB_ACTION_REPOSITORY;
  if (!repository || !env.GITHUB_ACTION_REF) return PACKAGE_RUNBOOK_ORIGIN;
  return {
    repositoryUrl: `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${repository}`,
    ref: env.GITHUB_ACTION_REF,
  };
}

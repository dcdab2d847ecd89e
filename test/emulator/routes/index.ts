import type { Route } from '../router.js';
import type { EmulatorState } from '../state/index.js';
import { artifactRoutes } from './artifacts.js';
import { attestationRoutes } from './attestations.js';
import { blobRoutes } from './blobs.js';
import { checkRoutes } from './checks.js';
import { collaboratorRoutes } from './collaborators.js';
import { contentsRoutes } from './contents.js';
import { dispatchRoutes } from './dispatch.js';
import { gitRoutes } from './git.js';
import { gitCommitRoutes } from './git-commits.js';
import { issueRoutes } from './issues.js';
import { labelRoutes } from './labels.js';
import { pullRoutes } from './pulls.js';
import { releaseRoutes } from './releases.js';
import { repoRoutes } from './repos.js';
import { rulesetRoutes } from './rulesets.js';
import { runRoutes } from './runs.js';
import { searchRoutes } from './search.js';

export function allRoutes(state: EmulatorState): Route[] {
  return [
    repoRoutes,
    contentsRoutes,
    gitRoutes,
    gitCommitRoutes,
    issueRoutes,
    labelRoutes,
    searchRoutes,
    pullRoutes,
    checkRoutes,
    collaboratorRoutes,
    runRoutes,
    dispatchRoutes,
    artifactRoutes,
    attestationRoutes,
    releaseRoutes,
    rulesetRoutes,
    blobRoutes,
  ].flatMap((routes) => routes(state));
}

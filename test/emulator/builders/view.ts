import type { RequestContext } from '../router.js';
import { isoSeconds } from '../state/clock.js';
import type { EmulatorState } from '../state/index.js';
import type { Repo } from '../state/repos.js';

export const HTML_ROOT = 'https://github.com';

/** What every builder needs: the emulator's API root (it stands for `https://api.github.com`) and the state. */
export interface View {
  api: string;
  state: EmulatorState;
}

export const viewOf = (ctx: RequestContext, state: EmulatorState): View => ({ api: ctx.baseUrl, state });

export const repoApiUrl = (view: View, repo: Repo): string => `${view.api}/repos/${repo.fullName}`;

export const repoHtmlUrl = (repo: Repo): string => `${HTML_ROOT}/${repo.fullName}`;

/** A repository path as a URL path: each segment percent-encoded, the slashes kept. */
export const urlPath = (path: string): string => path.split('/').map(encodeURIComponent).join('/');

export const timestamp = (date: Date | null): string | null => (date === null ? null : isoSeconds(date));

import { nodeId, stableHex } from '../ids.js';
import { BOT_IDENTITY } from '../state/git-objects.js';
import type { BuiltInRole, CollaboratorPermission } from '../state/collaborators.js';
import { HTML_ROOT, type View } from './view.js';

/** github-actions[bot] as GitHub shows it: an app's bot, whose page is the app's. */
const BOT = {
  id: 41898282,
  avatarUrl: 'https://avatars.githubusercontent.com/in/15368?v=4',
  htmlUrl: `${HTML_ROOT}/apps/github-actions`,
};

const ROLE_RANK: readonly BuiltInRole[] = ['read', 'triage', 'write', 'maintain', 'admin'];

/** A stable id per login; the emulator keeps no user records. */
const userId = (login: string): number =>
  login === BOT_IDENTITY.name
    ? BOT.id
    : 1_000_000 + (Number.parseInt(stableHex('user', login.toLowerCase()).slice(0, 7), 16) % 90_000_000);

/** simple-user: a person, or a `[bot]` login. */
export function userJson(view: View, login: string): Record<string, unknown> {
  const id = userId(login);
  const isBot = login.endsWith('[bot]');
  const url = `${view.api}/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: nodeId(isBot ? 'Bot' : 'User', id),
    avatar_url:
      login === BOT_IDENTITY.name ? BOT.avatarUrl : `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url,
    html_url: login === BOT_IDENTITY.name ? BOT.htmlUrl : `${HTML_ROOT}/${encodeURIComponent(login)}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: isBot ? 'Bot' : 'User',
    user_view_type: 'public',
    site_admin: false,
  };
}

/** The `user` of the collaborator permission answer: the user, with the repository role and what it grants. */
export function collaboratorJson(
  view: View,
  login: string,
  found: CollaboratorPermission,
): Record<string, unknown> {
  const rank = ROLE_RANK.indexOf(found.baseRole);
  return {
    ...userJson(view, login),
    permissions: {
      admin: rank >= ROLE_RANK.indexOf('admin'),
      maintain: rank >= ROLE_RANK.indexOf('maintain'),
      push: rank >= ROLE_RANK.indexOf('write'),
      triage: rank >= ROLE_RANK.indexOf('triage'),
      pull: true,
    },
    role_name: found.roleName,
  };
}

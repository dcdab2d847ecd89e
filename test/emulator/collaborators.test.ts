import { afterAll, beforeAll, expect, it } from 'vitest';
import type { GitHubEmulator } from './emulator.js';
import { client, expectFailure, owner, REPO, repo, startWithRepo } from './support.js';

let gh: GitHubEmulator;
beforeAll(async () => {
  gh = await startWithRepo();
  gh.state.collaborators.set(REPO, 'alice', 'admin');
  gh.state.collaborators.set(REPO, 'bob', 'maintain');
  gh.state.collaborators.set(REPO, 'carol', 'triage');
  gh.state.collaborators.set(REPO, 'dave', { name: 'release-manager', base: 'write' });
});
afterAll(() => gh.close());

const permissionOf = (username: string) =>
  client(gh, 'tok-read').rest.repos.getCollaboratorPermissionLevel({ owner, repo, username });

it.each([
  ['alice', 'admin', 'admin'],
  ['bob', 'write', 'maintain'],
  ['carol', 'read', 'triage'],
  ['dave', 'write', 'release-manager'],
])('maps %s to permission %s with role %s', async (username, permission, roleName) => {
  const { data } = await permissionOf(username);
  expect(data).toMatchObject({ permission, role_name: roleName, user: { login: username } });
});

it('answers 404 for someone who is not a collaborator', async () => {
  await expectFailure(permissionOf('mallory'), 404, 'Not Found');
});

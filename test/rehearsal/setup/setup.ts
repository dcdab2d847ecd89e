import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { Permission } from '../../emulator/auth.js';
import type { Permission as TablePermission, SecretRow } from '../../docs/setup-tables.js';
import type { Environment } from '../runner/settings.js';
import { User } from '../user.js';
import { CHECKOUT, PIN, PIN_TAG, type World } from '../world.js';
import { readSetupDoc, SETUP_PATH, type SetupDoc } from './setup-doc.js';
import { PROJECT } from './project.js';

export interface SetupOptions {
  readonly repo: string;
  readonly private?: boolean;
  /**
   * SETUP step 6 in full: the default branch protected, the actions' manifests on their own branch
   * (`PROVENANCE_MANIFEST_BRANCH`). Without it the optional variable stays unset and the default branch open.
   */
  readonly protectDefaultBranch: boolean;
  /** docs/SETUP.md as read from the checkout when absent. */
  readonly doc?: SetupDoc;
}

/** A repository set up by following docs/SETUP.md, and who and what it was set up with. */
export interface Adopted {
  readonly repo: string;
  /** The maintainer who followed SETUP (admin). */
  readonly maintainer: User;
  /** The second maintainer SETUP's governance environment needs as reviewer. */
  readonly reviewer: User;
  /** The GitHub token of each secret that is one. */
  readonly tokens: Readonly<Record<string, string>>;
  /** The branch the actions commit manifests to. */
  readonly manifestBranch: string;
  readonly doc: SetupDoc;
}

export const MAINTAINER = 'release-lead';
export const SECOND_MAINTAINER = 'second-maintainer';

/** `pull-requests: write` as the emulator grants it; `metadata: read` every token has. */
export function emulatorPermission(permission: TablePermission): Permission | null {
  const [scope, level] = permission.split(': ') as [string, string];
  if (scope === 'metadata') return null;
  return `${scope.replace('-', '_')}:${level}` as Permission;
}

/** Steps 2 and 3: SETUP's own commands, run in a clone of the repository, with the pin and the tag SETUP asks for. */
function runFileCommands(doc: SetupDoc, repo: string, scratch: string): Record<string, string> {
  const home = join(scratch, 'home');
  const clone = join(scratch, 'clone');
  mkdirSync(home, { recursive: true });
  mkdirSync(clone, { recursive: true });
  symlinkSync(CHECKOUT, join(home, 'provenance-guard'));
  const env = { PATH: process.env.PATH ?? '', HOME: home, REPO: repo, TAG: PIN_TAG, PIN };
  // Run as typed into a shell: a block's check (`grep … # prints nothing`) may end it with status 1, so what
  // counts is that no command complained; the files are checked below.
  for (const block of doc.fileCommands) {
    const { stderr } = spawnSync('bash', ['-c', block], { cwd: clone, env, encoding: 'utf8' });
    if (stderr.trim() !== '')
      throw new Error(`${SETUP_PATH}: a command of steps 2–3 failed:\n${block}\n${stderr}`);
  }
  const workflows = join(clone, '.github', 'workflows');
  const files: Record<string, string> = {};
  for (const name of readdirSync(workflows))
    files[`.github/workflows/${name}`] = readFileSync(join(workflows, name), 'utf8');
  files['.github/provenance-policy.yml'] = readFileSync(
    join(clone, '.github', 'provenance-policy.yml'),
    'utf8',
  );
  const unpinned = Object.entries(files).filter(([, text]) =>
    /provenance-guard[a-z/-]*@0{40}|ref: 0{40}|OWNER\/NAME/.test(text),
  );
  if (unpinned.length > 0)
    throw new Error(`${SETUP_PATH} left a placeholder in ${unpinned.map(([path]) => path).join(', ')}`);
  return files;
}

/** Step 4: the environments of the table; "the default branch" is a branch rule with its name. */
function createEnvironments(world: World, repo: string, doc: SetupDoc): void {
  const settings = world.settings(repo);
  const defaultBranch = world.gh.state.repos.get(repo).defaultBranch;
  for (const row of doc.tables.environments) {
    const reviewers = row.reviewers === 'none' ? [] : [SECOND_MAINTAINER];
    const environment: Environment = {
      name: row.environment,
      secrets: new Map(),
      variables: new Map(),
      deployment: {
        kind: 'selected',
        branches: row.defaultBranch ? [defaultBranch] : [],
        tags: row.tagPatterns,
      },
      reviewers,
      preventSelfReview: reviewers.length > 0 && doc.preventSelfReview,
    };
    settings.environments.set(row.environment, environment);
  }
}

/** Step 5: each secret in every environment of its row; a GitHub token with exactly the row's permissions. */
function addSecrets(world: World, repo: string, doc: SetupDoc): Record<string, string> {
  const settings = world.settings(repo);
  const tokens: Record<string, string> = {};
  const valueOf = (row: SecretRow): string | null => {
    if (row.permissions.length > 0) {
      const grants = row.permissions.map(emulatorPermission).filter((p): p is Permission => p !== null);
      tokens[row.secret] = world.credentials.personal(MAINTAINER, grants);
      return tokens[row.secret]!;
    }
    // The Slack webhook is the loopback server's; the KPI ingest token needs a Supabase the rehearsal has not.
    return /WEBHOOK/.test(row.secret) ? world.slack.url : null;
  };
  for (const row of doc.tables.secrets) {
    const value = valueOf(row);
    if (value === null) continue;
    for (const name of row.environments) settings.environments.get(name)!.secrets.set(row.secret, value);
  }
  return tokens;
}

function addVariables(world: World, repo: string, doc: SetupDoc, manifestBranch: string | null): void {
  const values: Record<string, string | null> = {
    GOVERNANCE_REVIEWERS: `${MAINTAINER},${SECOND_MAINTAINER}`,
    OPS_TEAM_MENTION: '<!subteam^S0123>',
    PROVENANCE_MANIFEST_BRANCH: manifestBranch,
    // The loopback instances sign here: their roots stand in for the ones shipped with provenance-guard.
    PROVENANCE_TRUSTED_ROOT: world.trustedRootsPath,
    SUPABASE_URL: null,
  };
  for (const row of doc.tables.variables) {
    if (!(row.variable in values))
      throw new Error(`SETUP names a variable the rehearsal does not know: ${row.variable}`);
    const value = values[row.variable];
    if (value === null || value === undefined) {
      if (row.needed) throw new Error(`SETUP needs ${row.variable}, which the rehearsal leaves unset`);
      continue;
    }
    world.settings(repo).variables.set(row.variable, value);
  }
}

/**
 * A new user's repository, set up exactly as docs/SETUP.md says: the project (a Makefile build), the templates
 * copied and pinned and the policy file written by SETUP's own commands and pushed, the environments, secrets and
 * variables of its tables, its repository settings and Pages.
 */
export async function setUpFromDocs(world: World, options: SetupOptions): Promise<Adopted> {
  const { repo } = options;
  const doc = options.doc ?? readSetupDoc();
  const state = world.gh.state;
  state.repos.create(repo);
  state.collaborators.set(repo, MAINTAINER, 'admin');
  state.collaborators.set(repo, SECOND_MAINTAINER, 'maintain');
  const settings = world.settings(repo);
  settings.private = options.private ?? false;
  const maintainer = new User(world, MAINTAINER);
  const reviewer = new User(world, SECOND_MAINTAINER);
  await maintainer.commit(repo, PROJECT, 'The project and its build');
  const files = runFileCommands(doc, repo, mkdtempSync(join(world.dir, 'setup-')));
  await maintainer.commit(repo, files, `Release provenance: provenance-guard ${PIN_TAG}`);
  createEnvironments(world, repo, doc);
  const tokens = addSecrets(world, repo, doc);
  const defaultBranch = state.repos.get(repo).defaultBranch;
  const manifestBranch = options.protectDefaultBranch ? doc.manifestBranch : null;
  addVariables(world, repo, doc, manifestBranch);
  if (manifestBranch) {
    await maintainer.branch(repo, manifestBranch, state.git.tip(repo, defaultBranch).sha);
    state.protection.set(repo, defaultBranch, {
      requiredStatusChecks: doc.tables.requiredChecks.map((row) => row.check),
    });
  }
  settings.pagesFromActions = true;
  settings.environments.set('github-pages', {
    name: 'github-pages',
    secrets: new Map(),
    variables: new Map(),
    deployment: { kind: 'selected', branches: [defaultBranch], tags: [] },
    reviewers: [],
    preventSelfReview: false,
  });
  await world.runner.settle();
  return { repo, maintainer, reviewer, tokens, manifestBranch: manifestBranch ?? defaultBranch, doc };
}

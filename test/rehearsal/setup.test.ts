import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableRows } from '../docs/setup-tables.js';
import { readSetupDoc } from './setup/setup-doc.js';
import {
  emulatorPermission,
  MAINTAINER,
  SECOND_MAINTAINER,
  setUpFromDocs,
  type Adopted,
} from './setup/setup.js';
import { STAND_INS, OTHER_STAND_INS } from './stand-ins/index.js';
import { CHECKOUT, PIN, startWorld, type World } from './world.js';

let world: World;
let adopted: Adopted;

beforeAll(async () => {
  world = await startWorld();
  adopted = await setUpFromDocs(world, { repo: 'acme/adopted', protectDefaultBranch: true });
});
afterAll(() => world?.close());

const fileOnMain = (path: string) => world.gh.state.contents.read(adopted.repo, path)?.bytes.toString('utf8');

describe('the rehearsal sets a repository up by following docs/SETUP.md', () => {
  it("runs SETUP's own commands for the files: every template of its table, pinned, and the policy file", () => {
    const { tables, fileCommands } = adopted.doc;
    expect(fileCommands.join('\n')).toContain(
      'cp ~/provenance-guard/workflows-templates/*.yml .github/workflows/',
    );
    const templates = readdirSync(`${CHECKOUT}workflows-templates`).filter((name) => name.endsWith('.yml'));
    expect(tables.templates.map((row) => row.file).sort()).toEqual(templates.sort());
    const workflows = world.gh.state.contents
      .list(adopted.repo, '.github/workflows')!
      .entries.map((e) => e.name);
    expect(workflows.sort()).toEqual(templates.sort());
    for (const name of templates) {
      const text = fileOnMain(`.github/workflows/${name}`)!;
      const pins = [
        ...text.matchAll(
          /provenance-guard\/provenance-guard[\w/-]*@([0-9a-f]{40})|^ +ref: ([0-9a-f]{40})$/gm,
        ),
      ];
      expect(
        pins.map((m) => m[1] ?? m[2]).every((sha) => sha === PIN),
        name,
      ).toBe(true);
    }
    expect(fileOnMain('.github/provenance-policy.yml')).toContain(`source: { repository: ${adopted.repo} }`);
  });

  it("creates the environments of SETUP's table, with their deployment rules and reviewers, and Pages'", () => {
    const environments = world.settings(adopted.repo).environments;
    const defaultBranch = world.gh.state.repos.get(adopted.repo).defaultBranch;
    for (const row of adopted.doc.tables.environments) {
      const environment = environments.get(row.environment);
      expect(environment?.deployment).toEqual({
        kind: 'selected',
        branches: row.defaultBranch ? [defaultBranch] : [],
        tags: row.tagPatterns,
      });
      expect(environment?.reviewers).toEqual(row.reviewers === 'none' ? [] : [SECOND_MAINTAINER]);
    }
    expect([...environments.keys()].sort()).toEqual(
      [...adopted.doc.tables.environments.map((row) => row.environment), 'github-pages'].sort(),
    );
    expect(world.settings(adopted.repo).pagesFromActions).toBe(true);
  });

  it('puts each secret in exactly the environments of its row, each GitHub token with exactly its permissions', () => {
    const settings = world.settings(adopted.repo);
    expect([...settings.secrets.keys()]).toEqual([]);
    for (const row of adopted.doc.tables.secrets) {
      const holders = [...settings.environments.values()].filter((env) => env.secrets.has(row.secret));
      if (row.permissions.length === 0 && !/WEBHOOK/.test(row.secret)) {
        expect(holders, row.secret).toEqual([]);
        continue;
      }
      expect(holders.map((env) => env.name).sort(), row.secret).toEqual([...row.environments].sort());
      if (row.permissions.length === 0) continue;
      const token = adopted.tokens[row.secret]!;
      expect(holders.every((env) => env.secrets.get(row.secret) === token)).toBe(true);
      expect([...world.gh.tokens.permissions(token)!].sort()).toEqual(
        row.permissions.map(emulatorPermission).filter(Boolean).sort(),
      );
      expect(world.credentials.of(token)?.login).toBe(MAINTAINER);
    }
  });

  it("sets every needed variable, protects the default branch with SETUP's required checks, and gives the actions their branch", () => {
    const variables = world.settings(adopted.repo).variables;
    for (const row of adopted.doc.tables.variables.filter((candidate) => candidate.needed))
      expect(variables.get(row.variable), row.variable).toBeTruthy();
    expect(variables.get('PROVENANCE_MANIFEST_BRANCH')).toBe(adopted.manifestBranch);
    expect(world.gh.state.git.ref(adopted.repo, `refs/heads/${adopted.manifestBranch}`)).toBeDefined();
    expect(world.gh.state.protection.get(adopted.repo, 'main')).toEqual({
      requiredStatusChecks: adopted.doc.tables.requiredChecks.map((row) => row.check),
    });
  });

  it('refuses a SETUP that names a variable it does not know', async () => {
    const markdown = readFileSync(`${CHECKOUT}docs/SETUP.md`, 'utf8').replace(
      '| `OPS_TEAM_MENTION` | yes |',
      '| `DEPLOY_REGION` | yes | where |\n| `OPS_TEAM_MENTION` | yes |',
    );
    await expect(
      setUpFromDocs(world, {
        repo: 'acme/unknown-variable',
        protectDefaultBranch: false,
        doc: readSetupDoc(markdown),
      }),
    ).rejects.toThrow('SETUP names a variable the rehearsal does not know: DEPLOY_REGION');
  });
});

describe("test/rehearsal/README.md's stand-ins table", () => {
  it('lists every stand-in with what it does and what it leaves out, as the registry says', () => {
    const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');
    const rows = tableRows(readme, 'Stand-ins').map(([name, does, leavesOut]) => [
      name!.replace(/`/g, ''),
      does,
      leavesOut,
    ]);
    const registry = [...Object.entries(STAND_INS), ...Object.entries(OTHER_STAND_INS)].map(
      ([name, standIn]) => [name, standIn.does, standIn.leavesOut],
    );
    expect(rows).toEqual(registry);
  });
});

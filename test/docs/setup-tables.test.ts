import { describe, expect, it } from 'vitest';
import { repoFiles } from './repo-docs.js';
import { environmentsTable, parseSetupTables, secretsTable, tableRows } from './setup-tables.js';
import {
  jobEnvironments,
  pullRequestFilters,
  readTemplates,
  refsOfRuns,
  secretEnvironments,
  triggersOf,
  variablesRead,
  WORKFLOW_EVENTS,
  type TemplateWorkflow,
} from './template-facts.js';

const setup = parseSetupTables(repoFiles.read('docs/SETUP.md'));
const templates = readTemplates();
const sorted = (names: Iterable<string>) => [...names].sort();
/** Environments GitHub makes itself, not the adopter: Pages creates `github-pages` (SETUP step 8). */
const MADE_BY_GITHUB = ['github-pages'];

/** The `on:` events a Templates cell names, in backticks. */
const eventsNamedIn = (cell: string) =>
  [...cell.matchAll(/`([a-z_]+)`/g)]
    .map((m) => m[1]!)
    .filter((word) => (WORKFLOW_EVENTS as readonly string[]).includes(word));

describe('docs/SETUP.md, checked against workflows-templates/', () => {
  it('the Templates table lists exactly the template files', () => {
    expect(sorted(setup.templates.map((row) => row.file))).toEqual(templates.map((t) => t.file));
  });

  it.each(templates)('the Templates row of $file names exactly its `on:` events', ({ file, workflow }) => {
    const row = setup.templates.find((r) => r.file === file);
    expect(sorted(eventsNamedIn(row?.trigger ?? ''))).toEqual(sorted(triggersOf(workflow).keys()));
  });

  it('the Environments table lists exactly the environments the jobs run in (those GitHub makes aside)', () => {
    const used = new Set(jobEnvironments(templates).map((use) => use.environment));
    expect(sorted(setup.environments.map((row) => row.environment))).toEqual(
      sorted([...used].filter((name) => !MADE_BY_GITHUB.includes(name))),
    );
  });

  it("each environment's deployment rules admit every ref its jobs run on", () => {
    const refused = jobEnvironments(templates).flatMap(({ file, job, environment }) => {
      const row = setup.environments.find((r) => r.environment === environment);
      if (!row) return [];
      const refs = refsOfRuns(templates.find((t) => t.file === file)!.workflow);
      return [
        ...(refs.defaultBranch && !row.defaultBranch ? ['the default branch'] : []),
        ...refs.tagPatterns.filter((pattern) => !row.tagPatterns.includes(pattern)).map((p) => `tags ${p}`),
      ].map((ref) => `${file}:${job} runs on ${ref}, which ${environment} does not admit`);
    });
    expect(refused).toEqual([]);
  });

  it('the Secrets table lists exactly the secrets the templates read, each in exactly the environments that read it', () => {
    const read = secretEnvironments(templates);
    expect(sorted(setup.secrets.map((row) => row.secret))).toEqual(sorted(read.keys()));
    expect(Object.fromEntries(setup.secrets.map((row) => [row.secret, sorted(row.environments)]))).toEqual(
      Object.fromEntries([...read].map(([secret, environments]) => [secret, sorted(environments)])),
    );
  });

  it('the Variables table lists exactly the variables the templates read, and no name is also a secret', () => {
    expect(sorted(setup.variables.map((row) => row.variable))).toEqual(sorted(variablesRead(templates)));
    const secrets = setup.secrets.map((row) => row.secret);
    expect(setup.variables.filter((row) => secrets.includes(row.variable))).toEqual([]);
  });

  it('each required check is a job of its template, which runs on every pull request (no filter)', () => {
    expect(setup.requiredChecks.length).toBeGreaterThan(0);
    for (const { check, template } of setup.requiredChecks) {
      const workflow = templates.find((t) => t.file === template)?.workflow;
      expect(Object.keys(workflow?.jobs ?? {}), template).toContain(check);
      expect(pullRequestFilters(workflow ?? {}), `${template} on pull_request`).toEqual([]);
    }
  });
});

describe('the SETUP table checks', () => {
  const doc = (table: string) => `# Setup\n\n### Secrets\n\n${table}\n\nAfter.\n`;
  const secretsHeader =
    '| secret | environments | fine-grained token permissions | needed |\n|---|---|---|---|\n';

  it('reads a table under its heading, up to the first line that is not a row', () => {
    expect(tableRows(doc(`${secretsHeader}| \`A\` | \`e1\`, \`e2\` | — | yes |`), 'Secrets')).toEqual([
      ['`A`', '`e1`, `e2`', '—', 'yes'],
    ]);
    expect(() => tableRows('# Setup\n', 'Secrets')).toThrow('docs/SETUP.md has no "### Secrets" table');
  });

  it('refuses a permission GitHub does not name, a needed that is neither yes nor optional, an unquoted name', () => {
    const secrets = (row: string) => () => secretsTable(doc(`${secretsHeader}${row}`));
    expect(secrets('| `A` | `e` | `admin: write` | yes |')).toThrow(
      '"admin: write" is not a fine-grained permission (actions, contents, issues, metadata, pull-requests: read|write)',
    );
    expect(secrets('| `A` | `e` | — | maybe |')).toThrow('needed is "yes" or "optional", not "maybe"');
    expect(secrets('| A | `e` | — | yes |')).toThrow('"A" is not one name in backticks');
    expect(secrets('| `A` | `e` | yes |')).toThrow('a row has 3 cells, not 4: `A` | `e` | yes');
    expect(secrets('| `A` | `e1`, `e2` | `issues: write`, `contents: read` | optional |')()).toEqual([
      {
        secret: 'A',
        environments: ['e1', 'e2'],
        permissions: ['issues: write', 'contents: read'],
        needed: false,
      },
    ]);
  });

  it('reads deployment rules as the default branch and tag patterns, and refuses anything else', () => {
    const environments = (cell: string) => () =>
      environmentsTable(
        `### Environments\n| environment | deployment branches and tags | required reviewers |\n|---|---|---|\n| \`e\` | ${cell} | none |\n`,
      );
    expect(environments('the default branch, tags `v*`')()).toEqual([
      { environment: 'e', defaultBranch: true, tagPatterns: ['v*'], reviewers: 'none' },
    ]);
    expect(environments('tags v*')).toThrow('"tags v*" is neither "the default branch" nor "tags `PATTERN`"');
  });

  it('derive what the templates need: secrets per environment, refs per trigger, pull request filters', () => {
    const workflow = {
      on: { push: { tags: ['v*'] }, pull_request: { paths: ['docs/**'] } },
      jobs: {
        a: {
          environment: 'e1',
          steps: [{ env: { T: '${{ secrets.T }}', G: '${{ secrets.GITHUB_TOKEN }}' } }],
        },
        b: { environment: { name: 'e2' }, steps: [{ with: { t: '${{ secrets.T }}' } }] },
        c: { steps: [{ with: { u: '${{ secrets.U }}' } }] },
      },
    } as TemplateWorkflow;
    const template = { file: 'x.yml', text: 'vars.V vars.W', workflow };
    expect(secretEnvironments([template])).toEqual(
      new Map([
        ['T', new Set(['e1', 'e2'])],
        ['U', new Set(['(none)'])],
      ]),
    );
    expect(variablesRead([template])).toEqual(new Set(['V', 'W']));
    expect(refsOfRuns(workflow)).toEqual({ defaultBranch: false, tagPatterns: ['v*'] });
    expect(refsOfRuns({ on: 'workflow_dispatch' })).toEqual({ defaultBranch: true, tagPatterns: [] });
    expect(pullRequestFilters(workflow)).toEqual(['paths']);
    expect(pullRequestFilters({ on: ['push'] })).toBeNull();
  });
});

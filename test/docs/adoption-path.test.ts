import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { codeSnippets, fencedBlocks, level2Sections } from './markdown-syntax.js';
import { markdownDocs, REPO_ROOT, repoFiles } from './repo-docs.js';
import { parseSetupTables } from './setup-tables.js';
import { readTemplates } from './template-facts.js';

const SETUP = repoFiles.read('docs/SETUP.md');
const README = repoFiles.read('README.md');
const setup = parseSetupTables(SETUP);
const secrets = setup.secrets.map((row) => row.secret);
const variables = setup.variables.map((row) => row.variable);
const environments = setup.environments.map((row) => row.environment);

/** A count of templates written out ("five templates"): it drifts the day a template is added. */
const TEMPLATE_COUNT =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:(?:copy-ready|workflow)\s+)*templates\b/i;

/** Table rows whose first cell is a setting of SETUP's tables: a second copy of them. */
const settingRows = (markdown: string, names: readonly string[]) =>
  markdown.split('\n').filter((line) => names.some((name) => line.startsWith(`| \`${name}\` |`)));

/** `secrets.X` / `vars.X` named in the code of a doc, as `kind.NAME`. */
const contextNames = (markdown: string) => [
  ...new Set(
    codeSnippets(markdown).flatMap((code) =>
      [...code.matchAll(/\b(secrets|vars)\.([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => `${m[1]}.${m[2]}`),
    ),
  ),
];

/** The docs that show workflow snippets: README, docs/** and the examples. */
const exampleTexts = [
  ...markdownDocs().map((path) => ({ path, text: repoFiles.read(path) })),
  ...readdirSync(join(REPO_ROOT, 'examples')).map((file) => ({
    path: `examples/${file}`,
    text: `\`\`\`\n${repoFiles.read(`examples/${file}`)}\n\`\`\``,
  })),
];

describe('one adoption path: docs/SETUP.md', () => {
  it('is where the README sends a new user', () => {
    const start = level2Sections(README).find((section) => section.title.startsWith('Start here'));
    expect(start?.body).toContain('[`docs/SETUP.md`](docs/SETUP.md)');
  });

  it('the README repeats none of its settings: no row of a secret, variable or environment', () => {
    expect(settingRows(README, [...secrets, ...variables, ...environments])).toEqual([]);
    expect(settingRows('| `KPI_INGEST_TOKEN` | secret |', secrets)).toEqual([
      '| `KPI_INGEST_TOKEN` | secret |',
    ]);
  });

  it('no doc counts the templates in words that drift', () => {
    for (const { path, text } of [
      { path: 'README.md', text: README },
      { path: 'docs/SETUP.md', text: SETUP },
    ])
      expect(TEMPLATE_COUNT.exec(text)?.[0], path).toBeUndefined();
    expect(TEMPLATE_COUNT.exec('Copy the five workflow templates')?.[0]).toBe('five workflow templates');
  });

  it.each(exampleTexts)(
    '$path names only secrets and variables of the SETUP tables, by their kind',
    ({ text }) => {
      const known = [...secrets.map((name) => `secrets.${name}`), ...variables.map((name) => `vars.${name}`)];
      expect(
        contextNames(text).filter((name) => name !== 'secrets.GITHUB_TOKEN' && !known.includes(name)),
      ).toEqual([]);
    },
  );

  it('steps 2 and 3 work verbatim: every provenance-guard pin replaced, the starter policy lints', () => {
    const home = mkdtempSync(join(tmpdir(), 'pg-setup-'));
    const repository = join(home, 'repository');
    mkdirSync(repository);
    symlinkSync(REPO_ROOT, join(home, 'provenance-guard'));
    const steps = level2Sections(SETUP).filter((section) => /^[23]\. /.test(section.title));
    const commands = steps
      .flatMap((section) => fencedBlocks(section.body))
      .filter((block) => block.lang === 'sh' && !/\bgit\s/.test(block.body))
      .map((block) => block.body);
    const pin = 'abcdef0123456789abcdef0123456789abcdef01';
    const output = execFileSync('bash', ['-c', commands.join('\n')], {
      cwd: repository,
      encoding: 'utf8',
      env: { ...process.env, HOME: home, REPO: 'acme/widget', TAG: 'v1.2.3', PIN: pin },
    });
    expect(output).toMatch(/^\.github\/provenance-policy\.yml: ok \(sha256 [0-9a-f]{64}\)$/m);
    const copied = readdirSync(join(repository, '.github/workflows')).sort();
    expect(copied).toEqual(readTemplates().map((template) => template.file));
    for (const file of copied) {
      const text = readFileSync(join(repository, '.github/workflows', file), 'utf8');
      const pins = [...text.matchAll(/provenance-guard\/provenance-guard[\w/-]*@(\S+)( # \S+)?/g)];
      expect(
        pins.map((m) => `${m[1]}${m[2] ?? ''}`).filter((p) => p !== `${pin} # v1.2.3`),
        file,
      ).toEqual([]);
      expect(text, file).not.toMatch(/ref: 0{40}/);
    }
    const policy = readFileSync(join(repository, '.github/provenance-policy.yml'), 'utf8');
    expect(policy).toContain('https://github.com/acme/widget/.github/workflows/security-ci.yml');
    expect(policy).not.toContain('OWNER/NAME');
  });
});

describe('examples/provenance-policy.yml, the starter', () => {
  it('lints, and pins the builder to the release template of the Templates table', async () => {
    const result = await runCli(['policy', 'lint', 'examples/provenance-policy.yml', '--json']);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout).ok).toBe(true);
    const workflow = /\/\.github\/workflows\/([\w.-]+\.yml)/.exec(
      repoFiles.read('examples/provenance-policy.yml'),
    );
    expect(setup.templates.map((row) => row.file)).toContain(workflow?.[1]);
  });
});

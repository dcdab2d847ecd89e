import { withoutFences } from './markdown-syntax.js';

/**
 * The machine-readable tables of docs/SETUP.md: each under a `### ` heading of its exact name, one row per
 * name, names in backticks. Anything that reads the adoption path (the doc tests, a rehearsal of it) reads
 * it through here.
 */

export interface TemplateRow {
  readonly file: string;
  readonly trigger: string;
  readonly does: string;
}

export interface EnvironmentRow {
  readonly environment: string;
  readonly defaultBranch: boolean;
  readonly tagPatterns: readonly string[];
  readonly reviewers: string;
}

export type Permission = `${string}: ${'read' | 'write'}`;

export interface SecretRow {
  readonly secret: string;
  readonly environments: readonly string[];
  /** Fine-grained token permissions; empty for a webhook or a secret that is no GitHub token ("—"). */
  readonly permissions: readonly Permission[];
  readonly needed: boolean;
}

export interface VariableRow {
  readonly variable: string;
  readonly needed: boolean;
  readonly what: string;
}

export interface RequiredCheckRow {
  readonly check: string;
  readonly template: string;
}

export interface SetupTables {
  readonly templates: readonly TemplateRow[];
  readonly environments: readonly EnvironmentRow[];
  readonly secrets: readonly SecretRow[];
  readonly variables: readonly VariableRow[];
  readonly requiredChecks: readonly RequiredCheckRow[];
}

/** Scope names as GitHub's fine-grained token settings name them. */
export const TOKEN_SCOPES = ['actions', 'contents', 'issues', 'metadata', 'pull-requests'] as const;

/** The data rows of the table under `### <title>`, each as its trimmed cells. */
export function tableRows(markdown: string, title: string): string[][] {
  const lines = withoutFences(markdown).split('\n');
  const start = lines.findIndex((line) => line.trim() === `### ${title}`);
  if (start < 0) throw new Error(`docs/SETUP.md has no "### ${title}" table`);
  const rest = lines.slice(start + 1);
  const first = rest.findIndex((line) => line.trim() !== '');
  const table = rest.slice(first);
  const end = table.findIndex((line) => !line.trim().startsWith('|'));
  return table.slice(2, end < 0 ? undefined : end).map((line) =>
    line
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((cell) => cell.trim()),
  );
}

/** The one backticked name a cell holds. */
export function nameIn(cell: string): string {
  const match = /^`([^`]+)`$/.exec(cell);
  if (!match?.[1]) throw new Error(`"${cell}" is not one name in backticks`);
  return match[1];
}

/** A comma-separated list of backticked names, or "—" for none. */
export function namesIn(cell: string): string[] {
  return cell === '—' ? [] : cell.split(',').map((item) => nameIn(item.trim()));
}

function neededIn(cell: string): boolean {
  if (cell !== 'yes' && cell !== 'optional') throw new Error(`needed is "yes" or "optional", not "${cell}"`);
  return cell === 'yes';
}

function permissionIn(item: string): Permission {
  const [scope, level] = item.split(': ');
  if (!(TOKEN_SCOPES as readonly string[]).includes(scope ?? '') || (level !== 'read' && level !== 'write'))
    throw new Error(`"${item}" is not a fine-grained permission (${TOKEN_SCOPES.join(', ')}: read|write)`);
  return item as Permission;
}

/** "the default branch" and/or "tags `PATTERN`", comma separated. */
function deploymentIn(cell: string): Pick<EnvironmentRow, 'defaultBranch' | 'tagPatterns'> {
  const items = cell.split(',').map((item) => item.trim());
  const tags = items.filter((item) => item !== 'the default branch');
  return {
    defaultBranch: items.includes('the default branch'),
    tagPatterns: tags.map((item) => {
      const match = /^tags `([^`]+)`$/.exec(item);
      if (!match?.[1]) throw new Error(`"${item}" is neither "the default branch" nor "tags \`PATTERN\`"`);
      return match[1];
    }),
  };
}

const cellsOf = (row: readonly string[], count: number): string[] => {
  if (row.length !== count)
    throw new Error(`a row has ${row.length} cells, not ${count}: ${row.join(' | ')}`);
  return [...row];
};

const rowsOf = (markdown: string, title: string, count: number) =>
  tableRows(markdown, title).map((row) => cellsOf(row, count));

export const templatesTable = (markdown: string): TemplateRow[] =>
  rowsOf(markdown, 'Templates', 3).map(([file, trigger, does]) => ({
    file: nameIn(file!),
    trigger: trigger!,
    does: does!,
  }));

export const environmentsTable = (markdown: string): EnvironmentRow[] =>
  rowsOf(markdown, 'Environments', 3).map(([environment, deployment, reviewers]) => ({
    environment: nameIn(environment!),
    ...deploymentIn(deployment!),
    reviewers: reviewers!,
  }));

export const secretsTable = (markdown: string): SecretRow[] =>
  rowsOf(markdown, 'Secrets', 4).map(([secret, environments, permissions, needed]) => ({
    secret: nameIn(secret!),
    environments: namesIn(environments!),
    permissions: namesIn(permissions!).map(permissionIn),
    needed: neededIn(needed!),
  }));

export const variablesTable = (markdown: string): VariableRow[] =>
  rowsOf(markdown, 'Variables', 3).map(([variable, needed, what]) => ({
    variable: nameIn(variable!),
    needed: neededIn(needed!),
    what: what!,
  }));

export const requiredChecksTable = (markdown: string): RequiredCheckRow[] =>
  rowsOf(markdown, 'Required checks', 3).map(([check, template]) => ({
    check: nameIn(check!),
    template: nameIn(template!),
  }));

export function parseSetupTables(markdown: string): SetupTables {
  return {
    templates: templatesTable(markdown),
    environments: environmentsTable(markdown),
    secrets: secretsTable(markdown),
    variables: variablesTable(markdown),
    requiredChecks: requiredChecksTable(markdown),
  };
}

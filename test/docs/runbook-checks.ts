import {
  FAILURE_CATALOG,
  FAILURE_CODES,
  VERDICT_CODES,
  isFailureCode,
  type FailureCode,
} from '../../src/core/errors/index.js';
import { parseFrontMatter, type FrontMatterValue } from './front-matter.js';
import { fencedBlocks, level2Sections, markdownLinks } from './markdown-syntax.js';

/** Pure checks for docs/ops/runbooks/<code>.md: coverage, front matter, sections, commands, age. */

export const REQUIRED_SECTIONS = [
  'Triage',
  'Safety',
  'Evidence',
  'Mitigation',
  'Recovery',
  'Validation',
  'Backout',
  'Post-Recovery Watch',
  'Do-Not-Do',
  'Related',
] as const;
export const RUNBOOK_OWNERS = ['Governance Reviewer', 'Release Steward', 'Security CI Admin'] as const;
export const FRONT_MATTER_KEYS = ['id', 'severity', 'owner', 'kind', 'last_verified', 'labels'] as const;
export const REQUIRED_SHELLS = ['bash', 'powershell'] as const;
export const FRESHNESS = { warnAfterDays: 180, failAfterDays: 365 } as const;

export interface Findings {
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
}

const DAY_MS = 86_400_000;

export function expectedKind(code: FailureCode): 'verdict' | 'operational' {
  return (VERDICT_CODES as readonly string[]).includes(code) ? 'verdict' : 'operational';
}

/** The labels the failure's GitHub Issue carries, and so its runbook. */
export function expectedLabels(code: FailureCode): string[] {
  return [
    'ops-alert',
    'provenance-failure',
    ...(code === 'predicate_mismatch' ? ['security-backcompat'] : []),
  ];
}

/** Every code needs a runbook file and every runbook file needs a code. */
export function checkCoverage(
  runbookFileNames: readonly string[],
  codes: readonly string[] = FAILURE_CODES,
): string[] {
  const present = new Set(
    runbookFileNames.filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -3)),
  );
  return [
    ...codes
      .filter((code) => !present.has(code))
      .map((code) => `${code}: no runbook docs/ops/runbooks/${code}.md`),
    ...[...present]
      .filter((name) => !codes.includes(name))
      .map((name) => `${name}.md: orphan runbook, names no failure code`),
  ];
}

/** `last_verified` must be a real date, not in the future; stale after 180 days (warning), expired after 365 (error). */
export function checkFreshness(lastVerified: string, today: Date): Findings {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(lastVerified);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== lastVerified) {
    return {
      errors: [`last_verified ${JSON.stringify(lastVerified)} is not a YYYY-MM-DD date`],
      warnings: [],
    };
  }
  const todayUtc = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const age = Math.round((todayUtc - date.getTime()) / DAY_MS);
  if (age < 0) return { errors: [`last_verified ${lastVerified} is in the future`], warnings: [] };
  if (age > FRESHNESS.failAfterDays) {
    return {
      errors: [
        `last_verified ${lastVerified} is ${age} days old (limit ${FRESHNESS.failAfterDays}): verify the runbook again`,
      ],
      warnings: [],
    };
  }
  if (age > FRESHNESS.warnAfterDays) {
    return {
      errors: [],
      warnings: [
        `last_verified ${lastVerified} is ${age} days old: verify the runbook before it expires at ${FRESHNESS.failAfterDays}`,
      ],
    };
  }
  return { errors: [], warnings: [] };
}

function checkFrontMatterFields(code: FailureCode, fields: ReadonlyMap<string, FrontMatterValue>): string[] {
  const errors: string[] = [];
  const scalar = (key: string): string | null => {
    const value = fields.get(key);
    return typeof value === 'string' ? value : null;
  };
  for (const key of FRONT_MATTER_KEYS) if (!fields.has(key)) errors.push(`front matter: missing ${key}`);
  for (const key of fields.keys()) {
    if (!(FRONT_MATTER_KEYS as readonly string[]).includes(key))
      errors.push(`front matter: unknown key ${key}`);
  }
  const expect = (key: string, wanted: string): void => {
    if (fields.has(key) && scalar(key) !== wanted)
      errors.push(
        `front matter: ${key} is ${JSON.stringify(fields.get(key))}, expected ${JSON.stringify(wanted)}`,
      );
  };
  expect('id', code);
  expect('severity', FAILURE_CATALOG[code].severity);
  expect('kind', expectedKind(code));
  const owner = scalar('owner');
  if (fields.has('owner') && !(RUNBOOK_OWNERS as readonly (string | null)[]).includes(owner)) {
    errors.push(
      `front matter: owner ${JSON.stringify(fields.get('owner'))} is not one of ${RUNBOOK_OWNERS.join(', ')}`,
    );
  }
  const labels = fields.get('labels');
  const wanted = expectedLabels(code);
  if (
    fields.has('labels') &&
    (!Array.isArray(labels) || [...labels].sort().join() !== [...wanted].sort().join())
  ) {
    errors.push(
      `front matter: labels are ${JSON.stringify(labels)}, expected exactly ${JSON.stringify(wanted)}`,
    );
  }
  return errors;
}

const PLACEHOLDER = /^(tbd|todo|n\/a|-|\.\.\.|…)?$/i;

function checkBody(body: string): string[] {
  const errors: string[] = [];
  const sections = level2Sections(body);
  const titles = sections.map((section) => section.title);
  for (const required of REQUIRED_SECTIONS) {
    const found = sections.filter((section) => section.title === required);
    if (found.length === 0) errors.push(`section "## ${required}" is missing`);
    else if (found.length > 1) errors.push(`section "## ${required}" appears ${found.length} times`);
    else if (PLACEHOLDER.test(found[0]?.body.trim() ?? '')) errors.push(`section "## ${required}" is empty`);
  }
  const order = titles.filter((title) => (REQUIRED_SECTIONS as readonly string[]).includes(title));
  if (errors.length === 0 && order.join('|') !== REQUIRED_SECTIONS.join('|')) {
    errors.push(`sections are out of order: expected ${REQUIRED_SECTIONS.join(', ')}`);
  }
  const related = sections.find((section) => section.title === 'Related');
  if (related && markdownLinks(related.body).length === 0)
    errors.push('section "## Related" links to no document');
  const blocks = fencedBlocks(body);
  for (const shell of REQUIRED_SHELLS) {
    if (!blocks.some((block) => block.lang === shell && block.body.trim() !== ''))
      errors.push(`no \`\`\`${shell} block with commands`);
  }
  return errors;
}

/** Everything about one runbook, given its file name (`<code>.md`), its text and today's date. */
export function checkRunbook(fileName: string, text: string, today: Date): Findings {
  const code = fileName.replace(/\.md$/, '');
  if (!isFailureCode(code))
    return { errors: [`${fileName}: orphan runbook, names no failure code`], warnings: [] };
  const frontMatter = parseFrontMatter(text);
  if (!frontMatter.ok) return { errors: [`front matter: ${frontMatter.error}`], warnings: [] };
  const lastVerified = frontMatter.fields.get('last_verified');
  const freshness =
    typeof lastVerified === 'string'
      ? checkFreshness(lastVerified, today)
      : {
          errors: lastVerified ? ['front matter: last_verified must be one YYYY-MM-DD date'] : [],
          warnings: [],
        };
  return {
    errors: [
      ...checkFrontMatterFields(code, frontMatter.fields),
      ...freshness.errors,
      ...checkBody(frontMatter.body),
    ],
    warnings: freshness.warnings,
  };
}

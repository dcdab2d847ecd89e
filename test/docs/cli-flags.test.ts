import { describe, expect, it } from 'vitest';
import { verifierIdOf } from '../../src/action/validate/policy-inputs.js';
import { allSpellings } from '../../src/cli/args.js';
import { COMMANDS } from '../../src/cli/flags.js';
import { HELP } from '../../src/cli/usage.js';
import { codeSnippets } from './markdown-syntax.js';
import { markdownDocs, repoFiles } from './repo-docs.js';
import { readTemplates } from './template-facts.js';

/** Every command's flags, as its parser accepts them: each name and alias, from the one flag table. */
const PARSERS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  COMMANDS.map((spec) => [spec.command, allSpellings(spec.flags).map((flag) => flag.slice(2))]),
);
const INVOCATION =
  /(?:provenance-guard|dist\/cli\/index\.js)\s+(verify-vsa|verify|policy lint|manifest lint|manifest show|kpi flush|kpi report|kpi dashboard|kpi token)(?![\w-])/g;

const flagsIn = (text: string) => [
  ...new Set([...text.matchAll(/(?<![\w-])--([a-z][a-z0-9-]*)/g)].map((m) => m[1]!)),
];

/** A code block's commands: a line that does not start with a blank begins one; `\` and indented lines continue it. */
const statements = (code: string) =>
  code
    .replace(/\\\n/g, ' ')
    .split(/\n(?=\S)/)
    .map((statement) => statement.replace(/\n/g, ' '));

/**
 * The command's own words: command substitutions dropped, cut where another command starts (a pipe into a
 * command, `;`, `&&`, `||`) — a usage line's `--a | --b` alternatives stay.
 */
const commandOnly = (text: string) =>
  text.replace(/\$\([^()]*\)/g, '').split(/\s(?:\|\s+(?!-)|;|&&|\|\|)/)[0]!;

/** Each verify / verify-vsa invocation in the code of a doc, with the flags it gives. */
function invocations(markdown: string): { command: string; flags: string[]; text: string }[] {
  return codeSnippets(markdown)
    .flatMap(statements)
    .flatMap((text) =>
      [...text.matchAll(INVOCATION)].map((match) => {
        const rest = commandOnly(text.slice(match.index + match[0].length));
        return { command: match[1]!, flags: flagsIn(rest), text: text.slice(match.index) };
      }),
    );
}

const docs = markdownDocs().map((path) => ({ path, text: repoFiles.read(path) }));

describe('the CLI flags in help pages and docs', () => {
  it.each(Object.entries(PARSERS))(
    '%s --help lists every flag its parser accepts, and mentions no other',
    (page, options) => {
      const listed = [...HELP[page]!.matchAll(/^ {2}(--[a-z].*)$/gm)].flatMap((m) => flagsIn(m[1]!));
      expect([...listed].sort()).toEqual([...options].sort());
      expect(flagsIn(HELP[page]!).filter((flag) => !options.includes(flag))).toEqual([]);
    },
  );

  it.each(
    COMMANDS.flatMap((spec) => spec.flags.map((flag) => [spec.command, flag.name, flag.help] as const)),
  )('%s --%s has a help line', (_command, _flag, help) => {
    expect(help.trim().length).toBeGreaterThan(10);
    expect(help).not.toMatch(/\n/);
  });

  it.each(docs)('$path gives each CLI command only flags its parser accepts', ({ text }) => {
    const unknown = invocations(text).flatMap(({ command, flags }) =>
      flags
        .filter((flag) => flag !== 'help' && !PARSERS[command]!.includes(flag))
        .map((f) => `${command} --${f}`),
    );
    expect(unknown).toEqual([]);
  });

  it("the docs' --expected-verifier is what validate writes for the templates' SHA-pinned action", () => {
    const actions = readTemplates().flatMap(({ text }) =>
      [...text.matchAll(/uses: ([\w.-]+\/provenance-guard)@([0-9a-f]{40})/g)].map((m) => m[1]!),
    );
    const repository = [...new Set(actions)];
    expect(repository).toHaveLength(1);
    const given = docs
      .filter(({ path }) => path === 'README.md' || path === 'docs/SETUP.md')
      .flatMap(({ text }) => invocations(text))
      .filter(({ command }) => command === 'verify-vsa')
      .map(({ text }) => /--expected-verifier\s+"?([^\s"]+)/.exec(text)?.[1] ?? '(none)');
    expect(given.length).toBeGreaterThan(1);
    for (const verifier of given) {
      const ref = /@([0-9a-f]{40}|\$PIN)$/.exec(verifier)?.[1] ?? '(not a commit)';
      const commit = ref === '$PIN' ? 'f'.repeat(40) : ref;
      expect(verifier.replace(ref, commit)).toBe(
        verifierIdOf({ GITHUB_ACTION_REPOSITORY: repository[0], GITHUB_ACTION_REF: commit }, '0.0.0'),
      );
    }
  });

  it('the checks read usage blocks, continued commands and inline code', () => {
    const doc = [
      '```',
      'provenance-guard verify-vsa --vsa B \\',
      '  --expected-verifier o/provenance-guard@v1 [--json]',
      'node dist/cli/index.js verify --artifact F',
      '  [--bogus-flag X]',
      '```',
      'Run `provenance-guard verify --tag T`.',
      '`x=$(provenance-guard verify --commit "$(git rev-parse --verify T)" --json | jq --raw-output .ok)`',
    ].join('\n');
    expect(invocations(doc).map(({ command, flags }) => [command, flags])).toEqual([
      ['verify-vsa', ['vsa', 'expected-verifier', 'json']],
      ['verify', ['artifact', 'bogus-flag']],
      ['verify', ['tag']],
      ['verify', ['commit', 'json']],
    ]);
  });
});

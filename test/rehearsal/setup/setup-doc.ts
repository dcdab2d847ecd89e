import { readFileSync } from 'node:fs';
import { fencedBlocks, level2Sections } from '../../docs/markdown-syntax.js';
import { parseSetupTables, type SetupTables } from '../../docs/setup-tables.js';
import { CHECKOUT } from '../world.js';

/** docs/SETUP.md as the rehearsal follows it: its tables and the commands of the steps that write files. */
export interface SetupDoc {
  readonly tables: SetupTables;
  /** The shell blocks of steps 2 (copy and pin the templates) and 3 (the policy file), in order. */
  readonly fileCommands: readonly string[];
  /** The branch step 6 gives the actions (`gh variable set PROVENANCE_MANIFEST_BRANCH … --body <branch>`). */
  readonly manifestBranch: string;
  /** Step 4: the protected environment's reviewers may not approve their own runs. */
  readonly preventSelfReview: boolean;
}

export const SETUP_PATH = 'docs/SETUP.md';

/** A block that changes the repository on GitHub (`git push`, `gh …`): the rehearsal does those through the API. */
const REMOTE_COMMAND = /^\s*(git|gh)\s/m;

function section(markdown: string, number: number): string {
  const found = level2Sections(markdown).find((candidate) => candidate.title.startsWith(`${number}. `));
  if (!found) throw new Error(`${SETUP_PATH} has no step "## ${number}. …"`);
  return found.body;
}

function shellBlocks(body: string): string[] {
  return fencedBlocks(body)
    .filter((block) => block.lang === 'sh')
    .map((block) => block.body);
}

export function readSetupDoc(markdown = readFileSync(`${CHECKOUT}${SETUP_PATH}`, 'utf8')): SetupDoc {
  const fileCommands = [2, 3]
    .flatMap((step) => shellBlocks(section(markdown, step)))
    .filter((block) => !REMOTE_COMMAND.test(block));
  const branch = /gh variable set PROVENANCE_MANIFEST_BRANCH\b.*--body\s+(\S+)/.exec(
    section(markdown, 6),
  )?.[1];
  if (!branch) throw new Error(`${SETUP_PATH} step 6 sets no PROVENANCE_MANIFEST_BRANCH`);
  return {
    tables: parseSetupTables(markdown),
    fileCommands,
    manifestBranch: branch,
    preventSelfReview: /\*\*Prevent self-review\*\*/.test(section(markdown, 4)),
  };
}

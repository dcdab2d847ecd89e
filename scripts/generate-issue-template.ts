// Writes .github/ISSUE_TEMPLATE/provenance-failure.md from the template the notify action fills in.
import { mkdirSync, writeFileSync } from 'node:fs';
import { ISSUE_TEMPLATE, ISSUE_TEMPLATE_FRONT_MATTER } from '../src/core/notify/index.js';

export const ISSUE_TEMPLATE_PATH = '.github/ISSUE_TEMPLATE/provenance-failure.md';

export function issueTemplateFile(): string {
  return `${ISSUE_TEMPLATE_FRONT_MATTER}\n${ISSUE_TEMPLATE}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync('.github/ISSUE_TEMPLATE', { recursive: true });
  writeFileSync(ISSUE_TEMPLATE_PATH, issueTemplateFile());
}

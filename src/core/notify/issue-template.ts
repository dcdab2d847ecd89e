/**
 * The failure issue's body. `.github/ISSUE_TEMPLATE/provenance-failure.md` is generated from it
 * (`npm run generate-templates`), so the repository ships exactly what the action writes.
 */
export const ISSUE_TEMPLATE = `## {{headline}}

| | |
|---|---|
| Tag | {{tag}} |
| Run | [{{run_id}} (attempt {{run_attempt}})]({{run_url}}) |
| Artifact | {{artifact_url}} |
| Failure reason | \`{{failure_reason}}\` — {{meaning}} |
| Detail | {{detail}} |
| Runbook | [{{failure_reason}}]({{runbook_url}}) |

### Manifest entry

\`\`\`json
{{manifest_snippet}}
\`\`\`

### What to do

Follow the runbook. Recover with the \`slsa-provenance-recover\` workflow (run_id, tag, reason, incident =
this issue); never edit the manifest by hand.

{{marker}}
`;

export const ISSUE_TEMPLATE_FRONT_MATTER = `---
name: Provenance failure
about: Opened by provenance-guard when a release's provenance is rejected or could not be decided, and Slack could not be reached.
title: "provenance: {{failure_reason}} for {{tag}}"
labels: ops-alert, provenance-failure
---
`;

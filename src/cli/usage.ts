export const USAGE = `provenance-guard — verify SLSA provenance through Sigstore

Usage:
  provenance-guard verify --artifact FILE [--artifact FILE ...] --provenance BUNDLE
      (--expected-source-repo OWNER/NAME | --expected-owner OWNER | --expected-san URI) ...
      [--expected-builder-id ID ...] [--tag TAG] [--commit SHA] [--github-server-url https://HOST]
      [--expected-issuer URL] [--expected-repository-id ID] [--deny-self-hosted-runners] [--require-all-subjects]
      [--trusted-root FILE | --offline | --tuf-mirror URL --tuf-root FILE] [--rekor-url URL]
      [--allow-v02-override --override-reason TEXT --override-approver NAME --override-expires ISO8601]
      [--json]

  provenance-guard manifest lint HEAD_FILE [--base BASE_FILE] [--now ISO8601] [--json]
  provenance-guard manifest show FILE [--json]
  provenance-guard kpi flush --spool FILE [--supabase-url URL --supabase-key KEY] [--json]
  provenance-guard kpi report [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--db-url URL] [--json]
  provenance-guard kpi dashboard --out DIR [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--manifest FILE ...]
      [--kpi-spool FILE ... | --db-url URL] [--repo-url URL]

Trust: online TUF (Sigstore public-good) by default; --trusted-root takes a trusted_root.json or the
JSON lines of \`gh attestation trusted-root\` (GitHub's own instance included); --offline uses the
embedded public-good root.

Exit status: 0 verified (lint: clean), 1 rejected (lint: violations), 2 usage error or unreadable input.
`;

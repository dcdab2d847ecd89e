import project from '../../package.json' with { type: 'json' };

const VERIFY = `provenance-guard verify — verify release artifacts against their SLSA provenance

Usage:
  provenance-guard verify --artifact FILE [--artifact FILE ...] --provenance BUNDLE
      (--expected-source-repo OWNER/NAME | --expected-owner OWNER | --expected-san URI) ...
      [--expected-builder-id ID ...] [--tag TAG] [--commit SHA] [--github-server-url https://HOST]
      [--expected-issuer URL] [--expected-repository-id ID] [--deny-self-hosted-runners] [--require-all-subjects]
      [--trusted-root FILE | --offline | --tuf-mirror URL --tuf-root FILE] [--rekor-url URL]
      [--allow-v02-override --override-reason TEXT --override-approver NAME --override-expires ISO8601]
      [--json]
  provenance-guard verify --release OWNER/NAME@TAG [--policy FILE] [--provenance BUNDLE] [--github-api-url URL] [pins ...] [--json]
  provenance-guard verify --artifact FILE ... --provenance BUNDLE --policy FILE [pins ...] [--json]

An identity pin is required: --expected-source-repo, --expected-owner or --expected-san (or a source
in every rule of --policy). --release is online: the release's assets (paged, streamed, size-capped)
are the artifacts and must equal the verified subjects; its provenance/bundle assets are the provenance
unless --provenance is given; GITHUB_TOKEN (or GH_TOKEN) is used when set. Flags win over the policy file.
The provenance file may be at most 32 MiB.

Trust: by default Sigstore public-good from its online TUF repository and GitHub's own instance (which
signs for private and internal repositories) from the embedded copy; --offline uses the embedded roots of
both; --trusted-root takes a trusted_root.json or the JSON lines of \`gh attestation trusted-root\` and
trusts exactly the roots it holds.

Exit status: 0 verified; 1 rejected (a policy or cryptographic check failed); 2 could not decide
(usage, unreadable, empty or oversized input, a directory given as a file, a bad --trusted-root, TUF unreachable).
`;

const MANIFEST_LINT = `provenance-guard manifest lint — check a release manifest and its change against a base

Usage:
  provenance-guard manifest lint HEAD_FILE --repository OWNER/NAME [--base BASE_FILE] [--now ISO8601]
      [--workflow .github/workflows/security-ci.yml] [--default-branch NAME] [--release-tags GLOB]
      [--server-url URL] [--trusted-root FILE] [--signed-from ISO8601] [--json]

Every verdict must be signed by --repository's validate workflow (--workflow) at the entry's tag (or
--default-branch), in the entry's own run, and the tag must be a release tag (--release-tags, default v*); signatures are verified offline under the embedded public-good and
GitHub roots, --trusted-root, or PROVENANCE_GUARD_TRUSTED_ROOT. --repository defaults to GITHUB_REPOSITORY.
An unsigned verdict recorded before --signed-from (default 2026-12-08) is a notice; one the change adds
(--base) is a violation whatever its date.

--json prints { "ok", "violations": [{ "rule", "tag", "run_id", "message" }], "notices": [...] } (with "error"
when the file cannot be read).

Exit status: 0 clean; 1 violations; 2 unreadable input (not JSON, another schema_version, over 100 MiB, duplicate
entries) or no --repository.
`;

const MANIFEST_SHOW = `provenance-guard manifest show — list a release manifest's entries and counts

Usage:
  provenance-guard manifest show FILE [--repository OWNER/NAME [--trusted-root FILE] ...] [--json]

With a repository (--repository or GITHUB_REPOSITORY), a status whose verdict no signature vouches for is
marked *; the signer flags are manifest lint's.

Entries that do not match the schema are listed apart, by tag and run id, after the readable ones.

Exit status: 0 shown (even with unreadable entries); 2 unreadable file.
`;

const KPI_FLUSH = `provenance-guard kpi flush — send the spooled KPI events to Supabase

Usage:
  provenance-guard kpi flush --spool FILE [--supabase-url URL --supabase-key KEY] [--json]

Reads SUPABASE_URL and KPI_INGEST_TOKEN (or SUPABASE_SERVICE_ROLE_KEY) when the flags are absent.

Exit status: 0 the spool is empty afterwards; 1 events remain; 2 usage error.
`;

const KPI_REPORT = `provenance-guard kpi report — print the KPI views per repository and day

Usage:
  provenance-guard kpi report [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--db-url URL] [--json]

Reads SUPABASE_DB_URL when --db-url is absent. Exit status: 0 printed; 2 usage error or unreachable database.
`;

const KPI_DASHBOARD = `provenance-guard kpi dashboard — write the static KPI page DIR/index.html

Usage:
  provenance-guard kpi dashboard --out DIR [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--manifest FILE ...]
      [--kpi-spool FILE ... | --db-url URL] [--repo-url URL] [--repository OWNER/NAME [--trusted-root FILE] ...]

With no data yet (no manifest, no spool, no database) it writes an empty-state page. With a repository
(--repository or GITHUB_REPOSITORY), a success whose verdict no signature vouches for is not counted as a pass;
the signer flags are manifest lint's.

Exit status: 0 page written; 2 usage error or unreadable input.
`;

const KPI_TOKEN = `provenance-guard kpi token — manage per-repository KPI ingest tokens

Usage:
  provenance-guard kpi token create --repository OWNER/NAME [--days N] [--db-url URL] [--json]
  provenance-guard kpi token revoke --id ID [--db-url URL] [--json]

Exit status: 0 done; 2 usage error or unreachable database.
`;

const POLICY_LINT = `provenance-guard policy lint — check a provenance policy file and explain each rule

Usage:
  provenance-guard policy lint FILE [--json]

The file (.github/provenance-policy.yml) is checked against manifest-schema/policy.schema.json; --json prints
{ "ok", "sha256", "rules" } or { "ok": false, "problems": [{ "at", "message" }] }.

Exit status: 0 valid; 1 problems; 2 unreadable file.
`;

const VERIFY_VSA = `provenance-guard verify-vsa — verify a signed Verification Summary Attestation for artifacts

Usage:
  provenance-guard verify-vsa --vsa BUNDLE --release OWNER/NAME@TAG --artifact FILE [--artifact FILE ...]
      --expected-verifier ID --expected-policy-digest SHA256 [--max-age DURATION]
      [--expected-source-repo OWNER/NAME] [--expected-owner OWNER] [--expected-san URI]
      [--expected-signer-workflow WORKFLOW.yml] [--expected-level 1|2|3] [--expected-issuer URL]
      [--github-server-url https://HOST] [--deny-self-hosted-runners] [--trusted-root FILE | --offline] [--json]

The VSA goes through the same Sigstore verification and identity rules as verify; then it must be signed by
--expected-signer-workflow (a file of .github/workflows/, default security-ci.yml) of the release's
repository, running for the release's tag (certificate ref refs/tags/TAG exactly); its resourceUri must be
exactly the release's page as validate writes it (https://HOST/OWNER/NAME/releases/tag/TAG); each artifact
must be one of its subjects, its verifier.id the expected one, its policy digest the expected one, its
result PASSED (at --expected-level or above), and its timeVerified not in the future nor, with --max-age (a
whole number of hours or days: 12h, 30d), older than that. --expected-source-repo and --expected-owner may
only name the release's repository.

--expected-verifier is compared exactly with what the validate action wrote: its repository at the ref the
producer's workflow pinned, e.g. provenance-guard/provenance-guard@<40-hex commit> for a SHA-pinned action.
--expected-policy-digest is the SHA-256 of the producer's policy file (policy lint prints it). --json adds
"resource": { "release", "uri" }.

Exit status: 0 verified; 1 rejected; 2 could not decide (usage: --release missing or not OWNER/NAME@TAG, a
bad --max-age, a pin of another repository).
`;

/** One help page per command and subcommand: `provenance-guard verify --help` shows only verify's. */
export const HELP: Readonly<Record<string, string>> = {
  verify: VERIFY,
  'verify-vsa': VERIFY_VSA,
  'policy lint': POLICY_LINT,
  policy: POLICY_LINT,
  'manifest lint': MANIFEST_LINT,
  'manifest show': MANIFEST_SHOW,
  manifest: `${MANIFEST_LINT}\n${MANIFEST_SHOW}`,
  'kpi flush': KPI_FLUSH,
  'kpi report': KPI_REPORT,
  'kpi dashboard': KPI_DASHBOARD,
  'kpi token': KPI_TOKEN,
  kpi: [KPI_FLUSH, KPI_REPORT, KPI_DASHBOARD, KPI_TOKEN].join('\n'),
};

export const USAGE = `provenance-guard — verify SLSA provenance through Sigstore

Usage:
  provenance-guard verify --artifact FILE ... --provenance BUNDLE (--expected-source-repo OWNER/NAME | ...) [...]
  provenance-guard verify --release OWNER/NAME@TAG [--policy FILE] (pins ...) [...]
  provenance-guard verify-vsa --vsa BUNDLE --release OWNER/NAME@TAG --artifact FILE ... --expected-verifier ID --expected-policy-digest SHA256 [...]
  provenance-guard policy lint FILE [--json]
  provenance-guard manifest lint HEAD_FILE [--base BASE_FILE] [--now ISO8601] [--json]
  provenance-guard manifest show FILE [--json]
  provenance-guard kpi flush --spool FILE [...]
  provenance-guard kpi report [--from YYYY-MM-DD] [--to YYYY-MM-DD] [...]
  provenance-guard kpi dashboard --out DIR [...]
  provenance-guard kpi token create|revoke [...]
  provenance-guard --version

Each command's own page: provenance-guard COMMAND [SUBCOMMAND] --help

npm package: ${project.name} (the command is provenance-guard; a package of another name is not this tool).

Exit status: 0 verified (lint: clean); 1 rejected (lint: violations); 2 could not decide (usage error,
unreadable or empty input, a bad trusted root, TUF unreachable).
`;

function helpKey([name, sub]: readonly string[]): string | null {
  if (HELP[`${name} ${sub}`]) return `${name} ${sub}`;
  return name !== undefined && HELP[name] ? name : null;
}

/** The help page of the most specific command named at the start of `argv`. */
export function helpFor(argv: readonly string[]): string {
  const key = helpKey(argv);
  return key === null ? USAGE : HELP[key]!;
}

/** How to ask for that page. */
export function helpHint(argv: readonly string[]): string {
  const key = helpKey(argv);
  return `provenance-guard ${key === null ? '' : `${key} `}--help`;
}

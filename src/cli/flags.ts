/**
 * Every flag of every command, once: its name, type, aliases, value name and help. The parser's options
 * (`parseCommandArgs`) and the help pages (`usage.ts`) are both made from these tables.
 */
export interface FlagSpec {
  /** The primary long name, without `--`. */
  readonly name: string;
  readonly type: 'string' | 'boolean';
  /** May be repeated; the values add up. */
  readonly multiple?: boolean;
  /** Other long names parsed to the same field (given both, they must agree). */
  readonly aliases?: readonly string[];
  /** The value's name in help: `FILE`, `OWNER/NAME`. */
  readonly value?: string;
  /** One line. */
  readonly help: string;
  /** Further help lines, each a rule of its own. */
  readonly notes?: readonly string[];
  /**
   * An identity compared exactly: whitespace, a control or an invisible character is refused, named. Other
   * string flags refuse control and invisible characters only.
   */
  readonly identity?: boolean;
  /** Free text (a reason): kept as given. */
  readonly freeText?: boolean;
  /** Refused with `--NAME VALUE is required` when absent. */
  readonly required?: boolean;
}

export interface CommandSpec {
  /** `verify`, `manifest lint`. */
  readonly command: string;
  readonly summary: string;
  /** The synopsis lines, after `provenance-guard COMMAND`. */
  readonly usage: readonly string[];
  /** The positional arguments, when the command takes any. */
  readonly positionals?: { readonly name: string; readonly help: string };
  readonly flags: readonly FlagSpec[];
  /** Paragraphs after the flags. */
  readonly notes: readonly string[];
  readonly exitStatus: string;
}

const flag = <const F extends FlagSpec>(spec: F): F => spec;

const FORMAT = flag({
  name: 'format',
  type: 'string',
  value: 'json|line|text',
  help: 'json: one object (the --json contract); line: one line per artifact for CI logs; text (default): a table',
});
const JSON_FLAG = flag({ name: 'json', type: 'boolean', help: 'the same as --format json' });
const REPO = flag({
  name: 'repo',
  type: 'string',
  aliases: ['expected-source-repo'],
  value: 'OWNER/NAME',
  identity: true,
  help: 'the source repository the certificate must name (OID .12): OWNER/NAME on --github-server-url, or its https URL',
});
const OWNER = flag({
  name: 'owner',
  type: 'string',
  aliases: ['expected-owner'],
  value: 'OWNER',
  identity: true,
  help: 'the owner of the source repository the certificate must name (any repository of that owner)',
});
const CERT_IDENTITY = flag({
  name: 'cert-identity',
  type: 'string',
  aliases: ['expected-san'],
  value: 'URI',
  identity: true,
  help: "the certificate's SAN, exactly (the signing workflow with its ref), for signers the builder registry does not know",
});
const CUSTOM_TRUSTED_ROOT = flag({
  name: 'custom-trusted-root',
  type: 'string',
  aliases: ['trusted-root'],
  value: 'FILE',
  help: 'a trusted_root.json, or the JSON lines of `gh attestation trusted-root`: trust exactly the roots it holds',
});
const OFFLINE = flag({
  name: 'offline',
  type: 'boolean',
  help: 'trust the embedded Sigstore roots (public-good and GitHub) and fetch nothing',
});
const GITHUB_SERVER_URL = flag({
  name: 'github-server-url',
  type: 'string',
  value: 'https://HOST',
  identity: true,
  help: 'the GitHub server OWNER/NAME pins live on (default https://github.com; a GitHub Enterprise server)',
});
const EXPECTED_ISSUER = flag({
  name: 'expected-issuer',
  type: 'string',
  value: 'URL',
  identity: true,
  help: "the certificate's OIDC issuer, exactly (default GitHub Actions')",
});
const DENY_SELF_HOSTED = flag({
  name: 'deny-self-hosted-runners',
  type: 'boolean',
  help: 'refuse a certificate whose runner environment (OID .11) is not github-hosted',
});
const ARTIFACT = flag({
  name: 'artifact',
  type: 'string',
  multiple: true,
  value: 'FILE',
  help: 'an artifact to verify, the same as a positional FILE (repeat for several)',
});

/** Whose signature a manifest verdict needs (`manifest lint`, `manifest show`, `kpi dashboard`). */
export const SIGNER_FLAGS = [
  flag({
    name: 'repository',
    type: 'string',
    value: 'OWNER/NAME',
    identity: true,
    help: 'the repository whose validate workflow signs the verdicts (default GITHUB_REPOSITORY)',
  }),
  flag({
    name: 'workflow',
    type: 'string',
    value: 'PATH',
    identity: true,
    help: 'the validate workflow that signs (default .github/workflows/security-ci.yml)',
  }),
  flag({
    name: 'default-branch',
    type: 'string',
    value: 'NAME',
    identity: true,
    help: 'a branch the validate workflow may also sign from',
  }),
  flag({
    name: 'release-tags',
    type: 'string',
    value: 'GLOB',
    help: 'the release tags an entry may carry (default v*)',
  }),
  flag({
    name: 'server-url',
    type: 'string',
    value: 'URL',
    identity: true,
    help: 'the GitHub server of --repository (default GITHUB_SERVER_URL, else https://github.com)',
  }),
  flag({
    name: 'trusted-root',
    type: 'string',
    value: 'FILE',
    help: 'verify the signatures under this root (default the embedded roots, or PROVENANCE_GUARD_TRUSTED_ROOT)',
  }),
  flag({
    name: 'signed-from',
    type: 'string',
    value: 'ISO8601',
    help: 'an unsigned verdict recorded before this is a notice, not a violation (default 2026-12-08)',
  }),
] as const;

const EXIT_VERIFY =
  'Exit status: 0 verified; 1 rejected (a policy or cryptographic check failed); 2 could not decide\n' +
  '(usage, unreadable, empty or oversized input, a directory given as a file, a bad --custom-trusted-root, TUF\n' +
  'unreachable).';

export const VERIFY_FLAGS = [
  ARTIFACT,
  REPO,
  OWNER,
  flag({
    name: 'signer-workflow',
    type: 'string',
    value: '[HOST/]OWNER/NAME/.github/workflows/FILE[@REF]',
    identity: true,
    help: 'the workflow that signed, pinned as the builder ID https://HOST/OWNER/NAME/.github/workflows/FILE (the Build Signer URI, OID .9)',
    notes: [
      'Without @REF any tagged version of that workflow passes (as --expected-builder-id without @); a branch never does.',
    ],
  }),
  CERT_IDENTITY,
  flag({
    name: 'expected-builder-id',
    type: 'string',
    multiple: true,
    value: 'ID',
    identity: true,
    help: 'a builder ID the provenance may name, exactly (repeat for several)',
    notes: ['An ID without @ accepts any tagged version of that builder (ID@refs/tags/…), never a branch.'],
  }),
  flag({
    name: 'source-ref',
    type: 'string',
    aliases: ['tag'],
    value: 'refs/tags/TAG|TAG',
    identity: true,
    help: 'the tag the release was built from: refs/tags/TAG or TAG alone (both pin refs/tags/TAG; a branch is refused)',
  }),
  flag({
    name: 'source-digest',
    type: 'string',
    aliases: ['commit'],
    value: 'SHA',
    identity: true,
    help: 'the commit the release was built from (40 hex digits)',
  }),
  flag({
    name: 'bundle',
    type: 'string',
    aliases: ['provenance'],
    value: 'FILE',
    help: 'the provenance: a Sigstore bundle, DSSE envelope or their JSON lines (at most 32 MiB); absent: looked up by digest',
  }),
  flag({
    name: 'bundle-out',
    type: 'string',
    value: 'DIR',
    help: 'write the attestations that were looked up to DIR, to verify offline later',
  }),
  flag({
    name: 'registry',
    type: 'string',
    value: 'URL',
    help: "the npm registry an npm tarball's attestations are looked up in when no --bundle is given",
  }),
  flag({
    name: 'release',
    type: 'string',
    value: 'OWNER/NAME@TAG',
    help: "online: the release's assets are the artifacts and its provenance assets the bundle",
  }),
  flag({
    name: 'policy',
    type: 'string',
    value: 'FILE',
    help: 'a provenance policy file (rules per artifact glob); flags win over it',
  }),
  flag({
    name: 'github-api-url',
    type: 'string',
    value: 'URL',
    help: "the API --release and the lookup read (default GITHUB_API_URL, else GitHub's)",
  }),
  GITHUB_SERVER_URL,
  EXPECTED_ISSUER,
  flag({
    name: 'expected-repository-id',
    type: 'string',
    value: 'ID',
    identity: true,
    help: 'the numeric ID of the source repository (OID .15): survives renames and transfers',
  }),
  DENY_SELF_HOSTED,
  flag({
    name: 'require-all-subjects',
    type: 'boolean',
    help: 'the artifacts and the provenance subjects must be the same set',
  }),
  CUSTOM_TRUSTED_ROOT,
  OFFLINE,
  flag({ name: 'tuf-mirror', type: 'string', value: 'URL', help: 'the TUF repository of public-good' }),
  flag({ name: 'tuf-root', type: 'string', value: 'FILE', help: 'the TUF root.json to start from' }),
  flag({
    name: 'rekor-url',
    type: 'string',
    value: 'URL',
    help: 'where legacy envelopes without an inclusion proof are looked up',
  }),
  flag({
    name: 'allow-v02-override',
    type: 'boolean',
    help: 'let SLSA v0.2 provenance pass under the governance override below',
  }),
  flag({
    name: 'override-reason',
    type: 'string',
    value: 'TEXT',
    freeText: true,
    help: 'why (at most 500 characters)',
  }),
  flag({ name: 'override-approver', type: 'string', value: 'NAME', help: 'who approved the override' }),
  flag({
    name: 'override-expires',
    type: 'string',
    value: 'ISO8601',
    help: 'when the override ends (with an offset, at most 7 days ahead)',
  }),
  FORMAT,
  JSON_FLAG,
] as const;

export const VERIFY_VSA_FLAGS = [
  flag({ name: 'vsa', type: 'string', value: 'BUNDLE', required: true, help: 'the signed VSA' }),
  flag({
    name: 'release',
    type: 'string',
    value: 'OWNER/NAME@TAG',
    required: true,
    help: 'the release the VSA must be about',
  }),
  ARTIFACT,
  flag({
    name: 'expected-verifier',
    type: 'string',
    value: 'ID',
    required: true,
    identity: true,
    help: "the VSA's verifier.id, exactly (the validate action's repository at the pinned ref)",
  }),
  flag({
    name: 'expected-policy-digest',
    type: 'string',
    value: 'SHA256',
    required: true,
    identity: true,
    help: "the SHA-256 of the producer's policy file (policy lint prints it)",
  }),
  flag({
    name: 'max-age',
    type: 'string',
    value: 'DURATION',
    help: 'timeVerified may be at most this old: whole hours or days (12h, 30d)',
  }),
  flag({
    name: 'expected-level',
    type: 'string',
    value: '1|2|3',
    help: 'the lowest SLSA level the VSA must state',
  }),
  flag({
    name: 'expected-signer-workflow',
    type: 'string',
    value: 'WORKFLOW.yml',
    identity: true,
    help: "the release repository's workflow (a file of .github/workflows/) that signed the VSA (default security-ci.yml)",
  }),
  { ...REPO, help: "the release's repository (the default; another one is a usage error)" },
  { ...OWNER, help: "the release's owner (another one is a usage error)" },
  CERT_IDENTITY,
  EXPECTED_ISSUER,
  GITHUB_SERVER_URL,
  DENY_SELF_HOSTED,
  CUSTOM_TRUSTED_ROOT,
  OFFLINE,
  FORMAT,
  JSON_FLAG,
] as const;

const LINT_JSON = flag({ name: 'json', type: 'boolean', help: 'print one JSON object' });

export const MANIFEST_LINT_FLAGS = [
  flag({
    name: 'base',
    type: 'string',
    value: 'BASE_FILE',
    help: 'the manifest before the change (one HEAD_FILE only): rewritten history is a violation',
  }),
  flag({
    name: 'now',
    type: 'string',
    value: 'ISO8601',
    help: 'the time the rules measure ages against (default now)',
  }),
  ...SIGNER_FLAGS,
  LINT_JSON,
] as const;

export const MANIFEST_SHOW_FLAGS = [...SIGNER_FLAGS, LINT_JSON] as const;

const DB_URL = flag({
  name: 'db-url',
  type: 'string',
  value: 'URL',
  help: 'the KPI database (default SUPABASE_DB_URL)',
});
const FROM = flag({ name: 'from', type: 'string', value: 'YYYY-MM-DD', help: 'the first day counted' });
const TO = flag({ name: 'to', type: 'string', value: 'YYYY-MM-DD', help: 'the last day counted' });

export const KPI_FLUSH_FLAGS = [
  flag({
    name: 'kpi-spool',
    type: 'string',
    aliases: ['spool'],
    value: 'FILE',
    required: true,
    help: 'the spool file of KPI events to send',
  }),
  flag({
    name: 'supabase-url',
    type: 'string',
    value: 'URL',
    help: 'the Supabase project (default SUPABASE_URL)',
  }),
  flag({
    name: 'supabase-key',
    type: 'string',
    value: 'KEY',
    help: 'the ingest token (default KPI_INGEST_TOKEN, else SUPABASE_SERVICE_ROLE_KEY)',
  }),
  LINT_JSON,
] as const;

export const KPI_REPORT_FLAGS = [FROM, TO, DB_URL, LINT_JSON] as const;

export const KPI_DASHBOARD_FLAGS = [
  flag({ name: 'out', type: 'string', value: 'DIR', required: true, help: 'where index.html is written' }),
  FROM,
  TO,
  flag({
    name: 'manifest',
    type: 'string',
    multiple: true,
    value: 'FILE',
    help: 'a release manifest to count (repeat for several)',
  }),
  flag({
    name: 'kpi-spool',
    type: 'string',
    multiple: true,
    value: 'FILE',
    help: 'a spool of KPI events to count (repeat for several; not with --db-url)',
  }),
  DB_URL,
  flag({
    name: 'repo-url',
    type: 'string',
    value: 'URL',
    help: "the repository's page the dashboard links to (default GITHUB_SERVER_URL/GITHUB_REPOSITORY)",
  }),
  ...SIGNER_FLAGS,
] as const;

export const KPI_TOKEN_FLAGS = [
  flag({
    name: 'repository',
    type: 'string',
    value: 'OWNER/NAME',
    identity: true,
    help: 'create: the repository the token may send events for',
  }),
  flag({
    name: 'days',
    type: 'string',
    value: 'N',
    help: 'create: days the token is valid, 1 to 366 (default 90)',
  }),
  flag({ name: 'id', type: 'string', value: 'ID', help: 'revoke: the token to revoke' }),
  DB_URL,
  LINT_JSON,
] as const;

export const POLICY_LINT_FLAGS = [LINT_JSON] as const;

export const COMMANDS: readonly CommandSpec[] = [
  {
    command: 'verify',
    summary: 'verify release artifacts against their SLSA provenance',
    usage: [
      'FILE... (--repo OWNER/NAME | --owner OWNER | --cert-identity URI) [--bundle FILE] [flags]',
      '--release OWNER/NAME@TAG [--policy FILE] [flags]',
      'FILE... --bundle FILE --policy FILE [flags]',
    ],
    positionals: { name: 'FILE...', help: 'the artifacts to verify' },
    flags: VERIFY_FLAGS,
    notes: [
      'An identity pin is required: --repo, --owner or --cert-identity (or a source in every rule of --policy);\n' +
        'otherwise any signed provenance from any repository would verify. Without --bundle and --release the\n' +
        "attestations are looked up by the artifacts' digests. --release is online: the release's assets (paged,\n" +
        'streamed, size-capped) are the artifacts and must equal the verified subjects; GITHUB_TOKEN (or\n' +
        'GH_TOKEN) is used when set. An alias and its primary name given different values is a usage error.',
      "Trust: by default Sigstore public-good from its online TUF repository and GitHub's own instance (which\n" +
        'signs for private and internal repositories) from the embedded copy; --offline uses the embedded roots\n' +
        'of both.',
      '--format line prints one line per artifact: PASSED FILE BUILDER SOURCE@REF, FAILED FILE CODE: WHY or\n' +
        'UNDECIDED FILE CODE: WHY.',
    ],
    exitStatus: EXIT_VERIFY,
  },
  {
    command: 'verify-vsa',
    summary: 'verify a signed Verification Summary Attestation for artifacts',
    usage: [
      '--vsa BUNDLE --release OWNER/NAME@TAG FILE... --expected-verifier ID --expected-policy-digest SHA256 [flags]',
    ],
    positionals: { name: 'FILE...', help: 'the artifacts the VSA must name' },
    flags: VERIFY_VSA_FLAGS,
    notes: [
      'The VSA goes through the same Sigstore verification and identity rules as verify; then it must be signed\n' +
        "by --expected-signer-workflow of the release's repository, running for the release's tag (certificate\n" +
        "ref refs/tags/TAG exactly); its resourceUri must be exactly the release's page as validate writes it\n" +
        '(https://HOST/OWNER/NAME/releases/tag/TAG); each artifact must be one of its subjects, its verifier.id\n' +
        'the expected one, its policy digest the expected one, its result PASSED (at --expected-level or above),\n' +
        'and its timeVerified not in the future nor older than --max-age.',
      '--expected-verifier is compared exactly with what the validate action wrote: its repository at the ref\n' +
        "the producer's workflow pinned, e.g. provenance-guard/provenance-guard@<40-hex commit> for a SHA-pinned\n" +
        'action. --format json adds "resource": { "release", "uri" }.',
    ],
    exitStatus:
      'Exit status: 0 verified; 1 rejected; 2 could not decide (usage: --release missing or not\n' +
      'OWNER/NAME@TAG, a bad --max-age, a pin of another repository).',
  },
  {
    command: 'policy lint',
    summary: 'check a provenance policy file and explain each rule',
    usage: ['FILE [--json]'],
    positionals: { name: 'FILE', help: 'the policy file (.github/provenance-policy.yml)' },
    flags: POLICY_LINT_FLAGS,
    notes: [
      'The file is checked against manifest-schema/policy.schema.json; every problem is listed with what is\n' +
        'allowed. --json prints { "ok", "sha256", "rules" } or { "ok": false, "problems": [{ "at", "message" }] }.',
    ],
    exitStatus: 'Exit status: 0 valid; 1 problems; 2 unreadable file.',
  },
  {
    command: 'manifest lint',
    summary: 'check release manifests and a change against a base',
    usage: ['HEAD_FILE|DIR... --repository OWNER/NAME [--base BASE_FILE] [flags]'],
    positionals: {
      name: 'HEAD_FILE|DIR...',
      help: 'manifest files; a folder stands for every manifest.json below it',
    },
    flags: MANIFEST_LINT_FLAGS,
    notes: [
      "Every verdict must be signed by --repository's validate workflow (--workflow) at the entry's tag (or\n" +
        "--default-branch), in the entry's own run, and the tag must be a release tag (--release-tags);\n" +
        'signatures are verified offline. An unsigned verdict recorded before --signed-from is a notice; one the\n' +
        'change adds (--base) is a violation whatever its date. Every problem of every file is reported.',
      '--json prints { "ok", "violations": [{ "rule", "tag", "run_id", "message" }], "notices": [...] } for one\n' +
        'file (with "error" when it cannot be read), and { "ok", "files": [{ "path", "ok", "violations",\n' +
        '"notices" }] } for several.',
    ],
    exitStatus:
      'Exit status: 0 clean; 1 violations; 2 unreadable input (not JSON, another schema_version, over 100 MiB,\n' +
      'duplicate entries) or no --repository.',
  },
  {
    command: 'manifest show',
    summary: "list release manifests' entries and counts",
    usage: ['FILE|DIR... [--repository OWNER/NAME [--trusted-root FILE] ...] [--json]'],
    positionals: {
      name: 'FILE|DIR...',
      help: 'manifest files; a folder stands for every manifest.json below it',
    },
    flags: MANIFEST_SHOW_FLAGS,
    notes: [
      'With a repository (--repository or GITHUB_REPOSITORY), a status whose verdict no signature vouches for\n' +
        'is marked *. Entries that do not match the schema are listed apart, by tag and run id.',
    ],
    exitStatus: 'Exit status: 0 shown (even with unreadable entries); 2 unreadable file.',
  },
  {
    command: 'kpi flush',
    summary: 'send the spooled KPI events to Supabase',
    usage: ['--kpi-spool FILE [--supabase-url URL --supabase-key KEY] [--json]'],
    flags: KPI_FLUSH_FLAGS,
    notes: [],
    exitStatus: 'Exit status: 0 the spool is empty afterwards; 1 events remain; 2 usage error.',
  },
  {
    command: 'kpi report',
    summary: 'print the KPI views per repository and day',
    usage: ['[--from YYYY-MM-DD] [--to YYYY-MM-DD] [--db-url URL] [--json]'],
    flags: KPI_REPORT_FLAGS,
    notes: [],
    exitStatus:
      'Exit status: 0 printed; 2 usage error, or the database could not be read (kpi_ingest_failed).',
  },
  {
    command: 'kpi dashboard',
    summary: 'write the static KPI page DIR/index.html',
    usage: ['--out DIR [--manifest FILE ...] [--kpi-spool FILE ... | --db-url URL] [flags]'],
    flags: KPI_DASHBOARD_FLAGS,
    notes: [
      'With no data yet (no manifest, no spool, no database) it writes an empty-state page. With a repository\n' +
        '(--repository or GITHUB_REPOSITORY), a success whose verdict no signature vouches for is not counted\n' +
        "as a pass; the signer flags are manifest lint's.",
    ],
    exitStatus: 'Exit status: 0 page written; 2 usage error or unreadable input.',
  },
  {
    command: 'kpi token',
    summary: 'manage per-repository KPI ingest tokens',
    usage: [
      'create --repository OWNER/NAME [--days N] [--db-url URL] [--json]',
      'revoke --id ID [--db-url URL] [--json]',
    ],
    flags: KPI_TOKEN_FLAGS,
    notes: [],
    exitStatus: 'Exit status: 0 done; 2 usage error or unreachable database.',
  },
];

/** Every spelling of a flag: its name and aliases, with `--`. */
export function spellings(spec: FlagSpec): string[] {
  return [spec.name, ...(spec.aliases ?? [])].map((name) => `--${name}`);
}

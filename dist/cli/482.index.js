export const id = 482;
export const ids = [482,421];
export const modules = {

/***/ 7694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ hashArtifacts)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _core_errors_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9421);






/** Below this total size, worker start-up (about 20 ms of CPU each) costs more than a second core saves. */
const PARALLEL_THRESHOLD_BYTES = 16 * 1024 * 1024;
/**
 * Measured on 256 MiB in the page cache: 256 KiB to 1 MiB reads are fastest, 64 KiB (stream default) and 16
 * MiB slower.
 */
const CHUNK_BYTES = 1024 * 1024;
/**
 * Hashes every artifact once, reading through one reused buffer. Large sets go to a pool of worker
 * threads (one per core), which leaves the main thread free to verify signatures meanwhile; small
 * ones are read synchronously, since a few small reads cost less than the event-loop round trips.
 */
async function hashArtifacts(paths, algorithm) {
    const total = paths.reduce((sum, path) => sum + sizeOf(path), 0);
    const hexes = total >= PARALLEL_THRESHOLD_BYTES
        ? await hashInWorkers(paths, algorithm)
        : hashInProcess(paths, algorithm);
    return paths.map((path, i) => ({ name: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(path), algorithm, hex: hexes[i] }));
}
function sizeOf(path) {
    try {
        const info = node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync(path);
        if (!info.isFile())
            throw new Error('not a regular file');
        return info.size;
    }
    catch (error) {
        throw unreadable(path, error);
    }
}
function unreadable(path, error) {
    return new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_5__/* .GuardError */ .U$('artifact_missing', `cannot read artifact ${path}: ${error.message ?? String(error)}`, { cause: error });
}
/**
 * The one hashing loop, run in process and in the workers. It reaches its modules through its
 * request only, so that its source text (`toString`) runs unchanged inside a worker after bundling.
 */
function hashFile({ files, hashes, buffer, path, algorithm }) {
    const fd = files.openSync(path, 'r');
    try {
        const hash = hashes.createHash(algorithm);
        for (let read; (read = files.readSync(fd, buffer, 0, buffer.length, null)) > 0;)
            hash.update(buffer.subarray(0, read));
        return hash.digest('hex');
    }
    finally {
        files.closeSync(fd);
    }
}
function hashInProcess(paths, algorithm) {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    return paths.map((path) => {
        try {
            return hashFile({ files: node_fs__WEBPACK_IMPORTED_MODULE_1__, hashes: node_crypto__WEBPACK_IMPORTED_MODULE_0__, buffer, path, algorithm });
        }
        catch (error) {
            throw unreadable(path, error);
        }
    });
}
// Inline so the bundled action needs no second file next to it.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const hashFile = ${hashFile.toString()};
const buffer = Buffer.allocUnsafe(${CHUNK_BYTES});
parentPort.on('message', ({ index, path, algorithm }) => {
  try {
    const hex = hashFile({ files: require('node:fs'), hashes: require('node:crypto'), buffer, path, algorithm });
    parentPort.postMessage({ index, hex });
  } catch (error) {
    parentPort.postMessage({ index, error: error.message });
  }
});
`;
/** One worker per core, each taking the next file when it finishes one. */
function hashInWorkers(paths, algorithm) {
    const hexes = new Array(paths.length);
    const workers = Array.from({ length: Math.min((0,node_os__WEBPACK_IMPORTED_MODULE_2__.availableParallelism)(), paths.length) }, () => new node_worker_threads__WEBPACK_IMPORTED_MODULE_4__.Worker(WORKER_SOURCE, { eval: true }));
    let next = 0;
    let done = 0;
    return new Promise((resolve, reject) => {
        const finish = (error) => {
            for (const worker of workers)
                void worker.terminate();
            if (error)
                reject(error);
            else
                resolve(hexes);
        };
        const feed = (worker) => {
            if (next < paths.length)
                worker.postMessage({ index: next, path: paths[next++], algorithm });
        };
        for (const worker of workers) {
            worker.on('message', (message) => {
                if (message.hex === undefined)
                    return finish(unreadable(paths[message.index], new Error(message.error)));
                hexes[message.index] = message.hex;
                if (++done === paths.length)
                    finish();
                else
                    feed(worker);
            });
            worker.once('error', (error) => finish(unreadable(paths[0], error)));
            feed(worker);
        }
    });
}


/***/ }),

/***/ 7632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ exitCodeFor),
/* harmony export */   d: () => (/* binding */ EXIT)
/* harmony export */ });
/* harmony import */ var _core_errors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9421);

/**
 * One rule for every command: 0 verified (or clean), 1 rejected (a policy or cryptographic check
 * failed, or lint found violations), 2 the command could not decide (usage, unreadable input, no trust root).
 */
const EXIT = { verified: 0, rejected: 1, undecided: 2 };
/** The exit status of a verdict: its outcome (see outcomeOf), so the two never disagree. */
function exitCodeFor(verdict) {
    return EXIT[(0,_core_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .outcomeOf */ .sG)(verdict)];
}


/***/ }),

/***/ 5377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ce: () => (/* binding */ MANIFEST_LINT_FLAGS),
/* harmony export */   JU: () => (/* binding */ VERIFY_VSA_FLAGS),
/* harmony export */   Kk: () => (/* binding */ KPI_REPORT_FLAGS),
/* harmony export */   Lo: () => (/* binding */ COMMANDS),
/* harmony export */   M5: () => (/* binding */ KPI_FLUSH_FLAGS),
/* harmony export */   Oi: () => (/* binding */ VERIFY_FLAGS),
/* harmony export */   YB: () => (/* binding */ MANIFEST_SHOW_FLAGS),
/* harmony export */   nH: () => (/* binding */ POLICY_LINT_FLAGS),
/* harmony export */   ss: () => (/* binding */ KPI_DASHBOARD_FLAGS),
/* harmony export */   vC: () => (/* binding */ KPI_TOKEN_FLAGS)
/* harmony export */ });
/* unused harmony exports SIGNER_FLAGS, spellings */
const flag = (spec) => spec;
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
const SIGNER_FLAGS = [
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
];
const EXIT_VERIFY = 'Exit status: 0 verified; 1 rejected (a policy or cryptographic check failed); 2 could not decide\n' +
    '(usage, unreadable, empty or oversized input, a directory given as a file, a bad --custom-trusted-root, TUF\n' +
    'unreachable).';
const VERIFY_FLAGS = [
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
];
const VERIFY_VSA_FLAGS = [
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
];
const LINT_JSON = flag({ name: 'json', type: 'boolean', help: 'print one JSON object' });
const MANIFEST_LINT_FLAGS = [
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
];
const MANIFEST_SHOW_FLAGS = [...SIGNER_FLAGS, LINT_JSON];
const DB_URL = flag({
    name: 'db-url',
    type: 'string',
    value: 'URL',
    help: 'the KPI database (default SUPABASE_DB_URL)',
});
const FROM = flag({ name: 'from', type: 'string', value: 'YYYY-MM-DD', help: 'the first day counted' });
const TO = flag({ name: 'to', type: 'string', value: 'YYYY-MM-DD', help: 'the last day counted' });
const KPI_FLUSH_FLAGS = [
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
];
const KPI_REPORT_FLAGS = [FROM, TO, DB_URL, LINT_JSON];
const KPI_DASHBOARD_FLAGS = [
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
];
const KPI_TOKEN_FLAGS = [
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
];
const POLICY_LINT_FLAGS = [LINT_JSON];
const COMMANDS = [
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
        exitStatus: 'Exit status: 0 verified; 1 rejected; 2 could not decide (usage: --release missing or not\n' +
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
        exitStatus: 'Exit status: 0 clean; 1 violations; 2 unreadable input (not JSON, another schema_version, over 100 MiB,\n' +
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
        exitStatus: 'Exit status: 0 printed; 2 usage error, or the database could not be read (kpi_ingest_failed).',
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
function spellings(spec) {
    return [spec.name, ...(spec.aliases ?? [])].map((name) => `--${name}`);
}


/***/ }),

/***/ 1482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: ./package.json
var package_0 = __webpack_require__(8330);
// EXTERNAL MODULE: ./src/core/errors/index.ts + 6 modules
var errors = __webpack_require__(9421);
// EXTERNAL MODULE: ./src/cli/exit.ts
var exit = __webpack_require__(7632);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
;// CONCATENATED MODULE: ./src/cli/usage.ts


const WIDTH = 110;
/** `--repo, --expected-source-repo OWNER/NAME`. */
function flagHead(spec) {
    const names = [spec.name, ...(spec.aliases ?? [])].map((name) => `--${name}`).join(', ');
    return spec.value ? `${names} ${spec.value}` : names;
}
/** Words wrapped to the page, every line after the first indented by `indent`. */
function wrap(text, first, indent) {
    const lines = [];
    let line = '';
    let room = WIDTH - first;
    for (const word of text.split(' ')) {
        if (line !== '' && line.length + 1 + word.length > room) {
            lines.push(line);
            line = word;
            room = WIDTH - indent;
        }
        else
            line = line === '' ? word : `${line} ${word}`;
    }
    return [...lines, line];
}
/** One flag: its spellings and value, then its help and notes, each a line of its own. */
function flagLines(spec) {
    const head = `  ${flagHead(spec)}${spec.multiple ? ' ...' : ''}`;
    const pad = ' '.repeat(6);
    return [
        head,
        ...[spec.help, ...(spec.notes ?? [])].flatMap((line) => wrap(line, pad.length, pad.length).map((part) => `${pad}${part}`)),
    ];
}
/** A command's page, made from its flag table. */
function renderHelp(spec) {
    const invocation = `provenance-guard ${spec.command}`;
    return [
        `${invocation} — ${spec.summary}`,
        '',
        'Usage:',
        ...spec.usage.map((line) => `  ${invocation} ${line}`),
        '',
        ...(spec.positionals
            ? ['Arguments:', `  ${spec.positionals.name}`, `      ${spec.positionals.help}`, '']
            : []),
        'Flags:',
        ...spec.flags.flatMap(flagLines),
        '',
        ...spec.notes.flatMap((note) => [note, '']),
        spec.exitStatus,
        '',
    ].join('\n');
}
const page = (command) => renderHelp(flags/* COMMANDS */.Lo.find((spec) => spec.command === command));
/** One help page per command and subcommand: `provenance-guard verify --help` shows only verify's. */
const HELP = {
    ...Object.fromEntries(flags/* COMMANDS */.Lo.map((spec) => [spec.command, renderHelp(spec)])),
    policy: page('policy lint'),
    manifest: `${page('manifest lint')}\n${page('manifest show')}`,
    kpi: ['kpi flush', 'kpi report', 'kpi dashboard', 'kpi token'].map(page).join('\n'),
};
const USAGE = `provenance-guard — verify SLSA provenance through Sigstore

Usage:
${flags/* COMMANDS */.Lo.flatMap((spec) => spec.usage.map((line) => `  provenance-guard ${spec.command} ${line}`)).join('\n')}
  provenance-guard --version | -v

Each command's own page, with every flag: provenance-guard COMMAND [SUBCOMMAND] --help

npm package: ${package_0/* name */.UU} (the command is provenance-guard; a package of another name is not this tool).

Exit status: 0 verified (lint: clean); 1 rejected (lint: violations); 2 could not decide (usage error,
unreadable or empty input, a bad trusted root, TUF unreachable).
`;
function helpKey([name, sub]) {
    if (HELP[`${name} ${sub}`])
        return `${name} ${sub}`;
    return name !== undefined && HELP[name] ? name : null;
}
/** The help page of the most specific command named at the start of `argv`. */
function helpFor(argv) {
    const key = helpKey(argv);
    return key === null ? USAGE : HELP[key];
}
/** How to ask for that page. */
function helpHint(argv) {
    const key = helpKey(argv);
    return `provenance-guard ${key === null ? '' : `${key} `}--help`;
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/adapters/files/hash.ts
var hash = __webpack_require__(7694);
;// CONCATENATED MODULE: ./src/adapters/files/early-hashing.ts


/**
 * Starts hashing before the verifier is even loaded: a quick look at the provenance's subjects says
 * which digest they carry. Never rejects — on any doubt it gives null and the verifier hashes itself.
 */
function startEarlyHashing(provenancePath, artifactPaths) {
    const algorithm = artifactPaths.length > 0 ? subjectAlgorithm(provenancePath) : null;
    if (algorithm === null)
        return Promise.resolve(null);
    return (0,hash/* hashArtifacts */.A)(artifactPaths, algorithm).catch(() => null);
}
function subjectAlgorithm(path) {
    try {
        const text = (0,external_node_fs_.readFileSync)(path, 'utf8').trim();
        const first = JSON.parse(text.startsWith('{') && !text.includes('}\n{') ? text : (text.split('\n')[0] ?? ''));
        const envelope = (first.dsseEnvelope ?? first);
        if (typeof envelope.payload !== 'string')
            return null;
        const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
        const digests = (statement.subject ?? []).map((s) => s.digest ?? {});
        if (digests.some((d) => typeof d.sha256 === 'string'))
            return 'sha256';
        return digests.some((d) => typeof d.sha512 === 'string') ? 'sha512' : null;
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./src/cli/early-hashing.ts



/** Every spelling of `verify`'s flags, so a flag's value is never taken for a positional artifact. */
const OPTIONS = Object.fromEntries(flags/* VERIFY_FLAGS */.Oi.flatMap((spec) => [spec.name, ...('aliases' in spec ? spec.aliases : [])].map((name) => [
    name,
    { type: spec.type, multiple: 'multiple' in spec && spec.multiple },
])));
/**
 * `verify`'s artifacts start hashing on worker threads while the verifier loads; bad arguments are left to
 * the command.
 */
function earlyHashing(argv) {
    try {
        const { values, positionals } = (0,external_node_util_.parseArgs)({
            args: [...argv],
            strict: false,
            allowPositionals: true,
            options: OPTIONS,
        });
        const strings = (value) => (Array.isArray(value) ? value : [value]).filter((a) => typeof a === 'string');
        const artifacts = [...positionals, ...strings(values.artifact)];
        const [provenance] = [...strings(values.bundle), ...strings(values.provenance)];
        return provenance !== undefined && artifacts.length > 0
            ? startEarlyHashing(provenance, artifacts)
            : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/cli/main.ts





/** Each command is loaded on use, so a process pays only for the code it runs. */
const COMMANDS = {
    verify: async (argv) => {
        const early = earlyHashing(argv);
        const { runVerify } = await Promise.all(/* import() */[__webpack_require__.e(378), __webpack_require__.e(643), __webpack_require__.e(667), __webpack_require__.e(982), __webpack_require__.e(158), __webpack_require__.e(989)]).then(__webpack_require__.bind(__webpack_require__, 3989));
        return (args, now) => runVerify(args, now, early);
    },
    manifest: async () => (await Promise.all(/* import() */[__webpack_require__.e(378), __webpack_require__.e(667), __webpack_require__.e(965)]).then(__webpack_require__.bind(__webpack_require__, 8965))).runManifest,
    kpi: async () => (await Promise.all(/* import() */[__webpack_require__.e(378), __webpack_require__.e(643), __webpack_require__.e(968), __webpack_require__.e(667), __webpack_require__.e(982), __webpack_require__.e(930)]).then(__webpack_require__.bind(__webpack_require__, 6930))).runKpi,
    policy: async () => (await Promise.all(/* import() */[__webpack_require__.e(378), __webpack_require__.e(643), __webpack_require__.e(667), __webpack_require__.e(982), __webpack_require__.e(158), __webpack_require__.e(34)]).then(__webpack_require__.bind(__webpack_require__, 2034))).runPolicy,
    'verify-vsa': async () => (await Promise.all(/* import() */[__webpack_require__.e(378), __webpack_require__.e(643), __webpack_require__.e(667), __webpack_require__.e(982), __webpack_require__.e(158), __webpack_require__.e(5)]).then(__webpack_require__.bind(__webpack_require__, 8005))).runVerifyVsa,
};
/** Runs one CLI invocation; every failure becomes a coded message and an exit status, never a stack trace. */
async function runCli(argv, now = new Date()) {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        return { exitCode: name === undefined ? exit/* EXIT */.d.undecided : 0, stdout: USAGE };
    }
    if (name === '--version' || name === '-V' || name === '-v')
        return { exitCode: 0, stdout: `provenance-guard ${package_0/* version */.rE}` };
    const load = COMMANDS[name];
    if (!load)
        return usageError(`unknown command "${name}"`, 'input_invalid', argv);
    if (rest.includes('--help') || rest.includes('-h'))
        return { exitCode: 0, stdout: helpFor(argv) };
    try {
        return await (await load(rest))(rest, now);
    }
    catch (error) {
        if ((0,errors/* isGuardError */.QT)(error))
            return usageError(error.message, error.code, argv);
        if (isParseArgsError(error))
            return usageError(error.message, 'input_invalid', argv);
        return usageError(`internal error: ${error?.message ?? String(error)}`, 'input_invalid', argv);
    }
}
function isParseArgsError(error) {
    return error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}
/** Could not decide (exit 2); with --json in the shape of the command's own output. */
function usageError(message, code, argv) {
    const error = { code, message, runbook: (0,errors/* runbookUrl */.oV)(code) };
    if (wantsJson(argv))
        return { exitCode: exit/* EXIT */.d.undecided, stdout: JSON.stringify(jsonErrorBody(argv, error), null, 2) };
    return {
        exitCode: exit/* EXIT */.d.undecided,
        stdout: '',
        stderr: `error [${code}]: ${message}\nrunbook: ${error.runbook}\nsee: ${helpHint(argv)}\n`,
    };
}
/** `--json`, `--format json` or `--format=json`: a usage error keeps the shape asked for. */
function wantsJson(argv) {
    return argv.some((arg, i) => arg === '--json' || arg === '--format=json' || (arg === '--format' && argv[i + 1] === 'json'));
}
function jsonErrorBody(argv, error) {
    if (argv[0] === 'verify' || argv[0] === 'verify-vsa')
        return {
            verified: false,
            outcome: 'undecided',
            failure_reason: error.code,
            error: error.message,
            runbook: error.runbook,
            checks: [],
        };
    if (argv[0] === 'manifest' && argv[1] === 'lint')
        return { ok: false, violations: [], error };
    return { ok: false, error };
}


/***/ }),

/***/ 9421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PR: () => (/* reexport */ FAILURE_CATALOG),
  sR: () => (/* reexport */ FAILURE_CODES),
  U$: () => (/* reexport */ GuardError),
  fI: () => (/* reexport */ PACKAGE_RUNBOOK_ORIGIN),
  n6: () => (/* reexport */ describeIssue),
  BJ: () => (/* reexport */ describeProblem),
  QT: () => (/* reexport */ isGuardError),
  sG: () => (/* reexport */ outcomeOf),
  oV: () => (/* reexport */ runbookUrl),
  setRunbookOrigin: () => (/* reexport */ setRunbookOrigin)
});

// UNUSED EXPORTS: OPERATIONAL_CODES, OUTCOMES, RUNBOOK_SERVER, VERDICT_CODES, failureOutcome, isFailureCode, runbookFile

;// CONCATENATED MODULE: ./src/core/errors/codes.ts
/**
 * The closed set of failure codes. They are used identically by CLI/action outputs, the manifest,
 * KPI rows, issue labels and runbook file names (docs/ops/runbooks/<code>.md). Never rename one.
 */
const VERDICT_CODES = [
    'provenance_malformed',
    'attestation_missing',
    'signature_invalid',
    'tlog_invalid',
    'identity_mismatch',
    'predicate_mismatch',
    'override_expired',
    'builder_mismatch',
    'source_mismatch',
    'tag_mismatch',
    'materials_mismatch',
    'subject_mismatch',
    'artifact_missing',
    'artifact_retention_missing',
    'trust_root_unavailable',
    'asset_unattested',
    'asset_missing',
    'asset_replaced',
    'release_state_mismatch',
    'vsa_verifier_mismatch',
    'vsa_policy_mismatch',
    'vsa_failed',
];
const OPERATIONAL_CODES = [
    'notify_failed',
    'issue_create_failed',
    'kpi_ingest_failed',
    'rerun_denied',
    'rerun_limit_reached',
    'lock_timeout',
    'permission_denied',
    'input_invalid',
    'build_failed',
    'signing_failed',
    'publish_failed',
    'job_failed',
    'github_unavailable',
];
const FAILURE_CODES = [...VERDICT_CODES, ...OPERATIONAL_CODES];
function isFailureCode(value) {
    return typeof value === 'string' && FAILURE_CODES.includes(value);
}

;// CONCATENATED MODULE: ./src/core/errors/catalog.ts
/**
 * What each code means and how bad it is. S1: the release may be tampered with or unprovable;
 * S2: the release cannot be proven until someone acts; S3: the pipeline degraded, the verdict stands.
 */
const FAILURE_CATALOG = {
    provenance_malformed: {
        meaning: 'The provenance bundle, DSSE envelope or statement could not be parsed.',
        severity: 'S2',
    },
    attestation_missing: {
        meaning: 'No provenance was found for the artifact, or it lacks what verification needs.',
        severity: 'S2',
    },
    signature_invalid: {
        meaning: 'The DSSE signature or the Fulcio certificate chain does not verify.',
        severity: 'S1',
    },
    tlog_invalid: {
        meaning: 'The transparency-log entry or timestamp is missing or does not verify.',
        severity: 'S1',
    },
    identity_mismatch: {
        meaning: 'The signing certificate identity (issuer, SAN, Fulcio extensions) is not the expected one or contradicts the predicate.',
        severity: 'S1',
    },
    predicate_mismatch: {
        meaning: 'The predicateType is not SLSA provenance v1 (v0.2 needs a live governance override).',
        severity: 'S2',
    },
    override_expired: { meaning: 'A governance override was used after its expires_at.', severity: 'S2' },
    builder_mismatch: { meaning: 'The builder ID is not one of the expected builders.', severity: 'S1' },
    source_mismatch: { meaning: 'The source repository is not the expected one.', severity: 'S1' },
    tag_mismatch: {
        meaning: 'The provenance was built from another ref than refs/tags/<tag>.',
        severity: 'S2',
    },
    materials_mismatch: {
        meaning: 'The source commit in the provenance is not the release commit.',
        severity: 'S1',
    },
    subject_mismatch: {
        meaning: 'An artifact digest is not among the provenance subjects (or the sets differ).',
        severity: 'S1',
    },
    artifact_missing: { meaning: 'The artifact could not be downloaded or read.', severity: 'S2' },
    artifact_retention_missing: {
        meaning: 'The artifact expired under the retention policy and must be reacquired.',
        severity: 'S2',
    },
    trust_root_unavailable: {
        meaning: 'No Sigstore trusted root could be used: online TUF did not answer or did not verify, or the trusted root given could not be read as one.',
        severity: 'S2',
    },
    asset_unattested: {
        meaning: 'A published release asset is not a subject of any verified attestation.',
        severity: 'S1',
    },
    asset_missing: {
        meaning: 'An attested subject is not among the published release assets.',
        severity: 'S2',
    },
    asset_replaced: {
        meaning: 'A release asset carries the name of an attested subject but another digest: it was replaced.',
        severity: 'S1',
    },
    release_state_mismatch: {
        meaning: 'The release is a draft, or its prerelease flag is not what the policy expects.',
        severity: 'S2',
    },
    vsa_verifier_mismatch: {
        meaning: 'The verification summary was issued by another verifier than the expected one.',
        severity: 'S1',
    },
    vsa_policy_mismatch: {
        meaning: 'The verification summary was made under another policy than the expected one (policy digest).',
        severity: 'S1',
    },
    vsa_failed: {
        meaning: 'The verification summary does not say PASSED (or lacks the required SLSA level).',
        severity: 'S1',
    },
    notify_failed: { meaning: 'The Slack notification was not delivered.', severity: 'S3' },
    issue_create_failed: { meaning: 'The GitHub Issue for a failure could not be created.', severity: 'S2' },
    kpi_ingest_failed: {
        meaning: 'KPI events could not be sent to Supabase; they were spooled.',
        severity: 'S3',
    },
    rerun_denied: { meaning: 'GitHub refused to rerun the workflow run.', severity: 'S2' },
    rerun_limit_reached: {
        meaning: 'The rerun window or rerun cap is exhausted; another recovery path is needed.',
        severity: 'S2',
    },
    lock_timeout: {
        meaning: 'The manifest could not be updated after bounded compare-and-swap retries.',
        severity: 'S2',
    },
    permission_denied: {
        meaning: 'The actor lacks the repository permission this operation requires.',
        severity: 'S2',
    },
    input_invalid: { meaning: 'An input or argument is missing or malformed.', severity: 'S3' },
    build_failed: {
        meaning: 'The release build failed before anything was signed: no provenance question, the code does not build.',
        severity: 'S3',
    },
    signing_failed: {
        meaning: 'Signing failed: the provenance or the verification summary of the release could not be attested.',
        severity: 'S2',
    },
    publish_failed: {
        meaning: 'The verified binaries could not be published as the GitHub Release.',
        severity: 'S2',
    },
    job_failed: {
        meaning: 'A release job failed outside its verdict (a checkout, an upload, a lost runner): read the failed step; any verdict recorded stands.',
        severity: 'S2',
    },
    github_unavailable: {
        meaning: 'GitHub did not answer within the retry policy (server errors, timeouts, rate limits): nothing was decided; rerun the step.',
        severity: 'S2',
    },
};

;// CONCATENATED MODULE: ./src/core/errors/guard-error.ts
/** The one error type the project throws on purpose: a stable code, a readable message, a cause. */
class GuardError extends Error {
    code;
    constructor(code, message, options) {
        super(message, options);
        this.name = 'GuardError';
        this.code = code;
    }
}
function isGuardError(error) {
    return error instanceof GuardError;
}

// EXTERNAL MODULE: ./package.json
var package_0 = __webpack_require__(8330);
;// CONCATENATED MODULE: ./src/core/errors/runbook.ts

/** Where this project's repositories, and so its runbooks, are served, whatever server the user runs on. */
const RUNBOOK_SERVER = 'https://github.com';
/** The package's repository at the tag every release makes, `v<version>`: what the CLI links to. */
const PACKAGE_RUNBOOK_ORIGIN = {
    repositoryUrl: package_0/* repository.url */.Jk.O.replace(/^git\+/, '').replace(/\.git$/, ''),
    ref: `v${package_0/* version */.rE}`,
};
// Set once by an entry point (an action knows the ref it was called at); renderers everywhere then link
// alike.
let origin = PACKAGE_RUNBOOK_ORIGIN;
function setRunbookOrigin(next) {
    origin = next;
}
/** The runbook's file inside this project's repository. */
function runbookFile(code) {
    return `docs/ops/runbooks/${code}.md`;
}
/** An absolute link to the code's runbook at the version that ran. */
function runbookUrl(code) {
    return `${origin.repositoryUrl}/blob/${origin.ref}/${runbookFile(code)}`;
}

;// CONCATENATED MODULE: ./src/core/errors/describe-issue.ts
/**
 * A schema problem in the project's words, naming the field: "payload is missing", "entries.2.tag
 * must be a string". zod's own text ("Invalid input: expected string, received undefined") names neither.
 */
function describeIssue(issue, value, prefix = []) {
    const field = [...prefix, ...issue.path].map(String).join('.') || 'the document';
    const problem = describeProblem(issue, value);
    return issue.code === 'custom' ? `${field}: ${problem}` : `${field} ${problem}`;
}
/**
 * What is wrong, without the field, saying what is allowed: "is missing", "must be at most 366", "must be
 * one of 1, 2, 3 (the allowed range is 1–3)". A message the schema wrote itself (a refinement's) is kept.
 */
function describeProblem(issue, value) {
    const absent = valueAt(value, issue.path) === undefined;
    if (absent && (issue.code === 'invalid_value' || issue.code === 'invalid_union'))
        return 'is missing';
    switch (issue.code) {
        case 'invalid_type':
            return absent ? 'is missing' : `must be ${article(issue.expected)}`;
        case 'too_small':
            return ownMessage(issue) ?? tooSmall(issue);
        case 'too_big':
            return ownMessage(issue) ?? tooBig(issue);
        case 'invalid_value':
            return allowed(issue.values);
        case 'invalid_union': {
            const values = unionValues(issue);
            return values === null ? 'is not valid' : allowed(values);
        }
        case 'invalid_format':
            return ownMessage(issue) ?? 'is not in the expected format';
        case 'unrecognized_keys':
            return `has unknown fields ${issue.keys.join(', ')}`;
        case 'custom':
            return issue.message;
        default:
            return 'is not valid';
    }
}
/** A message the schema's author wrote (this project writes them in lower case), not zod's default. */
function ownMessage(issue) {
    return /^[a-z]/.test(issue.message) ? issue.message : null;
}
function tooSmall(issue) {
    const minimum = Number(issue.minimum);
    if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint')
        return `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${minimum}`;
    return minimum <= 1 ? 'is too short or empty' : `is too short (at least ${minimum})`;
}
function tooBig(issue) {
    const maximum = Number(issue.maximum);
    if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint')
        return `must be ${issue.inclusive === false ? 'less than' : 'at most'} ${maximum}`;
    return `is too long (at most ${maximum})`;
}
/** The literals of a union of literals (`1 | 2 | 3`); null for a union of anything else. */
function unionValues(issue) {
    const branches = issue.errors;
    if (branches.length === 0)
        return null;
    const values = [];
    for (const branch of branches) {
        const [only] = branch;
        if (branch.length !== 1 || only?.code !== 'invalid_value' || only.path.length > 0)
            return null;
        values.push(...only.values);
    }
    return values;
}
/** "must be one of …", with the range when the values are consecutive whole numbers. */
function allowed(values) {
    const listed = `must be one of ${values.map((v) => JSON.stringify(v)).join(', ')}`;
    const numbers = values.filter((v) => Number.isInteger(v));
    if (numbers.length !== values.length || numbers.length < 2)
        return listed;
    const sorted = [...numbers].sort((a, b) => a - b);
    const consecutive = sorted.every((n, i) => i === 0 || n === sorted[i - 1] + 1);
    return consecutive ? `${listed} (the allowed range is ${sorted[0]}–${sorted.at(-1)})` : listed;
}
function valueAt(value, path) {
    return path.reduce((node, key) => typeof node === 'object' && node !== null ? node[key] : undefined, value);
}
function article(type) {
    return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

;// CONCATENATED MODULE: ./src/core/errors/outcome.ts

/** What a verdict says about the release: proven, disproven, or nothing at all. */
const OUTCOMES = (/* unused pure expression or super */ null && (['verified', 'rejected', 'undecided']));
/**
 * Codes that say nothing about the release: without a trust root or the artifact nothing was checked, and an
 * operational code is about the run (an input, a token, the pipeline), never about the release.
 */
const UNDECIDED = new Set([
    'trust_root_unavailable',
    'artifact_missing',
    'artifact_retention_missing',
    ...OPERATIONAL_CODES,
]);
/** A failure either disproves the release or leaves it undecided. */
function failureOutcome(code) {
    return UNDECIDED.has(code) ? 'undecided' : 'rejected';
}
/** The one place a verdict's outcome is decided: the CLI's exit status and every report derive from it. */
function outcomeOf(verdict) {
    if (verdict.verified)
        return 'verified';
    return verdict.failureReason === null ? 'rejected' : failureOutcome(verdict.failureReason);
}

;// CONCATENATED MODULE: ./src/core/errors/index.ts








/***/ }),

/***/ 8330:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"UU":"provenance-guard-cli","rE":"0.1.0","Jk":{"O":"git+https://github.com/provenance-guard/provenance-guard.git"}}');

/***/ })

};

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
;// CONCATENATED MODULE: ./src/cli/usage.ts

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
const HELP = {
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
const USAGE = `provenance-guard — verify SLSA provenance through Sigstore

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


/**
 * `verify`'s artifacts start hashing on worker threads while the verifier loads; bad arguments are left to
 * the command.
 */
function earlyHashing(argv) {
    try {
        const { values } = (0,external_node_util_.parseArgs)({
            args: [...argv],
            strict: false,
            options: { artifact: { type: 'string', multiple: true }, provenance: { type: 'string' } },
        });
        const artifacts = (values.artifact ?? []).filter((a) => typeof a === 'string');
        return typeof values.provenance === 'string' && artifacts.length > 0
            ? startEarlyHashing(values.provenance, artifacts)
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
        const { runVerify } = await Promise.all(/* import() */[__webpack_require__.e(378), __webpack_require__.e(815), __webpack_require__.e(667), __webpack_require__.e(147), __webpack_require__.e(989)]).then(__webpack_require__.bind(__webpack_require__, 3989));
        return (args, now) => runVerify(args, now, early);
    },
    manifest: async () => (await Promise.all(/* import() */[__webpack_require__.e(378), __webpack_require__.e(667), __webpack_require__.e(965)]).then(__webpack_require__.bind(__webpack_require__, 8965))).runManifest,
    kpi: async () => (await Promise.all(/* import() */[__webpack_require__.e(378), __webpack_require__.e(815), __webpack_require__.e(968), __webpack_require__.e(667), __webpack_require__.e(147), __webpack_require__.e(930)]).then(__webpack_require__.bind(__webpack_require__, 6930))).runKpi,
    policy: async () => (await Promise.all(/* import() */[__webpack_require__.e(378), __webpack_require__.e(815), __webpack_require__.e(445), __webpack_require__.e(667), __webpack_require__.e(147), __webpack_require__.e(65), __webpack_require__.e(727)]).then(__webpack_require__.bind(__webpack_require__, 2034))).runPolicy,
    'verify-vsa': async () => (await Promise.all(/* import() */[__webpack_require__.e(378), __webpack_require__.e(815), __webpack_require__.e(667), __webpack_require__.e(147), __webpack_require__.e(5)]).then(__webpack_require__.bind(__webpack_require__, 8005))).runVerifyVsa,
};
/** Runs one CLI invocation; every failure becomes a coded message and an exit status, never a stack trace. */
async function runCli(argv, now = new Date()) {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        return { exitCode: name === undefined ? exit/* EXIT */.d.undecided : 0, stdout: USAGE };
    }
    if (name === '--version' || name === '-V')
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
    if (argv.includes('--json'))
        return { exitCode: exit/* EXIT */.d.undecided, stdout: JSON.stringify(jsonErrorBody(argv, error), null, 2) };
    return {
        exitCode: exit/* EXIT */.d.undecided,
        stdout: '',
        stderr: `error [${code}]: ${message}\nrunbook: ${error.runbook}\nsee: ${helpHint(argv)}\n`,
    };
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
    if (issue.code === 'invalid_type') {
        return valueAt(value, issue.path) === undefined
            ? `${field} is missing`
            : `${field} must be ${article(issue.expected)}`;
    }
    if (issue.code === 'too_small')
        return `${field} is too short or empty`;
    if (issue.code === 'too_big')
        return `${field} is too long`;
    if (issue.code === 'invalid_value')
        return `${field} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    if (issue.code === 'invalid_format')
        return `${field} is not in the expected format`;
    if (issue.code === 'unrecognized_keys')
        return `${field} has unknown fields ${issue.keys.join(', ')}`;
    if (issue.code === 'custom')
        return `${field}: ${issue.message}`;
    return `${field} is not valid`;
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

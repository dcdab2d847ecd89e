#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5710:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  A: () => (/* binding */ hashArtifacts)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
// EXTERNAL MODULE: ./src/core/errors/index.ts + 3 modules
var errors = __nccwpck_require__(8016);
;// CONCATENATED MODULE: ./src/adapters/files/hash.ts






/** Below this total size, worker start-up costs more than a second core saves. */
const PARALLEL_THRESHOLD_BYTES = 16 * 1024 * 1024;
const CHUNK_BYTES = 1024 * 1024;
/**
 * Hashes every artifact once, streaming through one reused buffer. Large sets go to a pool of
 * worker threads (one per core), which leaves the main thread free to verify signatures meanwhile.
 */
async function hashArtifacts(paths, algorithm) {
    const sizes = await Promise.all(paths.map(sizeOf));
    const total = sizes.reduce((sum, size) => sum + size, 0);
    const hexes = total >= PARALLEL_THRESHOLD_BYTES ? await hashInWorkers(paths, algorithm) : await hashInProcess(paths, algorithm);
    return paths.map((path, i) => ({ name: (0,external_node_path_.basename)(path), algorithm, hex: hexes[i] }));
}
async function sizeOf(path) {
    try {
        const info = await (0,promises_.stat)(path);
        if (!info.isFile())
            throw new Error('not a regular file');
        return info.size;
    }
    catch (error) {
        throw unreadable(path, error);
    }
}
function unreadable(path, error) {
    return new errors/* GuardError */.U$('artifact_missing', `cannot read artifact ${path}: ${error.message ?? String(error)}`, { cause: error });
}
async function hashInProcess(paths, algorithm) {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    const hexes = [];
    for (const path of paths) {
        try {
            const file = await (0,promises_.open)(path, 'r');
            try {
                const hash = (0,external_node_crypto_.createHash)(algorithm);
                for (let read = 0; (read = (await file.read(buffer, 0, buffer.length, null)).bytesRead) > 0;)
                    hash.update(buffer.subarray(0, read));
                hexes.push(hash.digest('hex'));
            }
            finally {
                await file.close();
            }
        }
        catch (error) {
            throw unreadable(path, error);
        }
    }
    return hexes;
}
// Inline so the bundled action needs no second file next to it. Sync reads are fine off the main thread.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { openSync, readSync, closeSync } = require('node:fs');
const { createHash } = require('node:crypto');
const buffer = Buffer.allocUnsafe(${CHUNK_BYTES});
parentPort.on('message', ({ index, path, algorithm }) => {
  try {
    const fd = openSync(path, 'r');
    const hash = createHash(algorithm);
    try {
      for (let read; (read = readSync(fd, buffer, 0, buffer.length, null)) > 0;) hash.update(buffer.subarray(0, read));
    } finally {
      closeSync(fd);
    }
    parentPort.postMessage({ index, hex: hash.digest('hex') });
  } catch (error) {
    parentPort.postMessage({ index, error: error.message });
  }
});
`;
/** One worker per core, each taking the next file when it finishes one. */
function hashInWorkers(paths, algorithm) {
    const hexes = new Array(paths.length);
    const workers = Array.from({ length: Math.min((0,external_node_os_namespaceObject.availableParallelism)(), paths.length) }, () => new external_node_worker_threads_namespaceObject.Worker(WORKER_SOURCE, { eval: true }));
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ EXIT)
/* harmony export */ });
const EXIT = { verified: 0, rejected: 1, usage: 2 };


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1482);


// Node 22+ caches compiled code on disk, so the commands loaded below start faster from the second
// run on; on older Node the call does not exist and nothing changes.
node_module__WEBPACK_IMPORTED_MODULE_0___default().enableCompileCache?.();
const result = await (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .runCli */ .a)(process.argv.slice(2));
if (result.stdout)
    process.stdout.write(`${result.stdout}\n`);
if (result.stderr)
    process.stderr.write(result.stderr);
process.exitCode = result.exitCode;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1482:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: ./src/core/errors/index.ts + 3 modules
var errors = __nccwpck_require__(8016);
// EXTERNAL MODULE: ./src/cli/exit.ts
var exit = __nccwpck_require__(7632);
;// CONCATENATED MODULE: ./src/cli/usage.ts
const USAGE = `provenance-guard — verify SLSA provenance through Sigstore

Usage:
  provenance-guard verify --artifact FILE [--artifact FILE ...] --provenance BUNDLE
      [--expected-builder-id ID ...] [--expected-source-repo OWNER/NAME] [--tag TAG] [--commit SHA]
      [--expected-issuer URL] [--expected-san URI] [--expected-repository-id ID] [--require-all-subjects]
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

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/adapters/files/hash.ts + 2 modules
var hash = __nccwpck_require__(5710);
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


/** `verify`'s artifacts start hashing on worker threads while the verifier loads; bad arguments are left to the command. */
function earlyHashing(argv) {
    try {
        const { values } = (0,external_node_util_.parseArgs)({ args: [...argv], strict: false, options: { artifact: { type: 'string', multiple: true }, provenance: { type: 'string' } } });
        const artifacts = (values.artifact ?? []).filter((a) => typeof a === 'string');
        return typeof values.provenance === 'string' && artifacts.length > 0 ? startEarlyHashing(values.provenance, artifacts) : undefined;
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
        const { runVerify } = await Promise.all(/* import() */[__nccwpck_require__.e(377), __nccwpck_require__.e(168), __nccwpck_require__.e(515), __nccwpck_require__.e(989)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3989));
        return (args, now) => runVerify(args, now, early);
    },
    manifest: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(377), __nccwpck_require__.e(965)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8965))).runManifest,
    kpi: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(377), __nccwpck_require__.e(168), __nccwpck_require__.e(494), __nccwpck_require__.e(515), __nccwpck_require__.e(412)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6412))).runKpi,
};
/** Runs one CLI invocation; every failure becomes a coded message and an exit status, never a stack trace. */
async function runCli(argv, now = new Date()) {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        return { exitCode: name === undefined ? exit/* EXIT */.d.usage : 0, stdout: USAGE };
    }
    const load = COMMANDS[name];
    if (!load)
        return usageError(`unknown command "${name}"`, 'input_invalid', rest);
    if (rest.includes('--help') || rest.includes('-h'))
        return { exitCode: 0, stdout: USAGE };
    try {
        return await (await load(rest))(rest, now);
    }
    catch (error) {
        if ((0,errors/* isGuardError */.QT)(error))
            return usageError(error.message, error.code, rest);
        if (isParseArgsError(error))
            return usageError(error.message, 'input_invalid', rest);
        return usageError(`internal error: ${error?.message ?? String(error)}`, 'input_invalid', rest);
    }
}
function isParseArgsError(error) {
    return error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}
function usageError(message, code, argv) {
    if (argv.includes('--json')) {
        const body = { verified: false, failure_reason: code, error: message, runbook: (0,errors/* runbookPath */.uM)(code), checks: [] };
        return { exitCode: exit/* EXIT */.d.usage, stdout: JSON.stringify(body, null, 2) };
    }
    return { exitCode: exit/* EXIT */.d.usage, stdout: '', stderr: `error [${code}]: ${message}\nrunbook: ${(0,errors/* runbookPath */.uM)(code)}\nsee: provenance-guard --help\n` };
}


/***/ }),

/***/ 8016:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  PR: () => (/* reexport */ FAILURE_CATALOG),
  sR: () => (/* reexport */ FAILURE_CODES),
  U$: () => (/* reexport */ GuardError),
  QT: () => (/* reexport */ isGuardError),
  uM: () => (/* reexport */ runbookPath)
});

// UNUSED EXPORTS: OPERATIONAL_CODES, VERDICT_CODES, isFailureCode

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
    provenance_malformed: { meaning: 'The provenance bundle, DSSE envelope or statement could not be parsed.', severity: 'S2' },
    attestation_missing: { meaning: 'No provenance was found for the artifact, or it lacks what verification needs.', severity: 'S2' },
    signature_invalid: { meaning: 'The DSSE signature or the Fulcio certificate chain does not verify.', severity: 'S1' },
    tlog_invalid: { meaning: 'The transparency-log entry or timestamp is missing or does not verify.', severity: 'S1' },
    identity_mismatch: { meaning: 'The signing certificate identity (issuer, SAN, Fulcio extensions) is not the expected one or contradicts the predicate.', severity: 'S1' },
    predicate_mismatch: { meaning: 'The predicateType is not SLSA provenance v1 (v0.2 needs a live governance override).', severity: 'S2' },
    override_expired: { meaning: 'A governance override was used after its expires_at.', severity: 'S2' },
    builder_mismatch: { meaning: 'The builder ID is not one of the expected builders.', severity: 'S1' },
    source_mismatch: { meaning: 'The source repository is not the expected one.', severity: 'S1' },
    tag_mismatch: { meaning: 'The provenance was built from another ref than refs/tags/<tag>.', severity: 'S2' },
    materials_mismatch: { meaning: 'The source commit in the provenance is not the release commit.', severity: 'S1' },
    subject_mismatch: { meaning: 'An artifact digest is not among the provenance subjects (or the sets differ).', severity: 'S1' },
    artifact_missing: { meaning: 'The artifact could not be downloaded or read.', severity: 'S2' },
    artifact_retention_missing: { meaning: 'The artifact expired under the retention policy and must be reacquired.', severity: 'S2' },
    trust_root_unavailable: { meaning: 'No Sigstore trusted root could be obtained (TUF unreachable and no offline root given).', severity: 'S2' },
    notify_failed: { meaning: 'The Slack notification was not delivered.', severity: 'S3' },
    issue_create_failed: { meaning: 'The GitHub Issue for a failure could not be created.', severity: 'S2' },
    kpi_ingest_failed: { meaning: 'KPI events could not be sent to Supabase; they were spooled.', severity: 'S3' },
    rerun_denied: { meaning: 'GitHub refused to rerun the workflow run.', severity: 'S2' },
    rerun_limit_reached: { meaning: 'The rerun window or rerun cap is exhausted; another recovery path is needed.', severity: 'S2' },
    lock_timeout: { meaning: 'The manifest could not be updated after bounded compare-and-swap retries.', severity: 'S2' },
    permission_denied: { meaning: 'The actor lacks the repository permission this operation requires.', severity: 'S2' },
    input_invalid: { meaning: 'An input or argument is missing or malformed.', severity: 'S3' },
};
function runbookPath(code) {
    return `docs/ops/runbooks/${code}.md`;
}

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

;// CONCATENATED MODULE: ./src/core/errors/index.ts





/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2987:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("perf_hooks");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 6460:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers/promises");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat */
/******/ 
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = new URL('.', import.meta.url).pathname.slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

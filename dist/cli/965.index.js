export const id = 965;
export const ids = [965];
export const modules = {

/***/ 8965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   manifestFiles: () => (/* binding */ manifestFiles),
/* harmony export */   runManifest: () => (/* binding */ runManifest)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9421);
/* harmony import */ var _signature_policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1719);
/* harmony import */ var _core_manifest_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6275);
/* harmony import */ var _core_report_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3405);
/* harmony import */ var _exit_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7632);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7593);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5377);









/** `manifest lint HEAD [--base BASE] [signer flags] [--json]` and `manifest show FILE [--json]`. */
async function runManifest(argv, now) {
    const [sub, ...rest] = argv;
    if (sub === 'lint')
        return lint(rest, now);
    if (sub === 'show')
        return show(rest, now);
    throw new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .GuardError */ .U$('input_invalid', `manifest needs a subcommand: lint or show (got ${sub ?? 'nothing'})`);
}
/** The files named, a folder standing for every `manifest.json` below it (sorted). */
async function manifestFiles(paths, command) {
    if (paths.length === 0)
        throw new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .GuardError */ .U$('input_invalid', `${command} takes one or more FILE or DIR`);
    const files = [];
    for (const path of paths) {
        const stats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch(() => null);
        if (stats?.isDirectory()) {
            const found = await manifestsBelow(path);
            if (found.length === 0)
                throw new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .GuardError */ .U$('input_invalid', `${path}: no manifest.json below it`);
            files.push(...found);
        }
        else
            files.push(path);
    }
    return files;
}
async function manifestsBelow(dir) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true });
    const found = [];
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name);
        if (entry.isDirectory() && entry.name !== '.git' && entry.name !== 'node_modules')
            found.push(...(await manifestsBelow(path)));
        else if (entry.isFile() && entry.name === 'manifest.json')
            found.push(path);
    }
    return found;
}
async function lint(argv, defaultNow) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .parseCommandArgs */ .Qx)(_flags_js__WEBPACK_IMPORTED_MODULE_8__/* .MANIFEST_LINT_FLAGS */ .Ce, argv, { positionals: true });
    const paths = await manifestFiles(positionals, 'manifest lint');
    if (values.base !== undefined && paths.length > 1)
        throw new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .GuardError */ .U$('input_invalid', '--base compares one HEAD_FILE with its base: give one file');
    const now = (0,_signature_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .isoDate */ ._$)('--now', values.now) ?? defaultNow;
    const policy = await (0,_signature_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .signaturePolicy */ .zA)(values, (0,_signature_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .requiredRepository */ .UT)(values));
    const base = values.base === undefined ? null : (0,_core_manifest_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parseManifest */ .Ng)(await readText(values.base), values.base);
    const results = [];
    for (const path of paths) {
        const text = await readText(path);
        const head = (0,_core_manifest_index_js__WEBPACK_IMPORTED_MODULE_4__/* .readManifest */ .Dl)(text, path);
        // An entry that does not match the schema is reported with every problem it has; the rules need
        // well-formed entries to mean anything.
        const signed = head.invalid.length > 0 ? { violations: [], notices: [] } : (0,_core_manifest_index_js__WEBPACK_IMPORTED_MODULE_4__/* .lintSignatures */ .H2)(head.manifest, base, policy);
        const violations = head.invalid.length > 0
            ? schemaViolations(text, head.invalid)
            : [...(0,_core_manifest_index_js__WEBPACK_IMPORTED_MODULE_4__/* .lintManifest */ .XR)(head.manifest, base, now), ...signed.violations];
        results.push({ path, ok: violations.length === 0, violations, notices: signed.notices });
    }
    const ok = results.every((result) => result.ok);
    const [only] = results;
    const stdout = values.json
        ? JSON.stringify(results.length === 1 && only
            ? { ok, violations: only.violations, notices: only.notices }
            : { ok, files: results }, null, 2)
        : results
            .map((result) => lintReport(result.path, result.violations, result.notices, results.length > 1))
            .join('\n');
    return { exitCode: ok ? 0 : _exit_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .d.rejected, stdout };
}
function lintReport(headPath, violations, notices, named) {
    const file = named ? `${headPath}: ` : '';
    const reported = notices.map((notice) => `${file}notice: ${describe(notice)}`);
    if (violations.length === 0)
        return [...reported, `${headPath}: ok (${_core_manifest_index_js__WEBPACK_IMPORTED_MODULE_4__/* .LINT_RULES */ .wT.length} rules)`].join('\n');
    return [...violations.map((violation) => `${file}${describe(violation)}`), ...reported].join('\n');
}
/** Every schema problem of every entry that does not match, one violation each. */
function schemaViolations(text, invalid) {
    const entries = JSON.parse(text).entries;
    return invalid.flatMap((entry) => {
        const raw = entries[entry.index];
        const parsed = _core_manifest_index_js__WEBPACK_IMPORTED_MODULE_4__/* .ManifestEntrySchema */ .zy.safeParse(raw);
        const problems = parsed.success
            ? [entry.problem]
            : parsed.error.issues.map((issue) => (0,_core_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .describeIssue */ .n6)(issue, raw));
        return problems.map((problem) => ({
            rule: 'schema',
            tag: entry.tag,
            run_id: entry.run_id,
            message: `${problem}; fix the entry to match manifest-schema/manifest.schema.json`,
        }));
    });
}
async function show(argv, now) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .parseCommandArgs */ .Qx)(_flags_js__WEBPACK_IMPORTED_MODULE_8__/* .MANIFEST_SHOW_FLAGS */ .YB, argv, { positionals: true });
    const paths = await manifestFiles(positionals, 'manifest show');
    const repository = (0,_signature_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryOf */ ._M)(values);
    const policy = repository === null ? null : await (0,_signature_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .signaturePolicy */ .zA)(values, repository);
    const vouched = policy === null ? null : (entry) => (0,_core_manifest_index_js__WEBPACK_IMPORTED_MODULE_4__/* .verdictVouched */ .md)(entry, policy);
    const shown = await Promise.all(paths.map(async (path) => ({ path, ...(0,_core_manifest_index_js__WEBPACK_IMPORTED_MODULE_4__/* .readManifest */ .Dl)(await readText(path), path) })));
    if (values.json) {
        const bodies = shown.map(({ manifest, invalid }) => invalid.length > 0 ? { ...manifest, invalid_entries: invalid } : manifest);
        const body = bodies.length === 1 ? bodies[0] : { files: shown.map(({ path }, i) => ({ path, ...bodies[i] })) };
        return { exitCode: 0, stdout: JSON.stringify(body, null, 2) };
    }
    const pages = shown.map(({ path, manifest, invalid }) => {
        const page = showPage(manifest, invalid, now, vouched);
        return shown.length === 1 ? page : `== ${path} ==\n${page}`;
    });
    return { exitCode: 0, stdout: pages.join('\n\n') };
}
function showPage(manifest, invalid, now, vouched) {
    const unreadable = invalid.length === 0
        ? ''
        : [
            `${invalid.length} ${invalid.length === 1 ? 'entry does' : 'entries do'} not match the schema and ${invalid.length === 1 ? 'is' : 'are'} not shown above:`,
            ...invalid.map((entry) => `  INVALID ${(0,_core_manifest_index_js__WEBPACK_IMPORTED_MODULE_4__/* .describeInvalidEntry */ .HH)(entry)}`),
            'run `provenance-guard manifest lint` on the file for what to fix',
        ].join('\n');
    return [(0,_core_report_index_js__WEBPACK_IMPORTED_MODULE_5__/* .renderManifestTable */ .us)(manifest, now, vouched), (0,_core_report_index_js__WEBPACK_IMPORTED_MODULE_5__/* .renderManifestCounts */ .aq)(manifest), unreadable]
        .filter(Boolean)
        .join('\n\n');
}
async function readText(path) {
    try {
        const stats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
        if (!stats.isFile())
            throw new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .GuardError */ .U$('input_invalid', `${path} is a directory, not a manifest file`);
        if (stats.size > _core_manifest_index_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_MANIFEST_BYTES */ .ZJ)
            throw new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .GuardError */ .U$('input_invalid', `${path} is larger than ${_core_manifest_index_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_MANIFEST_BYTES */ .ZJ} bytes: not a release manifest`);
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error instanceof _core_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .GuardError */ .U$)
            throw error;
        throw new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .GuardError */ .U$('input_invalid', `cannot read ${path}: ${error.message}`, {
            cause: error,
        });
    }
}
function describe(v) {
    const where = v.tag === null && v.run_id === null ? 'manifest' : `${v.tag ?? '(no tag)'} (run ${v.run_id ?? '?'})`;
    return `${where}: [${v.rule}] ${v.message}`;
}


/***/ }),

/***/ 1719:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UT: () => (/* binding */ requiredRepository),
/* harmony export */   _$: () => (/* binding */ isoDate),
/* harmony export */   _M: () => (/* binding */ repositoryOf),
/* harmony export */   zA: () => (/* binding */ signaturePolicy)
/* harmony export */ });
/* unused harmony exports DEFAULT_RELEASE_TAGS, DEFAULT_VALIDATE_WORKFLOW */
/* harmony import */ var _adapters_sigstore_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8870);
/* harmony import */ var _core_errors_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9421);
/* harmony import */ var _core_url_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38);
/* harmony import */ var _core_manifest_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6275);




/** The tags the templates release from (security-ci's trigger, the tag ruleset SETUP asks for). */
const DEFAULT_RELEASE_TAGS = 'v*';
/** The workflow of the templates that runs validate and signs its verdicts. */
const DEFAULT_VALIDATE_WORKFLOW = '.github/workflows/security-ci.yml';
const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
/** `--repository`, else the workflow's repository (GITHUB_REPOSITORY); null when neither is set. */
function repositoryOf(values, env = process.env) {
    const repository = values.repository ?? env.GITHUB_REPOSITORY ?? null;
    if (repository !== null && !REPOSITORY.test(repository))
        throw new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GuardError */ .U$('input_invalid', `--repository ${repository} is not OWNER/NAME`);
    return repository;
}
function requiredRepository(values, env = process.env) {
    const repository = repositoryOf(values, env);
    if (repository === null)
        throw new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GuardError */ .U$('input_invalid', 'manifest lint needs --repository OWNER/NAME, the repository whose validate workflow signs the verdicts');
    return repository;
}
/**
 * Whose signatures the manifest's verdicts need: the validate workflow of `repository`, verified offline
 * under the embedded Sigstore roots, `--trusted-root`, or PROVENANCE_GUARD_TRUSTED_ROOT (a private
 * instance's root).
 */
async function signaturePolicy(values, repository, env = process.env) {
    const rootFile = values['trusted-root'] ?? (env.PROVENANCE_GUARD_TRUSTED_ROOT || undefined);
    const roots = await (0,_adapters_sigstore_index_js__WEBPACK_IMPORTED_MODULE_0__/* .loadTrustedRoots */ .Bu)(rootFile ? { kind: 'file', path: rootFile } : { kind: 'embedded' });
    return {
        signer: {
            repository,
            serverUrl: (0,_core_url_js__WEBPACK_IMPORTED_MODULE_3__/* .withoutTrailingSlashes */ .A)(values['server-url'] ?? env.GITHUB_SERVER_URL ?? 'https://github.com'),
            workflow: values.workflow ?? DEFAULT_VALIDATE_WORKFLOW,
            defaultBranch: values['default-branch'] ?? null,
            releaseTags: values['release-tags'] ?? DEFAULT_RELEASE_TAGS,
        },
        verify: (bundle) => (0,_adapters_sigstore_index_js__WEBPACK_IMPORTED_MODULE_0__/* .verifyVerdictSignature */ .D$)(bundle, roots),
        signedFrom: isoDate('--signed-from', values['signed-from']) ?? new Date(_core_manifest_index_js__WEBPACK_IMPORTED_MODULE_2__/* .SIGNED_VERDICTS_FROM */ .T9),
    };
}
function isoDate(flag, value) {
    if (value === undefined)
        return null;
    const date = new Date(value);
    if (Number.isNaN(date.getTime()))
        throw new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GuardError */ .U$('input_invalid', `${flag} ${value} is not an ISO 8601 date-time`);
    return date;
}


/***/ }),

/***/ 4695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DN: () => (/* binding */ dailyRates),
/* harmony export */   Nx: () => (/* binding */ distribution),
/* harmony export */   Tr: () => (/* binding */ countBy),
/* harmony export */   jo: () => (/* binding */ totalRate),
/* harmony export */   kb: () => (/* binding */ dayOf),
/* harmony export */   r4: () => (/* binding */ inRange)
/* harmony export */ });
/* unused harmony export percentile */
/** The UTC day of an ISO 8601 time, or null when it is not one. */
function dayOf(iso) {
    const time = Date.parse(iso);
    return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}
function inRange(day, range) {
    return (range.from === null || day >= range.from) && (range.to === null || day <= range.to);
}
/**
 * Linear interpolation between closest ranks, as PostgreSQL's percentile_cont: the page and the views agree.
 */
function percentile(sorted, fraction) {
    if (sorted.length === 0)
        return null;
    const position = (sorted.length - 1) * fraction;
    const below = Math.floor(position);
    const lower = sorted[below];
    const upper = sorted[Math.min(below + 1, sorted.length - 1)];
    return lower + (upper - lower) * (position - below);
}
/** Upper bounds in seconds; one scale serves lock waits (seconds) and issue latency (hours). */
const BUCKETS = [
    { label: '< 1 s', below: 1 },
    { label: '1–5 s', below: 5 },
    { label: '5–30 s', below: 30 },
    { label: '30 s–2 min', below: 120 },
    { label: '2–10 min', below: 600 },
    { label: '10–60 min', below: 3600 },
    { label: '1–6 h', below: 6 * 3600 },
    { label: '6–24 h', below: 86_400 },
    { label: '≥ 1 day', below: Infinity },
];
function distribution(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const counts = BUCKETS.map(({ label }) => ({ label, count: 0 }));
    for (const value of sorted)
        counts[BUCKETS.findIndex(({ below }) => value < below)].count++;
    const first = counts.findIndex(({ count }) => count > 0);
    const last = counts.findLastIndex(({ count }) => count > 0);
    return {
        kind: 'samples',
        samples: sorted.length,
        p50: percentile(sorted, 0.5),
        p95: percentile(sorted, 0.95),
        max: sorted.at(-1) ?? null,
        histogram: first < 0 ? [] : counts.slice(first, last + 1),
    };
}
/** Outcomes grouped by day, oldest first. */
function dailyRates(outcomes) {
    const byDay = new Map();
    for (const { day, ok } of outcomes) {
        const figures = byDay.get(day) ?? { attempts: 0, succeeded: 0 };
        figures.attempts++;
        if (ok)
            figures.succeeded++;
        byDay.set(day, figures);
    }
    return [...byDay].sort(([a], [b]) => a.localeCompare(b)).map(([day, figures]) => ({ day, ...figures }));
}
function totalRate(rates) {
    const attempts = rates.reduce((sum, r) => sum + r.attempts, 0);
    const succeeded = rates.reduce((sum, r) => sum + r.succeeded, 0);
    return { attempts, succeeded, rate: attempts === 0 ? null : succeeded / attempts };
}
/** Counts by label, largest first, ties by label. */
function countBy(labels) {
    const counts = new Map();
    for (const label of labels)
        counts.set(label, (counts.get(label) ?? 0) + 1);
    return [...counts]
        .map(([label, count]) => ({ label, count }))
        .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}


/***/ }),

/***/ 3405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hS: () => (/* reexport */ plural/* counted */.h),
  aq: () => (/* reexport */ renderManifestCounts),
  us: () => (/* reexport */ renderManifestTable),
  v3: () => (/* reexport */ renderVerdictLines),
  G5: () => (/* reexport */ renderVerdictTable),
  R9: () => (/* reexport */ toVerdictJson)
});

// UNUSED EXPORTS: countManifest

// EXTERNAL MODULE: ./src/core/errors/index.ts + 6 modules
var errors = __webpack_require__(9421);
// EXTERNAL MODULE: ./src/core/redaction/index.ts + 4 modules
var redaction = __webpack_require__(3963);
;// CONCATENATED MODULE: ./src/core/report/verdict-json.ts


/**
 * Redacted, because it becomes outputs, evidence and `--json`: a certificate's e-mail SAN shows as
 * `<e-mail redacted>@domain`, secret-shaped text (from a predicate, say) as `***`.
 */
function toVerdictJson(verdict) {
    const facts = verdict.facts;
    return (0,redaction/* redactJson */.Kp)({
        verified: verdict.verified,
        outcome: (0,errors/* outcomeOf */.sG)(verdict),
        failure_reason: verdict.failureReason,
        runbook: verdict.failureReason ? (0,errors/* runbookUrl */.oV)(verdict.failureReason) : null,
        checks: verdict.checks.map(toCheckJson),
        predicate_type: facts?.predicateType || null,
        builder_id: facts?.builderId ?? null,
        source_repo: facts?.sourceRepository ?? null,
        source_ref: facts?.sourceRef ?? null,
        source_commit: facts?.sourceCommits[0] ?? null,
        subjects: verdict.subjects.map((s) => ({ name: s.name, digest: { ...s.digest } })),
        verifier: verdict.verifier,
        attestation: verdict.attestation,
    }, []);
}
function toCheckJson(check) {
    return {
        name: check.name,
        ok: check.status === 'skipped' ? null : check.status === 'passed',
        status: check.status,
        code: check.status === 'failed' ? check.code : null,
        expected: check.expected,
        actual: check.actual,
    };
}

;// CONCATENATED MODULE: ./src/core/report/verdict-table.ts


const MARK = { passed: 'ok  ', failed: 'FAIL', skipped: 'skip' };
/** A readable table of checks; the failing one is marked and points at its runbook. */
function renderVerdictTable(verdict, title) {
    const width = Math.max(...verdict.checks.map((c) => c.name.length), 5);
    const rows = verdict.checks.map((check) => {
        const marker = check.status === 'failed' ? '✗' : ' ';
        const head = `${marker} ${check.name.padEnd(width)}  ${MARK[check.status]}  `;
        const pad = ' '.repeat(head.length);
        if (check.status === 'skipped')
            return `${head}${shown(check.expected)}`;
        if (check.status === 'passed')
            return `${head}${shown(check.actual)}`;
        return `${head}expected: ${shown(check.expected)}\n${pad}actual:   ${shown(check.actual)}`;
    });
    const headline = (0,errors/* outcomeOf */.sG)(verdict).toUpperCase();
    const lines = [
        `${title}: ${verdict.failureReason ? `${headline} (${verdict.failureReason})` : headline}`,
        ...(verdict.attestation ? [shown(verdict.attestation)] : []),
        '',
        ...rows,
    ];
    if (verdict.failureReason) {
        lines.push('', `${verdict.failureReason}: ${errors/* FAILURE_CATALOG */.PR[verdict.failureReason].meaning}`, `runbook: ${(0,errors/* runbookUrl */.oV)(verdict.failureReason)}`);
    }
    return lines.join('\n');
}
/**
 * Untrusted text on a terminal: redacted, on one line, without control characters (an escape
 * sequence in a predicate could otherwise rewrite what the reader sees).
 */
function shown(text) {
    return (0,redaction/* redactText */.Rd)(text, [])
        .replace(/\r\n|[\n\r\u2028\u2029]/g, ' ')
        .replace(/\p{Cc}/gu, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

// EXTERNAL MODULE: ./src/core/dashboard/stats.ts
var stats = __webpack_require__(4695);
;// CONCATENATED MODULE: ./src/core/report/manifest-charts.ts

function countManifest(manifest) {
    return {
        entries: manifest.entries.length,
        statuses: (0,stats/* countBy */.Tr)(manifest.entries.map((entry) => entry.status)),
        failureCodes: (0,stats/* countBy */.Tr)(manifest.entries.flatMap((entry) => (entry.failure_reason === null ? [] : [entry.failure_reason]))),
    };
}

;// CONCATENATED MODULE: ./src/core/report/manifest-table.ts

const COLUMNS = ['STATUS', 'TAG', 'RUN', 'FAILURE', 'ISSUE', 'FLAG', 'AGE'];
/** `manifest show`: one row per entry, newest activity first. */
function renderManifestTable(manifest, now, vouched = null) {
    if (manifest.entries.length === 0)
        return 'The manifest has no entries.';
    // Each signature is verified once: the rows and the note below read the same set.
    const unvouched = new Set(vouched === null ? [] : manifest.entries.filter((entry) => entry.verdict !== null && !vouched(entry)));
    const rows = [...manifest.entries]
        .map((entry) => ({ entry, last: Date.parse(entry.history.at(-1)?.at ?? '') }))
        .sort((a, b) => b.last - a.last)
        .map(({ entry, last }) => [
        unvouched.has(entry) ? `${entry.status}${UNVOUCHED}` : entry.status,
        entry.tag,
        `${entry.run_id}#${entry.run_attempt}`,
        entry.failure_reason ?? '-',
        entry.issue_number === null ? '-' : `#${entry.issue_number}`,
        entry.governance_flag ?? '-',
        age(now.getTime() - last),
    ]);
    const widths = COLUMNS.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
    const line = (cells) => cells
        .map((cell, i) => cell.padEnd(widths[i]))
        .join('  ')
        .trimEnd();
    return [line(COLUMNS), ...rows.map(line), ...signatureNote(vouched !== null, unvouched.size)].join('\n');
}
/** Marks a verdict no signature vouches for: its status is only what the file says. */
const UNVOUCHED = '*';
function signatureNote(checked, unvouched) {
    if (!checked)
        return ['(verdict signatures not checked: give --repository OWNER/NAME)'];
    return unvouched > 0
        ? [
            `${UNVOUCHED} no signature of the validate workflow vouches for this verdict: \`manifest lint\` says why`,
        ]
        : [];
}
/** The lines under the table: entries per status and per failure code; nothing for an empty manifest. */
function renderManifestCounts(manifest) {
    const { entries, statuses, failureCodes } = countManifest(manifest);
    if (entries === 0)
        return '';
    const list = (counts) => counts.map(({ label, count }) => `${count} ${label}`).join(', ');
    return [
        `${entries} ${entries === 1 ? 'entry' : 'entries'}: ${list(statuses)}`,
        ...(failureCodes.length > 0 ? [`failure codes: ${list(failureCodes)}`] : []),
    ].join('\n');
}
function age(ms) {
    if (!Number.isFinite(ms))
        return '?';
    const minutes = Math.max(0, Math.floor(ms / 60_000));
    if (minutes < 60)
        return `${minutes}m`;
    if (minutes < 48 * 60)
        return `${Math.floor(minutes / 60)}h`;
    return `${Math.floor(minutes / 1440)}d`;
}

// EXTERNAL MODULE: ./src/core/report/plural.ts
var plural = __webpack_require__(9410);
;// CONCATENATED MODULE: ./src/core/report/verdict-line.ts


/**
 * `--format line`, for CI logs: one line per artifact, `PASSED FILE BUILDER SOURCE@REF`, `FAILED FILE CODE:
 * WHY` or `UNDECIDED FILE CODE: WHY`. The verdict is about the artifacts together, so each line carries it.
 */
function renderVerdictLines(verdict, artifacts) {
    const files = artifacts.length > 0 ? artifacts : ['-'];
    const outcome = (0,errors/* outcomeOf */.sG)(verdict);
    if (outcome === 'verified' || verdict.failureReason === null) {
        const facts = verdict.facts;
        const builder = oneWord(facts?.builderId ?? '-');
        const source = `${oneWord(facts?.sourceRepository ?? '-')}@${oneWord(facts?.sourceRef ?? '-')}`;
        return files.map((file) => `PASSED ${oneWord(file)} ${builder} ${source}`).join('\n');
    }
    const head = outcome === 'rejected' ? 'FAILED' : 'UNDECIDED';
    const why = sentence(verdict);
    return files.map((file) => `${head} ${oneWord(file)} ${verdict.failureReason}: ${why}`).join('\n');
}
/** The failing check's expected and actual, or the code's meaning when no check failed. */
function sentence(verdict) {
    const check = verdict.checks.find((c) => c.status === 'failed');
    if (check === undefined)
        return oneLine(errors/* FAILURE_CATALOG */.PR[verdict.failureReason].meaning);
    return oneLine(`${check.name} expected ${check.expected}, got ${check.actual}`);
}
/**
 * Untrusted text on a log line: redacted, without line breaks or control characters (an escape sequence in a
 * predicate could otherwise rewrite what the reader sees).
 */
function oneLine(text) {
    return (0,redaction/* redactText */.Rd)(text, [])
        .replace(/\r\n|[\n\r\u2028\u2029]/g, ' ')
        .replace(/\p{Cc}/gu, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
/** One field of a line: a space inside it would shift the fields after it. */
function oneWord(text) {
    return oneLine(text).replace(/\s/g, '%20');
}

;// CONCATENATED MODULE: ./src/core/report/index.ts








/***/ }),

/***/ 38:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ withoutTrailingSlashes)
/* harmony export */ });
/**
 * A base URL without its trailing slashes (`https://ghe.example.com/` → `https://ghe.example.com`), so a path
 * can be appended. Only a slash that follows no slash starts the match: the run is read once.
 */
function withoutTrailingSlashes(url) {
    return url.replace(/(?<!\/)\/+$/, '');
}


/***/ })

};

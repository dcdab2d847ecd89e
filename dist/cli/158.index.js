export const id = 158;
export const ids = [158];
export const modules = {

/***/ 9820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ renderVerdict)
/* harmony export */ });
/* harmony import */ var _core_report_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3405);

/** The verdict in the format asked for: the table, the --json contract, or one line per artifact. */
function renderVerdict(verdict, format, artifacts, { title = 'provenance-guard verify', extra = {}, } = {}) {
    if (format === 'json')
        return JSON.stringify({ ...(0,_core_report_index_js__WEBPACK_IMPORTED_MODULE_0__/* .toVerdictJson */ .R9)(verdict), ...extra }, null, 2);
    if (format === 'line')
        return (0,_core_report_index_js__WEBPACK_IMPORTED_MODULE_0__/* .renderVerdictLines */ .v3)(verdict, artifacts);
    return (0,_core_report_index_js__WEBPACK_IMPORTED_MODULE_0__/* .renderVerdictTable */ .G5)(verdict, title);
}


/***/ }),

/***/ 2987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DE: () => (/* binding */ assertReadable),
/* harmony export */   LD: () => (/* binding */ toInputs),
/* harmony export */   be: () => (/* binding */ formatOf),
/* harmony export */   cO: () => (/* binding */ tagOf),
/* harmony export */   ek: () => (/* binding */ parseVerifyArgs),
/* harmony export */   iP: () => (/* binding */ flagOf),
/* harmony export */   zB: () => (/* binding */ trustSourceOf)
/* harmony export */ });
/* unused harmony exports OUTPUT_FORMATS, signerWorkflowBuilderId */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9421);
/* harmony import */ var _core_url_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(38);
/* harmony import */ var _commands_verify_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6982);
/* harmony import */ var _core_policy_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5088);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7593);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5377);







/** The fields of the request, by the primary flag that fills them (aliases read into the same field). */
const PRIMARY_OF = {
    artifacts: '--artifact',
    provenance: '--bundle',
    expectedBuilderIds: '--expected-builder-id',
    expectedSourceRepo: '--repo',
    expectedOwner: '--owner',
    githubServerUrl: '--github-server-url',
    denySelfHostedRunners: '--deny-self-hosted-runners',
    tag: '--source-ref',
    commit: '--source-digest',
    expectedIssuer: '--expected-issuer',
    expectedSan: '--cert-identity',
    expectedRepositoryId: '--expected-repository-id',
    trust: '--custom-trusted-root/--offline/--tuf-mirror',
    rekorUrl: '--rekor-url',
    requireAllSubjects: '--require-all-subjects',
    override: '--override-reason/--override-approver/--override-expires',
    lookup: '--repo/--owner/--registry',
    bundleOut: '--bundle-out',
    githubApiUrl: '--github-api-url',
};
/** A field's flag as the user spelled it (`--tag` or `--source-ref`), for messages in their words. */
function flagOf(args) {
    return (field) => {
        const primary = PRIMARY_OF[field];
        return args.spelled[primary.slice(2)] ?? primary;
    };
}
/** `verify`'s argv: positional FILEs are artifacts, as `--artifact` ones. */
function parseVerifyArgs(argv) {
    const { values, spelled, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCommandArgs */ .Qx)(_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .VERIFY_FLAGS */ .Oi, argv, { positionals: true });
    const artifacts = [...positionals, ...(values.artifact ?? [])];
    return {
        values: artifacts.length > 0 ? { ...values, artifact: artifacts } : values,
        spelled,
    };
}
/** The output format: `--format` or `--json`, never two that disagree. */
function formatOf(values) {
    const format = values.format ?? (values.json ? 'json' : 'text');
    if (!OUTPUT_FORMATS.includes(format))
        throw new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GuardError */ .U$('input_invalid', `--format ${format} is not one of ${OUTPUT_FORMATS.join(', ')}`);
    if (values.json && format !== 'json')
        throw new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GuardError */ .U$('input_invalid', `--json and --format ${format} ask for different outputs`);
    return format;
}
const OUTPUT_FORMATS = ['text', 'json', 'line'];
/**
 * `--source-ref`: `refs/tags/TAG` or `TAG`, both the tag TAG; another ref (a branch) is refused, as the
 * policy pins tags only.
 */
function tagOf(ref, flag) {
    if (ref === undefined)
        return null;
    if (ref.startsWith('refs/tags/'))
        return ref.slice('refs/tags/'.length);
    if (ref.startsWith('refs/'))
        throw new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GuardError */ .U$('input_invalid', `${flag} ${ref} is not a tag: give refs/tags/TAG or TAG`);
    return ref;
}
/**
 * `--signer-workflow [HOST/]OWNER/NAME/.github/workflows/FILE[@REF]` as a builder ID pin: the Build Signer
 * URI is the builder ID for GitHub's attestations and reusable-workflow builders, and a pin without `@`
 * accepts any tagged version.
 */
function signerWorkflowBuilderId(workflow, githubServerUrl, flag = '--signer-workflow') {
    const rest = workflow.replace(/^https:\/\//, '');
    const at = rest.indexOf('@');
    const parts = (at === -1 ? rest : rest.slice(0, at)).split('/');
    const host = parts.length === 6 ? parts.shift() : null;
    const [owner, name, dotGithub, workflows, file] = parts;
    // A path segment is a name, never `.` or `..`.
    const slug = (part) => part !== undefined && /^[\w.-]+$/.test(part) && part !== '.' && part !== '..';
    if (parts.length !== 5 ||
        !slug(owner) ||
        !slug(name) ||
        dotGithub !== '.github' ||
        workflows !== 'workflows' ||
        !slug(file) ||
        (host !== null && !/^[\w.-]+(?::\d+)?$/.test(host)))
        throw new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GuardError */ .U$('input_invalid', `${flag} ${workflow} is not OWNER/NAME/.github/workflows/FILE (optionally HOST/ before it and @REF after)`);
    const server = host === null ? (0,_core_url_js__WEBPACK_IMPORTED_MODULE_6__/* .withoutTrailingSlashes */ .A)(githubServerUrl ?? _core_policy_index_js__WEBPACK_IMPORTED_MODULE_3__/* .GITHUB_SERVER_URL */ .m7) : `https://${host}`;
    return `${server}/${parts.join('/')}${at === -1 ? '' : rest.slice(at)}`;
}
function toInputs(args) {
    const { values } = args;
    const flag = (name) => args.spelled[name] ?? `--${name}`;
    const overrideFlags = [values['override-reason'], values['override-approver'], values['override-expires']];
    if (!values['allow-v02-override'] && overrideFlags.some((v) => v !== undefined)) {
        throw new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GuardError */ .U$('input_invalid', '--override-* flags need --allow-v02-override');
    }
    if (values.release === undefined && (values.artifact === undefined || values.artifact.length === 0))
        throw new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GuardError */ .U$('input_invalid', 'an artifact is required: FILE... or --artifact FILE (repeatable)');
    if (values.policy === undefined &&
        values.repo === undefined &&
        values.owner === undefined &&
        values['cert-identity'] === undefined) {
        throw new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GuardError */ .U$('input_invalid', 'an identity pin is required: --repo OWNER/NAME, --owner OWNER or --cert-identity URI (otherwise any signed provenance from any repository would verify)');
    }
    if (values['signer-workflow'] !== undefined && values['expected-builder-id'] !== undefined)
        throw new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GuardError */ .U$('input_invalid', '--signer-workflow and --expected-builder-id both pin the builder: give one of them');
    const builderIds = values['signer-workflow'] === undefined
        ? (values['expected-builder-id'] ?? [])
        : [signerWorkflowBuilderId(values['signer-workflow'], values['github-server-url'])];
    const lookedUp = values.bundle === undefined && values.release === undefined;
    return {
        artifacts: values.artifact ?? [],
        provenance: values.bundle ?? '',
        expectedBuilderIds: builderIds,
        expectedSourceRepo: values.repo ?? null,
        expectedOwner: values.owner ?? null,
        githubServerUrl: values['github-server-url'],
        denySelfHostedRunners: values['deny-self-hosted-runners'] ?? false,
        tag: tagOf(values['source-ref'], flag('source-ref')),
        commit: values['source-digest'] ?? null,
        expectedIssuer: values['expected-issuer'],
        expectedSan: values['cert-identity'] ?? null,
        expectedRepositoryId: values['expected-repository-id'] ?? null,
        trust: trustSourceOf(values, args.spelled),
        rekorUrl: values['rekor-url'] ?? null,
        requireAllSubjects: values['require-all-subjects'] ?? false,
        override: values['allow-v02-override']
            ? {
                reason: values['override-reason'] ?? '',
                approver: values['override-approver'] ?? '',
                expiresAt: values['override-expires'] ?? '',
            }
            : null,
        lookup: lookedUp
            ? { repo: values.repo ?? null, owner: values.owner ?? null, registry: values.registry ?? null }
            : null,
        bundleOut: values['bundle-out'] ?? null,
        githubApiUrl: values['github-api-url'] ?? null,
    };
}
/** The trust flags of `verify` and `verify-vsa`: one source, never two silently merged or one ignored. */
function trustSourceOf(values, spelled = {}) {
    if (values['custom-trusted-root'] !== undefined && values.offline)
        throw new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GuardError */ .U$('input_invalid', `${spelled['custom-trusted-root'] ?? '--custom-trusted-root'} and --offline exclude each other`);
    if (values.offline)
        return { kind: 'embedded' };
    if (values['custom-trusted-root'] !== undefined)
        return { kind: 'file', path: values['custom-trusted-root'] };
    return { kind: 'tuf', mirrorUrl: values['tuf-mirror'], rootPath: values['tuf-root'] };
}
/**
 * A file the user named that cannot be read as one is a usage problem (exit 2), not a verdict about the
 * release.
 */
async function assertReadable(request, spelled = {}) {
    const named = [
        ...(request.provenancePath === ''
            ? []
            : [
                [
                    spelled.bundle ?? '--bundle',
                    request.provenancePath,
                    'attestation_missing',
                    _commands_verify_index_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_PROVENANCE_BYTES */ .Dt,
                ],
            ]),
        ...request.artifactPaths.map((path) => ['--artifact', path, 'artifact_missing', Infinity]),
        ...(request.trust.kind === 'file'
            ? [
                [
                    '--custom-trusted-root',
                    request.trust.path,
                    'trust_root_unavailable',
                    _commands_verify_index_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_PROVENANCE_BYTES */ .Dt,
                ],
            ]
            : []),
    ];
    for (const [flag, path, code, maxBytes] of named) {
        const stats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch(() => null);
        if (stats === null)
            throw new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GuardError */ .U$(code, `${flag} ${path}: no such file`);
        if (!stats.isFile())
            throw new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GuardError */ .U$(code, `${flag} ${path} is a ${stats.isDirectory() ? 'directory' : 'special file'}, not a file`);
        if (stats.size > maxBytes)
            throw new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GuardError */ .U$(code, `${flag} ${path} is ${stats.size} bytes, over the ${maxBytes / 2 ** 20} MiB limit`);
        if (stats.size === 0 && flag !== '--artifact')
            throw new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GuardError */ .U$(code, `${flag} ${path} is empty`);
    }
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

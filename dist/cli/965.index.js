export const id = 965;
export const ids = [965];
export const modules = {

/***/ 8965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runManifest: () => (/* binding */ runManifest)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8016);
/* harmony import */ var _core_manifest_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(125);
/* harmony import */ var _core_report_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8332);
/* harmony import */ var _exit_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7632);






/** `manifest lint HEAD [--base BASE] [--now ISO] [--json]` and `manifest show FILE [--json]`. */
async function runManifest(argv, now) {
    const [sub, ...rest] = argv;
    if (sub === 'lint')
        return lint(rest, now);
    if (sub === 'show')
        return show(rest, now);
    throw new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .GuardError */ .U$('input_invalid', `manifest needs a subcommand: lint or show (got ${sub ?? 'nothing'})`);
}
async function lint(argv, defaultNow) {
    const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({ args: [...argv], allowPositionals: true, options: { base: { type: 'string' }, now: { type: 'string' }, json: { type: 'boolean' } } });
    const [headPath] = positionals;
    if (!headPath || positionals.length > 1)
        throw new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .GuardError */ .U$('input_invalid', 'manifest lint takes exactly one HEAD_FILE');
    const now = values.now === undefined ? defaultNow : new Date(values.now);
    if (Number.isNaN(now.getTime()))
        throw new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .GuardError */ .U$('input_invalid', `--now ${values.now} is not an ISO 8601 date-time`);
    const head = await readForLint(headPath);
    const base = values.base === undefined ? null : (0,_core_manifest_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parseManifest */ .Ng)(await readText(values.base), values.base);
    const violations = head.violations ?? (0,_core_manifest_index_js__WEBPACK_IMPORTED_MODULE_3__/* .lintManifest */ .XR)(head.manifest, base, now);
    const ok = violations.length === 0;
    const stdout = values.json
        ? JSON.stringify({ ok, violations }, null, 2)
        : ok ? `${headPath}: ok (${_core_manifest_index_js__WEBPACK_IMPORTED_MODULE_3__/* .LINT_RULES */ .wT.length} rules)` : violations.map(describe).join('\n');
    return { exitCode: ok ? 0 : _exit_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.rejected, stdout };
}
/** A schema mismatch is a violation to report; unreadable or foreign files are usage errors. */
async function readForLint(path) {
    const text = await readText(path);
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        return { manifest: (0,_core_manifest_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parseManifest */ .Ng)(text, path) };
    }
    const parsed = _core_manifest_index_js__WEBPACK_IMPORTED_MODULE_3__/* .ManifestSchema */ .pL.safeParse(json);
    if (parsed.success || json?.schema_version !== _core_manifest_index_js__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST_SCHEMA_VERSION */ .v5)
        return { manifest: (0,_core_manifest_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parseManifest */ .Ng)(text, path) };
    return {
        violations: parsed.error.issues.map((issue) => ({ rule: 'schema', tag: null, run_id: null, message: `${issue.path.join('.') || '(root)'}: ${issue.message}; fix the entry to match manifest-schema/manifest.schema.json` })),
    };
}
async function show(argv, now) {
    const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({ args: [...argv], allowPositionals: true, options: { json: { type: 'boolean' } } });
    const [path] = positionals;
    if (!path || positionals.length > 1)
        throw new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .GuardError */ .U$('input_invalid', 'manifest show takes exactly one FILE');
    const manifest = (0,_core_manifest_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parseManifest */ .Ng)(await readText(path), path);
    return { exitCode: 0, stdout: values.json ? JSON.stringify(manifest, null, 2) : [(0,_core_report_index_js__WEBPACK_IMPORTED_MODULE_4__/* .renderManifestTable */ .us)(manifest, now), (0,_core_report_index_js__WEBPACK_IMPORTED_MODULE_4__/* .renderManifestCounts */ .aq)(manifest)].filter(Boolean).join('\n\n') };
}
async function readText(path) {
    try {
        if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path)).size > _core_manifest_index_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_MANIFEST_BYTES */ .ZJ)
            throw new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .GuardError */ .U$('input_invalid', `${path} is larger than ${_core_manifest_index_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_MANIFEST_BYTES */ .ZJ} bytes: not a release manifest`);
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error instanceof _core_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .GuardError */ .U$)
            throw error;
        throw new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .GuardError */ .U$('input_invalid', `cannot read ${path}: ${error.message}`, { cause: error });
    }
}
function describe(v) {
    const where = v.tag === null ? 'manifest' : `${v.tag} (run ${v.run_id})`;
    return `${where}: [${v.rule}] ${v.message}`;
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
/** Linear interpolation between closest ranks, as PostgreSQL's percentile_cont: the page and the views agree. */
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
    { label: '< 1 s', below: 1 }, { label: '1–5 s', below: 5 }, { label: '5–30 s', below: 30 },
    { label: '30 s–2 min', below: 120 }, { label: '2–10 min', below: 600 }, { label: '10–60 min', below: 3600 },
    { label: '1–6 h', below: 6 * 3600 }, { label: '6–24 h', below: 86_400 }, { label: '≥ 1 day', below: Infinity },
];
function distribution(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const counts = BUCKETS.map(({ label }) => ({ label, count: 0 }));
    for (const value of sorted)
        counts[BUCKETS.findIndex(({ below }) => value < below)].count++;
    const first = counts.findIndex(({ count }) => count > 0);
    const last = counts.findLastIndex(({ count }) => count > 0);
    return {
        kind: 'samples', samples: sorted.length, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted.at(-1) ?? null,
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
    return [...counts].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}


/***/ }),

/***/ 125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wT: () => (/* reexport */ LINT_RULES),
  v5: () => (/* reexport */ MANIFEST_SCHEMA_VERSION),
  ZJ: () => (/* reexport */ MAX_MANIFEST_BYTES),
  pL: () => (/* reexport */ ManifestSchema),
  k2: () => (/* reexport */ schema_entryKey),
  XR: () => (/* reexport */ lintManifest),
  AV: () => (/* reexport */ overrideWindowProblem),
  Ng: () => (/* reexport */ parseManifest)
});

// UNUSED EXPORTS: ENTRY_STATUSES, EVENT_NAMES, HistoryEntrySchema, MAX_OVERRIDE_DAYS, ManifestEntrySchema, NOTIFY_CLAIM_TTL_MS, OverrideSchema, TRANSITIONS, VerdictFactsSchema, applyEvent, defaultManifestPath, emptyManifest, isLegalStatusChange, serializeManifest, toVerdictFacts

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(4377);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./src/core/errors/index.ts + 3 modules
var errors = __webpack_require__(8016);
;// CONCATENATED MODULE: ./src/core/manifest/schema.ts


const MANIFEST_SCHEMA_VERSION = 1;
const ENTRY_STATUSES = ['pending', 'success', 'failure', 'requeued', 'rerun_in_progress', 'blocked', 'rollback'];
const EVENT_NAMES = [
    'validated', 'failed', 'notify_claimed', 'notified', 'issue_opened', 'escalated', 'requeued', 'rerun_started', 'rerun_succeeded',
    'rerun_failed', 'blocked', 'rolled_back', 'override_granted', 'override_revoked',
];
const isoDateTime = iso/* datetime */.w$({ offset: true });
const runId = schemas/* number */.aig().int().positive();
const HistoryEntrySchema = schemas/* object */.Ikc({
    at: isoDateTime,
    event: schemas/* enum */.k5n(EVENT_NAMES),
    actor: schemas/* string */.YjP().min(1),
    run_id: runId,
    run_attempt: schemas/* number */.aig().int().positive(),
    from: schemas/* enum */.k5n(ENTRY_STATUSES).nullable(),
    to: schemas/* enum */.k5n(ENTRY_STATUSES),
    reason: schemas/* string */.YjP().max(500).nullable(),
}).strict();
const OverrideSchema = schemas/* object */.Ikc({
    reason: schemas/* string */.YjP().min(1).max(500),
    approver: schemas/* string */.YjP().min(1).max(100),
    granted_at: isoDateTime,
    expires_at: isoDateTime,
    revoked_at: isoDateTime.nullable(),
}).strict();
const VerdictFactsSchema = schemas/* object */.Ikc({
    predicate_type: schemas/* string */.YjP(),
    builder_id: schemas/* string */.YjP(),
    source_repository: schemas/* string */.YjP().nullable(),
    source_ref: schemas/* string */.YjP().nullable(),
    source_commit: schemas/* string */.YjP().nullable(),
    subjects: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP(), digest: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()) }).strict()),
    verifier: schemas/* string */.YjP(),
}).strict();
/** One release verification: a (tag, run_id) pair and everything governance needs to know about it. */
const ManifestEntrySchema = schemas/* object */.Ikc({
    tag: schemas/* string */.YjP().min(1),
    run_id: runId,
    run_attempt: schemas/* number */.aig().int().positive(),
    artifact_url: schemas/* string */.YjP().nullable(),
    status: schemas/* enum */.k5n(ENTRY_STATUSES),
    verified_at: isoDateTime.nullable(),
    failure_reason: schemas/* enum */.k5n(errors/* FAILURE_CODES */.sR).nullable(),
    /** The notifier that holds this failure's notification, so concurrent notifiers announce it once. */
    notify_claim: schemas/* object */.Ikc({ id: schemas/* string */.YjP().min(1).max(100), at: isoDateTime }).strict().nullable(),
    notify_slack: schemas/* boolean */.zMY(),
    slack_retry: schemas/* number */.aig().int().min(0).max(1),
    issue_number: schemas/* number */.aig().int().positive().nullable(),
    requeue: schemas/* boolean */.zMY(),
    requeue_reason: schemas/* string */.YjP().max(500).nullable(),
    rerun_in_progress: schemas/* boolean */.zMY(),
    governance_flag: schemas/* enum */.k5n(['override', 'rollback']).nullable(),
    override: OverrideSchema.nullable(),
    verdict: VerdictFactsSchema.nullable(),
    notes: schemas/* array */.YOg(schemas/* string */.YjP().max(500)),
    history: schemas/* array */.YOg(HistoryEntrySchema).min(1),
}).strict();
const ManifestSchema = schemas/* object */.Ikc({
    schema_version: schemas/* literal */.euz(MANIFEST_SCHEMA_VERSION),
    entries: schemas/* array */.YOg(ManifestEntrySchema),
}).strict();
function emptyManifest() {
    return { schema_version: MANIFEST_SCHEMA_VERSION, entries: [] };
}
const schema_entryKey = (entry) => `${entry.tag}#${entry.run_id}`;

;// CONCATENATED MODULE: ./src/core/manifest/parse.ts


/** Governance manifests are small; anything larger is refused before it is parsed. */
const MAX_MANIFEST_BYTES = 5 * 1024 * 1024;
/** Text → a schema-valid manifest with unique (tag, run_id) entries, or `input_invalid` saying why. */
function parseManifest(text, origin) {
    if (Buffer.byteLength(text) > MAX_MANIFEST_BYTES) {
        throw new errors/* GuardError */.U$('input_invalid', `${origin} is larger than ${MAX_MANIFEST_BYTES} bytes: not a release manifest`);
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new errors/* GuardError */.U$('input_invalid', `${origin} is not JSON`);
    }
    const version = json?.schema_version;
    if (version !== MANIFEST_SCHEMA_VERSION) {
        throw new errors/* GuardError */.U$('input_invalid', `${origin} has schema_version ${JSON.stringify(version)}; this version of provenance-guard reads ${MANIFEST_SCHEMA_VERSION}`);
    }
    const parsed = ManifestSchema.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new errors/* GuardError */.U$('input_invalid', `${origin} does not match the manifest schema at ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
    }
    const seen = new Set();
    for (const entry of parsed.data.entries) {
        const key = schema_entryKey(entry);
        if (seen.has(key))
            throw new errors/* GuardError */.U$('input_invalid', `${origin} has two entries for tag ${entry.tag}, run ${entry.run_id}`);
        seen.add(key);
    }
    return parsed.data;
}
function serializeManifest(manifest) {
    return `${JSON.stringify(manifest, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/core/manifest/transitions.ts
const ANNOUNCEABLE = ['failure', 'requeued', 'rerun_in_progress', 'blocked'];
const ANY_ENTRY = ['pending', 'success', 'failure', 'requeued', 'rerun_in_progress', 'blocked', 'rollback'];
/**
 * The status machine: from which statuses an event may be applied and where it leads (`same`:
 * the status does not change). Everything not listed is refused.
 */
const transitions_TRANSITIONS = {
    validated: { from: ['absent', 'pending'], to: 'success' },
    failed: { from: ['absent', 'pending'], to: 'failure' },
    notify_claimed: { from: ANNOUNCEABLE, to: 'same' },
    notified: { from: ANNOUNCEABLE, to: 'same' },
    issue_opened: { from: ANNOUNCEABLE, to: 'same' },
    escalated: { from: ANNOUNCEABLE, to: 'same' },
    requeued: { from: ['failure'], to: 'requeued' },
    rerun_started: { from: ['failure', 'requeued'], to: 'rerun_in_progress' },
    rerun_succeeded: { from: ['rerun_in_progress'], to: 'success' },
    rerun_failed: { from: ['rerun_in_progress'], to: 'failure' },
    blocked: { from: ['failure', 'requeued', 'rerun_in_progress'], to: 'blocked' },
    rolled_back: { from: ['success'], to: 'rollback' },
    override_granted: { from: ANY_ENTRY, to: 'same' },
    override_revoked: { from: ANY_ENTRY, to: 'same' },
};
/** Whether a status change seen between two manifest versions is one the machine can make. */
function isLegalStatusChange(from, to) {
    if (from === to)
        return true;
    const source = from ?? 'absent';
    return Object.values(transitions_TRANSITIONS).some((t) => t.to === to && t.from.includes(source))
        || (source === 'absent' && to === 'pending');
}

;// CONCATENATED MODULE: ./src/core/manifest/apply.ts



/** A claim older than this belongs to a notifier that died: another may take over. */
const NOTIFY_CLAIM_TTL_MS = (/* unused pure expression or super */ null && (10 * 60_000));
/** Pure: manifest + event → new manifest, a no-op that says why, or a refusal. */
function applyEvent(manifest, event) {
    const key = entryKey(event);
    const index = manifest.entries.findIndex((entry) => entryKey(entry) === key);
    const current = index >= 0 ? manifest.entries[index] : null;
    const noop = (message) => ({ ok: true, manifest, changed: false, message });
    // Claims are told apart by their id, not by who and when: the claim guard below handles them.
    if (event.event !== 'notify_claimed' && current?.history.some((h) => h.event === event.event && h.at === event.at && h.actor === event.actor && h.run_attempt === event.run_attempt)) {
        return noop(`${event.event} at ${event.at} is already recorded`);
    }
    const guard = idempotencyGuard(current, event);
    if (guard)
        return noop(guard);
    const transition = TRANSITIONS[event.event];
    const from = current?.status ?? 'absent';
    if (!transition.from.includes(from)) {
        return { ok: false, reason: `${event.event} is not allowed for tag ${event.tag} run ${event.run_id} in status ${from}` };
    }
    const base = current ?? newEntry(event);
    const to = transition.to === 'same' ? base.status : transition.to;
    const effects = applyEffects(base, event);
    if (!effects.ok)
        return effects;
    const entry = {
        ...effects.entry,
        status: to,
        run_attempt: Math.max(base.run_attempt, event.run_attempt),
        history: [...base.history, {
                at: event.at, event: event.event, actor: event.actor, run_id: event.run_id, run_attempt: event.run_attempt,
                from: current ? current.status : null, to, reason: event.reason ?? null,
            }],
    };
    const entries = index >= 0 ? manifest.entries.map((e, i) => (i === index ? entry : e)) : [...manifest.entries, entry];
    return { ok: true, manifest: { ...manifest, entries }, changed: true, message: `${event.event}: ${from} → ${to}` };
}
/** The guards that make notification and reruns idempotent across retries and reruns. */
function idempotencyGuard(current, event) {
    if (current === null)
        return null;
    if (event.event === 'issue_opened' && current.issue_number !== null) {
        return `issue #${current.issue_number} is already recorded for tag ${event.tag} run ${event.run_id}; not notifying twice`;
    }
    if (event.event === 'notify_claimed' && current.notify_claim) {
        if (current.notify_claim.id === event.claim_id)
            return `notifier ${event.claim_id} already holds the claim`;
        // Once announced, later notifiers (reruns) may claim: they comment on the issue, never open one.
        const announced = current.issue_number !== null || current.notify_slack;
        if (!announced && Date.parse(event.at) - Date.parse(current.notify_claim.at) < NOTIFY_CLAIM_TTL_MS) {
            return `notifier ${current.notify_claim.id} is already announcing the failure of tag ${event.tag} run ${event.run_id}`;
        }
    }
    if (event.event === 'rerun_started' && current.rerun_in_progress) {
        return `a rerun of tag ${event.tag} run ${event.run_id} is already in progress`;
    }
    if (event.event === 'validated' && current.status === 'success')
        return `tag ${event.tag} run ${event.run_id} is already verified`;
    if (event.event === 'failed' && current.status === 'failure' && current.failure_reason === event.failure_reason) {
        return `the failure of tag ${event.tag} run ${event.run_id} is already recorded`;
    }
    return null;
}
function newEntry(event) {
    return {
        tag: event.tag, run_id: event.run_id, run_attempt: event.run_attempt, artifact_url: null, status: 'pending',
        verified_at: null, failure_reason: null, notify_claim: null, notify_slack: false, slack_retry: 0, issue_number: null, requeue: false,
        requeue_reason: null, rerun_in_progress: false, governance_flag: null, override: null, verdict: null, notes: [], history: [],
    };
}

;// CONCATENATED MODULE: ./src/core/manifest/override-window.ts
const MAX_OVERRIDE_DAYS = 7;
const DAY_MS = 86_400_000;
/** Overrides are time-bound: they must expire after they start and within MAX_OVERRIDE_DAYS. */
function overrideWindowProblem(start, expiresAt) {
    const span = expiresAt.getTime() - start.getTime();
    if (Number.isNaN(span))
        return 'expires_at is not a date';
    if (span <= 0)
        return `expires_at ${expiresAt.toISOString()} is not after ${start.toISOString()}`;
    if (span > MAX_OVERRIDE_DAYS * DAY_MS)
        return `expires more than ${MAX_OVERRIDE_DAYS} days after ${start.toISOString()}: overrides are time-bound`;
    return null;
}

;// CONCATENATED MODULE: ./src/core/manifest/lint.ts



const LINT_RULES = [
    'schema', 'entry_removed', 'history_rewritten', 'illegal_transition', 'override_invalid', 'issue_number_changed', 'success_incomplete',
];
/** Governance rules for a manifest change: nothing is lost, history only grows, every step is legal. */
function lintManifest(head, base, now) {
    const baseEntries = new Map((base?.entries ?? []).map((entry) => [schema_entryKey(entry), entry]));
    const headKeys = new Set(head.entries.map(schema_entryKey));
    const removed = [...baseEntries.values()].filter((entry) => !headKeys.has(schema_entryKey(entry))).map((entry) => violation('entry_removed', entry, 'the entry was removed; manifests are append-only: restore it (record a rollback or a new run instead of deleting)'));
    return [...removed, ...head.entries.flatMap((entry) => lintEntry(entry, baseEntries.get(schema_entryKey(entry)) ?? null, now))];
}
function lintEntry(entry, before, now) {
    return [...lintAgainstBase(entry, before), ...lintHistory(entry), ...lintOverride(entry, before, now), ...lintSuccess(entry)];
}
function lintAgainstBase(entry, before) {
    if (before === null)
        return [];
    const found = [];
    const prefixKept = before.history.every((item, i) => JSON.stringify(item) === JSON.stringify(entry.history[i]));
    // With the base history kept, lintHistory proves every later step legal, so the status path is too.
    if (!prefixKept)
        found.push(violation('history_rewritten', entry, 'history entries were changed or removed; history is append-only: restore the base history and append'));
    if (before.issue_number !== null && entry.issue_number !== before.issue_number) {
        found.push(violation('issue_number_changed', entry, `issue_number changed from ${before.issue_number} to ${entry.issue_number}; once set it never changes (comment on the existing issue instead)`));
    }
    return found;
}
function lintHistory(entry) {
    let previous = null;
    for (const step of entry.history) {
        if (step.from !== previous || !isLegalStatusChange(step.from, step.to)) {
            return [violation('illegal_transition', entry, `history step ${step.event} goes ${step.from ?? '(new)'} → ${step.to} after ${previous ?? '(new)'}; it is not a legal transition`)];
        }
        previous = step.to;
    }
    return previous === entry.status ? [] : [violation('illegal_transition', entry, `status ${entry.status} is not where the history ends (${previous}); status changes only through recorded events`)];
}
function lintOverride(entry, before, now) {
    const override = entry.override;
    if (override === null) {
        return entry.governance_flag === 'override' ? [violation('override_invalid', entry, 'governance_flag is override but no override is recorded: record reason, approver and expires_at')] : [];
    }
    const problem = overrideWindowProblem(new Date(override.granted_at), new Date(override.expires_at));
    if (problem)
        return [violation('override_invalid', entry, `override ${problem}`)];
    const isNew = JSON.stringify(before?.override ?? null) !== JSON.stringify(override);
    if (isNew && override.revoked_at === null && Date.parse(override.expires_at) <= now.getTime()) {
        return [violation('override_invalid', entry, `the override added here already expired at ${override.expires_at}; grant a new one with a future expires_at`)];
    }
    return [];
}
function lintSuccess(entry) {
    if (entry.status !== 'success')
        return [];
    const verdict = entry.verdict;
    const missing = [
        entry.verified_at === null ? 'verified_at' : null,
        verdict === null ? 'verdict' : null,
        verdict && verdict.builder_id === '' ? 'builder_id' : null,
        verdict && verdict.subjects.length === 0 ? 'subjects' : null,
        verdict && verdict.source_commit === null ? 'source_commit' : null,
    ].filter((field) => field !== null);
    return missing.length === 0 ? [] : [violation('success_incomplete', entry, `a success entry must carry ${missing.join(', ')}; only a verified provenance can be recorded as success`)];
}
function violation(rule, entry, message) {
    return { rule, tag: entry.tag, run_id: entry.run_id, message };
}

;// CONCATENATED MODULE: ./src/core/manifest/index.ts











/***/ }),

/***/ 8332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aq: () => (/* reexport */ renderManifestCounts),
  us: () => (/* reexport */ renderManifestTable),
  G5: () => (/* reexport */ renderVerdictTable),
  R9: () => (/* reexport */ toVerdictJson)
});

// UNUSED EXPORTS: countManifest, manifestPieCharts

// EXTERNAL MODULE: ./src/core/errors/index.ts + 3 modules
var errors = __webpack_require__(8016);
;// CONCATENATED MODULE: ./src/core/report/verdict-json.ts

function toVerdictJson(verdict) {
    const facts = verdict.facts;
    return {
        verified: verdict.verified,
        failure_reason: verdict.failureReason,
        runbook: verdict.failureReason ? (0,errors/* runbookPath */.uM)(verdict.failureReason) : null,
        checks: verdict.checks.map(toCheckJson),
        predicate_type: facts?.predicateType || null,
        builder_id: facts?.builderId ?? null,
        source_repo: facts?.sourceRepository ?? null,
        source_ref: facts?.sourceRef ?? null,
        source_commit: facts?.sourceCommits[0] ?? null,
        subjects: verdict.subjects.map((s) => ({ name: s.name, digest: { ...s.digest } })),
        verifier: verdict.verifier,
    };
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
            return `${head}${check.expected}`;
        if (check.status === 'passed')
            return `${head}${check.actual}`;
        return `${head}expected: ${check.expected}\n${pad}actual:   ${check.actual}`;
    });
    const outcome = verdict.verified ? 'VERIFIED' : `REJECTED (${verdict.failureReason})`;
    const lines = [`${title}: ${outcome}`, '', ...rows];
    if (verdict.failureReason) {
        lines.push('', `${verdict.failureReason}: ${errors/* FAILURE_CATALOG */.PR[verdict.failureReason].meaning}`, `runbook: ${(0,errors/* runbookPath */.uM)(verdict.failureReason)}`);
    }
    return lines.join('\n');
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
/** Mermaid pies for a job summary: entries by status and, when any entry failed, by failure code. */
function manifestPieCharts(manifest) {
    const { statuses, failureCodes } = countManifest(manifest);
    const pie = (title, counts) => ['```mermaid', `pie showData title ${title}`, ...counts.map(({ label, count }) => `  "${label}" : ${count}`), '```'].join('\n');
    return [
        ...(statuses.length > 0 ? [pie('Manifest entries by status', statuses)] : []),
        ...(failureCodes.length > 0 ? [pie('Failure codes', failureCodes)] : []),
    ].join('\n\n');
}

;// CONCATENATED MODULE: ./src/core/report/manifest-table.ts

const COLUMNS = ['STATUS', 'TAG', 'RUN', 'FAILURE', 'ISSUE', 'FLAG', 'AGE'];
/** `manifest show`: one row per entry, newest activity first. */
function renderManifestTable(manifest, now) {
    if (manifest.entries.length === 0)
        return 'The manifest has no entries.';
    const rows = [...manifest.entries]
        .map((entry) => ({ entry, last: Date.parse(entry.history.at(-1)?.at ?? '') }))
        .sort((a, b) => b.last - a.last)
        .map(({ entry, last }) => [
        entry.status, entry.tag, `${entry.run_id}#${entry.run_attempt}`, entry.failure_reason ?? '-',
        entry.issue_number === null ? '-' : `#${entry.issue_number}`, entry.governance_flag ?? '-', age(now.getTime() - last),
    ]);
    const widths = COLUMNS.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
    const line = (cells) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd();
    return [line(COLUMNS), ...rows.map(line)].join('\n');
}
/** The lines under the table: entries per status and per failure code; nothing for an empty manifest. */
function renderManifestCounts(manifest) {
    const { entries, statuses, failureCodes } = countManifest(manifest);
    if (entries === 0)
        return '';
    const list = (counts) => counts.map(({ label, count }) => `${count} ${label}`).join(', ');
    return [`${entries} ${entries === 1 ? 'entry' : 'entries'}: ${list(statuses)}`, ...(failureCodes.length > 0 ? [`failure codes: ${list(failureCodes)}`] : [])].join('\n');
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

;// CONCATENATED MODULE: ./src/core/report/index.ts






/***/ })

};

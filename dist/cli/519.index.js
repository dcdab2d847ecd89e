export const id = 519;
export const ids = [519];
export const modules = {

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ parseArgsOnce)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9421);


/**
 * `parseArgs`, strict, where a flag that takes one value may be given once: `--provenance a
 * --provenance b` is a usage error, not a silent choice of the last one.
 */
function parseArgsOnce(config) {
    const parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ ...config, strict: true, tokens: true });
    const seen = new Set();
    for (const token of parsed.tokens ?? []) {
        if (token.kind !== 'option' || config.options?.[token.name]?.multiple)
            continue;
        if (seen.has(token.name))
            throw new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GuardError */ .U$('input_invalid', `--${token.name} was given more than once; it takes one value`);
        seen.add(token.name);
    }
    return parsed;
}


/***/ }),

/***/ 9355:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wT: () => (/* reexport */ LINT_RULES),
  ZJ: () => (/* reexport */ MAX_MANIFEST_BYTES),
  HH: () => (/* reexport */ describeInvalidEntry),
  k2: () => (/* reexport */ schema_entryKey),
  XR: () => (/* reexport */ lintManifest),
  AV: () => (/* reexport */ override_window_overrideWindowProblem),
  Ng: () => (/* reexport */ parseManifest),
  WI: () => (/* reexport */ readManifest)
});

// UNUSED EXPORTS: CREATING_EVENTS, ENTRY_STATUSES, EVENT_NAMES, HistoryEntrySchema, MANIFEST_HOME_RULE, MANIFEST_SCHEMA_VERSION, MAX_OVERRIDE_DAYS, ManifestEntrySchema, ManifestSchema, NOTIFY_CLAIM_TTL_MS, OverrideSchema, TRANSITIONS, VerdictFactsSchema, applyEvent, emptyManifest, manifestPathForRun, postAttemptOf, rerunClaimOf, serializeManifest, statusAfter, stepClaimId, takesOver, toVerdictFacts, verdictDigest, violation

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(4377);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./src/core/errors/index.ts + 6 modules
var errors = __webpack_require__(9421);
;// CONCATENATED MODULE: ./src/core/manifest/location.ts
/**
 * Where every entry lives, whichever action (validate, notify, recover, rollback) and whatever day it runs.
 */
const MANIFEST_HOME_RULE = 'Each entry lives in docs/reports/<YYYY-MM-DD>/manifest.json, where the date is the UTC day of its release ' +
    "run's created_at (GET /repos/{owner}/{repo}/actions/runs/{run_id}); reruns keep the run and so the file. An explicit manifest-path " +
    'puts every entry in that one file instead.';
/**
 * The home of a release run's entries: the UTC day the run was created, never the day a job happens to run.
 */
function manifestPathForRun(runCreatedAt) {
    return `docs/reports/${runCreatedAt.toISOString().slice(0, 10)}/manifest.json`;
}

;// CONCATENATED MODULE: ./src/core/manifest/schema.ts



const MANIFEST_SCHEMA_VERSION = 1;
const ENTRY_STATUSES = [
    'pending',
    'success',
    'failure',
    'requeued',
    'rerun_in_progress',
    'blocked',
    'rollback',
];
const EVENT_NAMES = [
    'validated',
    'failed',
    'notify_claimed',
    'notified',
    'issue_opened',
    'escalated',
    'requeued',
    'rerun_started',
    'rerun_succeeded',
    'rerun_failed',
    'blocked',
    'rolled_back',
    'override_granted',
    'override_revoked',
    'rerun_not_started',
    'notify_released',
    'post_attempted',
    'post_refused',
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
    /**
     * On `validated` and `rerun_succeeded`: the SHA-256 of the verdict facts the step recorded, so lint can
     * tie the entry's verdict to it.
     */
    verdict_sha256: schemas/* string */.YjP()
        .regex(/^[0-9a-f]{64}$/)
        .optional(),
    /**
     * On `rerun_started`, `notify_claimed` and `post_attempted`: the step that claimed
     * (`<run id>/<job>#<attempt>`), so it knows its own claim when it finds it applied.
     */
    claim_id: schemas/* string */.YjP().min(1).max(100).optional(),
    /** On `post_attempted` and `post_refused`: the Slack channel. */
    channel: schemas/* enum */.k5n(['slack', 'summary']).optional(),
})
    .strict();
const OverrideSchema = schemas/* object */.Ikc({
    reason: schemas/* string */.YjP().min(1).max(500),
    approver: schemas/* string */.YjP().min(1).max(100),
    granted_at: isoDateTime,
    expires_at: isoDateTime,
    revoked_at: isoDateTime.nullable(),
    /**
     * The governance workflow run that granted it: GitHub, not the manifest, says who dispatched it, where
     * and when.
     */
    granted_by_run: schemas/* number */.aig().int().positive().optional(),
})
    .strict();
const VerdictFactsSchema = schemas/* object */.Ikc({
    predicate_type: schemas/* string */.YjP(),
    builder_id: schemas/* string */.YjP(),
    source_repository: schemas/* string */.YjP().nullable(),
    source_ref: schemas/* string */.YjP().nullable(),
    source_commit: schemas/* string */.YjP().nullable(),
    subjects: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP(), digest: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()) }).strict()),
    verifier: schemas/* string */.YjP(),
    /** SHA-256 of the policy file the release was verified under. */
    policy_sha256: schemas/* string */.YjP()
        .regex(/^[0-9a-f]{64}$/)
        .optional(),
    /** The published release's assets, when the release itself was verified (artifact-source: release). */
    release_assets: schemas/* array */.YOg(schemas/* object */.Ikc({
        name: schemas/* string */.YjP().min(1),
        size: schemas/* number */.aig().int().min(0),
        sha256: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/),
    })
        .strict())
        .optional(),
})
    .strict();
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
    notify_claim: schemas/* object */.Ikc({ id: schemas/* string */.YjP().min(1).max(100), at: isoDateTime })
        .strict()
        .nullable(),
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
})
    .strict();
const ManifestSchema = schemas/* object */.Ikc({
    schema_version: schemas/* literal */.euz(MANIFEST_SCHEMA_VERSION),
    entries: schemas/* array */.YOg(ManifestEntrySchema).describe(MANIFEST_HOME_RULE),
})
    .strict();
function emptyManifest() {
    return { schema_version: MANIFEST_SCHEMA_VERSION, entries: [] };
}
const schema_entryKey = (entry) => `${entry.tag}#${entry.run_id}`;

;// CONCATENATED MODULE: ./src/core/manifest/parse.ts



/**
 * GitHub serves files up to 100 MB through the contents API (raw media type); anything larger is refused
 * before it is parsed.
 */
const MAX_MANIFEST_BYTES = 100 * 1024 * 1024;
const ManifestShellSchema = schemas/* object */.Ikc({ schema_version: schemas/* literal */.euz(MANIFEST_SCHEMA_VERSION), entries: schemas/* array */.YOg(schemas/* unknown */.L5J()) })
    .strict();
/** Text → a schema-valid manifest with unique (tag, run_id) entries, or `input_invalid` saying why. */
function parseManifest(text, origin) {
    const { manifest, invalid } = readManifest(text, origin);
    const [first] = invalid;
    if (first) {
        const more = invalid.length > 1 ? ` (and ${invalid.length - 1} more invalid entries)` : '';
        throw new errors/* GuardError */.U$('input_invalid', `${origin} does not match the manifest schema: ${describeInvalidEntry(first)}${more}`);
    }
    return manifest;
}
/**
 * Like `parseManifest`, but an entry that does not match the schema is set aside and named instead
 * of sinking the file; a file that is not a manifest at all (not JSON, another version) is still refused.
 */
function readManifest(text, origin) {
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
    const shell = ManifestShellSchema.safeParse(json);
    if (!shell.success)
        throw new errors/* GuardError */.U$('input_invalid', `${origin} does not match the manifest schema: ${(0,errors/* describeIssue */.n6)(shell.error.issues[0], json)}`);
    const entries = [];
    const invalid = [];
    shell.data.entries.forEach((raw, index) => {
        const entry = ManifestEntrySchema.safeParse(raw);
        if (entry.success)
            entries.push(entry.data);
        else
            invalid.push({
                index,
                ...identify(raw),
                problem: (0,errors/* describeIssue */.n6)(entry.error.issues[0], raw),
                problems: entry.error.issues.length,
            });
    });
    const seen = new Set();
    for (const entry of entries) {
        const key = schema_entryKey(entry);
        if (seen.has(key))
            throw new errors/* GuardError */.U$('input_invalid', `${origin} has two entries for tag ${entry.tag}, run ${entry.run_id}`);
        seen.add(key);
    }
    return { manifest: { schema_version: MANIFEST_SCHEMA_VERSION, entries }, invalid };
}
function describeInvalidEntry(entry) {
    const who = entry.tag !== null || entry.run_id !== null
        ? `entry ${entry.tag ?? '(no tag)'} (run ${entry.run_id ?? '?'})`
        : `entry ${entry.index + 1}`;
    const more = entry.problems > 1 ? ` and ${entry.problems - 1} more problem${entry.problems > 2 ? 's' : ''}` : '';
    return `${who}: ${entry.problem}${more}`;
}
function identify(raw) {
    const { tag, run_id: runId } = (typeof raw === 'object' && raw !== null ? raw : {});
    return {
        tag: typeof tag === 'string' && tag !== '' ? tag : null,
        run_id: Number.isSafeInteger(runId) ? runId : null,
    };
}
function serializeManifest(manifest) {
    return `${JSON.stringify(manifest, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/core/manifest/transitions.ts
/**
 * Where a failure can be announced: a failed entry, and a verified one whose release failed after the
 * verification (publishing, the release's own validation, the verification summary).
 */
const ANNOUNCEABLE = ['failure', 'requeued', 'rerun_in_progress', 'blocked', 'success'];
const ANY_ENTRY = [
    'pending',
    'success',
    'failure',
    'requeued',
    'rerun_in_progress',
    'blocked',
    'rollback',
];
/**
 * The status machine: from which statuses an event may be applied and where it leads (`same`: the status does
 * not change). Everything not listed is refused. `rerun_not_started` and `notify_released` are compensations:
 * they undo a claim whose effect failed, so the operation can be retried.
 */
const transitions_TRANSITIONS = {
    validated: { from: ['absent', 'pending'], to: 'success' },
    failed: { from: ['absent', 'pending'], to: 'failure' },
    notify_claimed: { from: ANNOUNCEABLE, to: 'same' },
    notify_released: { from: ANNOUNCEABLE, to: 'same' },
    post_attempted: { from: ANNOUNCEABLE, to: 'same' },
    post_refused: { from: ANNOUNCEABLE, to: 'same' },
    notified: { from: ANNOUNCEABLE, to: 'same' },
    issue_opened: { from: ANNOUNCEABLE, to: 'same' },
    escalated: { from: ANNOUNCEABLE, to: 'same' },
    requeued: { from: ['failure'], to: 'requeued' },
    // From rerun_in_progress only when a later attempt of the claiming step takes its claim over (apply.ts).
    rerun_started: { from: ['failure', 'requeued', 'rerun_in_progress'], to: 'rerun_in_progress' },
    rerun_not_started: { from: ['rerun_in_progress'], to: 'requeued' },
    rerun_succeeded: { from: ['rerun_in_progress'], to: 'success' },
    rerun_failed: { from: ['rerun_in_progress'], to: 'failure' },
    blocked: { from: ['failure', 'requeued', 'rerun_in_progress'], to: 'blocked' },
    rolled_back: { from: ['success'], to: 'rollback' },
    override_granted: { from: ANY_ENTRY, to: 'same' },
    override_revoked: { from: ANY_ENTRY, to: 'same' },
};
/**
 * Where `event` takes an entry in status `from` (null: a new entry), or null when the event cannot apply
 * there.
 */
function statusAfter(event, from) {
    const transition = transitions_TRANSITIONS[event];
    if (!transition.from.includes(from ?? 'absent'))
        return null;
    if (transition.to !== 'same')
        return transition.to;
    return from;
}
/** The events that may open a new entry. */
const CREATING_EVENTS = Object.keys(transitions_TRANSITIONS).filter((e) => transitions_TRANSITIONS[e].from.includes('absent'));

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/core/manifest/verdict-facts.ts

/** The manifest's record of a verified provenance; only a `VerifiedProvenance` can become one. */
function verdict_facts_toVerdictFacts(provenance) {
    return {
        predicate_type: provenance.predicateType,
        builder_id: provenance.builderId,
        source_repository: provenance.sourceRepository,
        source_ref: provenance.sourceRef,
        source_commit: provenance.sourceCommit,
        subjects: provenance.subjects.map((s) => ({ name: s.name, digest: { ...s.digest } })),
        verifier: provenance.verifier,
        ...(provenance.policySha256 ? { policy_sha256: provenance.policySha256 } : {}),
        ...(provenance.releaseAssets
            ? {
                release_assets: provenance.releaseAssets.map((a) => ({
                    name: a.name,
                    size: a.size,
                    sha256: a.sha256,
                })),
            }
            : {}),
    };
}
/**
 * SHA-256 of the facts as canonical JSON (keys sorted), so reordering keys in the file does not change it.
 */
function verdict_facts_verdictDigest(facts) {
    return (0,external_node_crypto_.createHash)('sha256').update(canonicalJson(facts)).digest('hex');
}
function byCodeUnits(a, b) {
    if (a < b)
        return -1;
    return a > b ? 1 : 0;
}
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value).sort(([a], [b]) => byCodeUnits(a, b));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
    }
    return JSON.stringify(value);
}

;// CONCATENATED MODULE: ./src/core/manifest/effects.ts


/** What each event changes in an entry besides its status and history. */
function effects_applyEffects(entry, event) {
    const done = (changes) => ({
        ok: true,
        entry: { ...entry, ...changes },
    });
    switch (event.event) {
        case 'validated':
        case 'rerun_succeeded':
            return done({
                verdict: toVerdictFacts(event.provenance),
                verified_at: event.at,
                failure_reason: null,
                requeue: false,
                requeue_reason: null,
                rerun_in_progress: false,
                ...('artifact_url' in event && event.artifact_url ? { artifact_url: event.artifact_url } : {}),
            });
        case 'failed':
            return done({
                failure_reason: event.failure_reason,
                requeue: true,
                requeue_reason: event.reason ?? event.failure_reason,
                ...(event.artifact_url ? { artifact_url: event.artifact_url } : {}),
            });
        case 'rerun_failed':
            return done({
                failure_reason: event.failure_reason,
                rerun_in_progress: false,
                requeue: true,
                requeue_reason: event.reason ?? event.failure_reason,
            });
        case 'notify_claimed':
            return done({ notify_claim: { id: event.claim_id, at: event.at } });
        case 'notify_released':
            return done({ notify_claim: null });
        case 'post_attempted':
        case 'post_refused':
            return done({});
        case 'notified':
            return done({
                notify_slack: event.slack_delivered,
                slack_retry: event.slack_delivered ? entry.slack_retry : 1,
            });
        case 'issue_opened':
            return done({ issue_number: event.issue_number });
        case 'escalated':
            return done({ notes: [...entry.notes, event.note.slice(0, 500)] });
        case 'requeued':
            return done({ requeue: true });
        case 'rerun_started':
            return done({ rerun_in_progress: true });
        case 'rerun_not_started':
            return done({ rerun_in_progress: false, requeue: true });
        case 'blocked':
            return done({ rerun_in_progress: false, requeue: false });
        case 'rolled_back':
            return done({ governance_flag: 'rollback' });
        case 'override_granted':
            return grantOverride(entry, event);
        case 'override_revoked':
            if (!entry.override || entry.override.revoked_at !== null)
                return { ok: false, reason: `no live override to revoke for tag ${event.tag} run ${event.run_id}` };
            return done({ override: { ...entry.override, revoked_at: event.at } });
    }
}
function grantOverride(entry, event) {
    const problem = overrideWindowProblem(new Date(event.at), new Date(event.override.expires_at));
    if (problem)
        return { ok: false, reason: `override for tag ${event.tag} run ${event.run_id}: ${problem}` };
    return {
        ok: true,
        entry: {
            ...entry,
            governance_flag: entry.governance_flag === 'rollback' ? 'rollback' : 'override',
            override: {
                reason: event.override.reason,
                approver: event.override.approver,
                granted_at: event.at,
                expires_at: event.override.expires_at,
                revoked_at: null,
                ...(event.override.granted_by_run === undefined
                    ? {}
                    : { granted_by_run: event.override.granted_by_run }),
            },
        },
    };
}

;// CONCATENATED MODULE: ./src/core/manifest/claims.ts

/** Longest name part kept as it is; a longer one is shortened and made unique by its digest. */
const MAX_PART = 40;
function part(name) {
    const encoded = encodeURIComponent(name).replace(/~/g, '%7E');
    if (encoded.length <= MAX_PART)
        return encoded;
    return `${encoded.slice(0, 24)}-${createHash('sha256').update(name).digest('hex').slice(0, 12)}`;
}
function stepClaimId(step, nonce = randomBytes(4).toString('hex')) {
    return `${step.runId}/${part(step.job)}/${part(step.step)}#${step.attempt}~${nonce}`;
}
const CLAIM_ID = /^(\d+\/[^/#~]+\/[^/#~]+)#(\d+)~[0-9a-f]+$/;
function parsed(claimId) {
    const match = CLAIM_ID.exec(claimId);
    return match ? { step: match[1], attempt: Number(match[2]) } : null;
}
/** Whether `claimant` is a later attempt of the step holding `held`: that attempt is over, its claim free. */
function claims_takesOver(held, claimant) {
    if (held === null)
        return false;
    const [before, after] = [parsed(held), parsed(claimant)];
    return before !== null && after !== null && before.step === after.step && after.attempt > before.attempt;
}

;// CONCATENATED MODULE: ./src/core/manifest/apply.ts





/** A claim older than this belongs to a notifier that died: another may take over. */
const NOTIFY_CLAIM_TTL_MS = (/* unused pure expression or super */ null && (10 * 60_000));
/** How far two runners' clocks may disagree: a claim dated later than that is not taken as live. */
const CLOCK_TOLERANCE_MS = 60_000;
/** Pure: manifest + event → new manifest, a no-op that says why, or a refusal. */
function applyEvent(manifest, event) {
    const key = entryKey(event);
    const index = manifest.entries.findIndex((entry) => entryKey(entry) === key);
    const current = index >= 0 ? manifest.entries[index] : null;
    const noop = (message) => ({ ok: true, manifest, changed: false, message });
    // Claims are told apart by their id, not by who and when: the claim guards below handle them.
    if (!('claim_id' in event) &&
        current?.history.some((h) => h.event === event.event &&
            h.at === event.at &&
            h.actor === event.actor &&
            h.run_attempt === event.run_attempt)) {
        return noop(`${event.event} at ${event.at} is already recorded`);
    }
    const guard = idempotencyGuard(current, event);
    if (guard)
        return noop(guard);
    const transition = TRANSITIONS[event.event];
    const from = current?.status ?? 'absent';
    if (!transition.from.includes(from)) {
        return {
            ok: false,
            reason: `${event.event} is not allowed for tag ${event.tag} run ${event.run_id} in status ${from}`,
        };
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
        history: [
            ...base.history,
            {
                at: event.at,
                event: event.event,
                actor: event.actor,
                run_id: event.run_id,
                run_attempt: event.run_attempt,
                from: current ? current.status : null,
                to,
                reason: event.reason ?? null,
                ...(effects.entry.verdict && (event.event === 'validated' || event.event === 'rerun_succeeded')
                    ? { verdict_sha256: verdictDigest(effects.entry.verdict) }
                    : {}),
                ...('claim_id' in event && event.claim_id ? { claim_id: event.claim_id } : {}),
                ...(event.event === 'post_attempted' || event.event === 'post_refused'
                    ? { channel: event.channel }
                    : {}),
            },
        ],
    };
    const entries = index >= 0 ? manifest.entries.map((e, i) => (i === index ? entry : e)) : [...manifest.entries, entry];
    return {
        ok: true,
        manifest: { ...manifest, entries },
        changed: true,
        message: `${event.event}: ${from} → ${to}`,
    };
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
        const age = Date.parse(event.at) - Date.parse(current.notify_claim.at);
        const live = age >= -CLOCK_TOLERANCE_MS && age < NOTIFY_CLAIM_TTL_MS;
        if (!announced && live && !takesOver(current.notify_claim.id, event.claim_id)) {
            return `notifier ${current.notify_claim.id} is already announcing the failure of tag ${event.tag} run ${event.run_id}`;
        }
    }
    if (event.event === 'notify_released' && current.notify_claim?.id !== event.claim_id) {
        return `notifier ${event.claim_id} holds no claim on tag ${event.tag} run ${event.run_id}`;
    }
    if (event.event === 'post_attempted') {
        // Only the notifier holding the claim now posts: one that lost it (expired, taken over) stops.
        if (current.notify_claim?.id !== event.claim_id)
            return `notifier ${event.claim_id} does not hold the notify claim of tag ${event.tag} run ${event.run_id}`;
        const first = postAttemptOf(current, event.channel);
        if (first !== null)
            return `${event.channel} was already attempted for this failure by ${first}`;
    }
    if (event.event === 'rerun_started' && current.rerun_in_progress) {
        const held = rerunClaimOf(current);
        if (event.claim_id !== undefined && held === event.claim_id)
            return `rerun claim ${event.claim_id} already holds tag ${event.tag} run ${event.run_id}`;
        if (event.claim_id === undefined || !takesOver(held, event.claim_id))
            return `a rerun of tag ${event.tag} run ${event.run_id} is already in progress`;
    }
    if (event.event === 'validated' && current.status === 'success')
        return `tag ${event.tag} run ${event.run_id} is already verified`;
    if (event.event === 'failed' &&
        current.status === 'failure' &&
        current.failure_reason === event.failure_reason) {
        return `the failure of tag ${event.tag} run ${event.run_id} is already recorded`;
    }
    return null;
}
/** The claim id of the rerun in progress: the one its `rerun_started` step recorded; null when none is. */
function rerunClaimOf(entry) {
    if (!entry.rerun_in_progress)
        return null;
    return entry.history.findLast((step) => step.event === 'rerun_started')?.claim_id ?? null;
}
/**
 * Who attempted a post on `channel` for this failure that may have been delivered (its claim id), or null
 * when nobody has: an attempt followed by its `post_refused` was certainly not delivered and blocks nothing.
 */
function postAttemptOf(entry, channel) {
    const steps = entry?.history.filter((h) => h.channel === channel) ?? [];
    const refused = new Set(steps.filter((h) => h.event === 'post_refused').map((h) => h.claim_id));
    const standing = steps.find((h) => h.event === 'post_attempted' && !refused.has(h.claim_id));
    return standing ? (standing.claim_id ?? '(unknown)') : null;
}
function newEntry(event) {
    return {
        tag: event.tag,
        run_id: event.run_id,
        run_attempt: event.run_attempt,
        artifact_url: null,
        status: 'pending',
        verified_at: null,
        failure_reason: null,
        notify_claim: null,
        notify_slack: false,
        slack_retry: 0,
        issue_number: null,
        requeue: false,
        requeue_reason: null,
        rerun_in_progress: false,
        governance_flag: null,
        override: null,
        verdict: null,
        notes: [],
        history: [],
    };
}

;// CONCATENATED MODULE: ./src/core/manifest/override-window.ts
const MAX_OVERRIDE_DAYS = 7;
const DAY_MS = 86_400_000;
/** Overrides are time-bound: they must expire after they start and within MAX_OVERRIDE_DAYS. */
function override_window_overrideWindowProblem(start, expiresAt) {
    const span = expiresAt.getTime() - start.getTime();
    if (Number.isNaN(span))
        return 'expires_at is not a date';
    if (span <= 0)
        return `expires_at ${expiresAt.toISOString()} is not after ${start.toISOString()}`;
    if (span > MAX_OVERRIDE_DAYS * DAY_MS)
        return `expires more than ${MAX_OVERRIDE_DAYS} days after ${start.toISOString()}: overrides are time-bound`;
    return null;
}

;// CONCATENATED MODULE: ./src/core/manifest/lint-rules.ts
const LINT_RULES = [
    'schema',
    'entry_removed',
    'history_rewritten',
    'entry_not_created',
    'event_mismatch',
    'illegal_transition',
    'rerun_attempt',
    'success_unverified',
    'verdict_changed',
    'override_unrecorded',
    'override_invalid',
    'issue_number_changed',
    'success_incomplete',
    'claim_unrecorded',
];
function violation(rule, entry, message) {
    return { rule, tag: entry.tag, run_id: entry.run_id, message };
}

;// CONCATENATED MODULE: ./src/core/manifest/lint-history.ts


/**
 * The history must be a chain of real events: it starts with the event that creates an entry, each
 * step's event is the one that makes its `from → to`, each step starts where the last ended, the
 * status is where the chain ends, and a rerun's outcome comes from a later attempt than its start.
 */
function lintHistory(entry) {
    const found = [];
    const first = entry.history[0];
    if (first && (first.from !== null || !CREATING_EVENTS.includes(first.event))) {
        found.push(violation('entry_not_created', entry, `the first history step is ${first.event} (${first.from ?? '(new)'} → ${first.to}); an entry starts with ` +
            `${CREATING_EVENTS.join(' or ')} from (new): entries are created by the validate or notify action, never by hand`));
    }
    let previous = null;
    let rerunAttempt = null;
    const once = new Set();
    const report = (rule, message) => {
        if (once.has(rule))
            return;
        once.add(rule);
        found.push(violation(rule, entry, message));
    };
    entry.history.forEach((step, i) => {
        const where = `history step ${i + 1} (${step.event} at ${step.at})`;
        if (step.from !== previous)
            report('illegal_transition', `${where} starts from ${step.from ?? '(new)'} but the step before ended in ${previous ?? '(new)'}; steps are only appended by events`);
        const expected = statusAfter(step.event, step.from);
        if (expected !== step.to) {
            report('event_mismatch', `${where} claims ${step.from ?? '(new)'} → ${step.to}, but ${step.event} ${expected === null ? `cannot apply to ${step.from ?? 'a new entry'}` : `leads to ${expected}`}; ` +
                'each step must be the event that makes its transition');
        }
        if (step.event === 'rerun_started')
            rerunAttempt = step.run_attempt;
        if ((step.event === 'rerun_succeeded' || step.event === 'rerun_failed') &&
            (rerunAttempt === null || step.run_attempt <= rerunAttempt)) {
            report('rerun_attempt', `${where} is attempt ${step.run_attempt}, ${rerunAttempt === null ? 'with no rerun_started before it' : `not later than the rerun_started of attempt ${rerunAttempt}`}; ` +
                "a rerun's outcome is recorded by the rerun's own attempt");
        }
        previous = step.to;
    });
    if (previous !== entry.status)
        report('illegal_transition', `status ${entry.status} is not where the history ends (${previous ?? '(new)'}); status changes only through recorded events`);
    return found;
}

;// CONCATENATED MODULE: ./src/core/manifest/lint-facts.ts


const sameJson = (a, b) => JSON.stringify(a) === JSON.stringify(b);
/**
 * A verdict is the one its `validated`/`rerun_succeeded` step recorded (by digest), and once set it
 * never changes: a success cannot be made by writing a verdict into the file.
 */
function lintVerdict(entry, before) {
    const found = [];
    const setter = entry.history.filter((h) => h.event === 'validated' || h.event === 'rerun_succeeded').at(-1);
    if (entry.status === 'success' || entry.verdict !== null) {
        if (!setter) {
            found.push(violation('success_unverified', entry, `the entry is ${entry.status} with ${entry.verdict ? 'a verdict' : 'no verdict'} but no validated or rerun_succeeded step; only a verification records a verdict`));
        }
        else if (entry.verdict !== null && setter.verdict_sha256 !== verdict_facts_verdictDigest(entry.verdict)) {
            found.push(violation('success_unverified', entry, `the verdict is not the one the ${setter.event} step at ${setter.at} recorded (verdict_sha256 ` +
                `${setter.verdict_sha256 ?? 'missing'}, the verdict hashes to ${verdict_facts_verdictDigest(entry.verdict)}); restore the recorded verdict`));
        }
    }
    if (before &&
        before.verdict !== null &&
        (!sameJson(before.verdict, entry.verdict) || before.verified_at !== entry.verified_at)) {
        found.push(violation('verdict_changed', entry, `verdict fields changed since the base (set at ${before.verified_at}); a verdict never changes once set: restore it`));
    }
    return found;
}
/**
 * The override is the one its last `override_granted`/`override_revoked` steps describe, and changes only
 * with a new such step.
 */
function lintOverrideEvents(entry, before) {
    const problem = overrideHistoryProblem(entry);
    if (problem)
        return [
            violation('override_unrecorded', entry, `${problem}; overrides change only through the rollback action's override_grant / override_revoke`),
        ];
    if (before && !sameJson(before.override, entry.override)) {
        const appended = entry.history.slice(before.history.length);
        if (!appended.some((h) => h.event === 'override_granted' || h.event === 'override_revoked')) {
            return [
                violation('override_unrecorded', entry, 'the override changed since the base with no override_granted or override_revoked step appended; restore it, then grant or revoke through the rollback action'),
            ];
        }
    }
    return [];
}
function overrideHistoryProblem(entry) {
    const steps = entry.history.filter((h) => h.event === 'override_granted' || h.event === 'override_revoked');
    const lastGrant = steps.filter((h) => h.event === 'override_granted').at(-1);
    const override = entry.override;
    if (override === null)
        return lastGrant
            ? `an override was granted at ${lastGrant.at} but none is recorded (removed by hand)`
            : null;
    if (!lastGrant)
        return 'an override is recorded but no override_granted step';
    if (lastGrant.at !== override.granted_at)
        return `the override's granted_at ${override.granted_at} is not the last override_granted step (${lastGrant.at})`;
    const revoke = steps
        .slice(steps.indexOf(lastGrant) + 1)
        .find((h) => h.event === 'override_revoked');
    if (revoke && override.revoked_at === null)
        return `the override was revoked at ${revoke.at} but its revoked_at is empty (un-revoked by hand)`;
    if (!revoke && override.revoked_at !== null)
        return `the override's revoked_at ${override.revoked_at} has no override_revoked step`;
    if (revoke && override.revoked_at !== revoke.at)
        return `the override's revoked_at ${override.revoked_at} is not its override_revoked step (${revoke.at})`;
    return null;
}
/**
 * The notify claim is the one its last `notify_claimed` step made (none after a `notify_released`), and the
 * rerun flag is set exactly while the status is `rerun_in_progress`: a claim cannot be written into the file
 * to silence notifiers or stall recoveries.
 */
function lintClaims(entry) {
    const found = [];
    const last = entry.history.findLast((h) => h.event === 'notify_claimed' || h.event === 'notify_released');
    const claim = entry.notify_claim;
    const recorded = last?.event === 'notify_claimed' &&
        claim !== null &&
        last.at === claim.at &&
        (last.claim_id === undefined || last.claim_id === claim.id);
    if (claim === null ? last?.event === 'notify_claimed' : !recorded)
        found.push(violation('claim_unrecorded', entry, `notify_claim is ${claim === null ? 'empty' : `${claim.id} at ${claim.at}`}, but the last notify step is ${last ? `${last.event} at ${last.at}` : 'none'}; a claim changes only with a notify_claimed or notify_released step`));
    if (entry.rerun_in_progress !== (entry.status === 'rerun_in_progress'))
        found.push(violation('claim_unrecorded', entry, `rerun_in_progress is ${entry.rerun_in_progress} while the status is ${entry.status}; the flag changes only with the rerun events`));
    return found;
}

;// CONCATENATED MODULE: ./src/core/manifest/lint.ts






/**
 * Governance rules for a manifest change: nothing is lost, history only grows, every step is the
 * event that makes it, and every fact (verdict, override) is backed by the event that set it.
 */
function lintManifest(head, base, now) {
    const baseEntries = new Map((base?.entries ?? []).map((entry) => [schema_entryKey(entry), entry]));
    const headKeys = new Set(head.entries.map(schema_entryKey));
    const removed = [...baseEntries.values()]
        .filter((entry) => !headKeys.has(schema_entryKey(entry)))
        .map((entry) => violation('entry_removed', entry, 'the entry was removed; manifests are append-only: restore it (record a rollback or a new run instead of deleting)'));
    return [
        ...removed,
        ...head.entries.flatMap((entry) => lintEntry(entry, baseEntries.get(schema_entryKey(entry)) ?? null, now)),
    ];
}
function lintEntry(entry, before, now) {
    return [
        ...lintAgainstBase(entry, before),
        ...lintHistory(entry),
        ...lintVerdict(entry, before),
        ...lintOverrideEvents(entry, before),
        ...lintOverride(entry, before, now),
        ...lintSuccess(entry),
        ...lintClaims(entry),
    ];
}
function lintAgainstBase(entry, before) {
    if (before === null)
        return [];
    const found = [];
    const prefixKept = before.history.every((item, i) => JSON.stringify(item) === JSON.stringify(entry.history[i]));
    if (!prefixKept)
        found.push(violation('history_rewritten', entry, 'history entries were changed or removed; history is append-only: restore the base history and append'));
    if (before.issue_number !== null && entry.issue_number !== before.issue_number) {
        found.push(violation('issue_number_changed', entry, `issue_number changed from ${before.issue_number} to ${entry.issue_number}; once set it never changes (comment on the existing issue instead)`));
    }
    return found;
}
function lintOverride(entry, before, now) {
    const override = entry.override;
    if (override === null) {
        return entry.governance_flag === 'override'
            ? [
                violation('override_invalid', entry, 'governance_flag is override but no override is recorded: record reason, approver and expires_at'),
            ]
            : [];
    }
    const problem = override_window_overrideWindowProblem(new Date(override.granted_at), new Date(override.expires_at));
    if (problem)
        return [violation('override_invalid', entry, `override ${problem}`)];
    const isNew = JSON.stringify(before?.override ?? null) !== JSON.stringify(override);
    if (isNew && override.revoked_at === null && Date.parse(override.expires_at) <= now.getTime()) {
        return [
            violation('override_invalid', entry, `the override added here already expired at ${override.expires_at}; grant a new one with a future expires_at`),
        ];
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
    return missing.length === 0
        ? []
        : [
            violation('success_incomplete', entry, `a success entry must carry ${missing.join(', ')}; only a verified provenance can be recorded as success`),
        ];
}

;// CONCATENATED MODULE: ./src/core/manifest/index.ts












/***/ }),

/***/ 9924:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Kp: () => (/* reexport */ redactJson),
  Rd: () => (/* reexport */ redact_redactText)
});

// UNUSED EXPORTS: EMAIL_ADDRESS, EMAIL_REDACTED, ENCODED_REDACTED, REDACTED, SECRET_PATTERNS, containsEncodedSecret, containsSecret, redactEmailAddresses, redactEncoded

;// CONCATENATED MODULE: ./src/core/redaction/email.ts
/**
 * E-mail addresses, whatever at-sign they use: `@`, the full-width `＠` (U+FF20) or the small `﹫`
 * (U+FE6B), with format characters (zero-width space, joiner, soft hyphen) hidden around it and
 * full-width or ideographic dots in the domain. Only the domain is kept: it says which organisation
 * signed without saying who.
 */
const FORMAT = '[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]*';
const DOT = `${FORMAT}[.\\uFF0E\\u3002]${FORMAT}`;
// Bounded as the standards bound them (a local part of 64, a label of 63): unbounded runs made the scan
// quadratic on long attacker-chosen text without an at-sign (70 s on 128 KiB of hex).
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?';
const email_EMAIL_ADDRESS = new RegExp(`[\\p{L}\\p{N}._%+-]{1,64}${FORMAT}[@\\uFF20\\uFE6B]${FORMAT}(${LABEL}(?:${DOT}${LABEL})*${DOT}\\p{L}{2,})`, 'gu');
const EMAIL_REDACTED = '<e-mail redacted>';
const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
/** `jane@example.com` → `<e-mail redacted>@example.com`. */
function redactEmailAddresses(text) {
    let out = '';
    let last = 0;
    for (const match of text.matchAll(email_EMAIL_ADDRESS)) {
        // The pattern bounds the local part; what precedes it of a longer one goes too, or it would leak.
        let start = match.index;
        while (start > last && LOCAL_CHAR.test(text[start - 1] ?? ''))
            start--;
        const domain = (match[1] ?? '').normalize('NFKC').replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '');
        out += `${text.slice(last, start)}${EMAIL_REDACTED}@${domain}`;
        last = match.index + match[0].length;
    }
    return out + text.slice(last);
}

;// CONCATENATED MODULE: ./src/core/redaction/redact.ts

/**
 * Shapes of credentials that must never leave the process, whoever supplied them; the audit table's
 * CHECK (supabase/migrations/…_audit_events_secret_shapes.sql) refuses the same ones.
 */
const SECRET_PATTERNS = [
    /\bgh[pousr]_[A-Za-z0-9]{20,}\b/g,
    /\bgithub_pat_[A-Za-z0-9_]{20,}\b/g,
    /\bxox[abeprs]-[A-Za-z0-9-]{10,}\b/g,
    /\bxapp-\d-[A-Za-z0-9-]{10,}\b/g,
    /https:\/\/hooks\.slack(?:-gov)?\.com\/[A-Za-z0-9/_-]+/gi,
    /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g,
    /\b(?:sb_secret|sb_publishable)_[A-Za-z0-9_-]{10,}\b/g,
    /\bpgk_[0-9a-f]{16,}\b/g,
    /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g,
    /(?<=\b(?:bearer|token)\s+)[A-Za-z0-9._~+/-]{16,}=*/gi,
];
const redact_REDACTED = '***';
/**
 * Replaces known secret values and secret-shaped text with `***`, and e-mail addresses with `<e-mail
 * redacted>@domain`.
 */
function redact_redactText(text, secrets) {
    let result = text;
    for (const secret of secrets) {
        if (secret.length >= 4)
            result = result.split(secret).join(redact_REDACTED);
    }
    for (const pattern of SECRET_PATTERNS)
        result = result.replace(pattern, redact_REDACTED);
    return redactEmailAddresses(result);
}
/** Deep copy of a JSON value with every string redacted; keys are kept (they are ours). */
function redactJson(value, secrets) {
    if (typeof value === 'string')
        return redact_redactText(value, secrets);
    if (Array.isArray(value))
        return value.map((item) => redactJson(item, secrets));
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactJson(item, secrets)]));
    }
    return value;
}
/** Whether any known secret or secret-shaped text is still present: the fail-closed check. */
function redact_containsSecret(text, secrets) {
    if (secrets.some((secret) => secret.length >= 4 && text.includes(secret)))
        return true;
    return [...SECRET_PATTERNS, EMAIL_ADDRESS].some((pattern) => new RegExp(pattern.source, pattern.flags.replace('g', '')).test(text));
}

;// CONCATENATED MODULE: ./src/core/redaction/encoded.ts

/** Long enough to hold a token once decoded; shorter base64-looking strings are words, digests or ids. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4}){6,}(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** The marker that replaces an encoded value (a certificate, say) that decoded to secret-shaped text. */
const ENCODED_REDACTED = (/* unused pure expression or super */ null && (`${REDACTED} (base64 holding secret-shaped text, redacted)`));
/**
 * Deep copy of a JSON value in which encoded text is redacted too: a DSSE envelope's payload is
 * decoded, redacted and encoded again (so the statement stays readable), and any other base64 string
 * whose decoding holds a secret or an e-mail address is replaced by ENCODED_REDACTED.
 */
function redactEncoded(value, secrets) {
    if (typeof value === 'string')
        return (encodedSecret(value, secrets) ? ENCODED_REDACTED : value);
    if (Array.isArray(value))
        return value.map((item) => redactEncoded(item, secrets));
    if (value === null || typeof value !== 'object')
        return value;
    const entries = Object.entries(value).map(([key, item]) => [key, redactEncoded(item, secrets)]);
    const record = Object.fromEntries(entries);
    const payload = value.payload;
    if (typeof value.payloadType === 'string' &&
        typeof payload === 'string' &&
        BASE64.test(payload)) {
        const decoded = decodeUtf8(payload);
        const redacted = redactText(decoded, secrets);
        record.payload = redacted === decoded ? payload : encodeUtf8(redacted);
    }
    return record;
}
/**
 * Whether any string in the value, or the decoding of any base64 string in it, still holds a secret: the
 * fail-closed check.
 */
function containsEncodedSecret(value, secrets) {
    if (typeof value === 'string')
        return containsSecret(value, secrets) || encodedSecret(value, secrets);
    if (Array.isArray(value))
        return value.some((item) => containsEncodedSecret(item, secrets));
    if (value !== null && typeof value === 'object')
        return Object.values(value).some((item) => containsEncodedSecret(item, secrets));
    return false;
}
function encodedSecret(text, secrets) {
    if (!BASE64.test(text))
        return false;
    // latin1 keeps ASCII runs inside binary (a DER certificate's e-mail SAN) as they are.
    const bytes = Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
    return (containsSecret(new TextDecoder('latin1').decode(bytes), secrets) ||
        containsSecret(new TextDecoder().decode(bytes), secrets));
}
function decodeUtf8(base64) {
    return new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
}
function encodeUtf8(text) {
    return btoa(Array.from(new TextEncoder().encode(text), (byte) => String.fromCharCode(byte)).join(''));
}

;// CONCATENATED MODULE: ./src/core/redaction/index.ts





/***/ }),

/***/ 9410:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ counted)
/* harmony export */ });
/** A count with its noun in the right number: "1 day", "2 days", "1 entry", "3 entries". */
function counted(count, singular, plural = `${singular}s`) {
    return `${count} ${count === 1 ? singular : plural}`;
}


/***/ })

};

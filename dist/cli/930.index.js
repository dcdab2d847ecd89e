export const id = 930;
export const ids = [930];
export const modules = {

/***/ 3954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a1: () => (/* binding */ claimSpool),
/* harmony export */   nq: () => (/* binding */ discardBatches),
/* harmony export */   qO: () => (/* binding */ readSpool),
/* harmony export */   vE: () => (/* binding */ SpoolSink)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/**
 * KPI events appended to a JSON-lines file, to be flushed to Supabase later (`kpi flush`).
 *
 * Several steps on one runner may append while one of them flushes, so the spool is never rewritten
 * in place: a flush first renames it to a batch file of its own (`claimSpool`) and the next append
 * creates a fresh spool. An append whose file was renamed between its open and its write appends again,
 * so it cannot vanish with a sent batch; a second copy is harmless, its idempotency key makes it a
 * duplicate. Renames need no lock, so a crashed step leaves nothing to wait for: its batch is taken by
 * the next flush.
 */
class SpoolSink {
    path;
    constructor(path) {
        this.path = path;
    }
    async emit(events) {
        if (events.length === 0)
            return;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(this.path), { recursive: true });
        const text = events.map((event) => `${JSON.stringify(event)}\n`).join('');
        while (!(await appendToSpool(this.path, text)))
            ;
    }
}
/** Appends; false when the file written to is no longer the spool (a flush may have taken it first). */
async function appendToSpool(path, text) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'a');
    try {
        await handle.appendFile(text);
        const written = await handle.stat();
        const spool = await unlessGone((0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path));
        return spool?.ino === written.ino && spool.dev === written.dev;
    }
    finally {
        await handle.close();
    }
}
/** Reads a spool; lines that do not parse (a torn write) are skipped and counted. */
async function readSpool(path) {
    const text = (await unlessGone((0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8'))) ?? '';
    let unreadable = 0;
    const events = text
        .split('\n')
        .filter((line) => line.trim() !== '')
        .flatMap((line) => {
        try {
            return [JSON.parse(line)];
        }
        catch {
            unreadable++;
            return [];
        }
    });
    return { events, unreadable };
}
const BATCH = '.flushing-';
/**
 * Takes the batches earlier flushes left (they crashed, or are still sending: a re-send is a duplicate)
 * and then the spool, each renamed to a batch file of this flush's own. Returns them, oldest first.
 */
async function claimSpool(path) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path);
    const left = ((await unlessGone((0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir))) ?? [])
        .filter((name) => name.startsWith(`${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}${BATCH}`))
        .map((name) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name));
    const claimed = [];
    for (const file of [...left, path]) {
        const batch = `${path}${BATCH}${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
        if ((await unlessGone((0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(file, batch))) !== null)
            claimed.push(batch);
    }
    return claimed;
}
/** Deletes sent batches; one another flush has taken meanwhile is its to delete. */
async function discardBatches(batches) {
    await Promise.all(batches.map((batch) => unlessGone((0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(batch))));
}
/** The operation's result, or null when the file (or its directory) does not exist. */
async function unlessGone(operation) {
    return operation.catch((error) => {
        if (error.code === 'ENOENT')
            return null;
        throw error;
    });
}


/***/ }),

/***/ 9996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ parseCliInputs)
/* harmony export */ });
/* harmony import */ var _core_errors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9421);

/**
 * Parses a command's inputs with a schema; a refusal lists every problem, each naming its flag the way
 * `nameOf` spells it and saying what is allowed (`--days (1 to 366) must be at most 366`).
 */
function parseCliInputs(schema, raw, nameOf) {
    const parsed = schema.safeParse(raw);
    if (parsed.success)
        return parsed.data;
    const problems = parsed.error.issues.map((issue) => {
        const [field, ...rest] = issue.path.map(String);
        const detail = rest.length > 0 ? ` (${rest.join('.')})` : '';
        return `${nameOf(field ?? '')}${detail} ${(0,_core_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .describeProblem */ .BJ)(issue, raw)}`;
    });
    throw new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .GuardError */ .U$('input_invalid', problems.join('; '));
}


/***/ }),

/***/ 7112:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ day)
/* harmony export */ });
/* harmony import */ var _commands_verify_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6982);

/** A `--from`/`--to` flag: a real calendar day, YYYY-MM-DD. */
const day = _commands_verify_index_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date, YYYY-MM-DD')
    .refine((value) => !Number.isNaN(Date.parse(value)), 'is not a real date');


/***/ }),

/***/ 6930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runKpi: () => (/* binding */ runKpi)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./src/adapters/kpi/spool.ts
var spool = __webpack_require__(3954);
// EXTERNAL MODULE: ./node_modules/@supabase/supabase-js/dist/index.mjs + 3 modules
var dist = __webpack_require__(2494);
// EXTERNAL MODULE: ./node_modules/@supabase/functions-js/dist/main/index.js
var main = __webpack_require__(459);
// EXTERNAL MODULE: ./src/core/errors/index.ts + 6 modules
var errors = __webpack_require__(9421);
// EXTERNAL MODULE: ./src/adapters/retry/index.ts + 2 modules
var retry = __webpack_require__(2121);
;// CONCATENATED MODULE: ./src/adapters/kpi/supabase-sink.ts



/** The provenance-validate function takes at most this many events per request. */
const MAX_EVENTS_PER_REQUEST = 500;
/**
 * Node 20 has no WebSocket for supabase-js to find at start-up, and KPI ingestion never opens a realtime
 * channel.
 */
class RealtimeNotUsed {
    constructor() {
        throw new Error('provenance-guard does not use Supabase realtime');
    }
}
/**
 * Sends KPI events to the `provenance-validate` edge function through supabase-js. Each request follows
 * the retry policy (at most 3 tries, 429 waits `Retry-After`, 5xx, relay and transport errors back off);
 * sending a batch again is safe, its idempotency keys make what already landed a duplicate.
 */
class supabase_sink_SupabaseSink {
    client;
    timeoutMs;
    timing;
    constructor(target) {
        this.client = (0,dist.createClient)(target.url, target.key, {
            auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
            realtime: { transport: RealtimeNotUsed },
        });
        this.timeoutMs = target.timeoutMs ?? 15_000;
        this.timing = target.timing ?? retry/* defaultCallTiming */.my;
    }
    /** Sends in requests of at most MAX_EVENTS_PER_REQUEST, in order, stopping at the first that fails. */
    async send(events) {
        const accepted = [];
        let inserted = 0;
        let duplicate = 0;
        for (let start = 0; start < events.length; start += MAX_EVENTS_PER_REQUEST) {
            const batch = events.slice(start, start + MAX_EVENTS_PER_REQUEST);
            const answer = await this.invoke(batch);
            if ('failure' in answer)
                return { accepted, inserted, duplicate, failure: answer.failure };
            accepted.push(...batch);
            inserted += answer.inserted;
            duplicate += answer.duplicate;
        }
        return { accepted, inserted, duplicate, failure: null };
    }
    async emit(events) {
        const { failure } = await this.send(events);
        if (failure !== null)
            throw new errors/* GuardError */.U$('kpi_ingest_failed', `KPI events were not ingested: ${failure}`);
    }
    async invoke(events) {
        for (let attempt = 1;; attempt++) {
            const { data, error } = await this.client.functions.invoke('provenance-validate', {
                body: { events },
                timeout: this.timeoutMs,
            });
            if (!error)
                return countsOf(data);
            const wait = (0,retry/* delayFor */.D0)(failureOf(error), attempt, this.timing);
            if (wait === null)
                return { failure: await describe(error) };
            await error.context?.body?.cancel?.().catch(() => undefined);
            await this.timing.sleep(wait);
        }
    }
}
function countsOf(data) {
    const counts = data?.events;
    if (typeof counts?.inserted !== 'number' || typeof counts.duplicate !== 'number')
        return { failure: 'provenance-validate answered without event counts' };
    return { inserted: counts.inserted, duplicate: counts.duplicate };
}
/**
 * A supabase-js error as the retry policy reads it: an HTTP answer (the function's or the gateway's, a
 * relay error being a 5xx), or none at all (`FunctionsFetchError`: refused, reset, timed out).
 */
function failureOf(error) {
    if (error instanceof main/* FunctionsHttpError */._I || error instanceof main/* FunctionsRelayError */.TC) {
        const response = error.context;
        return {
            status: error instanceof main/* FunctionsRelayError */.TC ? Math.max(response.status, 502) : response.status,
            retryAfter: response.headers.get('retry-after'),
        };
    }
    return { transportError: true };
}
/** The function's own message for an HTTP error (`400 events.0.metric: …`); the error's name otherwise. */
async function describe(error) {
    if (error instanceof main/* FunctionsHttpError */._I) {
        const response = error.context;
        const body = (await response.json().catch(() => null));
        return `${response.status} ${typeof body?.message === 'string' ? body.message : response.statusText}`.slice(0, 300);
    }
    const cause = error.context;
    if (!(cause instanceof Error))
        return error.name;
    if (cause.name === 'AbortError')
        return `${error.name}: timed out`;
    const code = cause.cause?.code;
    return `${error.name}: ${cause.message}${typeof code === 'string' ? ` (${code})` : ''}`.slice(0, 300);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/kpi/index.ts + 2 modules
var kpi = __webpack_require__(9265);
;// CONCATENATED MODULE: ./src/adapters/kpi/send-or-spool.ts




/**
 * The sink commands use: send to Supabase, else spool for `kpi flush`. Either way it records
 * `security_ci.kpi_ingest_success` (1 sent, 0 spooled) and it never throws, so a KPI outage cannot
 * change a verdict or a notification.
 */
class SendOrSpoolSink {
    supabase;
    spool;
    options;
    constructor(supabase, spool, options = {}) {
        this.supabase = supabase;
        this.spool = spool;
        this.options = options;
    }
    async emit(events) {
        if (events.length === 0)
            return;
        const at = (this.options.now ?? (() => new Date()))();
        // Sent last, so it is stored only when every event before it was.
        const result = await this.supabase.send([...events, ingestOutcome(events, 1, at)]);
        if (result.failure === null) {
            this.options.log?.('kpi_sent', {
                events: events.length,
                inserted: result.inserted,
                duplicate: result.duplicate,
            });
            return;
        }
        const sent = new Set(result.accepted.map((event) => event.idempotency_key));
        const unsent = events.filter((event) => !sent.has(event.idempotency_key));
        this.options.log?.('kpi_spooled', {
            code: 'kpi_ingest_failed',
            events: unsent.length,
            reason: result.failure,
        });
        try {
            await this.spool.emit([...unsent, ingestOutcome(events, 0, at)]);
        }
        catch (error) {
            this.options.log?.('kpi_spool_failed', { events: unsent.length, reason: error.message });
        }
    }
}
/** What commands emit KPI events to: Supabase when it is configured, else the spool alone. */
function kpiSink(spoolPath, supabase, options = {}) {
    const spool = new SpoolSink(spoolPath);
    return supabase ? new SendOrSpoolSink(new SupabaseSink(supabase), spool, options) : spool;
}
/**
 * One ingest attempt's outcome. Success and failure share the idempotency key: when a timed-out
 * request was stored after all, the spooled 0 is a duplicate on flush and the 1 stands.
 */
function ingestOutcome(events, value, at) {
    const [first] = events;
    const batch = createHash('sha256')
        .update(events.map((event) => event.idempotency_key).join('\n'))
        .digest('hex')
        .slice(0, 16);
    return kpiEvent({
        repository: first.repository,
        tag: first.tag,
        run_id: first.run_id,
        run_attempt: first.run_attempt,
        occurred_at: at.toISOString(),
    }, { metric: 'security_ci.kpi_ingest_success', value, event: `ingest-${batch}` });
}

;// CONCATENATED MODULE: ./src/adapters/kpi/flush.ts

/**
 * Re-sends a spool. Idempotency keys make a re-send harmless. The spool is taken as a batch first, so
 * events appended meanwhile wait in a fresh spool; what the function did not accept is appended back,
 * and only then is the batch deleted (a crash in between leaves copies, which are duplicates).
 */
async function flushSpool(path, supabase) {
    const batches = await (0,spool/* claimSpool */.a1)(path);
    const { events, unreadable } = await readBatches(batches);
    const result = await supabase.send(events);
    const accepted = new Set(result.accepted.map((event) => event.idempotency_key));
    await new spool/* SpoolSink */.vE(path).emit(events.filter((event) => !accepted.has(event.idempotency_key)));
    await (0,spool/* discardBatches */.nq)(batches);
    return {
        sent: result.accepted.length,
        inserted: result.inserted,
        duplicate: result.duplicate,
        remaining: (await (0,spool/* readSpool */.qO)(path)).events.length,
        unreadable,
        failure: result.failure,
    };
}
/** The batches' events, each idempotency key once, so one flush never sends an event twice. */
async function readBatches(batches) {
    const reads = await Promise.all(batches.map((batch) => (0,spool/* readSpool */.qO)(batch)));
    const byKey = new Map(reads.flatMap((read) => read.events).map((event) => [event.idempotency_key, event]));
    return {
        events: [...byKey.values()],
        unreadable: reads.reduce((sum, read) => sum + read.unreadable, 0),
    };
}

;// CONCATENATED MODULE: ./src/adapters/kpi/index.ts





// EXTERNAL MODULE: ./src/core/redaction/index.ts + 4 modules
var redaction = __webpack_require__(3963);
// EXTERNAL MODULE: ./src/commands/verify/index.ts + 12 modules
var verify = __webpack_require__(6982);
// EXTERNAL MODULE: ./src/cli/exit.ts
var exit = __webpack_require__(7632);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/coerce.js
var coerce = __webpack_require__(9567);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/cli-inputs.ts
var cli_inputs = __webpack_require__(9996);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
;// CONCATENATED MODULE: ./src/cli/kpi-token-command.ts








const repository = verify/* text */.Qq.regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'must be OWNER/NAME');
const CreateSchema = schemas/* object */.Ikc({
    repository,
    days: coerce/* number */.ai().int().min(1).max(366),
    databaseUrl: verify/* text */.Qq,
});
const RevokeSchema = schemas/* object */.Ikc({ id: coerce/* number */.ai().int().positive(), databaseUrl: verify/* text */.Qq });
const FLAG = {
    repository: '--repository',
    days: '--days (1 to 366)',
    id: '--id',
    databaseUrl: '--db-url (or SUPABASE_DB_URL)',
};
const nameOf = (field) => FLAG[field] ?? field;
/**
 * `kpi token create --repository OWNER/NAME [--days N]` and `kpi token revoke --id ID`, both through
 * `--db-url`.
 */
async function runKpiToken(argv, env) {
    const [sub, ...rest] = argv;
    if (sub !== 'create' && sub !== 'revoke')
        throw new errors/* GuardError */.U$('input_invalid', `kpi token needs a subcommand: create or revoke (got ${sub ?? 'nothing'})`);
    const { values } = (0,args/* parseCommandArgs */.Qx)(flags/* KPI_TOKEN_FLAGS */.vC, rest);
    const databaseUrl = values['db-url'] ?? env.SUPABASE_DB_URL ?? '';
    const secrets = databaseUrlSecrets(databaseUrl);
    const failed = (error) => {
        throw new errors/* GuardError */.U$('input_invalid', `cannot ${sub} the ingest token: ${(0,redaction/* redactText */.Rd)(error.message, secrets)}`, { cause: error });
    };
    if (sub === 'create') {
        const inputs = (0,cli_inputs/* parseCliInputs */.x)(CreateSchema, { repository: values.repository ?? '', days: values.days ?? '90', databaseUrl }, nameOf);
        const created = await (await ingestTokens())
            .createIngestToken(inputs.databaseUrl, inputs.repository, inputs.days)
            .catch(failed);
        // Printed unredacted: the token is what this command exists to hand over, and nothing else here is
        // secret.
        const stdout = values.json
            ? JSON.stringify(created, null, 2)
            : [
                `ingest token ${created.id} for ${created.repository}, valid until ${created.expiresAt}:`,
                created.token,
                `It is shown only this once: store it as the KPI_INGEST_TOKEN secret; revoke it with kpi token revoke --id ${created.id}.`,
            ].join('\n');
        return { exitCode: 0, stdout };
    }
    const inputs = (0,cli_inputs/* parseCliInputs */.x)(RevokeSchema, { id: values.id ?? '', databaseUrl }, nameOf);
    const revoked = await (await ingestTokens()).revokeIngestToken(inputs.databaseUrl, inputs.id).catch(failed);
    const stdout = values.json
        ? JSON.stringify({ id: inputs.id, revoked })
        : `ingest token ${inputs.id} ${revoked ? 'revoked' : 'was unknown or revoked already'}`;
    return { exitCode: revoked ? 0 : exit/* EXIT */.d.rejected, stdout };
}
/** Loaded on use so the other kpi subcommands do not pay for the database driver. */
const ingestTokens = () => Promise.all(/* import() */[__webpack_require__.e(534), __webpack_require__.e(768)]).then(__webpack_require__.bind(__webpack_require__, 5768));
/** The database URL and its password, as they may appear in a driver's error message. */
function databaseUrlSecrets(databaseUrl) {
    return [databaseUrl, URL.canParse(databaseUrl) ? decodeURIComponent(new URL(databaseUrl).password) : ''];
}

// EXTERNAL MODULE: ./src/cli/day.ts
var day = __webpack_require__(7112);
;// CONCATENATED MODULE: ./src/cli/kpi-command.ts












const FlushSchema = schemas/* object */.Ikc({ spool: verify/* text */.Qq, supabaseUrl: verify/* url */.OZ, supabaseKey: verify/* text */.Qq });
const ReportSchema = schemas/* object */.Ikc({ from: day/* day */.v.nullable(), to: day/* day */.v.nullable(), databaseUrl: verify/* text */.Qq });
const kpi_command_FLAG = {
    spool: '--kpi-spool',
    supabaseUrl: '--supabase-url (or SUPABASE_URL)',
    supabaseKey: '--supabase-key (or KPI_INGEST_TOKEN, or SUPABASE_SERVICE_ROLE_KEY)',
    from: '--from',
    to: '--to',
    databaseUrl: '--db-url (or SUPABASE_DB_URL)',
};
/**
 * `kpi flush --spool FILE [...]`, `kpi report [--from DATE] [--to DATE] [...]`, `kpi dashboard --out DIR
 * [...]` and `kpi token create|revoke [...]`.
 */
async function runKpi(argv, now, env = process.env) {
    const [sub, ...rest] = argv;
    if (sub === 'flush')
        return flush(rest, env);
    if (sub === 'report')
        return report(rest, env);
    if (sub === 'dashboard')
        return (await __webpack_require__.e(/* import() */ 372).then(__webpack_require__.bind(__webpack_require__, 3372))).runDashboard(rest, now, env);
    if (sub === 'token')
        return runKpiToken(rest, env);
    throw new errors/* GuardError */.U$('input_invalid', `kpi needs a subcommand: flush, report or dashboard, or token (got ${sub ?? 'nothing'})`);
}
async function flush(argv, env) {
    const { values } = (0,args/* parseCommandArgs */.Qx)(flags/* KPI_FLUSH_FLAGS */.M5, argv);
    const inputs = (0,cli_inputs/* parseCliInputs */.x)(FlushSchema, {
        spool: values['kpi-spool'] ?? '',
        supabaseUrl: values['supabase-url'] ?? env.SUPABASE_URL ?? '',
        supabaseKey: values['supabase-key'] ?? env.KPI_INGEST_TOKEN ?? env.SUPABASE_SERVICE_ROLE_KEY ?? '',
    }, (field) => kpi_command_FLAG[field] ?? field);
    const result = await flushSpool(inputs.spool, new supabase_sink_SupabaseSink({ url: inputs.supabaseUrl, key: inputs.supabaseKey }));
    const ok = result.failure === null && result.remaining === 0;
    const stdout = values.json
        ? JSON.stringify({ ok, spool: inputs.spool, ...result }, null, 2)
        : describeFlush(inputs.spool, result);
    return { exitCode: ok ? 0 : exit/* EXIT */.d.rejected, stdout: (0,redaction/* redactText */.Rd)(stdout, [inputs.supabaseKey]) };
}
function describeFlush(spool, result) {
    const lines = [
        `${spool}: ${result.sent} events accepted (${result.inserted} new, ${result.duplicate} already stored), ${result.remaining} left in the spool`,
    ];
    if (result.unreadable > 0)
        lines.push(`${result.unreadable} unreadable lines dropped`);
    if (result.failure !== null)
        lines.push(`kpi_ingest_failed: ${result.failure}; run kpi flush again once Supabase answers`);
    return lines.join('\n');
}
async function report(argv, env) {
    const { values } = (0,args/* parseCommandArgs */.Qx)(flags/* KPI_REPORT_FLAGS */.Kk, argv);
    const inputs = (0,cli_inputs/* parseCliInputs */.x)(ReportSchema, {
        from: values.from ?? null,
        to: values.to ?? null,
        databaseUrl: values['db-url'] ?? env.SUPABASE_DB_URL ?? '',
    }, (field) => kpi_command_FLAG[field] ?? field);
    const secrets = databaseUrlSecrets(inputs.databaseUrl);
    // Loaded here so `kpi flush` does not pay for the database driver.
    const { readKpiReport } = await Promise.all(/* import() */[__webpack_require__.e(534), __webpack_require__.e(71)]).then(__webpack_require__.bind(__webpack_require__, 4071));
    // An unreachable database is an operational failure of the KPI store, not a bad argument.
    const result = await readKpiReport(inputs.databaseUrl, { from: inputs.from, to: inputs.to }).catch((error) => {
        throw new errors/* GuardError */.U$('kpi_ingest_failed', `cannot read the KPI views: ${(0,redaction/* redactText */.Rd)(error.message, secrets)}`, { cause: error });
    });
    const stdout = values.json ? JSON.stringify(result, null, 2) : (0,kpi/* renderKpiReport */.xt)(result);
    return { exitCode: 0, stdout: (0,redaction/* redactText */.Rd)(stdout, secrets) };
}


/***/ }),

/***/ 9265:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Bb: () => (/* reexport */ KPI_METRICS),
  Vl: () => (/* reexport */ KPI_VIEW_SCHEMA),
  vQ: () => (/* reexport */ kpiViewName),
  xt: () => (/* reexport */ renderKpiReport)
});

// UNUSED EXPORTS: TAG_REFUSED_CHARACTER, kpiEvent

// EXTERNAL MODULE: ./src/core/redaction/index.ts + 4 modules
var redaction = __webpack_require__(3963);
;// CONCATENATED MODULE: ./src/core/kpi/events.ts

/** The KPI metric names of the operations specs; dashboards and SQL views use them verbatim. */
const KPI_METRICS = [
    'security_ci.predicate_validation_pass_rate',
    'security_ci.slack_issue_followups',
    'security_ci.re_run_count',
    'security_ci.kpi_ingest_success',
    'notify.failures',
    'notify.slack_success_rate',
    'notify.issue_latency',
    'rerun.success_rate',
    'rerun.time_to_resolution',
    'rerun.automated_vs_manual',
    'recovery.issue_to_fix',
    'recovery.rollback_lead_time',
    'recovery.slack_ack_time',
    'metrics.lock_wait_seconds',
    'governance.manifest_diff_count',
    'artifact_retention_missing',
];
/**
 * Characters a KPI tag may not hold: JavaScript's control characters (\p{Cc}) and white space (\s),
 * git's `~^:?*[\`, and `<`, `>`. kpi.is_tag_name (supabase/migrations/) and the provenance-validate
 * function refuse the same.
 */
const TAG_REFUSED_CHARACTER = /[\p{Cc}\s~^:?*[\\<>]/gu;
/**
 * One event, fit for the KPI tables: each label key and value redacted (secret shapes become `***`,
 * e-mail addresses `<e-mail redacted>@domain`), and each character of the tag that the tables refuse
 * replaced by `_`. The event still counts; only the text that must not be stored is gone.
 */
function kpiEvent(context, { metric, value, labels = {}, event = 'default' }) {
    const tag = context.tag.replace(TAG_REFUSED_CHARACTER, '_');
    return {
        ...context,
        tag,
        metric,
        value,
        labels: Object.fromEntries(Object.entries(labels).map(([key, label]) => [redactText(key, []), redactText(label, [])])),
        idempotency_key: [context.repository, tag, context.run_id, context.run_attempt, metric, event].join('|'),
    };
}

;// CONCATENATED MODULE: ./src/core/kpi/report.ts

/** Schema of the KPI views in Supabase (supabase/migrations/*_kpi_views.sql). */
const KPI_VIEW_SCHEMA = 'kpi';
/** Each metric has one view, named after it: `notify.issue_latency` → `kpi.notify_issue_latency`. */
function kpiViewName(metric) {
    return metric.replaceAll('.', '_');
}
/** A plain-text table: one line per metric, repository and day, with the view's figures. */
function renderKpiReport(report) {
    const range = `${report.from ?? 'the first day'} to ${report.to ?? 'today'}`;
    const lines = KPI_METRICS.flatMap((metric) => {
        const rows = report.metrics[metric];
        if (rows.length === 0)
            return [[metric, '-', '-', 'no data']];
        return rows.map(({ repository, day, ...figures }) => [
            metric,
            repository,
            day,
            Object.entries(figures)
                .map(([name, value]) => `${name}=${format(value)}`)
                .join(' '),
        ]);
    });
    const header = ['metric', 'repository', 'day', 'figures'];
    const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)));
    const row = (cells) => cells
        .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column])))
        .join('  ');
    return [`KPIs from ${range}`, row(header), ...lines.map(row)].join('\n');
}
/** At most three decimals, without trailing zeros: 0.5, 1.25, 3 (Number drops the zeros toFixed writes). */
function format(value) {
    if (typeof value !== 'number')
        return value ?? '-';
    return String(Number(value.toFixed(3)));
}

;// CONCATENATED MODULE: ./src/core/kpi/index.ts




/***/ })

};

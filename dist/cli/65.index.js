export const id = 65;
export const ids = [65];
export const modules = {

/***/ 2121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yE: () => (/* reexport */ RETRY_POLICY),
  my: () => (/* reexport */ defaultCallTiming),
  D0: () => (/* reexport */ delayFor),
  u9: () => (/* reexport */ fetchWithTimeout),
  QG: () => (/* reexport */ idleTimeout),
  kL: () => (/* reexport */ isTimeout),
  dg: () => (/* reexport */ isTransient)
});

// UNUSED EXPORTS: backoffMs, isRateLimited

;// CONCATENATED MODULE: ./src/adapters/retry/policy.ts
/**
 * The one retry policy of every outbound call (GitHub, Slack, Supabase): at most `maxTries` tries, each
 * bounded by `timeoutMs`; a rate limit waits what the answer asks (`Retry-After`, or GitHub's reset time)
 * up to `maxWaitMs` — a longer wait is final, and the caller falls back; server errors (5xx) and
 * transport errors (refused, reset, timed out) back off exponentially; any other answer is final.
 * Delays are deterministic (no jitter), so tests that inject `sleep` and `now` see exact waits.
 */
const RETRY_POLICY = {
    maxTries: 3,
    timeoutMs: 30_000,
    maxWaitMs: 60_000,
    backoffBaseMs: 1_000,
    /** What GitHub documents for a rate limit that names no time to wait. */
    unnamedRateLimitWaitMs: 60_000,
};
/** 1 s after the first failed try, 2 s after the second. */
function backoffMs(attempt) {
    return RETRY_POLICY.backoffBaseMs * 2 ** (attempt - 1);
}
const defaultCallTiming = {
    maxTries: RETRY_POLICY.maxTries,
    maxWaitMs: RETRY_POLICY.maxWaitMs,
    backoffMs,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    now: () => Date.now(),
};
function noAnswer(failure) {
    return failure.transportError === true || failure.status === undefined;
}
/**
 * Rate limited: a 429 (GitHub, Slack, Supabase), or GitHub's 403 forms — the primary limit spent
 * (`x-ratelimit-remaining: 0`), a secondary limit (its message, or a `Retry-After`).
 */
function isRateLimited(failure) {
    if (failure.status === 429)
        return true;
    if (failure.status !== 403)
        return false;
    return (failure.rateLimitRemaining === '0' ||
        hasValue(failure.retryAfter) ||
        /secondary rate limit/i.test(failure.message ?? ''));
}
/** A failure that says nothing about the request itself: trying later may succeed. */
function isTransient(failure) {
    return noAnswer(failure) || (failure.status ?? 0) >= 500 || isRateLimited(failure);
}
/**
 * How long to wait before try `attempt + 1` after try `attempt` failed so; null when that try must not
 * be made: the tries are spent, the answer is final (4xx), or the wait asked for is longer than
 * `maxWaitMs`.
 */
function delayFor(failure, attempt, timing = defaultCallTiming) {
    if (attempt >= timing.maxTries || !isTransient(failure))
        return null;
    const asked = isRateLimited(failure)
        ? rateLimitWaitMs(failure, timing.now())
        : (retryAfterMs(failure.retryAfter, timing.now()) ?? timing.backoffMs(attempt));
    return Number.isFinite(asked) && asked <= timing.maxWaitMs ? Math.max(asked, 0) : null;
}
/** `Retry-After` when sent, else until GitHub's primary limit resets (a second late), else a minute. */
function rateLimitWaitMs(failure, nowMs) {
    const retryAfter = retryAfterMs(failure.retryAfter, nowMs);
    if (retryAfter !== null)
        return retryAfter;
    if (hasValue(failure.rateLimitReset)) {
        const resetMs = Number(failure.rateLimitReset) * 1000 - nowMs;
        return Number.isFinite(resetMs) ? resetMs + 1000 : Number.POSITIVE_INFINITY;
    }
    return RETRY_POLICY.unnamedRateLimitWaitMs;
}
/** `Retry-After` as milliseconds from now: delta-seconds or an HTTP date; null when absent or unreadable. */
function retryAfterMs(value, nowMs) {
    if (!hasValue(value))
        return null;
    const seconds = Number(value);
    if (Number.isFinite(seconds))
        return seconds * 1000;
    const date = Date.parse(value);
    return Number.isFinite(date) ? date - nowMs : null;
}
function hasValue(value) {
    return typeof value === 'string' && value.trim() !== '';
}

;// CONCATENATED MODULE: ./src/adapters/retry/timeout.ts

/**
 * `fetch` whose every request ends after `timeoutMs` (the body included): a hung server becomes a
 * transport error (`TimeoutError`) that the retry policy backs off from. A signal the caller passes still
 * aborts it.
 */
function fetchWithTimeout(timeoutMs = RETRY_POLICY.timeoutMs, base = () => globalThis.fetch) {
    return (input, init) => {
        const timeout = AbortSignal.timeout(timeoutMs);
        const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
        return base()(input, { ...init, signal });
    };
}
/** A transport error that is the try's timeout, however the client wrapped it. */
function isTimeout(error) {
    for (let current = error, depth = 0; current && depth < 5; depth++) {
        if (current.name === 'TimeoutError')
            return true;
        current = current.cause;
    }
    return false;
}
/**
 * A timeout for a long transfer: it fires when nothing arrived for `timeoutMs` (call `alive()` on every
 * chunk), not after a fixed total, so a large download is never cut off while bytes still flow.
 */
function idleTimeout(timeoutMs = RETRY_POLICY.timeoutMs) {
    const controller = new AbortController();
    const fire = () => controller.abort(new DOMException(`nothing arrived for ${timeoutMs} ms`, 'TimeoutError'));
    let timer = setTimeout(fire, timeoutMs);
    return {
        signal: controller.signal,
        alive() {
            clearTimeout(timer);
            timer = setTimeout(fire, timeoutMs);
        },
        stop() {
            clearTimeout(timer);
        },
    };
}

;// CONCATENATED MODULE: ./src/adapters/retry/index.ts




/***/ }),

/***/ 6065:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readPolicyText: () => (/* binding */ readPolicyText),
  runPolicyVerify: () => (/* binding */ runPolicyVerify)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors/index.ts + 6 modules
var errors = __webpack_require__(9421);
// EXTERNAL MODULE: ./src/core/policy-file/index.ts + 4 modules
var policy_file = __webpack_require__(5368);
// EXTERNAL MODULE: ./src/core/report/index.ts + 4 modules
var report = __webpack_require__(8332);
;// CONCATENATED MODULE: ./src/adapters/github/repository.ts
function toRepositoryRef(fullName) {
    const [owner, repo, ...rest] = fullName.split('/');
    if (!owner || !repo || rest.length > 0)
        throw new Error(`"${fullName}" is not OWNER/NAME`);
    return { owner, repo };
}

// EXTERNAL MODULE: ./src/adapters/retry/index.ts + 2 modules
var retry = __webpack_require__(2121);
;// CONCATENATED MODULE: ./src/adapters/github/status.ts
/** The HTTP status an Octokit call failed with; undefined for transport errors that never got an answer. */
function status_statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}

;// CONCATENATED MODULE: ./src/adapters/github/retry.ts



const retry_defaultGitHubRetryTiming = retry/* defaultCallTiming */.my;
/**
 * A failed Octokit call as the retry policy reads it; null for anything that is not a failed request (a
 * GuardError, a bug): those are final and leave unchanged. Octokit reports a request that got no answer
 * (refused, dropped, timed out) as a status-500 error without a response.
 */
function failureOf(error) {
    const status = status_statusOf(error);
    if (status === undefined || (0,errors/* isGuardError */.QT)(error))
        return null;
    const { message, response } = (error ?? {});
    const headers = response?.headers ?? {};
    return {
        status,
        transportError: response === undefined,
        retryAfter: headers['retry-after'] ?? null,
        rateLimitRemaining: headers['x-ratelimit-remaining'] ?? null,
        rateLimitReset: headers['x-ratelimit-reset'] ?? null,
        message: message ?? '',
    };
}
/**
 * How long to wait before trying a failed GitHub call again, or null when it must not be retried: the
 * retry policy (`src/adapters/retry/policy.ts`) applied to an Octokit error.
 */
function retryDelay(error, attempt, timing) {
    const failure = failureOf(error);
    return failure === null ? null : (0,retry/* delayFor */.D0)(failure, attempt, timing);
}
/**
 * The error a GitHub call ends with once no further try will be made: `github_unavailable` when the last
 * failure was transient (a 5xx, no answer, a timeout, a rate limit longer than the policy waits) — GitHub
 * decided nothing — and null otherwise (the caller keeps the error: a 4xx is an answer).
 */
function githubUnavailable(error, what) {
    const failure = failureOf(error);
    if (failure === null || !(0,retry/* isTransient */.dg)(failure))
        return null;
    const first = (failure.message ?? '').split('\n')[0]?.slice(0, 200) ?? '';
    let answer;
    if ((0,retry/* isTimeout */.kL)(error))
        answer = 'no answer: timed out';
    else if (failure.transportError)
        answer = `no answer: ${first}`;
    else
        answer = `HTTP ${failure.status}: ${first}`;
    return new errors/* GuardError */.U$('github_unavailable', `GitHub did not answer ${what ?? requestOf(error)} within the retry policy (${answer}); nothing was decided: rerun the step`, { cause: error });
}
/** `GET /repos/o/r/…` of a failed Octokit request, without the host or query. */
function requestOf(error) {
    const { method, url } = error?.request ?? {};
    if (!url)
        return 'a request';
    let path = url;
    try {
        path = new URL(url).pathname;
    }
    catch {
        path = url.split('?')[0] ?? url;
    }
    return `${method ?? 'a request to'} ${path}`;
}
/**
 * A GitHub call with at most `maxTries` tries, waiting as `retryDelay` says; nothing to read back. After
 * the last try a transient failure is `github_unavailable`; `what` names the call in its message.
 */
function retry_withGitHubRetries(call, timing = retry_defaultGitHubRetryTiming, what) {
    return retry_withReadBack(call, async () => null, timing, what);
}
/**
 * An effect whose answer can be lost after it landed (a 5xx or a dropped connection after GitHub acted):
 * it is never repeated blindly. Before each new try `readBack` looks for it (a marker, an id); found, it
 * is the answer. At most `maxTries` tries, waiting as `retryDelay` says; then as `withGitHubRetries`.
 */
async function retry_withReadBack(effect, readBack, timing = retry_defaultGitHubRetryTiming, what) {
    for (let attempt = 1;; attempt++) {
        try {
            return await effect();
        }
        catch (error) {
            const wait = retryDelay(error, attempt, timing);
            if (wait === null)
                throw githubUnavailable(error, what) ?? error;
            await timing.sleep(wait);
            const landed = await readBack();
            if (landed !== null)
                return landed;
        }
    }
}
/**
 * The pages of an `octokit.paginate.iterator`, each page one call under the retry policy: a page that
 * failed is asked again (the iterator moves on only after a page arrived).
 */
async function* retry_pagesWithRetries(pages, timing = retry_defaultGitHubRetryTiming, what) {
    const iterator = pages[Symbol.asyncIterator]();
    for (;;) {
        const next = await retry_withGitHubRetries(() => iterator.next(), timing, what);
        if (next.done)
            return;
        yield next.value;
    }
}

;// CONCATENATED MODULE: ./src/adapters/github/tags.ts



const MAX_TAG_DEPTH = 5;
/**
 * The commit a release tag points at, dereferencing annotated tags (and tags of tags). Each lookup is
 * retried as the retry policy says; GitHub not answering is `github_unavailable`, a tag it does not know
 * `tag_mismatch`.
 */
async function resolveTagCommit(octokit, repository, tag, timing = retry_defaultGitHubRetryTiming) {
    const where = `${repository.owner}/${repository.repo}`;
    let object;
    try {
        ({
            data: { object },
        } = await retry_withGitHubRetries(() => octokit.rest.git.getRef({ ...repository, ref: `tags/${tag}` }), timing, `the lookup of tag ${tag} in ${where}`));
    }
    catch (error) {
        if (status_statusOf(error) === 404)
            throw new errors/* GuardError */.U$('tag_mismatch', `tag ${tag} does not exist in ${where}`, { cause: error });
        throw error;
    }
    for (let depth = 0; object.type === 'tag'; depth++) {
        if (depth >= MAX_TAG_DEPTH)
            throw new errors/* GuardError */.U$('tag_mismatch', `tag ${tag} nests more than ${MAX_TAG_DEPTH} annotated tags`);
        const sha = object.sha;
        ({
            data: { object },
        } = await retry_withGitHubRetries(() => octokit.rest.git.getTag({ ...repository, tag_sha: sha }), timing, `the annotated tag ${sha} of ${tag} in ${where}`));
    }
    if (object.type !== 'commit')
        throw new errors/* GuardError */.U$('tag_mismatch', `tag ${tag} points at a ${object.type}, not a commit`);
    return object.sha;
}

;// CONCATENATED MODULE: ./src/adapters/github/attestations.ts



/** Bounds the pages read per digest: 10 × 100 attestations is far beyond any real release. */
const MAX_PAGES = 10;
/**
 * Every attestation bundle GitHub holds for each artifact digest (all pages), as one JSON-lines text the
 * verifier reads like a file. 404 for a digest means it has none: `attestation_missing`. Each page is
 * one call under the retry policy.
 */
async function fetchAttestations(octokit, repository, sha256Digests, timing = defaultGitHubRetryTiming) {
    const bundles = await lookUpConcurrently(sha256Digests, (digest) => attestationsFor({ octokit, repository, timing }, digest));
    if (bundles.length === 0) {
        throw new GuardError('attestation_missing', `GitHub has no attestation for ${sha256Digests.map((d) => `sha256:${d.slice(0, 12)}…`).join(', ')} in ${repository.owner}/${repository.repo}`);
    }
    return bundles.map((bundle) => JSON.stringify(bundle)).join('\n');
}
/** At most this many digests are looked up at once: well within GitHub's secondary rate limits. */
const CONCURRENT_LOOKUPS = 8;
async function lookUpConcurrently(digests, lookUp) {
    const results = new Array(digests.length);
    let next = 0;
    const worker = async () => {
        for (let i = next++; i < digests.length; i = next++)
            results[i] = await lookUp(digests[i]);
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENT_LOOKUPS, digests.length) }, worker));
    return results.flat();
}
async function attestationsFor({ octokit, repository, timing }, digest) {
    const bundles = [];
    const pages = pagesWithRetries(octokit.paginate.iterator(octokit.rest.repos.listAttestations, {
        ...repository,
        subject_digest: `sha256:${digest}`,
        per_page: 100,
    }), timing, `the attestations of sha256:${digest.slice(0, 12)}… in ${repository.owner}/${repository.repo}`);
    let read = 0;
    try {
        for await (const page of pages) {
            // The route's list is namespaced (`{attestations}`) and has no total_count, so Octokit leaves it as is.
            const { attestations } = page.data;
            bundles.push(...(attestations ?? [])
                .map((attestation) => attestation.bundle)
                .filter((bundle) => bundle !== undefined));
            if (++read >= MAX_PAGES)
                break;
        }
    }
    catch (error) {
        if (statusOf(error) !== 404)
            throw error;
    }
    return bundles;
}

;// CONCATENATED MODULE: ./src/adapters/github/issues.ts


const LABEL_COLORS = {
    'ops-alert': 'b60205',
    'provenance-failure': 'd93f0b',
    'security-backcompat': '5319e7',
};
/** Creates the labels that are missing; an existing label (422 already_exists) is fine. */
async function ensureLabels({ octokit, repository, timing }, labels) {
    for (const name of labels) {
        try {
            await withGitHubRetries(() => octokit.rest.issues.createLabel({ ...repository, name, color: LABEL_COLORS[name] ?? 'ededed' }), timing);
        }
        catch (error) {
            if (statusOf(error) !== 422)
                throw error;
        }
    }
}
/**
 * The open failure issue whose body carries the marker — the first opened, when a race opened two — among the
 * labelled open issues. The issues API lists pull requests too (they carry `pull_request`); a pull request
 * quoting the marker is not the issue.
 */
async function findIssueByMarker(api, label, marker) {
    const found = await markedIssues(api, label, marker);
    return found.length > 0 ? Math.min(...found) : null;
}
async function markedIssues({ octokit, repository, timing }, label, marker) {
    const issues = await firstPages((page) => octokit.rest.issues.listForRepo({ ...repository, state: 'open', labels: label, per_page: 100, page }), timing);
    return issues.filter((i) => !i.pull_request && i.body?.includes(marker)).map((i) => i.number);
}
/** The first five pages of 100 of a listing, each page one call under the retry policy. */
async function firstPages(list, timing) {
    const items = [];
    for (let page = 1; page <= 5; page++) {
        const { data } = await withGitHubRetries(() => list(page), timing);
        items.push(...data);
        if (data.length < 100)
            break;
    }
    return items;
}
/**
 * Opens the issue once: its body carries `found.marker`, so an issue that is already open — opened by an
 * earlier attempt whose record was lost, or by a try whose answer was lost — is found under `found.label`
 * before another is opened. Two notifiers racing past that search (one whose claim expired while it worked)
 * can still open two: the later one is then closed as a duplicate of the first, and the first is the answer.
 */
async function openIssue(api, content, found) {
    const { octokit, repository, timing } = api;
    const open = await findIssueByMarker(api, found.label, found.marker);
    if (open !== null)
        return open;
    const opened = await withReadBack(async () => {
        const { data } = await octokit.rest.issues.create({
            ...repository,
            title: content.title,
            body: content.body,
            labels: [...content.labels],
        });
        return data.number;
    }, () => findIssueByMarker(api, found.label, found.marker), timing);
    const first = (await findIssueByMarker(api, found.label, found.marker)) ?? opened;
    if (first !== opened)
        await closeAsDuplicate(api, opened, first);
    return first;
}
async function closeAsDuplicate(api, issue, of) {
    const { octokit, repository, timing } = api;
    const note = `Duplicate of #${of}.`;
    await commentOnIssue(api, issue, note, note);
    await withGitHubRetries(() => octokit.rest.issues.update({
        ...repository,
        issue_number: issue,
        state: 'closed',
        state_reason: 'not_planned',
    }), timing);
}
/**
 * Comments once when the body carries `marker`: a comment whose creation landed while the answer was lost is
 * found among the issue's comments before another is posted. Without a marker, nothing can be read back.
 */
async function commentOnIssue(api, issueNumber, body, marker = null) {
    const { octokit, repository, timing } = api;
    await withReadBack(async () => {
        await octokit.rest.issues.createComment({ ...repository, issue_number: issueNumber, body });
        return true;
    }, async () => (marker !== null && (await hasComment(api, issueNumber, marker)) ? true : null), timing);
}
async function hasComment({ octokit, repository, timing }, issue, marker) {
    const comments = await firstPages((page) => octokit.rest.issues.listComments({ ...repository, issue_number: issue, per_page: 100, page }), timing);
    return comments.some((comment) => comment.body?.includes(marker));
}

;// CONCATENATED MODULE: ./src/adapters/github/runs.ts


/** How far this runner's clock and GitHub's may disagree when a dispatched run is looked for. */
const CLOCK_SKEW_MS = 60_000;
async function getRun({ octokit, repository, timing }, runId) {
    const { data } = await withGitHubRetries(() => octokit.rest.actions.getWorkflowRun({ ...repository, run_id: runId }), timing, `run ${runId} of ${repository.owner}/${repository.repo}`);
    return toRunInfo(data);
}
function toRunInfo(data) {
    return {
        id: data.id,
        createdAt: new Date(data.created_at),
        runAttempt: data.run_attempt ?? 1,
        status: data.status ?? 'unknown',
        conclusion: data.conclusion ?? null,
        headSha: data.head_sha,
        headBranch: data.head_branch ?? null,
        workflowId: data.workflow_id,
        workflowPath: data.path,
        event: data.event,
        headRepository: data.head_repository?.full_name ?? null,
        triggeringActor: data.triggering_actor?.login ?? data.actor?.login ?? null,
        actor: data.actor?.login ?? null,
        runStartedAt: data.run_started_at ? new Date(data.run_started_at) : null,
        updatedAt: new Date(data.updated_at),
        displayTitle: data.display_title,
    };
}
/** At most this many pages of 100 runs are read when a workflow's runs are listed. */
const MAX_RUN_PAGES = 10;
/**
 * The `workflow_dispatch` runs of `workflow` on `branch` created since `since`, as GitHub lists them (newest
 * first, at most 1,000): what GitHub, not a file, says was asked of a workflow. A listing cut at the cap says
 * so, so a caller can refuse to conclude from part of it.
 */
async function dispatchedRuns({ octokit, repository, timing }, workflow, branch, since) {
    const pages = pagesWithRetries(octokit.paginate.iterator(octokit.rest.actions.listWorkflowRuns, {
        ...repository,
        workflow_id: workflow,
        event: 'workflow_dispatch',
        branch,
        created: `>=${since.toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
        per_page: 100,
    }), timing, `the runs of ${workflow} in ${repository.owner}/${repository.repo}`);
    const runs = [];
    let read = 0;
    let complete = true;
    for await (const page of pages) {
        runs.push(...page.data.map((run) => toRunInfo(run)));
        if (++read >= MAX_RUN_PAGES) {
            complete = page.data.length < 100;
            break;
        }
    }
    return {
        runs: runs.filter((run) => run.createdAt.getTime() >= since.getTime() && run.headBranch === branch),
        complete,
    };
}
/**
 * Asks GitHub to rerun the run's attempt `runAttempt`; its refusal (403: too old, still running, over the
 * cap) comes back as a reason. The rerun is read back by the run's attempt — past `runAttempt` means it
 * started — before every new try (a try whose answer was lost may have landed, and the rerun it started may
 * even have finished already) and before a refusal is believed (a retry refused as already running).
 */
async function rerunRun(api, run, failedJobsOnly) {
    const { octokit, repository, timing } = api;
    const target = { ...repository, run_id: run.id };
    const started = async () => (await getRun(api, run.id)).runAttempt > run.runAttempt ? { ok: true } : null;
    try {
        return await withReadBack(async () => {
            if (failedJobsOnly)
                await octokit.rest.actions.reRunWorkflowFailedJobs(target);
            else
                await octokit.rest.actions.reRunWorkflow(target);
            return { ok: true };
        }, started, timing, `rerun of run ${run.id}`);
    }
    catch (error) {
        if (statusOf(error) !== 403 && statusOf(error) !== 422)
            throw error;
        return (await started()) ?? { ok: false, why: error.message };
    }
}
/** Whether the effect of a recovery claimed at `since` on the run's attempt `runAttempt` is there. */
async function recoveryStarted(api, claimed) {
    if ((await getRun(api, claimed.run.id)).runAttempt > claimed.run.runAttempt)
        return 'rerun';
    if (claimed.workflow !== null &&
        (await dispatchedSince(api, claimed.workflow, `refs/tags/${claimed.tag}`, claimed.sinceMs - CLOCK_SKEW_MS)))
        return 'dispatch_release';
    if (await tagExists(api, `${claimed.tag}-retry`))
        return 'retry_tag';
    return null;
}
async function tagExists({ octokit, repository, timing }, tag) {
    try {
        await withGitHubRetries(() => octokit.rest.git.getRef({ ...repository, ref: `tags/${tag}` }), timing);
        return true;
    }
    catch (error) {
        if (statusOf(error) === 404)
            return false;
        throw error;
    }
}
/**
 * Dispatches a workflow on a ref; `ok: false` when it cannot be dispatched (no workflow_dispatch trigger,
 * unknown workflow). A dispatch whose answer was lost is read back before it is tried again: a
 * `workflow_dispatch` run of the workflow on that ref created since the first try means it landed.
 */
async function dispatchWorkflow(api, workflow, ref, inputs) {
    const { octokit, repository, timing = defaultGitHubRetryTiming } = api;
    const since = timing.now() - CLOCK_SKEW_MS;
    try {
        return await withReadBack(async () => {
            await octokit.rest.actions.createWorkflowDispatch({
                ...repository,
                workflow_id: workflow,
                ref,
                inputs,
            });
            return { ok: true };
        }, async () => ((await dispatchedSince(api, workflow, ref, since)) ? { ok: true } : null), timing, `dispatch of ${workflow} on ${ref}`);
    }
    catch (error) {
        if (statusOf(error) === 404 || statusOf(error) === 422)
            return { ok: false, why: error.message };
        throw error;
    }
}
async function dispatchedSince({ octokit, repository, timing }, workflow, ref, sinceMs) {
    const branch = ref.replace(/^refs\/(heads|tags)\//, '');
    const { data } = await withGitHubRetries(() => octokit.rest.actions.listWorkflowRuns({
        ...repository,
        workflow_id: workflow,
        event: 'workflow_dispatch',
        branch,
        per_page: 20,
    }), timing);
    return data.workflow_runs.some((run) => Date.parse(run.created_at) >= sinceMs);
}
/** `<tag>-retry` at the release commit; an existing one is reused, never moved. */
async function createTagRef({ octokit, repository, timing }, tag, sha) {
    try {
        await withGitHubRetries(() => octokit.rest.git.createRef({ ...repository, ref: `refs/tags/${tag}`, sha }), timing);
        return 'created';
    }
    catch (error) {
        if (statusOf(error) === 422 && /already exists/i.test(error.message))
            return 'exists';
        throw error;
    }
}
/** Polls a run until it completes, bounded; null when it did not finish in time. */
async function awaitRun(api, runId, options) {
    const deadline = options.now() + options.timeoutMs;
    for (;;) {
        const run = await getRun(api, runId);
        if (run.status === 'completed')
            return run;
        if (options.now() >= deadline)
            return null;
        await options.sleep(options.intervalMs);
    }
}
async function repositoryPermission({ octokit, repository, timing }, username) {
    try {
        const { data } = await withGitHubRetries(() => octokit.rest.repos.getCollaboratorPermissionLevel({ ...repository, username }), timing);
        return { permission: data.permission, roleName: data.role_name ?? null };
    }
    catch (error) {
        if (statusOf(error) === 404)
            return { permission: 'none', roleName: null };
        throw error;
    }
}

// EXTERNAL MODULE: ./src/core/release/index.ts + 1 modules
var release = __webpack_require__(2251);
;// CONCATENATED MODULE: ./src/adapters/github/pulls.ts




/**
 * A branch whose one new commit restores the target commit's tree on top of the base branch, except the
 * kept folders, and the pull request for it. A pull request already open from that branch is adopted only if
 * its head is exactly this rollback of its own parent; a branch left without a pull request is reset to it.
 */
async function openRevertPullRequest(github, request) {
    const existing = await findOpenPull(github, request.branch);
    if (existing)
        return adopt(github, existing, request);
    const { octokit, repository, timing } = github;
    const { data: base } = await withGitHubRetries(() => octokit.rest.git.getRef({ ...repository, ref: `heads/${request.baseBranch}` }), timing);
    const tree = await rollbackTree(github, { ...request, baseSha: base.object.sha });
    const { data: commit } = await withGitHubRetries(() => octokit.rest.git.createCommit({
        ...repository,
        message: request.title,
        tree,
        parents: [base.object.sha],
    }), timing);
    await pointBranchAt(github, request.branch, commit.sha);
    return openPull(github, request);
}
/** The pull request open from `branch`, if any: what an already recorded rollback points to. */
async function openPullFrom(github, branch) {
    const pull = await findOpenPull(github, branch);
    return pull && { number: pull.number, url: pull.url };
}
/** Creates the branch; one left by an earlier attempt (no pull request is open from it) is reset. */
async function pointBranchAt({ octokit, repository, timing }, branch, sha) {
    try {
        await withGitHubRetries(() => octokit.rest.git.createRef({ ...repository, ref: `refs/heads/${branch}`, sha }), timing);
    }
    catch (error) {
        if (statusOf(error) !== 422)
            throw error;
        await withGitHubRetries(() => octokit.rest.git.updateRef({ ...repository, ref: `heads/${branch}`, sha, force: true }), timing);
    }
}
/** Opens the pull request; one whose creation landed while its answer was lost is found and adopted. */
async function openPull(github, request) {
    const { octokit, repository, timing } = github;
    try {
        const { data: pull } = await withGitHubRetries(() => octokit.rest.pulls.create({
            ...repository,
            base: request.baseBranch,
            head: request.branch,
            title: request.title,
            body: request.body,
        }), timing);
        return { number: pull.number, url: pull.html_url };
    }
    catch (error) {
        const existing = statusOf(error) === 422 ? await findOpenPull(github, request.branch) : null;
        if (!existing)
            throw error;
        return adopt(github, existing, request);
    }
}
/** An open pull request is this rollback only if its head restores the target onto the head's own parent. */
async function adopt(github, pull, request) {
    const { octokit, repository, timing } = github;
    const { data: head } = await withGitHubRetries(() => octokit.rest.git.getCommit({ ...repository, commit_sha: pull.headSha }), timing);
    const [parent, ...more] = head.parents;
    const expected = parent && more.length === 0 ? await rollbackTree(github, { ...request, baseSha: parent.sha }) : null;
    if (expected !== head.tree.sha)
        throw new GuardError('input_invalid', `pull request #${pull.number} from ${request.branch} is not this rollback to ${request.targetSha}: close it and delete the branch, then request the rollback again`);
    return { number: pull.number, url: pull.url };
}
async function findOpenPull({ octokit, repository, timing }, branch) {
    const { data } = await withGitHubRetries(() => octokit.rest.pulls.list({
        ...repository,
        state: 'open',
        head: `${repository.owner}:${branch}`,
        per_page: 10,
    }), timing);
    const [pull] = data;
    return pull ? { number: pull.number, url: pull.html_url, headSha: pull.head.sha } : null;
}
/** The target's tree with the kept folders as the base commit has them. */
async function rollbackTree(github, request) {
    const { octokit, repository, timing } = github;
    const targetTree = await treeOf(github, request.targetSha);
    const base = await filesOf(github, await treeOf(github, request.baseSha));
    const changes = keptFolderChanges(base, await filesOf(github, targetTree), request.keptFolders);
    if (changes.length === 0)
        return targetTree;
    const { data } = await withGitHubRetries(() => octokit.rest.git.createTree({ ...repository, base_tree: targetTree, tree: changes }), timing);
    return data.sha;
}
async function treeOf({ octokit, repository, timing }, commitSha) {
    const { data } = await withGitHubRetries(() => octokit.rest.git.getCommit({ ...repository, commit_sha: commitSha }), timing);
    return data.tree.sha;
}
/** Every file of a tree; a tree too large for one listing is refused rather than half-restored. */
async function filesOf({ octokit, repository, timing }, treeSha) {
    const { data } = await withGitHubRetries(() => octokit.rest.git.getTree({ ...repository, tree_sha: treeSha, recursive: 'true' }), timing);
    if (data.truncated)
        throw new GuardError('input_invalid', `the tree ${treeSha} is too large for GitHub to list in one answer: open the rollback pull request by hand`);
    return data.tree.flatMap((entry) => entry.type === 'blob' && entry.path && entry.sha && isFileMode(entry.mode)
        ? [{ path: entry.path, mode: entry.mode, sha: entry.sha }]
        : []);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var node_modules_yauzl = __webpack_require__(663);
;// CONCATENATED MODULE: ./src/adapters/artifact/safe-unzip.ts







const safe_unzip_defaultUnzipLimits = { maxTotalBytes: 4 * 1024 ** 3, maxEntries: 10_000 };
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
/**
 * Extracts a zip archive into `target`, refusing what could escape it (zip-slip): `..` or absolute
 * names, symbolic links, and archives that inflate past the limits (counted on the bytes written,
 * not on the sizes the archive claims, and on every entry, directories included). Returns the extracted
 * files.
 */
async function safe_unzip_extractZipSafely(zipPath, target, limits = safe_unzip_defaultUnzipLimits) {
    const root = resolve(target);
    const zip = await openZip(zipPath);
    const files = [];
    let written = 0;
    // Every entry counts, directories too: each is work and an inode.
    let entries = 0;
    try {
        for (let entry = await nextEntry(zip); entry !== null; entry = await nextEntry(zip)) {
            if (++entries > limits.maxEntries)
                refuse(zipPath, `more than ${limits.maxEntries} entries`);
            const destination = resolve(root, entry.fileName);
            const inside = relative(root, destination);
            if (inside.startsWith('..') || isAbsolute(inside))
                refuse(zipPath, `entry ${entry.fileName} would be written outside the target`);
            if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK)
                refuse(zipPath, `entry ${entry.fileName} is a symbolic link`);
            if (entry.fileName.endsWith('/')) {
                await mkdir(destination, { recursive: true });
                continue;
            }
            await mkdir(dirname(destination), { recursive: true });
            const counter = new Transform({
                transform(chunk, _encoding, done) {
                    written += chunk.length;
                    if (written > limits.maxTotalBytes)
                        done(new GuardError('artifact_missing', `${zipPath} inflates past ${limits.maxTotalBytes} bytes: refused`));
                    else
                        done(null, chunk);
                },
            });
            await pipeline(await openEntry(zip, entry), counter, createWriteStream(destination, { flags: 'wx' }));
            files.push(destination);
        }
    }
    finally {
        zip.close();
    }
    return files;
}
function refuse(zipPath, why) {
    throw new GuardError('artifact_missing', `refused to extract ${zipPath}: ${why}`);
}
function openZip(path) {
    return new Promise((resolvePromise, reject) => {
        yauzl.open(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (error, zip) => {
            if (error || !zip)
                reject(new GuardError('artifact_missing', `${path} is not a readable zip archive: ${error?.message}`, {
                    cause: error,
                }));
            else
                resolvePromise(zip);
        });
    });
}
/** yauzl itself refuses `..`, absolute and backslash names while reading the directory. */
function nextEntry(zip) {
    return new Promise((resolvePromise, reject) => {
        const cleanup = () => zip.removeAllListeners('entry').removeAllListeners('end').removeAllListeners('error');
        zip.once('entry', (entry) => {
            cleanup();
            resolvePromise(entry);
        });
        zip.once('end', () => {
            cleanup();
            resolvePromise(null);
        });
        zip.once('error', (error) => {
            cleanup();
            reject(new GuardError('artifact_missing', `refused to extract the archive: ${error.message}`, {
                cause: error,
            }));
        });
        zip.readEntry();
    });
}
function openEntry(zip, entry) {
    return new Promise((resolvePromise, reject) => {
        zip.openReadStream(entry, (error, stream) => {
            if (error || !stream)
                reject(new GuardError('artifact_missing', `cannot read ${entry.fileName} from the archive: ${error?.message}`, { cause: error }));
            else
                resolvePromise(stream);
        });
    });
}

;// CONCATENATED MODULE: ./src/adapters/artifact/download.ts








const defaultDownloadTiming = {
    maxTries: 3,
    delayMs: (attempt) => 1_000 * 2 ** (attempt - 1),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
/**
 * Finds the run's artifact by name and downloads its archive by id, with our Octokit and `fetch`, so every
 * try is ours, bounded and time-bounded (`@actions/artifact` retries the storage download five times inside
 * each call): at most 3 tries with backoff on 5xx/403/404/not-found. Expired → `artifact_retention_missing`
 * at once; otherwise `artifact_missing`. The archive is extracted by us, safely.
 */
async function downloadRunArtifact(request, github, timing = defaultDownloadTiming, limits = defaultUnzipLimits) {
    let lastError;
    for (let attempt = 1; attempt <= timing.maxTries; attempt++) {
        try {
            const artifact = await findArtifact(github.octokit, request);
            const archive = join(await mkdtemp(join(request.targetDir, '.archive-')), 'artifact.zip');
            await downloadArchive(github.octokit, request, artifact.id, archive);
            const files = await extractZipSafely(archive, join(request.targetDir, 'files'), limits);
            return { id: artifact.id, files, digest: artifact.digest, tries: attempt };
        }
        catch (error) {
            if (error instanceof GuardError)
                throw error;
            if (isExpired(error)) {
                throw new GuardError('artifact_retention_missing', `artifact ${request.name} of run ${request.runId} has expired under the retention policy; reacquire it (rerun the build)`, { cause: error });
            }
            if (!isRetryable(error))
                throw toMissing(request, error);
            lastError = error;
            if (attempt < timing.maxTries)
                await timing.sleep(timing.delayMs(attempt));
        }
    }
    throw toMissing(request, lastError, timing.maxTries);
}
/**
 * GitHub answers the archive with a 302 to pre-signed storage: the token goes to GitHub only. The storage
 * download ends when nothing arrived for the policy's timeout, never while bytes still flow.
 */
async function downloadArchive(octokit, request, id, path) {
    const { status, headers } = await octokit.rest.actions.downloadArtifact({
        owner: request.owner,
        repo: request.repo,
        artifact_id: id,
        archive_format: 'zip',
        request: { redirect: 'manual' },
    });
    if (status !== 302 || !headers.location)
        throw Object.assign(new Error(`GitHub answered ${status} without a download location`), { status });
    const idle = idleTimeout();
    try {
        const response = await fetch(headers.location, { signal: idle.signal });
        if (!response.ok || response.body === null)
            throw Object.assign(new Error(`the artifact storage answered ${response.status}`), {
                status: response.status,
            });
        const alive = new Transform({
            transform(chunk, _encoding, done) {
                idle.alive();
                done(null, chunk);
            },
        });
        await pipeline(Readable.fromWeb(response.body), alive, createWriteStream(path));
    }
    finally {
        idle.stop();
    }
}
class ArtifactNotListed extends (/* unused pure expression or super */ null && (Error)) {
    status = 404;
}
/** The newest artifact of that name in the run; an expired one is refused before any download. */
async function findArtifact(octokit, request) {
    const { data } = await octokit.rest.actions.listWorkflowRunArtifacts({
        owner: request.owner,
        repo: request.repo,
        run_id: request.runId,
        name: request.name,
        per_page: 100,
    });
    const [newest] = data.artifacts.filter((a) => a.name === request.name).sort((a, b) => b.id - a.id);
    if (!newest)
        throw new ArtifactNotListed(`run ${request.runId} has no artifact named ${request.name}`);
    if (newest.expired)
        throw Object.assign(new Error('Artifact has expired'), { status: 410 });
    return { id: newest.id, digest: newest.digest ?? null };
}
function download_statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
function isExpired(error) {
    // ArtifactNotFoundError's advice mentions "not expired", so only GitHub's own 410 wording counts.
    return download_statusOf(error) === 410 || /artifact has expired/i.test(error?.message ?? '');
}
function isRetryable(error) {
    const status = download_statusOf(error);
    if (status === undefined)
        return true;
    return status === 403 || status === 404 || status === 429 || status >= 500;
}
function toMissing(request, error, tries) {
    const after = tries ? ` after ${tries} tries` : '';
    return new GuardError('artifact_missing', `artifact ${request.name} of run ${request.runId} could not be downloaded${after}: ${error?.message ?? String(error)}`, { cause: error });
}

;// CONCATENATED MODULE: ./src/adapters/github/releases.ts









const defaultReleaseLimits = {
    maxAssets: 1000,
    maxAssetBytes: 2 * 1024 ** 3,
    maxTotalBytes: 8 * 1024 ** 3,
    maxPages: 20,
};
/**
 * The release of the tag, read from the list, drafts included (the list shows them to a token with push
 * access; `getReleaseByTag` never does): the published one, even when drafts carry the same tag (anyone
 * drafting a release must not shadow what users download); a draft only when nothing with that tag is
 * published.
 */
async function findRelease(client, repository, tag, limits = defaultReleaseLimits) {
    let read = 0;
    let draft = null;
    const pages = retry_pagesWithRetries(client.octokit.paginate.iterator(client.octokit.rest.repos.listReleases, {
        ...repository,
        per_page: 100,
    }), client.timing, `the releases of ${repository.owner}/${repository.repo}`);
    for await (const page of pages) {
        for (const release of page.data.filter((candidate) => candidate.tag_name === tag)) {
            const found = {
                id: release.id,
                tag,
                draft: release.draft,
                prerelease: release.prerelease,
                htmlUrl: release.html_url,
            };
            if (!release.draft)
                return found;
            draft ??= found;
        }
        if (++read >= limits.maxPages)
            break;
    }
    if (draft)
        return draft;
    throw new errors/* GuardError */.U$('artifact_missing', `${repository.owner}/${repository.repo} has no release for tag ${tag}`);
}
async function listReleaseAssets(client, repository, releaseId, limits = defaultReleaseLimits) {
    const assets = [];
    const pages = retry_pagesWithRetries(client.octokit.paginate.iterator(client.octokit.rest.repos.listReleaseAssets, {
        ...repository,
        release_id: releaseId,
        per_page: 100,
    }), client.timing, `the assets of release ${releaseId} of ${repository.owner}/${repository.repo}`);
    for await (const page of pages) {
        assets.push(...page.data.map((a) => ({ id: a.id, name: a.name, size: a.size, digest: a.digest ?? null })));
        if (assets.length > limits.maxAssets)
            throw new errors/* GuardError */.U$('artifact_missing', `the release has more than ${limits.maxAssets} assets`);
    }
    const names = new Set();
    for (const asset of assets) {
        assertSafeName(asset.name);
        if (names.has(asset.name))
            throw new errors/* GuardError */.U$('artifact_missing', `the release lists asset ${JSON.stringify(asset.name)} twice`);
        names.add(asset.name);
    }
    const total = assets.reduce((sum, a) => sum + a.size, 0);
    if (total > limits.maxTotalBytes)
        throw new errors/* GuardError */.U$('artifact_missing', `the release's assets hold ${total} bytes, more than ${limits.maxTotalBytes}`);
    return assets;
}
/**
 * A name becomes a file name: nothing that climbs out of the directory, hides, or carries control characters.
 */
function assertSafeName(name) {
    if (name === '' ||
        name === '.' ||
        name === '..' ||
        // eslint-disable-next-line no-control-regex
        /[/\\\u0000-\u001f\u007f]/.test(name) ||
        name.length > 255) {
        throw new errors/* GuardError */.U$('artifact_missing', `release asset name ${JSON.stringify(name)} is not a safe file name`);
    }
}
/**
 * Each asset streamed to `dir`, at most `maxTries` tries each, never more bytes than the listing declared;
 * a try that receives nothing for the retry policy's timeout (30 s) fails and is retried.
 */
async function downloadReleaseAssets(client, repository, { assets, dir, timing = defaultDownloadTiming, limits = defaultReleaseLimits }) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const downloaded = [];
    for (const asset of assets) {
        if (asset.size > limits.maxAssetBytes)
            throw new errors/* GuardError */.U$('artifact_missing', `release asset ${asset.name} is ${asset.size} bytes, more than ${limits.maxAssetBytes}`);
        const path = (0,external_node_path_.join)(dir, asset.name);
        await withTries(timing, asset.name, () => downloadOne(client, repository, asset, path));
        downloaded.push({ ...asset, path });
    }
    return downloaded;
}
class Retryable extends Error {
}
async function withTries(timing, name, call) {
    for (let attempt = 1;; attempt++) {
        try {
            return await call();
        }
        catch (error) {
            if (!(error instanceof Retryable) && !(error instanceof TypeError) && !(0,retry/* isTimeout */.kL)(error))
                throw error;
            if (attempt >= timing.maxTries) {
                throw new errors/* GuardError */.U$('artifact_missing', `release asset ${name} could not be downloaded after ${attempt} tries: ${error.message}`, { cause: error });
            }
            await timing.sleep(timing.delayMs(attempt));
        }
    }
}
/** GitHub answers 302 to pre-signed storage; the token goes to GitHub only, never to the storage host. */
async function downloadOne(client, repository, asset, path) {
    const url = `${client.apiUrl.replace(/\/$/, '')}/repos/${repository.owner}/${repository.repo}/releases/assets/${asset.id}`;
    const headers = {
        accept: 'application/octet-stream',
        'user-agent': 'provenance-guard',
    };
    if (client.token)
        headers.authorization = `Bearer ${client.token}`;
    const idle = (0,retry/* idleTimeout */.QG)();
    try {
        let response = await fetch(url, { headers, redirect: 'manual', signal: idle.signal });
        idle.alive();
        const location = response.headers.get('location');
        if (response.status >= 300 && response.status < 400 && location)
            response = await fetch(new URL(location, url), {
                headers: { accept: 'application/octet-stream' },
                signal: idle.signal,
            });
        idle.alive();
        await writeBody(response, asset, path, idle.alive);
    }
    finally {
        idle.stop();
    }
}
async function writeBody(response, asset, path, alive) {
    if (response.status === 429 || response.status >= 500)
        throw new Retryable(`HTTP ${response.status}`);
    if (!response.ok || response.body === null)
        throw new errors/* GuardError */.U$('artifact_missing', `release asset ${asset.name}: HTTP ${response.status}`);
    let bytes = 0;
    const cap = new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            alive();
            bytes += chunk.length;
            done(bytes > asset.size
                ? new errors/* GuardError */.U$('artifact_missing', `release asset ${asset.name} is larger than the ${asset.size} bytes listed`)
                : null, chunk);
        },
    });
    try {
        // `wx`: a file planted beforehand is never overwritten or followed.
        await (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.fromWeb(response.body), cap, (0,external_node_fs_.createWriteStream)(path, { flags: 'wx' }));
        if (bytes !== asset.size)
            throw new Retryable(`release asset ${asset.name}: ${bytes} of ${asset.size} bytes arrived`);
    }
    catch (error) {
        await (0,promises_.rm)(path, { force: true });
        throw error;
    }
}

// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 21 modules
var dist_src = __webpack_require__(5051);
;// CONCATENATED MODULE: ./src/adapters/github/client.ts


/**
 * The one way the project builds an Octokit: every request times out (30 s by default), so a hung GitHub
 * call ends as a transport error that the retry policy backs off from and, after the last try, reports as
 * `github_unavailable` — never a step that hangs until the job's own timeout.
 */
function githubClient({ token, baseUrl = 'https://api.github.com', timeoutMs = retry/* RETRY_POLICY */.yE.timeoutMs, fetch: base, } = {}) {
    return new dist_src/* Octokit */.E({
        baseUrl,
        ...(token ? { auth: token } : {}),
        request: { fetch: (0,retry/* fetchWithTimeout */.u9)(timeoutMs, () => base ?? globalThis.fetch) },
    });
}

;// CONCATENATED MODULE: ./src/adapters/github/index.ts











// EXTERNAL MODULE: ./src/commands/verify/index.ts + 6 modules
var verify = __webpack_require__(3147);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/provenance/index.ts + 5 modules
var provenance = __webpack_require__(4145);
// EXTERNAL MODULE: ./src/adapters/files/hash.ts
var hash = __webpack_require__(7694);
;// CONCATENATED MODULE: ./src/commands/validate/release-assets.ts









/**
 * Lists the tag's release and its assets (paged), streams every asset to disk within the size caps, and
 * checks each against the digest GitHub recorded at upload: storage that serves other bytes is not the
 * release.
 */
async function fetchRelease(client, repository, { tag, workDir, screen }) {
    const info = await findRelease(client, repository, tag);
    const listed = await listReleaseAssets(client, repository, info.id);
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(workDir, 'release-'));
    const assets = await downloadReleaseAssets(client, repository, {
        assets: listed,
        dir: (0,external_node_path_.join)(dir, 'assets'),
    });
    const digests = await (0,hash/* hashArtifacts */.A)(assets.map((a) => a.path), 'sha256');
    assets.forEach((asset, i) => {
        const hex = digests[i]?.hex;
        if (asset.digest !== null && asset.digest !== `sha256:${hex}`) {
            throw new errors/* GuardError */.U$('artifact_missing', `release asset ${asset.name} downloaded as sha256:${hex}, but GitHub recorded ${asset.digest}`);
        }
    });
    // A signed VSA beside the release is a verdict about it, not its provenance.
    const named = assets.filter((a) => (0,policy_file/* isProvenanceFile */.Wk)(a.name) && !a.name.endsWith('.vsa.sigstore.json'));
    const others = assets.filter((a) => !(0,policy_file/* isProvenanceFile */.Wk)(a.name));
    const { bundles, ignored } = screen
        ? await screenBundles(named, others, screen)
        : { bundles: named, ignored: [] };
    const provenanceSources = bundles.map((b) => ({
        uri: assetUri(info, b.name),
        sha256: digests[assets.indexOf(b)]?.hex ?? '',
    }));
    const provenancePath = bundles.length === 0 ? null : (0,external_node_path_.join)(dir, 'release-provenance.jsonl');
    if (provenancePath)
        await (0,promises_.writeFile)(provenancePath, await joinedProvenance(bundles.map((b) => b.path)));
    return {
        info,
        underCheck: {
            state: { tag, draft: info.draft, prerelease: info.prerelease },
            assets: assets.map((a) => ({ name: a.name, path: a.path, size: a.size })),
        },
        artifactPaths: assets.map((a) => a.path),
        provenancePath,
        provenanceSources,
        ignoredProvenance: ignored,
    };
}
/**
 * Each bundle asset on its own: readable provenance, attesting at least one other asset of the release (by
 * its sha256 or sha512), and passing the screen. The others are left out, with why; a release whose real
 * provenance was left out still fails, for its assets are then unattested.
 */
async function screenBundles(bundles, others, screen) {
    const ignored = [];
    const readable = [];
    for (const bundle of bundles) {
        try {
            const subjects = (0,verify/* decodeAttestations */.a8)(await (0,promises_.readFile)(bundle.path, 'utf8')).flatMap((a) => a.ok ? a.statement.subject : []);
            const digests = subjects.flatMap((s) => Object.entries(s.digest).map(([algorithm, hex]) => [algorithm, hex.toLowerCase()]));
            readable.push({ bundle, digests });
        }
        catch (error) {
            if (!(error instanceof errors/* GuardError */.U$))
                throw error;
            ignored.push({ name: bundle.name, why: `not readable provenance: ${error.message}` });
        }
    }
    // The other assets by digest, in the algorithms the subjects use.
    const pathsOf = new Map();
    const algorithms = new Set(readable.flatMap((r) => r.digests.map(([algorithm]) => algorithm)));
    for (const algorithm of ['sha256', 'sha512'].filter((a) => algorithms.has(a))) {
        const hashed = await (0,hash/* hashArtifacts */.A)(others.map((a) => a.path), algorithm);
        hashed.forEach((digest, i) => {
            const key = `${algorithm}:${digest.hex}`;
            pathsOf.set(key, [...(pathsOf.get(key) ?? []), others[i].path]);
        });
    }
    const kept = [];
    for (const { bundle, digests } of readable) {
        const attested = [...new Set(digests.flatMap(([a, hex]) => pathsOf.get(`${a}:${hex}`) ?? []))];
        const why = attested.length === 0 ? 'attests none of the other release assets' : await screen(bundle, attested);
        if (why === null)
            kept.push(bundle);
        else
            ignored.push({ name: bundle.name, why });
    }
    const order = (name) => bundles.findIndex((b) => b.name === name);
    return { bundles: kept, ignored: ignored.sort((a, b) => order(a.name) - order(b.name)) };
}
/** The URI of a published asset, as users download it. */
const assetUri = (release, name) => `${release.htmlUrl.replace(/\/releases\/tag\/[^/]+$/, '')}/releases/download/${encodeURIComponent(release.tag)}/${encodeURIComponent(name)}`;
/** Every bundle of every provenance asset, one per line, so the verifier reads them as one file. */
async function joinedProvenance(paths) {
    const lines = [];
    for (const path of paths) {
        try {
            lines.push(...(0,provenance/* parseProvenanceCandidates */.x2)(await (0,promises_.readFile)(path, 'utf8')).map((candidate) => JSON.stringify(candidate)));
        }
        catch (error) {
            if (!(error instanceof errors/* GuardError */.U$))
                throw error;
            throw new errors/* GuardError */.U$(error.code, `release provenance ${path.slice(path.lastIndexOf('/') + 1)}: ${error.message}`, { cause: error });
        }
    }
    return `${lines.join('\n')}\n`;
}
/** The SHA-256 of a provenance file, for the VSA's inputAttestations. */
async function fileResource(path, uri) {
    return {
        uri,
        sha256: createHash('sha256')
            .update(await readFile(path))
            .digest('hex'),
    };
}

// EXTERNAL MODULE: ./src/cli/exit.ts
var exit = __webpack_require__(7632);
// EXTERNAL MODULE: ./src/cli/verify-inputs.ts
var verify_inputs = __webpack_require__(2987);
;// CONCATENATED MODULE: ./src/cli/policy-verify.ts











const RELEASE = /^([\w.-]+\/[\w.-]+)@([^\s~^:?*[\\]+)$/;
/**
 * `verify --release OWNER/NAME@TAG` (online: the published assets) and/or `--policy FILE` (rules per artifact
 * glob).
 */
async function runPolicyVerify(values, now) {
    const policyFile = values.policy === undefined ? null : await readPolicy(values.policy);
    const release = values.release === undefined ? null : await fetchNamedRelease(values);
    const flags = release === null
        ? values
        : {
            ...values,
            artifact: [...release.fetched.artifactPaths],
            provenance: values.provenance ?? release.fetched.provenancePath ?? undefined,
            tag: release.tag,
        };
    if (flags.provenance === undefined)
        throw new errors/* GuardError */.U$('attestation_missing', `release ${values.release} carries no provenance or bundle file: pass --provenance`);
    assertIdentityPinned(values, policyFile);
    const request = (0,verify/* toVerifyRequest */._r)((0,verify_inputs/* toInputs */.LD)(flags), (field) => verify_inputs/* FLAG_OF */.VY[field], now);
    if (release === null)
        await (0,verify_inputs/* assertReadable */.DE)(request);
    const commit = request.policy.commit ??
        (release ? await resolveTagCommit(release.octokit, release.repository, release.tag) : null);
    const verdict = await (0,verify/* verifyUnderPolicy */.Ad)({
        request: { ...request, policy: { ...request.policy, commit } },
        policyFile,
        explicit: explicitFields(values),
        release: release?.fetched.underCheck ?? null,
    });
    const output = values.json
        ? JSON.stringify((0,report/* toVerdictJson */.R9)(verdict), null, 2)
        : (0,report/* renderVerdictTable */.G5)(verdict, 'provenance-guard verify');
    return { exitCode: (0,exit/* exitCodeFor */.R)(verdict), stdout: output };
}
async function fetchNamedRelease(values) {
    const match = RELEASE.exec(values.release ?? '');
    if (!match?.[1] || !match[2])
        throw new errors/* GuardError */.U$('input_invalid', `--release ${values.release} is not OWNER/NAME@TAG`);
    if (values.artifact !== undefined)
        throw new errors/* GuardError */.U$('input_invalid', "--release and --artifact exclude each other: the release's assets are the artifacts");
    if (values.tag !== undefined && values.tag !== match[2])
        throw new errors/* GuardError */.U$('input_invalid', `--tag ${values.tag} contradicts --release ${values.release}`);
    const apiUrl = values['github-api-url'] ?? process.env.GITHUB_API_URL ?? 'https://api.github.com';
    const token = process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN ?? '';
    const octokit = githubClient({ token, baseUrl: apiUrl });
    const repository = toRepositoryRef(match[1]);
    const workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'provenance-guard-release-'));
    return {
        tag: match[2],
        repository,
        octokit,
        fetched: await fetchRelease({ octokit, apiUrl, token }, repository, { tag: match[2], workDir }),
    };
}
/**
 * Without a source flag, every rule of the file must pin a source: otherwise any signed provenance would
 * verify.
 */
function assertIdentityPinned(values, policyFile) {
    if (values['expected-source-repo'] !== undefined ||
        values['expected-owner'] !== undefined ||
        values['expected-san'] !== undefined)
        return;
    const unpinned = policyFile?.file.artifacts.filter((rule) => rule.source === undefined) ?? [null];
    if (unpinned.length > 0) {
        throw new errors/* GuardError */.U$('input_invalid', 'an identity pin is required: --expected-source-repo, --expected-owner or --expected-san, or a source in every rule of the policy file');
    }
}
function explicitFields(values) {
    const given = [
        ['expectedBuilderIds', values['expected-builder-id']],
        ['expectedSourceRepository', values['expected-source-repo']],
        ['expectedOwner', values['expected-owner']],
        ['expectedRepositoryId', values['expected-repository-id']],
        ['denySelfHostedRunners', values['deny-self-hosted-runners']],
    ];
    return new Set(given.filter(([, value]) => value !== undefined).map(([field]) => field));
}
async function readPolicy(path) {
    return (0,policy_file/* loadPolicyFile */.n$)(await readPolicyText(path), path);
}
async function readPolicyText(path) {
    const text = await (0,promises_.readFile)(path, 'utf8').catch((error) => {
        throw new errors/* GuardError */.U$('input_invalid', `cannot read policy file ${path}: ${error.message}`, {
            cause: error,
        });
    });
    if (Buffer.byteLength(text) > policy_file/* MAX_POLICY_BYTES */.mk)
        throw new errors/* GuardError */.U$('input_invalid', `policy file ${path} is larger than ${policy_file/* MAX_POLICY_BYTES */.mk} bytes`);
    return text;
}


/***/ })

};

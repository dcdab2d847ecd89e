export const id = 982;
export const ids = [982];
export const modules = {

/***/ 778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e9: () => (/* reexport */ attestationBundles),
  OI: () => (/* reexport */ describeScope),
  v: () => (/* reexport */ downloadReleaseAssets),
  dv: () => (/* reexport */ findRelease),
  $f: () => (/* reexport */ githubClient),
  OA: () => (/* reexport */ githubUnavailable),
  Dy: () => (/* reexport */ listReleaseAssets),
  eg: () => (/* reexport */ resolveTagCommit),
  c2: () => (/* reexport */ status_statusOf),
  L3: () => (/* reexport */ toRepositoryRef)
});

// UNUSED EXPORTS: awaitRun, commentOnIssue, createTagRef, defaultGitHubRetryTiming, defaultReleaseLimits, dispatchWorkflow, dispatchedRuns, ensureLabels, failureOf, fetchAttestations, findIssueByMarker, getRun, openIssue, openPullFrom, openRevertPullRequest, pagesWithRetries, recoveryStarted, repositoryPermission, rerunRun, retryDelay, withGitHubRetries, withReadBack

;// CONCATENATED MODULE: ./src/adapters/github/repository.ts
function toRepositoryRef(fullName) {
    const [owner, repo, ...rest] = fullName.split('/');
    if (!owner || !repo || rest.length > 0)
        throw new Error(`"${fullName}" is not OWNER/NAME`);
    return { owner, repo };
}

;// CONCATENATED MODULE: ./src/adapters/github/status.ts
/** The HTTP status an Octokit call failed with; undefined for transport errors that never got an answer. */
function status_statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}

// EXTERNAL MODULE: ./src/core/errors/index.ts + 6 modules
var errors = __webpack_require__(9421);
// EXTERNAL MODULE: ./src/adapters/retry/index.ts + 2 modules
var retry = __webpack_require__(2121);
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



/** Bounds the pages read per digest or bulk request: 10 × 100 attestations is far beyond any release. */
const MAX_PAGES = 10;
/** GitHub's bulk endpoint takes at most this many digests per request. */
const BULK_DIGESTS = 1024;
function describeScope(scope) {
    return scope.kind === 'repo'
        ? `repository ${scope.repository.owner}/${scope.repository.repo}`
        : `organisation ${scope.org}`;
}
/**
 * Every attestation bundle GitHub holds for each artifact digest (all pages), as one JSON-lines text the
 * verifier reads like a file. 404 for a digest means it has none: `attestation_missing`. Each page is
 * one call under the retry policy.
 */
async function fetchAttestations(octokit, repository, sha256Digests, timing = defaultGitHubRetryTiming) {
    const byDigest = await attestationBundles(octokit, { kind: 'repo', repository }, sha256Digests, timing);
    const bundles = sha256Digests.flatMap((digest) => byDigest.get(digest) ?? []);
    if (bundles.length === 0) {
        throw new GuardError('attestation_missing', `GitHub has no attestation for ${sha256Digests.map((d) => `sha256:${d.slice(0, 12)}…`).join(', ')} in ${repository.owner}/${repository.repo}`);
    }
    return bundles.map((bundle) => JSON.stringify(bundle)).join('\n');
}
/**
 * The bundles GitHub holds in `scope` for each sha256 digest (hex), in GitHub's order; a digest with none
 * maps to `[]`. Several digests in an organisation take the bulk endpoint; otherwise one listing per digest,
 * each page one call under the retry policy and at most `MAX_PAGES` pages.
 */
async function attestationBundles(octokit, scope, sha256Digests, timing = retry_defaultGitHubRetryTiming) {
    const digests = [...new Set(sha256Digests)];
    if (scope.kind === 'org' && digests.length > 1) {
        const found = new Map(digests.map((digest) => [digest, []]));
        for (let i = 0; i < digests.length; i += BULK_DIGESTS) {
            const chunk = await bulkList(octokit, scope.org, digests.slice(i, i + BULK_DIGESTS), timing);
            for (const [digest, bundles] of chunk)
                found.get(digest)?.push(...bundles);
        }
        return found;
    }
    const lists = await lookUpConcurrently(digests, (digest) => attestationsFor({ octokit, scope, timing }, digest));
    return new Map(digests.map((digest, i) => [digest, lists[i] ?? []]));
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
    return results;
}
const bundlesOf = (attestations) => (attestations ?? []).map((attestation) => attestation.bundle).filter((bundle) => bundle != null);
async function attestationsFor({ octokit, scope, timing }, digest) {
    const bundles = [];
    const subject = { subject_digest: `sha256:${digest}`, per_page: 100 };
    const iterator = scope.kind === 'repo'
        ? octokit.paginate.iterator(octokit.rest.repos.listAttestations, { ...scope.repository, ...subject })
        : octokit.paginate.iterator(octokit.rest.orgs.listAttestations, { org: scope.org, ...subject });
    const pages = retry_pagesWithRetries(iterator, timing, `the attestations of sha256:${digest.slice(0, 12)}… in ${describeScope(scope)}`);
    let read = 0;
    try {
        for await (const page of pages) {
            // The route's list is namespaced (`{attestations}`) and has no total_count, so Octokit leaves it as is.
            bundles.push(...bundlesOf(page.data.attestations));
            if (++read >= MAX_PAGES)
                break;
        }
    }
    catch (error) {
        if (status_statusOf(error) !== 404)
            throw error;
    }
    return bundles;
}
/**
 * `POST /orgs/{org}/attestations/bulk-list`: the bundles of up to 1024 digests, paged by the `page_info`
 * cursor of the body, each page one call under the retry policy. A 404 (no such organisation) finds nothing.
 */
async function bulkList(octokit, org, digests, timing) {
    const found = new Map();
    let after;
    for (let read = 0; read < MAX_PAGES; read++) {
        let page;
        try {
            const response = await retry_withGitHubRetries(() => 
            // The cursor and page size are query parameters (the template), the digests the JSON body.
            octokit.request('POST /orgs/{org}/attestations/bulk-list{?per_page,after}', {
                org,
                per_page: 100,
                ...(after === undefined ? {} : { after }),
                subject_digests: digests.map((digest) => `sha256:${digest}`),
            }), timing, `the attestations of ${digests.length} digests in organisation ${org}`);
            page = response.data;
        }
        catch (error) {
            if (status_statusOf(error) === 404)
                return found;
            throw error;
        }
        for (const [subject, attestations] of Object.entries(page.attestations_subject_digests ?? {})) {
            const digest = subject.replace(/^sha256:/, '').toLowerCase();
            found.set(digest, [...(found.get(digest) ?? []), ...bundlesOf(attestations)]);
        }
        after = page.page_info?.has_next ? page.page_info.next : undefined;
        if (!after)
            break;
    }
    return found;
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
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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












/***/ }),

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

/***/ 6982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Dt: () => (/* reexport */ MAX_PROVENANCE_BYTES),
  a8: () => (/* reexport */ decodeAttestations),
  Qq: () => (/* reexport */ inputs_text),
  JX: () => (/* reexport */ toPolicyRequest),
  _r: () => (/* reexport */ toVerifyRequest),
  OZ: () => (/* reexport */ url),
  Tu: () => (/* reexport */ verifyProvenance),
  Ad: () => (/* reexport */ verifyUnderPolicy)
});

// UNUSED EXPORTS: LookupSchema, NPM_PUBLISH, PolicyInputsSchema, SLSA_PREFIX, VERIFIER_NAME, VerifyInputsSchema, defaultDependencies, describeAttestation, isSlsaProvenance, parseInputs

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/core/errors/index.ts + 6 modules
var errors = __webpack_require__(9421);
// EXTERNAL MODULE: ./src/core/policy/index.ts + 12 modules
var core_policy = __webpack_require__(5088);
// EXTERNAL MODULE: ./src/core/provenance/index.ts + 4 modules
var provenance = __webpack_require__(8901);
;// CONCATENATED MODULE: ./src/commands/verify/attestations.ts


const SLSA_PREFIX = 'https://slsa.dev/provenance/';
const NPM_PUBLISH = 'https://github.com/npm/attestation/tree/main/specs/publish/v0.1';
/** Every attestation of the file, in order; the file itself must at least be readable JSON. */
function decodeAttestations(text) {
    return (0,provenance/* parseProvenanceCandidates */.x2)(text).map((candidate, index) => {
        try {
            const document = (0,provenance/* toProvenanceDocument */.y1)(candidate);
            return { ok: true, index, document, statement: (0,provenance/* decodeStatement */.Gc)(document.envelope) };
        }
        catch (error) {
            if (!(error instanceof errors/* GuardError */.U$))
                throw error;
            return { ok: false, index, error };
        }
    });
}
function isSlsaProvenance(attestation) {
    return attestation.ok && attestation.statement.predicateType.startsWith(SLSA_PREFIX);
}
function describeAttestation(attestation, total) {
    const position = total > 1 ? `attestation ${attestation.index + 1} of ${total}` : 'the attestation';
    return attestation.ok ? `${position} (${attestation.statement.predicateType})` : position;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/adapters/sigstore/index.ts + 10 modules
var sigstore = __webpack_require__(8870);
// EXTERNAL MODULE: ./src/adapters/files/hash.ts
var files_hash = __webpack_require__(7694);
;// CONCATENATED MODULE: ./src/commands/verify/request.ts
const VERIFIER_NAME = 'sigstore-js';

;// CONCATENATED MODULE: ./src/commands/verify/verify-attestation.ts






/**
 * The nine steps of DESIGN §2 for one attestation; a coded failure anywhere ends in a verdict, not a throw.
 */
async function verifyAttestation(attestation, context) {
    const label = describeAttestation(attestation, context.total);
    if (!attestation.ok) {
        return verdictOf(label, {
            checks: [(0,core_policy/* failed */.gz)('bundle', attestation.error.code, expectationFor('bundle'), attestation.error.message)],
            facts: null,
            subjects: [],
            artifacts: [],
        });
    }
    const { statement } = attestation;
    const checks = [
        (0,core_policy/* passed */.bF)('bundle', 'provenance_malformed', expectationFor('bundle'), describeDocument(attestation)),
    ];
    let facts = null;
    let artifacts = [];
    let stage = 'bundle';
    let standing = null;
    try {
        facts = (0,provenance/* toPredicateFacts */.IZ)(statement);
        stage = 'signature';
        const outcome = (0,sigstore/* verifyBundleSignature */.OB)(await toVerifiableBundle(attestation, context.request), await context.roots());
        checks.push(outcome.check);
        if (outcome.check.status !== 'passed')
            return verdictOf(label, { checks, facts, subjects: statement.subject, artifacts: [] });
        checks.push(...(statement.predicateType === NPM_PUBLISH
            ? publishChecks(outcome)
            : provenanceChecks(outcome, facts, context.request)));
        standing =
            outcome.signer && statement.predicateType !== NPM_PUBLISH
                ? (0,core_policy/* builderStanding */.s5)(facts, outcome.signer)
                : null;
        stage = 'subjects';
        artifacts = await context.digests();
        checks.push((0,core_policy/* checkSubjects */.GX)(statement.subject, artifacts, context.request.requireAllSubjects));
    }
    catch (error) {
        if (!(0,errors/* isGuardError */.QT)(error))
            throw error;
        checks.push((0,core_policy/* failed */.gz)(stage, error.code, expectationFor(stage), error.message));
    }
    return verdictOf(label, { checks, facts, subjects: statement.subject, artifacts, standing });
}
/**
 * Who signed must be what the policy asks, read from the verified certificate, never from the predicate
 * alone.
 */
function provenanceChecks(outcome, facts, request) {
    const { policy } = request;
    const signer = outcome.signer;
    const identity = (0,core_policy/* checkCertificateIdentity */.Si)(signer, policy);
    if (signer === null)
        return [identity];
    return [
        identity,
        (0,core_policy/* checkCertificateAgainstPredicate */.OH)(signer, facts),
        (0,core_policy/* checkRunnerEnvironment */.m$)(signer, policy),
        (0,core_policy/* checkPredicateType */.zX)(facts, policy),
        (0,core_policy/* checkBuilder */.ub)(facts, signer, policy),
        (0,core_policy/* checkBuildLevel */.J6)(facts, signer, policy),
        (0,core_policy/* checkSourceRepository */.a5)(signer, policy),
        (0,core_policy/* checkRepositoryId */.Cz)(signer, policy),
        (0,core_policy/* checkSourceRef */.RP)(signer, policy),
        (0,core_policy/* checkRefPattern */.ud)(signer, policy),
        (0,core_policy/* checkSourceCommit */.$K)(facts, signer, policy),
    ];
}
/**
 * npm's publish attestation is the registry's own statement: its key, not a workflow, must have signed it.
 */
function publishChecks(outcome) {
    return [
        (0,core_policy/* compare */.UD)({
            name: 'certificate_identity',
            code: 'identity_mismatch',
            expected: 'signed by an npm registry key',
            actual: outcome.keyHint ?? 'a Fulcio certificate',
            ok: outcome.keyHint !== null,
        }),
    ];
}
/** The verdict on the attestation `label`, by this verifier. */
function verdictOf(label, input) {
    return (0,core_policy/* decideVerdict */.AU)({
        ...input,
        artifacts: [...input.artifacts],
        verifier: VERIFIER_NAME,
        attestation: label,
    });
}
async function toVerifiableBundle(attestation, request) {
    if (attestation.document.kind === 'bundle')
        return attestation.document.bundle;
    if (request.rekorUrl === null) {
        throw new errors/* GuardError */.U$('tlog_invalid', 'a legacy DSSE envelope carries no transparency-log entry and cannot be verified offline: use the Sigstore bundle (.sigstore.json or a v0.3 .intoto.jsonl), or pass --rekor-url to look the entry up');
    }
    return (0,sigstore/* bundleFromRekor */.kL)(attestation.document.envelope, request.rekorUrl);
}
function describeDocument({ document, statement }) {
    const container = document.kind === 'bundle' ? document.bundle.mediaType : 'legacy DSSE envelope';
    return `${container}; ${statement._type}; ${statement.predicateType}`;
}
function expectationFor(stage) {
    if (stage === 'bundle')
        return 'a readable Sigstore bundle or DSSE envelope with an in-toto statement';
    if (stage === 'subjects')
        return 'every artifact readable and attested';
    return 'a verifiable signature under a trusted root';
}

;// CONCATENATED MODULE: ./src/commands/verify/candidates.ts








const defaultDependencies = {
    trustedRoots: (request) => (0,sigstore/* loadTrustedRoots */.Bu)(request.trust),
};
/**
 * A provenance file passes only if every attestation in it verifies (npm ships a publish attestation
 * beside the SLSA one; a tampered one rejects the file). Attestations looked up by digest
 * (`attestationMode: 'any'`) are candidates: the release passes if one SLSA attestation passes the
 * whole policy, so a decoy cannot turn a good release into a rejection. The verdict names which.
 */
async function verifyCandidates(attestations, request, deps) {
    const subjects = attestations.flatMap((a) => (a.ok ? a.statement.subject : []));
    // Hashing runs on worker threads while signatures are verified here.
    const hashing = startHashing(request, (0,core_policy/* chooseDigestAlgorithm */.L$)(subjects));
    let roots = null;
    const context = {
        request,
        roots: () => (roots ??= deps.trustedRoots(request)),
        digests: () => hashing.then((hashed) => (hashed.ok ? hashed.digests : Promise.reject(hashed.error))),
        total: attestations.length,
    };
    return request.attestationMode === 'any'
        ? firstPassing(attestations, context)
        : everyPassing(attestations, context);
}
async function everyPassing(attestations, context) {
    const verdicts = [];
    for (const attestation of attestations)
        verdicts.push(await verifyAttestation(attestation, context));
    const rejected = verdicts.find((verdict) => !passedEveryCheck(verdict));
    if (rejected)
        return { verdict: rejected, passed: [] };
    const provenance = verdicts.find((verdict, i) => isSlsaProvenance(attestations[i]));
    if (!provenance) {
        return {
            verdict: (0,core_policy/* rejectedBeforeVerification */.fc)((0,core_policy/* failed */.gz)('bundle', 'attestation_missing', 'a SLSA provenance attestation', 'the file holds no SLSA provenance'), VERIFIER_NAME),
            passed: [],
        };
    }
    const passed = attestations.map((attestation) => attestation.index);
    return attestations.length > 1
        ? {
            verdict: {
                ...provenance,
                attestation: `${provenance.attestation}; all ${attestations.length} attestations verified`,
            },
            passed,
        }
        : { verdict: provenance, passed };
}
async function firstPassing(attestations, context) {
    const candidates = attestations.filter(isSlsaProvenance);
    let firstRejection = null;
    for (const candidate of candidates) {
        const verdict = await verifyAttestation(candidate, context);
        if (verdict.verified)
            return { verdict, passed: [candidate.index] };
        firstRejection ??= verdict;
    }
    if (firstRejection === null) {
        return {
            verdict: (0,core_policy/* rejectedBeforeVerification */.fc)((0,core_policy/* failed */.gz)('bundle', 'attestation_missing', 'a SLSA provenance attestation for the artifacts', `none among ${attestations.length} attestation(s)`), VERIFIER_NAME),
            passed: [],
        };
    }
    return {
        verdict: {
            ...firstRejection,
            attestation: `none of ${candidates.length} SLSA attestation(s) passed; first rejection: ${firstRejection.attestation}`,
        },
        passed: [],
    };
}
function passedEveryCheck(verdict) {
    return (verdict.checks.every((check) => check.status !== 'failed') &&
        verdict.checks.some((check) => check.name === 'signature' && check.status === 'passed'));
}
/**
 * Starts hashing at once and settles without rejecting, so a failure surfaces at the subjects
 * check. Each artifact is hashed once per run: digests computed earlier are reused.
 */
function startHashing(request, algorithm) {
    if (request.artifactPaths.length === 0)
        return Promise.resolve({ ok: true, digests: [] });
    if (algorithm === null) {
        return Promise.resolve({
            ok: false,
            error: new errors/* GuardError */.U$('subject_mismatch', 'no subject carries a sha256 or sha512 digest to compare the artifacts with'),
        });
    }
    const usable = (digests) => !!digests &&
        digests.length === request.artifactPaths.length &&
        digests.every((d, i) => d.algorithm === algorithm && d.name === (0,external_node_path_.basename)(request.artifactPaths[i] ?? ''));
    const hash = () => (0,files_hash/* hashArtifacts */.A)(request.artifactPaths, algorithm).then((digests) => ({ ok: true, digests }), (error) => ({ ok: false, error }));
    if (usable(request.knownDigests))
        return Promise.resolve({ ok: true, digests: [...request.knownDigests] });
    if (request.earlyDigests)
        return request.earlyDigests.then((early) => (usable(early) ? { ok: true, digests: [...early] } : hash()));
    return hash();
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/adapters/github/index.ts + 12 modules
var adapters_github = __webpack_require__(778);
// EXTERNAL MODULE: ./src/adapters/retry/index.ts + 2 modules
var retry = __webpack_require__(2121);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/adapters/npm/tarball.ts


/** A tarball is read no further than this many unpacked bytes while looking for its `package.json`. */
const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;
/** A `package.json` larger than this is not read. */
const MAX_MANIFEST_BYTES = 1024 * 1024;
const BLOCK = 512;
/**
 * The package an npm tarball (gzip of a ustar archive, files under one top directory, `package/` as `npm
 * pack` writes it) is, read from its top-level `package.json`; null for anything else: not gzip, not tar, no
 * `package.json` with a string `name` and `version`, or none within `MAX_UNPACKED_BYTES`. Nothing is written
 * to disk: entries are skipped by their header's size, and only the manifest is kept in memory.
 */
async function readPackageIdentity(path) {
    const manifest = await findManifest(path).catch(() => null);
    if (manifest === null)
        return null;
    try {
        const parsed = JSON.parse(manifest.toString('utf8'));
        return typeof parsed.name === 'string' &&
            parsed.name !== '' &&
            typeof parsed.version === 'string' &&
            parsed.version !== ''
            ? { name: parsed.name, version: parsed.version }
            : null;
    }
    catch {
        return null;
    }
}
function parseHeader(block) {
    if (block.every((byte) => byte === 0))
        return null;
    const field = (offset, length) => block
        .subarray(offset, offset + length)
        .toString('utf8')
        .replace(/\0.*$/s, '');
    const stored = block.subarray(148, 156).toString('ascii').replaceAll('\0', ' ').trim();
    let sum = 0;
    for (let i = 0; i < BLOCK; i++)
        sum += i >= 148 && i < 156 ? 32 : block[i];
    if (!/^[0-7]+$/.test(stored) || parseInt(stored, 8) !== sum)
        throw new Error('not a tar header');
    const sizeField = field(124, 12).trim();
    const size = sizeField === '' ? 0 : parseInt(sizeField, 8);
    if (!Number.isSafeInteger(size) || size < 0)
        throw new Error('bad tar entry size');
    const prefix = field(257, 6).startsWith('ustar') ? field(345, 155) : '';
    const name = field(0, 100);
    return { name: prefix ? `${prefix}/${name}` : name, type: field(156, 1) || '0', size };
}
/** `package.json` directly under the archive's top directory (`package/package.json`). */
const isManifest = (name) => /^\.?\/?[^/]+\/package\.json$/.test(name);
/** The pax `path` record of an extended header, if any. */
function paxPath(data) {
    const match = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(data.toString('utf8'));
    return match?.[1] ?? null;
}
async function findManifest(path) {
    const stream = (0,external_node_fs_.createReadStream)(path).pipe((0,external_node_zlib_.createGunzip)());
    let pending = Buffer.alloc(0);
    let unpacked = 0;
    let entry = null;
    let nextName = null;
    let remaining = 0;
    let kept = null;
    try {
        for await (const chunk of stream) {
            unpacked += chunk.length;
            if (unpacked > MAX_UNPACKED_BYTES)
                return null;
            pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
            for (;;) {
                if (entry === null) {
                    if (pending.length < BLOCK)
                        break;
                    const header = parseHeader(pending.subarray(0, BLOCK));
                    pending = pending.subarray(BLOCK);
                    if (header === null)
                        return null;
                    const name = nextName ?? header.name;
                    nextName = null;
                    entry = { ...header, name };
                    remaining = Math.ceil(header.size / BLOCK) * BLOCK;
                    const wanted = header.type === 'x' || header.type === 'L' || (isManifest(name) && /^[0\0]$/.test(header.type));
                    if (wanted && header.size > MAX_MANIFEST_BYTES)
                        return null;
                    kept = wanted ? [] : null;
                }
                const take = Math.min(remaining, pending.length);
                if (kept !== null)
                    kept.push(pending.subarray(0, take));
                pending = pending.subarray(take);
                remaining -= take;
                if (remaining > 0)
                    break;
                const data = kept === null ? null : Buffer.concat(kept).subarray(0, entry.size);
                if (data !== null && entry.type === 'x')
                    nextName = paxPath(data);
                else if (data !== null && entry.type === 'L')
                    nextName = data.toString('utf8').replace(/\0.*$/s, '');
                else if (data !== null)
                    return data;
                entry = null;
                kept = null;
            }
        }
        return null;
    }
    finally {
        stream.destroy();
    }
}

;// CONCATENATED MODULE: ./src/adapters/npm/registry.ts


const DEFAULT_NPM_REGISTRY = 'https://registry.npmjs.org';
/** The registry's answer is a few kilobytes per attestation; more than this is not an attestations answer. */
const MAX_ANSWER_BYTES = 8 * 1024 * 1024;
/** `{registry}/-/npm/v1/attestations/{name}@{version}`, the scope's `/` escaped as the npm CLI does. */
/** npm's package name rule: lower case, an optional `@scope/`, no path or query characters. */
const NPM_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;
function attestationsUrl(registry, { name, version }) {
    if (!NPM_NAME.test(name))
        throw new errors/* GuardError */.U$('attestation_missing', `the tarball's package.json names ${JSON.stringify(name)}, not an npm package name`);
    const escaped = name.replace('/', '%2f');
    const root = registry.endsWith('/') ? registry.slice(0, -1) : registry;
    return `${root}/-/npm/v1/attestations/${escaped}@${encodeURIComponent(version)}`;
}
/**
 * The registry's attestations of a package version (`{attestations: [{predicateType, bundle}]}`) as the
 * bundles in its order; `[]` when it has none (404). Each try is time-bounded; a transport error, a 5xx or a
 * 429 is tried again under the retry policy, at most three tries; then `attestation_missing` naming the URL
 * and what went wrong: the registry decided nothing, and nothing passes without provenance.
 */
async function fetchNpmAttestations(registry, pkg, { fetch: base, timing = retry/* defaultCallTiming */.my, timeoutMs = retry/* RETRY_POLICY */.yE.timeoutMs } = {}) {
    const url = attestationsUrl(registry, pkg);
    const get = (0,retry/* fetchWithTimeout */.u9)(timeoutMs, () => base ?? globalThis.fetch);
    for (let attempt = 1;; attempt++) {
        let failure;
        let why;
        try {
            const response = await get(url, { headers: { accept: 'application/json' } });
            if (response.status === 404) {
                await response.body?.cancel();
                return [];
            }
            if (response.ok)
                return bundlesOf(await readBounded(response), url);
            await response.body?.cancel();
            failure = { status: response.status, retryAfter: response.headers.get('retry-after') };
            why = `HTTP ${response.status}`;
        }
        catch (error) {
            if (error instanceof errors/* GuardError */.U$)
                throw error;
            failure = { transportError: true };
            why = (0,retry/* isTimeout */.kL)(error) ? 'timed out' : `no answer: ${error.message}`;
        }
        const wait = (0,retry/* delayFor */.D0)(failure, attempt, timing);
        if (wait === null) {
            throw new errors/* GuardError */.U$('attestation_missing', `the npm registry did not give the attestations of ${pkg.name}@${pkg.version} (${url}): ${why}`);
        }
        await timing.sleep(wait);
    }
}
async function readBounded(response) {
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > MAX_ANSWER_BYTES)
        throw tooLarge(response.url);
    const chunks = [];
    let size = 0;
    for await (const chunk of response.body ?? []) {
        size += chunk.length;
        if (size > MAX_ANSWER_BYTES)
            throw tooLarge(response.url);
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
}
const tooLarge = (url) => new errors/* GuardError */.U$('provenance_malformed', `the npm registry's answer at ${url} is over ${MAX_ANSWER_BYTES} bytes`);
function bundlesOf(text, url) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        throw new errors/* GuardError */.U$('provenance_malformed', `the npm registry's answer at ${url} is not JSON`);
    }
    const list = parsed?.attestations;
    if (!Array.isArray(list))
        throw new errors/* GuardError */.U$('provenance_malformed', `the npm registry's answer at ${url} has no attestations list`);
    return list.map((entry) => entry?.bundle).filter((b) => b != null);
}

;// CONCATENATED MODULE: ./src/adapters/npm/index.ts



;// CONCATENATED MODULE: ./src/commands/verify/merge.ts

/**
 * One verdict for the release: every rule's checks, then the release checks; the lowest Build level stands.
 */
function mergeVerdicts(verdicts, extra, releaseAssets, policyFile) {
    const [first] = verdicts;
    const standings = verdicts.map((v) => v.provenance?.standing ?? null);
    const standing = standings.includes(null)
        ? null
        : standings.reduce((low, s) => (s && low && s.level < low.level ? s : low));
    return (0,core_policy/* decideVerdict */.AU)({
        checks: [...verdicts.flatMap((v) => v.checks), ...extra],
        facts: first.facts,
        subjects: [...new Map(verdicts.flatMap((v) => v.subjects).map((s) => [JSON.stringify(s), s])).values()],
        artifacts: verdicts.flatMap((v) => v.provenance?.artifacts ?? []),
        verifier: first.verifier,
        attestation: first.attestation,
        standing,
        releaseAssets,
        policySha256: policyFile?.sha256 ?? null,
    });
}

;// CONCATENATED MODULE: ./src/commands/verify/lookup.ts














const missing = (message) => (0,core_policy/* rejectedBeforeVerification */.fc)((0,core_policy/* failed */.gz)('bundle', 'attestation_missing', 'an attestation for every artifact', message), VERIFIER_NAME);
/**
 * The artifacts verified against attestations looked up by their digests: an npm tarball's at the registry
 * (`{registry}/-/npm/v1/attestations/{name}@{version}`), any artifact's on GitHub (the repository's or the
 * organisation's attestations API). Each artifact is verified against its own attestations, with the same
 * policy as a provenance file; the release passes only if every artifact does. Nothing found for an
 * artifact is `attestation_missing`, naming where it was looked for. With `bundleOut` the attestations the
 * verdict rests on are written there, one file per artifact, for `--provenance` to verify offline later.
 */
async function verifyLookedUp(request, lookup, deps) {
    if (request.artifactPaths.length === 0)
        return missing('no artifact to look attestations up for');
    const names = request.artifactPaths.map((path) => (0,external_node_path_.basename)(path));
    if (request.bundleOut && new Set(names).size < names.length)
        throw new errors/* GuardError */.U$('input_invalid', '--bundle-out saves one file per artifact name: two artifacts share a file name; verify them apart');
    // Each artifact is checked against its own attestations: "every subject released" spans them all.
    if (request.requireAllSubjects && request.artifactPaths.length > 1)
        throw new errors/* GuardError */.U$('input_invalid', '--require-all-subjects with several artifacts needs the attestation given (--bundle FILE): looked up, each artifact is checked on its own');
    let found;
    try {
        found = await lookUp(request, lookup, deps.lookup ?? {});
    }
    catch (error) {
        const coded = asGuardError(error);
        return (0,core_policy/* rejectedBeforeVerification */.fc)((0,core_policy/* failed */.gz)('bundle', coded.code, expectationFor('bundle'), coded.message), VERIFIER_NAME);
    }
    const absent = found.filter((artifact) => artifact.bundles.length === 0);
    if (absent.length > 0) {
        return missing(absent
            .map(({ path, sha256, where }) => `no attestation for ${(0,external_node_path_.basename)(path)}${sha256 ? ` (sha256:${sha256.hex.slice(0, 12)}…)` : ''} in ${where.join(' or ') || 'any source: give --repo, --owner or --registry'}`)
            .join('; '));
    }
    const outcomes = [];
    for (const artifact of found) {
        const attestations = decodeAttestations(artifact.bundles.map((b) => JSON.stringify(b)).join('\n'));
        const outcome = await verifyCandidates(attestations, {
            ...request,
            lookup: null,
            artifactPaths: [artifact.path],
            knownDigests: artifact.sha256 ? [artifact.sha256] : undefined,
            earlyDigests: undefined,
            attestationMode: artifact.mode,
        }, deps);
        outcomes.push({
            ...outcome,
            attestations,
            verdict: {
                ...outcome.verdict,
                attestation: `${(0,external_node_path_.basename)(artifact.path)}: ${outcome.verdict.attestation ?? 'attestation'} from ${artifact.where.at(-1) ?? ''}`,
            },
        });
    }
    if (request.bundleOut)
        await saveBundles(request.bundleOut, found, outcomes);
    const rejected = outcomes.find((outcome) => !outcome.verdict.verified);
    if (rejected)
        return rejected.verdict;
    const verdicts = outcomes.map((outcome) => outcome.verdict);
    return verdicts.length === 1 ? verdicts[0] : mergeVerdicts(verdicts, [], null, null);
}
async function lookUp(request, lookup, options) {
    const found = request.artifactPaths.map((path) => ({
        path,
        bundles: [],
        mode: 'any',
        where: [],
        sha256: null,
    }));
    const github = scopeOf(lookup);
    const askNpm = lookup.registry !== null || github === null;
    if (askNpm) {
        const registry = lookup.registry ?? DEFAULT_NPM_REGISTRY;
        for (const artifact of found) {
            const pkg = artifact.path.endsWith('.tgz')
                ? await readPackageIdentity(artifact.path)
                : null;
            if (pkg === null)
                continue;
            artifact.where.push(`the npm registry (${attestationsUrl(registry, pkg)})`);
            artifact.bundles = await fetchNpmAttestations(registry, pkg, {
                fetch: options.fetch,
                timing: options.timing,
                timeoutMs: options.timeoutMs,
            });
            artifact.mode = 'all';
        }
    }
    const pending = found.filter((artifact) => artifact.bundles.length === 0);
    if (github === null || pending.length === 0)
        return found;
    const digests = await (0,files_hash/* hashArtifacts */.A)(pending.map((artifact) => artifact.path), 'sha256');
    const env = options.env ?? process.env;
    const baseUrl = request.githubApiUrl ?? env.GITHUB_API_URL ?? 'https://api.github.com';
    const octokit = (0,adapters_github/* githubClient */.$f)({
        token: env.GITHUB_TOKEN || env.GH_TOKEN || '',
        baseUrl,
        ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
        ...(options.fetch ? { fetch: options.fetch } : {}),
    });
    const byDigest = await (0,adapters_github/* attestationBundles */.e9)(octokit, github, digests.map((digest) => digest.hex), options.timing ?? retry/* defaultCallTiming */.my);
    pending.forEach((artifact, i) => {
        const digest = digests[i];
        artifact.sha256 = digest;
        artifact.where.push(`GitHub's attestations of ${(0,adapters_github/* describeScope */.OI)(github)} (${baseUrl})`);
        artifact.bundles = byDigest.get(digest.hex) ?? [];
        artifact.mode = 'any';
    });
    return found;
}
function scopeOf(lookup) {
    if (lookup.repo !== null)
        return { kind: 'repo', repository: (0,adapters_github/* toRepositoryRef */.L3)(lookup.repo) };
    if (lookup.owner !== null)
        return { kind: 'org', org: lookup.owner };
    return null;
}
/** A failed GitHub call, coded: no answer is `github_unavailable`; a refusal, `permission_denied`. */
function asGuardError(error) {
    if ((0,errors/* isGuardError */.QT)(error))
        return error;
    const unavailable = (0,adapters_github/* githubUnavailable */.OA)(error);
    if (unavailable)
        return unavailable;
    const status = (0,adapters_github/* statusOf */.c2)(error);
    if (status === undefined)
        throw error;
    const message = error.message.split('\n')[0] ?? '';
    return new errors/* GuardError */.U$(status === 401 || status === 403 ? 'permission_denied' : 'github_unavailable', `GitHub refused the attestations lookup (HTTP ${status}: ${message}); set GH_TOKEN or GITHUB_TOKEN to a token that may read the repository's attestations`, { cause: error });
}
/**
 * Writes what each verdict rests on: the attestations that passed (as decoded, so an answer that nests a list
 * cannot shift which one is saved), or everything fetched after a rejection. Each file is written to a fresh
 * temporary name and renamed into place, so a link planted in DIR is replaced, never written through.
 */
async function saveBundles(dir, found, outcomes) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    for (const [i, artifact] of found.entries()) {
        const outcome = outcomes[i];
        const passed = outcome?.passed ?? [];
        const bundles = outcome && passed.length > 0
            ? passed.flatMap((index) => rawDocument(outcome.attestations.find((a) => a.index === index)))
            : artifact.bundles;
        const name = (0,external_node_path_.basename)(artifact.path);
        const file = bundles.length === 1 ? (0,external_node_path_.join)(dir, `${name}.sigstore.json`) : (0,external_node_path_.join)(dir, `${name}.intoto.jsonl`);
        const text = bundles.length === 1
            ? `${JSON.stringify(bundles[0], null, 2)}\n`
            : `${bundles.map((bundle) => JSON.stringify(bundle)).join('\n')}\n`;
        const temporary = `${file}.${(0,external_node_crypto_.randomUUID)()}.tmp`;
        await (0,promises_.writeFile)(temporary, text, { mode: 0o644, flag: 'wx' });
        await (0,promises_.rename)(temporary, file);
    }
}
/** The JSON an attestation was decoded from: the bundle, or a legacy envelope. */
function rawDocument(attestation) {
    if (!attestation?.ok)
        return [];
    return [
        attestation.document.kind === 'bundle' ? attestation.document.bundle : attestation.document.envelope,
    ];
}

;// CONCATENATED MODULE: ./src/commands/verify/verify.ts









/**
 * A provenance file passes only if every attestation in it verifies (npm ships a publish attestation
 * beside the SLSA one; a tampered one rejects the file). Attestations looked up by digest
 * (`attestationMode: 'any'`) are candidates: the release passes if one SLSA attestation passes the
 * whole policy, so a decoy cannot turn a good release into a rejection. The verdict names which.
 * With `lookup` the attestations are looked up by the artifacts' digests instead (see `verifyLookedUp`).
 */
async function verifyProvenance(request, deps = defaultDependencies) {
    if (request.lookup)
        return verifyLookedUp(request, request.lookup, deps);
    let attestations;
    try {
        attestations = decodeAttestations(await readProvenance(request.provenancePath));
    }
    catch (error) {
        if (!(0,errors/* isGuardError */.QT)(error))
            throw error;
        return (0,core_policy/* rejectedBeforeVerification */.fc)((0,core_policy/* failed */.gz)('bundle', error.code, expectationFor('bundle'), error.message), VERIFIER_NAME);
    }
    return (await verifyCandidates(attestations, request, deps)).verdict;
}
/**
 * Provenance is a few kilobytes to a few megabytes; a larger file is refused before it is read into memory.
 */
const MAX_PROVENANCE_BYTES = 32 * 1024 * 1024;
async function readProvenance(path) {
    const size = await (0,promises_.stat)(path).then((stats) => stats.size, () => 0);
    if (size > MAX_PROVENANCE_BYTES) {
        throw new errors/* GuardError */.U$('provenance_malformed', `provenance ${path} is ${size} bytes, over the ${MAX_PROVENANCE_BYTES / 2 ** 20} MiB limit: not a provenance file`);
    }
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* GuardError */.U$('attestation_missing', `cannot read provenance ${path}: ${error.message}`, { cause: error });
    }
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(4377);
// EXTERNAL MODULE: ./src/core/manifest/index.ts + 15 modules
var manifest = __webpack_require__(6275);
;// CONCATENATED MODULE: ./src/commands/verify/inputs.ts





const inputs_text = schemas/* string */.YjP().trim().min(1, 'must not be empty');
const url = inputs_text.refine((value) => URL.canParse(value), 'must be an absolute URL');
/**
 * An identity pin is compared exactly: whitespace or a control character inside it is a mistake or an attack.
 */
const identity = schemas/* string */.YjP()
    .min(1, 'must not be empty')
    .refine(provenance/* isPlainIdentity */.BG, 'must not contain whitespace or control characters');
const identityUrl = identity.refine((value) => URL.canParse(value), 'must be an absolute URL');
const SLUG = /^[A-Za-z0-9_.-]+$/;
/**
 * The release policy and trust, shared by every entry point; each maps its own input names onto these fields.
 */
const PolicyInputsSchema = schemas/* object */.Ikc({
    expectedBuilderIds: schemas/* array */.YOg(identityUrl),
    expectedSourceRepo: identity
        .regex(/^(https:\/\/[^/]+\/)?[\w.-]+\/[\w.-]+$/, 'must be OWNER/NAME or its https URL')
        .nullable(),
    expectedOwner: identity.regex(SLUG, 'must be a GitHub owner name').nullable().default(null),
    githubServerUrl: identityUrl
        .regex(/^https:\/\/[^/]+\/?$/, 'must be https://HOST')
        .default(core_policy/* GITHUB_SERVER_URL */.m7),
    denySelfHostedRunners: schemas/* boolean */.zMY().default(false),
    tag: identity.regex(/^[^\s~^:?*[\\]+$/, 'is not a valid git tag name').nullable(),
    commit: inputs_text.regex(/^[0-9a-fA-F]{40}$/, 'must be a 40-hex-digit commit SHA').nullable(),
    expectedIssuer: identityUrl.default(core_policy/* GITHUB_ACTIONS_ISSUER */.qQ),
    expectedSan: identity.nullable(),
    expectedRepositoryId: inputs_text
        .regex(/^[1-9][0-9]*$/, 'must be a numeric repository ID')
        .nullable()
        .default(null),
    trust: schemas/* discriminatedUnion */.gMt('kind', [
        schemas/* object */.Ikc({ kind: schemas/* literal */.euz('tuf'), mirrorUrl: url.optional(), rootPath: inputs_text.optional() }),
        schemas/* object */.Ikc({ kind: schemas/* literal */.euz('file'), path: inputs_text }),
        schemas/* object */.Ikc({ kind: schemas/* literal */.euz('embedded') }),
    ]),
    rekorUrl: url.nullable(),
    requireAllSubjects: schemas/* boolean */.zMY(),
    override: schemas/* object */.Ikc({
        reason: inputs_text.max(500, 'must be at most 500 characters'),
        approver: inputs_text.max(100, 'must be at most 100 characters'),
        // Strict ISO 8601 with an offset: `2026-11-30 10:00` or `1` would be read in the machine's time zone,
        // or not at all.
        expiresAt: iso/* datetime */.w$({
            offset: true,
            message: 'must be an ISO 8601 date-time with an offset, e.g. 2026-12-01T12:00:00Z',
        }),
    })
        .nullable(),
});
const ownerName = identity.regex(SLUG, 'must be a GitHub owner name');
/** Where to look attestations up: a repository or an organisation on GitHub, and an npm registry. */
const LookupSchema = schemas/* object */.Ikc({
    repo: identity.regex(/^[\w.-]+\/[\w.-]+$/, 'must be OWNER/NAME').nullable(),
    owner: ownerName.nullable(),
    registry: url.regex(/^https?:\/\//, 'must be an http(s) URL').nullable(),
})
    .refine((lookup) => lookup.repo === null || lookup.owner === null, {
    message: 'takes a repository or an owner, not both',
});
/** The CLI's `verify`: policy plus the files to check, or where to look their attestations up. */
const VerifyInputsSchema = PolicyInputsSchema.extend({
    artifacts: schemas/* array */.YOg(inputs_text),
    /** Empty when `lookup` is set. */
    provenance: schemas/* string */.YjP().trim(),
    lookup: LookupSchema.nullable().default(null),
    bundleOut: inputs_text.nullable().default(null),
    githubApiUrl: url.nullable().default(null),
}).superRefine((inputs, context) => {
    if (inputs.lookup === null && inputs.provenance === '')
        context.addIssue({ code: 'custom', path: ['provenance'], message: 'must not be empty' });
    if (inputs.lookup !== null && inputs.provenance !== '')
        context.addIssue({ code: 'custom', path: ['lookup'], message: 'excludes a provenance file' });
    if (inputs.lookup === null && inputs.bundleOut !== null)
        context.addIssue({
            code: 'custom',
            path: ['bundleOut'],
            message: 'needs attestations looked up (a repository, owner or registry)',
        });
});
/** Parses with a schema; the error names the input the way the caller spells it (`--tag`, `tag`). */
function parseInputs(schema, raw, nameOf) {
    const parsed = schema.safeParse(raw);
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? '');
    const detail = issue?.path.length && issue.path.length > 1 ? ` (${issue.path.slice(1).join('.')})` : '';
    throw new errors/* GuardError */.U$('input_invalid', `${nameOf(field)}${detail} ${issue?.message ?? 'is invalid'}`);
}
function toVerifyRequest(raw, nameOf, now) {
    const inputs = parseInputs(VerifyInputsSchema, raw, nameOf);
    return {
        ...toPolicyRequest(inputs, nameOf, now),
        artifactPaths: inputs.artifacts,
        provenancePath: inputs.provenance,
        ...(inputs.lookup && {
            lookup: inputs.lookup,
            bundleOut: inputs.bundleOut,
            githubApiUrl: inputs.githubApiUrl,
        }),
    };
}
function toPolicyRequest(raw, nameOf, now) {
    const inputs = parseInputs(PolicyInputsSchema, raw, nameOf);
    const override = inputs.override && { ...inputs.override, expiresAt: new Date(inputs.override.expiresAt) };
    // An already expired override is not a usage error: the verdict reports it as override_expired.
    const problem = override && override.expiresAt > now ? (0,manifest/* overrideWindowProblem */.AV)(now, override.expiresAt) : null;
    if (problem)
        throw new errors/* GuardError */.U$('input_invalid', `${nameOf('override')} ${problem}`);
    return {
        trust: inputs.trust,
        rekorUrl: inputs.rekorUrl,
        requireAllSubjects: inputs.requireAllSubjects,
        policy: {
            expectedBuilderIds: inputs.expectedBuilderIds,
            expectedSourceRepository: inputs.expectedSourceRepo,
            expectedOwner: inputs.expectedOwner,
            githubServerUrl: inputs.githubServerUrl.replace(/\/$/, ''),
            denySelfHostedRunners: inputs.denySelfHostedRunners,
            tag: inputs.tag,
            commit: inputs.commit?.toLowerCase() ?? null,
            expectedIssuer: inputs.expectedIssuer,
            expectedSan: inputs.expectedSan,
            expectedRepositoryId: inputs.expectedRepositoryId,
            override,
            now,
        },
    };
}

// EXTERNAL MODULE: ./src/core/policy-file/index.ts + 4 modules
var policy_file = __webpack_require__(5368);
// EXTERNAL MODULE: ./src/core/release/index.ts + 1 modules
var core_release = __webpack_require__(2251);
;// CONCATENATED MODULE: ./src/commands/verify/under-policy.ts









/**
 * The artifacts verified rule by rule of the policy file (each rule its own pins), then, for a release, the
 * release's state and assets = subjects. Without a policy file there is one rule: the request's policy.
 */
async function verifyUnderPolicy(run, deps = defaultDependencies) {
    const { request, policyFile, release } = run;
    if (policyFile === null && release === null)
        return verifyProvenance(request, deps);
    const assignment = (0,policy_file/* assignAssets */.Dd)(policyFile?.file ?? null, request.artifactPaths.map((path) => (0,external_node_path_.basename)(path)));
    const pathOf = new Map(request.artifactPaths.map((path) => [(0,external_node_path_.basename)(path), path]));
    const rules = policyFile?.file.artifacts ?? [];
    const policyFor = (index) => {
        const rule = rules[index];
        return rule ? (0,policy_file/* toRulePolicy */.KG)(request.policy, rule, run.explicit) : request.policy;
    };
    const subjectDigests = release ? await attestedDigests(request) : null;
    const groups = [...assignment.byRule.entries()];
    if (groups.length === 0)
        groups.push([0, []]);
    const verdicts = [];
    for (const [index, names] of groups) {
        let paths = names.map((name) => pathOf.get(name));
        let knownDigests = request.knownDigests?.filter((d) => names.includes(d.name));
        if (subjectDigests) {
            // Unattested assets are the release check's to name; the verifier sees the assets the subjects claim.
            knownDigests = subjectDigests.digests.filter((d) => names.includes(d.name) && subjectDigests.claimed.has(d.hex));
            paths = knownDigests.map((d) => pathOf.get(d.name));
        }
        const verdict = await verifyProvenance({
            ...request,
            policy: policyFor(index),
            artifactPaths: paths,
            knownDigests,
            requireAllSubjects: release ? false : request.requireAllSubjects,
        }, deps);
        if (!verdict.verified)
            return withRule(verdict, rules[index]?.match, policyFile);
        verdicts.push(verdict);
    }
    const extra = [];
    if (assignment.uncovered.length > 0) {
        extra.push((0,core_policy/* failed */.gz)(release ? 'release_assets' : 'subjects', release ? 'asset_unattested' : 'subject_mismatch', 'every artifact covered by a rule of the policy file', `no rule covers ${assignment.uncovered.join(', ')}`));
    }
    let releaseAssets = null;
    if (release && subjectDigests) {
        const exempt = new Set([...assignment.excluded, ...assignment.provenance]);
        const candidates = subjectDigests.digests.filter((d) => !exempt.has(d.name));
        extra.push((0,core_release/* checkReleaseState */.xY)(release.state, policyFile?.file.release.prerelease ?? 'auto', core_policy/* isSemverPrerelease */.Vz));
        extra.push((0,core_release/* checkReleaseAssets */.Xn)(candidates, verdicts.flatMap((v) => v.subjects), subjectDigests.algorithm, (name) => exempt.has(name) || (0,policy_file/* isProvenanceFile */.Wk)(name) || isExcludedByFile(run, name)));
        releaseAssets = await releaseRecords(release, candidates, subjectDigests.algorithm);
    }
    return mergeVerdicts(verdicts, extra, releaseAssets, policyFile);
}
function isExcludedByFile(run, name) {
    const assignment = (0,policy_file/* assignAssets */.Dd)(run.policyFile?.file ?? null, [name]);
    return assignment.excluded.length > 0;
}
/**
 * The digests of every release file in the algorithm the (still unverified) subjects carry, and which they
 * claim.
 */
async function attestedDigests(request) {
    const text = await (0,promises_.readFile)(request.provenancePath, 'utf8').catch(() => '');
    const subjects = (() => {
        try {
            return decodeAttestations(text).flatMap((a) => (a.ok ? a.statement.subject : []));
        }
        catch {
            return [];
        }
    })();
    const algorithm = (0,core_policy/* chooseDigestAlgorithm */.L$)(subjects) ?? 'sha256';
    const digests = await (0,files_hash/* hashArtifacts */.A)(request.artifactPaths, algorithm);
    const claimed = new Set(subjects.map((s) => s.digest[algorithm]?.toLowerCase()).filter((hex) => hex !== undefined));
    return { digests, claimed, algorithm };
}
async function releaseRecords(release, digests, algorithm) {
    const names = new Set(digests.map((d) => d.name));
    const assets = release.assets.filter((a) => names.has(a.name));
    const sha256 = algorithm === 'sha256'
        ? digests
        : await (0,files_hash/* hashArtifacts */.A)(assets.map((a) => a.path), 'sha256');
    return assets.map((asset) => ({
        name: asset.name,
        size: asset.size,
        sha256: sha256.find((d) => d.name === asset.name)?.hex ?? '',
    }));
}
function withRule(verdict, match, policyFile) {
    if (!policyFile || !match)
        return verdict;
    return {
        ...verdict,
        attestation: `${verdict.attestation ?? 'provenance'} (policy rule ${match.join(', ')})`,
    };
}

;// CONCATENATED MODULE: ./src/commands/verify/index.ts







/***/ }),

/***/ 5368:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mk: () => (/* reexport */ MAX_POLICY_BYTES),
  ou: () => (/* reexport */ PolicyFileSchema),
  Dd: () => (/* reexport */ assignAssets),
  yh: () => (/* reexport */ explainPolicy),
  Wk: () => (/* reexport */ isProvenanceFile),
  n$: () => (/* reexport */ loadPolicyFile),
  _6: () => (/* reexport */ parsePolicyFile),
  KG: () => (/* reexport */ toRulePolicy)
});

// UNUSED EXPORTS: DEFAULT_POLICY_PATH, POLICY_FILE_VERSION, PolicyRuleSchema, assertOverrideAllowed, effectivePolicyRows

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./src/core/policy/index.ts + 12 modules
var policy = __webpack_require__(5088);
// EXTERNAL MODULE: ./src/core/provenance/index.ts + 4 modules
var provenance = __webpack_require__(8901);
;// CONCATENATED MODULE: ./src/core/policy-file/schema.ts



const POLICY_FILE_VERSION = 1;
const DEFAULT_POLICY_PATH = '.github/provenance-policy.yml';
const plain = schemas/* string */.YjP().min(1).refine(provenance/* isPlainIdentity */.BG, 'must not contain whitespace or control characters');
const globs = schemas/* union */.KCZ([plain, schemas/* array */.YOg(plain).min(1)])
    .transform((value) => (typeof value === 'string' ? [value] : value));
const url = plain.refine((value) => URL.canParse(value), 'must be an absolute URL');
const SourceSchema = schemas/* union */.KCZ([
    schemas/* object */.Ikc({
        repository: plain
            .regex(/^(https:\/\/[^/]+\/)?[\w.-]+\/[\w.-]+$/, 'must be OWNER/NAME or its https URL')
            .describe('The repository the artifacts must be built from, as the signing certificate attests it (OID .12).'),
        'repository-id': plain
            .regex(/^[1-9][0-9]*$/, 'must be a numeric repository ID')
            .optional()
            .describe('Its numeric ID (OID .15), which survives renames and re-creation.'),
    })
        .strict(),
    schemas/* object */.Ikc({
        owner: plain
            .regex(/^[A-Za-z0-9_.-]+$/, 'must be a GitHub owner name')
            .describe('Any repository of this owner.'),
    })
        .strict(),
]);
const OverrideRulesSchema = schemas/* object */.Ikc({
    'allow-slsa-v0.2': schemas/* boolean */.zMY()
        .default(false)
        .describe('Whether a governance override may let SLSA v0.2 provenance pass.'),
    approvers: schemas/* array */.YOg(plain)
        .default([])
        .describe('Who may approve such an override; empty: anyone the workflow lets dispatch it.'),
    'max-days': schemas/* number */.aig()
        .int()
        .min(1)
        .max(7)
        .default(7)
        .describe('The longest an override may run, in days (at most 7).'),
})
    .strict();
const PolicyRuleSchema = schemas/* object */.Ikc({
    match: globs
        .default(['*'])
        .describe('Asset (artifact file) names this rule covers: globs, `*` within a name.'),
    exclude: schemas/* array */.YOg(plain)
        .default([])
        .describe('Names matched above that are not release artifacts (checksums, signatures): never verified.'),
    builders: schemas/* array */.YOg(schemas/* enum */.k5n(policy/* BUILDER_FAMILY_IDS */.Mn))
        .default([])
        .describe('Builder families of the builder registry the artifacts may come from; empty: any.'),
    'builder-ids': schemas/* array */.YOg(url)
        .default([])
        .describe('Exact builder IDs; one without `@` accepts any tagged version of that builder.'),
    source: SourceSchema.optional(),
    tags: plain
        .optional()
        .describe('Tags the release may be built from: `semver`, or a glob such as `v*`. Branches never match.'),
    runner: schemas/* enum */.k5n(['github-hosted', 'any'])
        .default('github-hosted')
        .describe('The runner environment the certificate must attest (OID .11).'),
    'slsa-level': schemas/* union */.KCZ([schemas/* literal */.euz(1), schemas/* literal */.euz(2), schemas/* literal */.euz(3)])
        .optional()
        .describe('The lowest SLSA Build level the builder must meet.'),
    override: OverrideRulesSchema.optional().describe('Governance-override rules; absent: no override is accepted under this rule.'),
})
    .strict();
const PolicyFileSchema = schemas/* object */.Ikc({
    version: schemas/* literal */.euz(POLICY_FILE_VERSION),
    release: schemas/* object */.Ikc({
        prerelease: schemas/* enum */.k5n(['auto', 'true', 'false', 'any'])
            .default('auto')
            .describe("The release's prerelease flag: `auto` = a SemVer prerelease tag (`-rc.1`) is a prerelease, any other is not."),
    })
        .strict()
        .default({ prerelease: 'auto' }),
    exclude: schemas/* array */.YOg(plain)
        .default([])
        .describe('Asset names never verified, for every rule. Provenance and bundle files are always excluded.'),
    artifacts: schemas/* array */.YOg(PolicyRuleSchema)
        .min(1)
        .describe('Rules in order; each asset takes the first rule whose `match` it matches.'),
})
    .strict();

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/errors/index.ts + 6 modules
var errors = __webpack_require__(9421);
;// CONCATENATED MODULE: ./src/core/policy-file/parse.ts




const MAX_POLICY_BYTES = 256 * 1024;
function parsePolicyFile(text, path) {
    const sha256 = (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
    if (Buffer.byteLength(text) > MAX_POLICY_BYTES)
        return { ok: false, problems: [{ at: '(file)', message: `larger than ${MAX_POLICY_BYTES} bytes` }] };
    let raw;
    try {
        // Aliases are refused: a reviewed file says what it means where it says it.
        raw = (0,dist/* parse */.qg)(text, { maxAliasCount: 0, uniqueKeys: true, prettyErrors: false });
    }
    catch (error) {
        const message = error instanceof dist/* YAMLError */.IP ? (error.message.split('\n')[0] ?? error.message) : String(error);
        return { ok: false, problems: [{ at: '(yaml)', message }] };
    }
    const parsed = PolicyFileSchema.safeParse(raw);
    if (!parsed.success)
        return {
            ok: false,
            problems: parsed.error.issues.map((issue) => ({
                at: issue.path.join('.') || '(root)',
                message: issue.message,
            })),
        };
    return { ok: true, policy: { path, sha256, file: parsed.data } };
}
/** The file, or an `input_invalid` error naming its first problem. */
function loadPolicyFile(text, path) {
    const parsed = parsePolicyFile(text, path);
    if (parsed.ok)
        return parsed.policy;
    const [first] = parsed.problems;
    throw new errors/* GuardError */.U$('input_invalid', `policy file ${path}: ${first?.at}: ${first?.message} (run provenance-guard policy lint ${path})`);
}

// EXTERNAL MODULE: ./src/core/glob.ts
var glob = __webpack_require__(6085);
// EXTERNAL MODULE: ./src/core/report/plural.ts
var plural = __webpack_require__(9410);
;// CONCATENATED MODULE: ./src/core/policy-file/rules.ts



/** Provenance and bundles ride along with a release; they are what verifies it, never what is verified. */
const PROVENANCE_FILES = ['*.intoto.jsonl', '*.sigstore.json', '*.sigstore', '*.att'];
const matchesAny = (patterns, name) => patterns.some((pattern) => (0,glob/* matchesGlob */.k)(pattern, name));
const isProvenanceFile = (name) => matchesAny(PROVENANCE_FILES, name);
/**
 * Each name takes the first rule whose `match` it matches; a rule's `exclude` and the file's `exclude` take
 * it out.
 */
function assignAssets(file, names) {
    const byRule = new Map();
    const provenance = [];
    const excluded = [];
    const uncovered = [];
    const rules = file?.artifacts ?? [null];
    for (const name of names) {
        if (isProvenanceFile(name)) {
            provenance.push(name);
            continue;
        }
        if (file && matchesAny(file.exclude, name)) {
            excluded.push(name);
            continue;
        }
        const index = rules.findIndex((rule) => rule === null || matchesAny(rule.match, name));
        const rule = rules[index];
        if (index < 0)
            uncovered.push(name);
        else if (rule && matchesAny(rule.exclude, name))
            excluded.push(name);
        else
            byRule.set(index, [...(byRule.get(index) ?? []), name]);
    }
    return { byRule, provenance, excluded, uncovered };
}
/**
 * One rule as a verification policy: the file's value for each field the inputs left alone. A rule that names
 * another source drops the repository ID the inputs defaulted to (it belongs to the other repository).
 */
function toRulePolicy(base, rule, explicit) {
    const keep = (field) => explicit.has(field);
    const source = rule.source;
    const sourceFromFile = source !== undefined && !keep('expectedSourceRepository') && !keep('expectedOwner');
    const pins = sourceFromFile ? sourcePinsOf(base, source) : base;
    return {
        ...base,
        expectedBuilderIds: keep('expectedBuilderIds') || rule['builder-ids'].length === 0
            ? base.expectedBuilderIds
            : rule['builder-ids'],
        expectedSourceRepository: pins.expectedSourceRepository,
        expectedOwner: pins.expectedOwner,
        expectedRepositoryId: keep('expectedRepositoryId')
            ? base.expectedRepositoryId
            : pins.expectedRepositoryId,
        denySelfHostedRunners: keep('denySelfHostedRunners')
            ? base.denySelfHostedRunners
            : rule.runner === 'github-hosted',
        expectedBuilderFamilies: rule.builders,
        requiredBuildLevel: rule['slsa-level'] ?? null,
        tagPattern: rule.tags ?? null,
        override: assertOverrideAllowed(rule, base.override, base.now),
    };
}
/** A rule's source as the policy pins it: a repository (with its ID) or an owner, never both. */
function sourcePinsOf(base, source) {
    if ('owner' in source)
        return { expectedSourceRepository: null, expectedOwner: source.owner, expectedRepositoryId: null };
    return {
        expectedSourceRepository: source.repository,
        expectedOwner: null,
        expectedRepositoryId: source['repository-id'] ?? sameRepositoryId(base, source.repository),
    };
}
/** The inputs' repository ID still holds when the rule names the same repository. */
function sameRepositoryId(base, repository) {
    return base.expectedSourceRepository?.toLowerCase() === repository.toLowerCase()
        ? base.expectedRepositoryId
        : null;
}
/** The governance-override rules are the reviewed file's: inputs cannot loosen them, only use them. */
function assertOverrideAllowed(rule, override, now) {
    if (override === null)
        return null;
    const rules = rule.override;
    if (!rules?.['allow-slsa-v0.2']) {
        throw new errors/* GuardError */.U$('input_invalid', `the policy file allows no governance override for ${rule.match.join(', ')} (override.allow-slsa-v0.2)`);
    }
    if (rules.approvers.length > 0 && !rules.approvers.includes(override.approver)) {
        throw new errors/* GuardError */.U$('input_invalid', `override approver ${override.approver} is not one of the policy's approvers (${rules.approvers.join(', ')})`);
    }
    const days = (override.expiresAt.getTime() - now.getTime()) / 86_400_000;
    if (days > rules['max-days']) {
        throw new errors/* GuardError */.U$('input_invalid', `the override runs ${(0,plural/* counted */.h)(Math.ceil(days), 'day')}; the policy allows at most ${rules['max-days']} (override.max-days)`);
    }
    return override;
}

;// CONCATENATED MODULE: ./src/core/policy-file/explain.ts


/** What each rule of a policy file asks, in words a reviewer checks against intent (`policy lint`). */
function explainPolicy(file) {
    const lines = [
        `release: ${describePrerelease(file.release.prerelease)}; drafts are never verified as published releases`,
        `always excluded: provenance and bundle files${file.exclude.length > 0 ? `, and ${file.exclude.join(', ')}` : ''}`,
        'every other asset must be a subject of a verified attestation, and every subject a published asset',
    ];
    file.artifacts.forEach((rule, i) => lines.push(`rule ${i + 1} (${rule.match.join(', ')}):`, ...explainRule(rule).map((line) => `  - ${line}`)));
    return lines;
}
function explainRule(rule) {
    const families = rule.builders.map((id) => `${id} (${policy/* BUILDER_FAMILIES */.$l[id].buildLevel})`);
    return [
        ...(rule.exclude.length > 0 ? [`not verified: ${rule.exclude.join(', ')}`] : []),
        families.length > 0
            ? `built by ${families.join('; ')}`
            : 'built by any builder the certificate vouches for',
        ...(rule['builder-ids'].length > 0
            ? [`builder ID exactly one of ${rule['builder-ids'].join(', ')}`]
            : []),
        explainSource(rule.source),
        rule.tags === undefined
            ? 'ref: any (pin one with tags: semver)'
            : `ref: tags only, ${rule.tags === 'semver' ? 'SemVer tags (vX.Y.Z[-pre])' : `matching ${rule.tags}`}`,
        rule.runner === 'github-hosted' ? 'runner: GitHub-hosted only' : 'runner: self-hosted allowed',
        rule['slsa-level'] === undefined
            ? 'SLSA Build level: any'
            : `SLSA Build level: L${rule['slsa-level']} or above`,
        rule.override?.['allow-slsa-v0.2']
            ? `override: SLSA v0.2 may pass for at most ${(0,plural/* counted */.h)(rule.override['max-days'], 'day')}${rule.override.approvers.length > 0 ? `, approved by ${rule.override.approvers.join(' or ')}` : ''}`
            : 'override: none accepted',
    ];
}
function explainSource(source) {
    if (source === undefined)
        return 'source: the inputs decide (validate: this repository)';
    if ('owner' in source)
        return `source: any repository of ${source.owner}, as the certificate attests it`;
    const id = source['repository-id'] ? ` (repository ID ${source['repository-id']})` : '';
    return `source: ${source.repository}${id}, as the certificate attests it`;
}
function describePrerelease(mode) {
    if (mode === 'auto')
        return 'a SemVer prerelease tag must be a prerelease, any other tag must not';
    if (mode === 'any')
        return 'the prerelease flag is not checked';
    return `the release must${mode === 'true' ? '' : ' not'} be a prerelease`;
}
/** The policy a rule resolved to, as rows (field, value) for the job summary and the CLI. */
function effectivePolicyRows(policy) {
    const or = (values, none) => values && values.length > 0 ? values.join(', ') : none;
    return [
        ['builder families', or(policy.expectedBuilderFamilies, 'any')],
        ['builder IDs', or(policy.expectedBuilderIds, 'any the certificate vouches for')],
        ['source repository', policy.expectedSourceRepository ?? '-'],
        ['owner', policy.expectedOwner ?? '-'],
        ['repository ID', policy.expectedRepositoryId ?? '-'],
        ['tag', policy.tag ?? '-'],
        ['tag pattern', policy.tagPattern ?? 'any'],
        ['runner', policy.denySelfHostedRunners ? 'GitHub-hosted only' : 'any'],
        ['SLSA Build level', policy.requiredBuildLevel ? `L${policy.requiredBuildLevel}+` : 'any'],
        ['SAN', policy.expectedSan ?? '-'],
        [
            'override',
            policy.override
                ? `v0.2 until ${policy.override.expiresAt.toISOString()} (${policy.override.approver})`
                : 'none',
        ],
    ];
}

;// CONCATENATED MODULE: ./src/core/policy-file/index.ts






/***/ }),

/***/ 2251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Xn: () => (/* reexport */ checkReleaseAssets),
  xY: () => (/* reexport */ checkReleaseState)
});

// UNUSED EXPORTS: MANIFEST_FOLDER, WORKFLOWS_FOLDER, isFileMode, keptFolderChanges, keptFolders

// EXTERNAL MODULE: ./src/core/policy/index.ts + 12 modules
var policy = __webpack_require__(5088);
;// CONCATENATED MODULE: ./src/core/release/assets.ts

const EXPECTED = 'assets = subjects: every asset a subject of a verified attestation, every subject a published asset';
const assets_short = (hex) => `${hex.slice(0, 16)}…`;
/**
 * The release's assets against the subjects of its verified attestations, both ways, by (name, digest): an
 * asset is attested only when a subject has its name *and* its digest, so attested bytes under another name
 * (two platforms' binaries swapped, a copy under a new name) do not pass. A subject's name with other bytes
 * is a replaced asset; any other asset is unattested; a subject no asset carries is missing. `exempt` names
 * (excluded by policy, provenance files) are left out on both sides.
 */
function checkReleaseAssets(assets, subjects, algorithm, exempt) {
    const attested = subjects
        .map((s) => ({ name: baseName(s.name), hex: s.digest[algorithm]?.toLowerCase() }))
        .filter((s) => s.hex !== undefined && !exempt(s.name));
    const sameAs = (a) => (s) => s.name === a.name && s.hex === a.hex.toLowerCase();
    const unknown = assets.filter((a) => !attested.some(sameAs(a)));
    const replaced = unknown.filter((a) => attested.some((s) => s.name === a.name));
    const unattested = unknown.filter((a) => !replaced.includes(a));
    const missing = attested.filter((s) => !assets.some((a) => a.name === s.name));
    const problems = [
        ...replaced.map((a) => [
            'asset_replaced',
            `${a.name} is ${assets_short(a.hex)}, attested as ${assets_short(attested.find((s) => s.name === a.name)?.hex ?? '')}`,
        ]),
        ...unattested.map((a) => [
            'asset_unattested',
            `${a.name} (${assets_short(a.hex)}) is not attested under that name`,
        ]),
        ...missing.map((s) => [
            'asset_missing',
            `${s.name} (${assets_short(s.hex)}) is attested but not published`,
        ]),
    ];
    const [first] = problems;
    if (first === undefined)
        return (0,policy/* passed */.bF)('release_assets', 'asset_unattested', EXPECTED, `${assets.length} asset(s), each attested under its name; every subject published`);
    return (0,policy/* failed */.gz)('release_assets', first[0], EXPECTED, problems.map(([, text]) => text).join('; '));
}
/** Subjects may carry a path (`dist/app.tgz`); a release asset is a bare file name. */
const baseName = (name) => name.slice(name.lastIndexOf('/') + 1);
/** A draft is not published; the prerelease flag is what the policy (or, with `auto`, the tag) says. */
function checkReleaseState(release, prerelease, isPrereleaseTag) {
    const wanted = wantedPrerelease(release.tag, prerelease, isPrereleaseTag);
    const expected = `published (not a draft)${wanted === null ? '' : `, ${wanted ? '' : 'not '}a prerelease`}`;
    const actual = `${release.draft ? 'a draft' : 'published'}, ${release.prerelease ? '' : 'not '}a prerelease`;
    const ok = !release.draft && (wanted === null || wanted === release.prerelease);
    return ok
        ? (0,policy/* passed */.bF)('release_state', 'release_state_mismatch', expected, actual)
        : (0,policy/* failed */.gz)('release_state', 'release_state_mismatch', expected, actual);
}
/** Whether the release must be a prerelease; null when the flag is not checked. */
function wantedPrerelease(tag, prerelease, isPrereleaseTag) {
    if (prerelease === 'any')
        return null;
    if (prerelease === 'auto')
        return isPrereleaseTag(tag);
    return prerelease === 'true';
}

;// CONCATENATED MODULE: ./src/core/release/index.ts




/***/ })

};

export const id = 34;
export const ids = [34,623];
export const modules = {

/***/ 2034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPolicy: () => (/* binding */ runPolicy)
/* harmony export */ });
/* harmony import */ var _core_errors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9421);
/* harmony import */ var _core_policy_file_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5368);
/* harmony import */ var _exit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7632);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7593);
/* harmony import */ var _policy_verify_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3623);





/** `policy lint FILE [--json]`: the file against its schema, then each rule in words. */
async function runPolicy(argv) {
    const [sub, ...rest] = argv;
    if (sub !== 'lint')
        throw new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .GuardError */ .U$('input_invalid', `policy needs a subcommand: lint (got ${sub ?? 'nothing'})`);
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseArgsOnce */ .q)({
        args: [...rest],
        allowPositionals: true,
        options: { json: { type: 'boolean' } },
    });
    const [path] = positionals;
    if (!path || positionals.length > 1)
        throw new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .GuardError */ .U$('input_invalid', 'policy lint takes exactly one FILE');
    const parsed = (0,_core_policy_file_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePolicyFile */ ._6)(await (0,_policy_verify_js__WEBPACK_IMPORTED_MODULE_4__.readPolicyText)(path), path);
    if (!parsed.ok) {
        const stdout = values.json
            ? JSON.stringify({ ok: false, problems: parsed.problems }, null, 2)
            : parsed.problems.map((p) => `${path}: ${p.at}: ${p.message}`).join('\n');
        return { exitCode: _exit_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .d.rejected, stdout };
    }
    const rules = (0,_core_policy_file_index_js__WEBPACK_IMPORTED_MODULE_1__/* .explainPolicy */ .yh)(parsed.policy.file);
    const stdout = values.json
        ? JSON.stringify({ ok: true, sha256: parsed.policy.sha256, rules }, null, 2)
        : [`${path}: ok (sha256 ${parsed.policy.sha256})`, ...rules].join('\n');
    return { exitCode: 0, stdout };
}


/***/ }),

/***/ 3623:
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
// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 21 modules
var dist_src = __webpack_require__(5051);
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

;// CONCATENATED MODULE: ./src/adapters/github/status.ts
/** The HTTP status an Octokit call failed with; undefined for transport errors that never got an answer. */
function status_statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}

;// CONCATENATED MODULE: ./src/adapters/github/tags.ts


const MAX_TAG_DEPTH = 5;
/** The commit a release tag points at, dereferencing annotated tags (and tags of tags). */
async function resolveTagCommit(octokit, repository, tag) {
    let object;
    try {
        ({
            data: { object },
        } = await octokit.rest.git.getRef({ ...repository, ref: `tags/${tag}` }));
    }
    catch (error) {
        if (status_statusOf(error) === 404)
            throw new errors/* GuardError */.U$('tag_mismatch', `tag ${tag} does not exist in ${repository.owner}/${repository.repo}`, { cause: error });
        throw error;
    }
    for (let depth = 0; object.type === 'tag'; depth++) {
        if (depth >= MAX_TAG_DEPTH)
            throw new errors/* GuardError */.U$('tag_mismatch', `tag ${tag} nests more than ${MAX_TAG_DEPTH} annotated tags`);
        ({
            data: { object },
        } = await octokit.rest.git.getTag({ ...repository, tag_sha: object.sha }));
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
 * verifier reads like a file. 404 for a digest means it has none: `attestation_missing`.
 */
async function fetchAttestations(octokit, repository, sha256Digests) {
    const bundles = await lookUpConcurrently(sha256Digests, (digest) => attestationsFor(octokit, repository, digest));
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
async function attestationsFor(octokit, repository, digest) {
    const bundles = [];
    const pages = octokit.paginate.iterator(octokit.rest.repos.listAttestations, {
        ...repository,
        subject_digest: `sha256:${digest}`,
        per_page: 100,
    });
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

;// CONCATENATED MODULE: ./src/adapters/github/retry.ts

const defaultGitHubRetryTiming = {
    maxTries: 3,
    maxWaitMs: 60_000,
    backoffMs: (attempt) => 1_000 * 2 ** (attempt - 1),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    now: () => Date.now(),
};
/**
 * How long to wait before trying a failed GitHub call again, or null when it must not be retried:
 * rate limits wait `Retry-After` (or the reset time), server and transport errors back off,
 * everything else (4xx) is final. Waits longer than `maxWaitMs` are not waited.
 */
function retryDelay(error, attempt, timing) {
    const status = statusOf(error);
    const headers = error?.response?.headers ??
        {};
    const retryAfter = headers['retry-after'];
    const secondary = status === 403 && /secondary rate limit/i.test(error?.message ?? '');
    const primary = (status === 403 || status === 429) && headers['x-ratelimit-remaining'] === '0';
    let wait = null;
    if (status === 429 || secondary || primary) {
        if (retryAfter !== undefined)
            wait = Number(retryAfter) * 1000;
        else if (headers['x-ratelimit-reset'] !== undefined)
            wait = Number(headers['x-ratelimit-reset']) * 1000 - timing.now() + 1000;
        else
            wait = 60_000;
    }
    else if (status === undefined || status >= 500) {
        wait = timing.backoffMs(attempt);
    }
    return wait !== null && Number.isFinite(wait) && wait <= timing.maxWaitMs ? Math.max(wait, 0) : null;
}
/** A GitHub call with at most `maxTries` tries, waiting as `retryDelay` says; nothing to read back. */
function retry_withGitHubRetries(call, timing = defaultGitHubRetryTiming) {
    return retry_withReadBack(call, async () => null, timing);
}
/**
 * An effect whose answer can be lost after it landed (a 5xx or a dropped connection after GitHub acted):
 * it is never repeated blindly. Before each new try `readBack` looks for it (a marker, an id); found, it
 * is the answer. At most `maxTries` tries, waiting as `retryDelay` says.
 */
async function retry_withReadBack(effect, readBack, timing = defaultGitHubRetryTiming) {
    for (let attempt = 1;; attempt++) {
        try {
            return await effect();
        }
        catch (error) {
            const wait = attempt < timing.maxTries ? retryDelay(error, attempt, timing) : null;
            if (wait === null)
                throw error;
            await timing.sleep(wait);
            const landed = await readBack();
            if (landed !== null)
                return landed;
        }
    }
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
 * The open failure issue whose body carries the marker, among the labelled open issues. The issues API
 * lists pull requests too (they carry `pull_request`); a pull request quoting the marker is not the issue.
 */
async function findIssueByMarker({ octokit, repository, timing }, label, marker) {
    for (let page = 1; page <= 5; page++) {
        const { data } = await withGitHubRetries(() => octokit.rest.issues.listForRepo({ ...repository, state: 'open', labels: label, per_page: 100, page }), timing);
        const found = data.find((issue) => !issue.pull_request && issue.body?.includes(marker));
        if (found)
            return found.number;
        if (data.length < 100)
            return null;
    }
    return null;
}
/**
 * Opens the issue once: its body carries `found.marker`, so an issue whose creation landed while the answer
 * was lost is found under `found.label` before another is opened.
 */
async function openIssue(api, content, found) {
    const { octokit, repository, timing } = api;
    return withReadBack(async () => {
        const { data } = await octokit.rest.issues.create({
            ...repository,
            title: content.title,
            body: content.body,
            labels: [...content.labels],
        });
        return data.number;
    }, () => findIssueByMarker(api, found.label, found.marker), timing);
}
async function commentOnIssue({ octokit, repository, timing }, issueNumber, body) {
    await withGitHubRetries(() => octokit.rest.issues.createComment({ ...repository, issue_number: issueNumber, body }), timing);
}

;// CONCATENATED MODULE: ./src/adapters/github/runs.ts


async function getRun({ octokit, repository, timing }, runId) {
    const { data } = await withGitHubRetries(() => octokit.rest.actions.getWorkflowRun({ ...repository, run_id: runId }), timing);
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
        runStartedAt: data.run_started_at ? new Date(data.run_started_at) : null,
        updatedAt: new Date(data.updated_at),
        displayTitle: data.display_title,
    };
}
/**
 * Asks GitHub to rerun the run's attempt `runAttempt`; its refusal (403: too old, still running, over the
 * cap) comes back as a reason. A refused run is read back first: an attempt past `runAttempt` means the
 * rerun started (a try whose answer was lost landed, and its retry was refused as already running).
 */
async function rerunRun(api, run, failedJobsOnly) {
    const { octokit, repository, timing } = api;
    const target = { ...repository, run_id: run.id };
    try {
        if (failedJobsOnly)
            await withGitHubRetries(() => octokit.rest.actions.reRunWorkflowFailedJobs(target), timing);
        else
            await withGitHubRetries(() => octokit.rest.actions.reRunWorkflow(target), timing);
        return { ok: true };
    }
    catch (error) {
        if (statusOf(error) !== 403 && statusOf(error) !== 422)
            throw error;
        if ((await getRun(api, run.id)).runAttempt > run.runAttempt)
            return { ok: true };
        return { ok: false, why: error.message };
    }
}
/**
 * Dispatches a workflow on a ref; null when it cannot be dispatched (no workflow_dispatch trigger, unknown
 * workflow).
 */
async function dispatchWorkflow({ octokit, repository, timing }, workflow, ref, inputs) {
    try {
        await withGitHubRetries(() => octokit.rest.actions.createWorkflowDispatch({ ...repository, workflow_id: workflow, ref, inputs }), timing);
        return { ok: true };
    }
    catch (error) {
        if (statusOf(error) === 404 || statusOf(error) === 422)
            return { ok: false, why: error.message };
        throw error;
    }
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
 * not on the sizes the archive claims). Returns the extracted files.
 */
async function safe_unzip_extractZipSafely(zipPath, target, limits = safe_unzip_defaultUnzipLimits) {
    const root = resolve(target);
    const zip = await openZip(zipPath);
    const files = [];
    let written = 0;
    try {
        for (let entry = await nextEntry(zip); entry !== null; entry = await nextEntry(zip)) {
            if (files.length >= limits.maxEntries)
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
 * Finds the run's artifact by name (our Octokit, so the tries stay ours and bounded: `getArtifact`
 * would add hidden retries) and downloads it by id with `@actions/artifact`: at most 3 tries with
 * backoff on 5xx/403/404/not-found. Expired → `artifact_retention_missing` at once; otherwise
 * `artifact_missing`. The archive is extracted by us, safely, never by the download itself.
 */
async function downloadRunArtifact(request, github, timing = defaultDownloadTiming, limits = defaultUnzipLimits) {
    const findBy = {
        token: request.token,
        workflowRunId: request.runId,
        repositoryOwner: request.owner,
        repositoryName: request.repo,
    };
    let lastError;
    for (let attempt = 1; attempt <= timing.maxTries; attempt++) {
        try {
            const artifact = await findArtifact(github.octokit, request);
            const archiveDir = await mkdtemp(join(request.targetDir, '.archive-'));
            await github.artifacts.downloadArtifact(artifact.id, {
                findBy,
                path: archiveDir,
                skipDecompress: true,
            });
            const [archive] = await readdir(archiveDir);
            if (!archive)
                throw new Error('the download produced no file');
            const files = await extractZipSafely(join(archiveDir, archive), join(request.targetDir, 'files'), limits);
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
 * The release of a tag, drafts included (the list shows them to a token with push access; `getReleaseByTag`
 * never does).
 */
/**
 * The release of the tag: the published one, even when drafts carry the same tag (anyone drafting a release
 * must not shadow what users download); a draft only when nothing with that tag is published.
 */
async function findRelease(client, repository, tag, limits = defaultReleaseLimits) {
    let pages = 0;
    let draft = null;
    for await (const page of client.octokit.paginate.iterator(client.octokit.rest.repos.listReleases, {
        ...repository,
        per_page: 100,
    })) {
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
        if (++pages >= limits.maxPages)
            break;
    }
    if (draft)
        return draft;
    throw new errors/* GuardError */.U$('artifact_missing', `${repository.owner}/${repository.repo} has no release for tag ${tag}`);
}
async function listReleaseAssets(client, repository, releaseId, limits = defaultReleaseLimits) {
    const assets = [];
    for await (const page of client.octokit.paginate.iterator(client.octokit.rest.repos.listReleaseAssets, {
        ...repository,
        release_id: releaseId,
        per_page: 100,
    })) {
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
 * Each asset streamed to `dir`, at most `maxTries` tries each, never more bytes than the listing declared.
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
            if (!(error instanceof Retryable) && !(error instanceof TypeError))
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
    let response = await fetch(url, { headers, redirect: 'manual' });
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location)
        response = await fetch(new URL(location, url), { headers: { accept: 'application/octet-stream' } });
    if (response.status === 429 || response.status >= 500)
        throw new Retryable(`HTTP ${response.status}`);
    if (!response.ok || response.body === null)
        throw new errors/* GuardError */.U$('artifact_missing', `release asset ${asset.name}: HTTP ${response.status}`);
    let bytes = 0;
    const cap = new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
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
async function fetchRelease(client, repository, { tag, workDir }) {
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
    const bundles = assets.filter((a) => (0,policy_file/* isProvenanceFile */.Wk)(a.name) && !a.name.endsWith('.vsa.sigstore.json'));
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
    };
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
    const octokit = new dist_src/* Octokit */.E({ baseUrl: apiUrl, ...(token ? { auth: token } : {}) });
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


/***/ }),

/***/ 2987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DE: () => (/* binding */ assertReadable),
/* harmony export */   LD: () => (/* binding */ toInputs),
/* harmony export */   VY: () => (/* binding */ FLAG_OF),
/* harmony export */   nn: () => (/* binding */ VERIFY_OPTIONS),
/* harmony export */   zB: () => (/* binding */ trustSourceOf)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9421);
/* harmony import */ var _commands_verify_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3147);



const VERIFY_OPTIONS = {
    artifact: { type: 'string', multiple: true },
    release: { type: 'string' },
    policy: { type: 'string' },
    'github-api-url': { type: 'string' },
    provenance: { type: 'string' },
    'expected-builder-id': { type: 'string', multiple: true },
    'expected-source-repo': { type: 'string' },
    'expected-owner': { type: 'string' },
    'github-server-url': { type: 'string' },
    'deny-self-hosted-runners': { type: 'boolean' },
    'expected-issuer': { type: 'string' },
    'expected-san': { type: 'string' },
    'expected-repository-id': { type: 'string' },
    tag: { type: 'string' },
    commit: { type: 'string' },
    'trusted-root': { type: 'string' },
    offline: { type: 'boolean' },
    'tuf-mirror': { type: 'string' },
    'tuf-root': { type: 'string' },
    'rekor-url': { type: 'string' },
    'require-all-subjects': { type: 'boolean' },
    'allow-v02-override': { type: 'boolean' },
    'override-reason': { type: 'string' },
    'override-approver': { type: 'string' },
    'override-expires': { type: 'string' },
    json: { type: 'boolean' },
};
const FLAG_OF = {
    artifacts: '--artifact',
    provenance: '--provenance',
    expectedBuilderIds: '--expected-builder-id',
    expectedSourceRepo: '--expected-source-repo',
    expectedOwner: '--expected-owner',
    githubServerUrl: '--github-server-url',
    denySelfHostedRunners: '--deny-self-hosted-runners',
    tag: '--tag',
    commit: '--commit',
    expectedIssuer: '--expected-issuer',
    expectedSan: '--expected-san',
    expectedRepositoryId: '--expected-repository-id',
    trust: '--trusted-root/--offline/--tuf-mirror',
    rekorUrl: '--rekor-url',
    requireAllSubjects: '--require-all-subjects',
    override: '--override-reason/--override-approver/--override-expires',
};
function toInputs(values) {
    const overrideFlags = [values['override-reason'], values['override-approver'], values['override-expires']];
    if (!values['allow-v02-override'] && overrideFlags.some((v) => v !== undefined)) {
        throw new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GuardError */ .U$('input_invalid', '--override-* flags need --allow-v02-override');
    }
    if (values.release === undefined && (values.artifact === undefined || values.artifact.length === 0))
        throw new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GuardError */ .U$('input_invalid', '--artifact is required (repeat it for several artifacts)');
    if (values.release === undefined && values.provenance === undefined)
        throw new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GuardError */ .U$('input_invalid', '--provenance is required');
    if (values.policy === undefined &&
        values['expected-source-repo'] === undefined &&
        values['expected-owner'] === undefined &&
        values['expected-san'] === undefined) {
        throw new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GuardError */ .U$('input_invalid', 'an identity pin is required: --expected-source-repo OWNER/NAME, --expected-owner OWNER or --expected-san URI (otherwise any signed provenance from any repository would verify)');
    }
    return {
        artifacts: values.artifact ?? [],
        provenance: values.provenance ?? '',
        expectedBuilderIds: values['expected-builder-id'] ?? [],
        expectedSourceRepo: values['expected-source-repo'] ?? null,
        expectedOwner: values['expected-owner'] ?? null,
        githubServerUrl: values['github-server-url'],
        denySelfHostedRunners: values['deny-self-hosted-runners'] ?? false,
        tag: values.tag ?? null,
        commit: values.commit ?? null,
        expectedIssuer: values['expected-issuer'],
        expectedSan: values['expected-san'] ?? null,
        expectedRepositoryId: values['expected-repository-id'] ?? null,
        trust: trustSourceOf(values),
        rekorUrl: values['rekor-url'] ?? null,
        requireAllSubjects: values['require-all-subjects'] ?? false,
        override: values['allow-v02-override']
            ? {
                reason: values['override-reason'] ?? '',
                approver: values['override-approver'] ?? '',
                expiresAt: values['override-expires'] ?? '',
            }
            : null,
    };
}
/** The trust flags of `verify` and `verify-vsa`: one source, never two silently merged or one ignored. */
function trustSourceOf(values) {
    if (values['trusted-root'] !== undefined && values.offline)
        throw new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GuardError */ .U$('input_invalid', '--trusted-root and --offline exclude each other');
    if (values.offline)
        return { kind: 'embedded' };
    if (values['trusted-root'] !== undefined)
        return { kind: 'file', path: values['trusted-root'] };
    return { kind: 'tuf', mirrorUrl: values['tuf-mirror'], rootPath: values['tuf-root'] };
}
/**
 * A file the user named that cannot be read as one is a usage problem (exit 2), not a verdict about the
 * release.
 */
async function assertReadable(request) {
    const named = [
        ['--provenance', request.provenancePath, 'attestation_missing', _commands_verify_index_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_PROVENANCE_BYTES */ .Dt],
        ...request.artifactPaths.map((path) => ['--artifact', path, 'artifact_missing', Infinity]),
        ...(request.trust.kind === 'file'
            ? [['--trusted-root', request.trust.path, 'trust_root_unavailable', _commands_verify_index_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_PROVENANCE_BYTES */ .Dt]]
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

/***/ 8332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hS: () => (/* reexport */ plural/* counted */.h),
  aq: () => (/* reexport */ renderManifestCounts),
  us: () => (/* reexport */ renderManifestTable),
  G5: () => (/* reexport */ renderVerdictTable),
  R9: () => (/* reexport */ toVerdictJson)
});

// UNUSED EXPORTS: countManifest

// EXTERNAL MODULE: ./src/core/errors/index.ts + 6 modules
var errors = __webpack_require__(9421);
// EXTERNAL MODULE: ./src/core/redaction/index.ts + 3 modules
var redaction = __webpack_require__(9924);
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
function renderManifestTable(manifest, now) {
    if (manifest.entries.length === 0)
        return 'The manifest has no entries.';
    const rows = [...manifest.entries]
        .map((entry) => ({ entry, last: Date.parse(entry.history.at(-1)?.at ?? '') }))
        .sort((a, b) => b.last - a.last)
        .map(({ entry, last }) => [
        entry.status,
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
    return [line(COLUMNS), ...rows.map(line)].join('\n');
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
;// CONCATENATED MODULE: ./src/core/report/index.ts







/***/ })

};

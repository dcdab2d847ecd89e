export const id = 421;
export const ids = [421];
export const modules = {

/***/ 9421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PR: () => (/* reexport */ FAILURE_CATALOG),
  sR: () => (/* reexport */ FAILURE_CODES),
  U$: () => (/* reexport */ GuardError),
  fI: () => (/* reexport */ PACKAGE_RUNBOOK_ORIGIN),
  n6: () => (/* reexport */ describeIssue),
  BJ: () => (/* reexport */ describeProblem),
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
    const problem = describeProblem(issue, value);
    return issue.code === 'custom' ? `${field}: ${problem}` : `${field} ${problem}`;
}
/**
 * What is wrong, without the field, saying what is allowed: "is missing", "must be at most 366", "must be
 * one of 1, 2, 3 (the allowed range is 1–3)". A message the schema wrote itself (a refinement's) is kept.
 */
function describeProblem(issue, value) {
    const absent = valueAt(value, issue.path) === undefined;
    if (absent && (issue.code === 'invalid_value' || issue.code === 'invalid_union'))
        return 'is missing';
    switch (issue.code) {
        case 'invalid_type':
            return absent ? 'is missing' : `must be ${article(issue.expected)}`;
        case 'too_small':
            return ownMessage(issue) ?? tooSmall(issue);
        case 'too_big':
            return ownMessage(issue) ?? tooBig(issue);
        case 'invalid_value':
            return allowed(issue.values);
        case 'invalid_union': {
            const values = unionValues(issue);
            return values === null ? 'is not valid' : allowed(values);
        }
        case 'invalid_format':
            return ownMessage(issue) ?? 'is not in the expected format';
        case 'unrecognized_keys':
            return `has unknown fields ${issue.keys.join(', ')}`;
        case 'custom':
            return issue.message;
        default:
            return 'is not valid';
    }
}
/** A message the schema's author wrote (this project writes them in lower case), not zod's default. */
function ownMessage(issue) {
    return /^[a-z]/.test(issue.message) ? issue.message : null;
}
function tooSmall(issue) {
    const minimum = Number(issue.minimum);
    if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint')
        return `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${minimum}`;
    return minimum <= 1 ? 'is too short or empty' : `is too short (at least ${minimum})`;
}
function tooBig(issue) {
    const maximum = Number(issue.maximum);
    if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint')
        return `must be ${issue.inclusive === false ? 'less than' : 'at most'} ${maximum}`;
    return `is too long (at most ${maximum})`;
}
/** The literals of a union of literals (`1 | 2 | 3`); null for a union of anything else. */
function unionValues(issue) {
    const branches = issue.errors;
    if (branches.length === 0)
        return null;
    const values = [];
    for (const branch of branches) {
        const [only] = branch;
        if (branch.length !== 1 || only?.code !== 'invalid_value' || only.path.length > 0)
            return null;
        values.push(...only.values);
    }
    return values;
}
/** "must be one of …", with the range when the values are consecutive whole numbers. */
function allowed(values) {
    const listed = `must be one of ${values.map((v) => JSON.stringify(v)).join(', ')}`;
    const numbers = values.filter((v) => Number.isInteger(v));
    if (numbers.length !== values.length || numbers.length < 2)
        return listed;
    const sorted = [...numbers].sort((a, b) => a - b);
    const consecutive = sorted.every((n, i) => i === 0 || n === sorted[i - 1] + 1);
    return consecutive ? `${listed} (the allowed range is ${sorted[0]}–${sorted.at(-1)})` : listed;
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

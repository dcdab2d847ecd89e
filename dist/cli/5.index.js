export const id = 5;
export const ids = [5];
export const modules = {

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

/***/ 8005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VERIFY_VSA_OPTIONS: () => (/* binding */ VERIFY_VSA_OPTIONS),
  runVerifyVsa: () => (/* binding */ runVerifyVsa)
});

// EXTERNAL MODULE: ./src/core/errors/index.ts + 6 modules
var errors = __webpack_require__(9421);
// EXTERNAL MODULE: ./src/core/policy/index.ts + 12 modules
var core_policy = __webpack_require__(5088);
// EXTERNAL MODULE: ./src/core/report/index.ts + 4 modules
var report = __webpack_require__(8332);
;// CONCATENATED MODULE: ./src/core/vsa/statement.ts
const VSA_PREDICATE_TYPE = 'https://slsa.dev/verification_summary/v1';
const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
/**
 * An in-toto Statement v1 with SLSA's Verification Summary predicate (v1): only a verified release gets one,
 * so the result is always PASSED. `verifiedLevels` is the Build level the builder registry grants the family,
 * never more.
 */
function statement_toVsaStatement(input) {
    return {
        _type: IN_TOTO_STATEMENT_V1,
        subject: input.subjects.map((s) => ({ name: s.name, digest: { sha256: s.sha256 } })),
        predicateType: VSA_PREDICATE_TYPE,
        predicate: {
            verifier: { id: input.verifierId, version: { 'provenance-guard': input.verifierVersion } },
            timeVerified: input.timeVerified.toISOString(),
            resourceUri: input.resourceUri,
            policy: { uri: input.policy.uri, digest: { sha256: input.policy.sha256 } },
            inputAttestations: input.inputAttestations.map((a) => ({ uri: a.uri, digest: { sha256: a.sha256 } })),
            verificationResult: 'PASSED',
            verifiedLevels: [`SLSA_BUILD_LEVEL_${input.level}`],
            slsaVersion: '1.0',
        },
    };
}

// EXTERNAL MODULE: ./src/core/url.ts
var url = __webpack_require__(38);
;// CONCATENATED MODULE: ./src/core/vsa/resource.ts

/** `OWNER/NAME@TAG`, as `verify --release` reads it; a tag is a git tag name. */
const RELEASE_NAME = /^([\w.-]+)\/([\w.-]+)@([^\s~^:?*[\\]+)$/;
/** The release `OWNER/NAME@TAG` names; null when it is not of that form or its tag is written as a ref. */
function parseReleaseName(text) {
    const match = RELEASE_NAME.exec(text);
    if (!match?.[1] || !match[2] || !match[3] || match[3].startsWith('refs/'))
        return null;
    return { owner: match[1], repo: match[2], tag: match[3] };
}
function releaseName(release) {
    return `${release.owner}/${release.repo}@${release.tag}`;
}
/**
 * The `resourceUri` of a release's VSA: the release's page on the GitHub server
 * (`https://github.com/OWNER/NAME/releases/tag/TAG`, the tag URI-encoded). The one way it is built: what
 * validate writes and what `verify-vsa` requires, compared exactly.
 */
function releaseResourceUri(serverUrl, release) {
    const server = (0,url/* withoutTrailingSlashes */.A)(serverUrl);
    return `${server}/${release.owner}/${release.repo}/releases/tag/${encodeURIComponent(release.tag)}`;
}
const UNIT_MS = { h: 3_600_000, d: 86_400_000 };
/**
 * A `--max-age` duration in milliseconds: a whole number of hours or days (`12h`, `30d`), nothing else; null
 * when the text is not one.
 */
function parseMaxAge(text) {
    const match = /^([1-9][0-9]{0,5})([hd])$/.exec(text);
    if (!match?.[1] || !match[2])
        return null;
    return Number(match[1]) * UNIT_MS[match[2]];
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
;// CONCATENATED MODULE: ./src/core/vsa/checks.ts



const VsaPredicateSchema = schemas/* object */.Ikc({
    verifier: schemas/* object */.Ikc({ id: schemas/* string */.YjP().min(1) }).loose(),
    timeVerified: schemas/* string */.YjP().optional(),
    resourceUri: schemas/* string */.YjP().min(1),
    policy: schemas/* object */.Ikc({ uri: schemas/* string */.YjP().optional(), digest: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional() })
        .loose(),
    verificationResult: schemas/* string */.YjP(),
    verifiedLevels: schemas/* array */.YOg(schemas/* string */.YjP()).default([]),
})
    .loose();
/** The predicate of a VSA statement, or null when the statement is not a VSA of the shape SLSA defines. */
function toVsaPredicate(statement) {
    if (statement.predicateType !== VSA_PREDICATE_TYPE)
        return null;
    const parsed = VsaPredicateSchema.safeParse(statement.predicate);
    return parsed.success ? parsed.data : null;
}
/**
 * Who may issue a verdict: the producer's own signing workflow (`signerWorkflow` of the source repository
 * the certificate attests, not a reusable workflow anyone may call), run for a release tag. Any other
 * workflow of the repository — a scratch workflow on a branch — could otherwise sign a PASSED verdict for
 * any bytes: the verifier ID and the policy digest are public.
 */
function checkVsaSigner(signer, expected, exactSanPinned) {
    const wanted = `${expected.signerWorkflow} of the source repository, at a release tag`;
    const workflow = (0,core_policy/* parseWorkflowUri */.BK)((0,core_policy/* signingWorkflowOf */.oL)(signer));
    const actual = `${(0,core_policy/* signingWorkflowOf */.oL)(signer) ?? '(no signing workflow)'} (certificate ref ${signer.sourceRepositoryRef ?? 'absent'})`;
    const ownWorkflow = workflow !== null &&
        (0,core_policy/* isSourceRepositoryWorkflow */.VI)(workflow, signer) &&
        (exactSanPinned || workflow.path === `.github/workflows/${expected.signerWorkflow}`);
    const atTag = signer.sourceRepositoryRef !== null &&
        (0,core_policy/* isTagRef */.kN)(signer.sourceRepositoryRef) &&
        workflow?.ref === signer.sourceRepositoryRef;
    return (0,core_policy/* compare */.UD)({
        name: 'builder_id',
        code: 'identity_mismatch',
        expected: wanted,
        actual,
        ok: ownWorkflow && atTag,
    });
}
/**
 * The release the verdict is about, exactly as validate writes it (`releaseResourceUri`): no other
 * repository, no other tag, no spelling that only looks the same (a trailing slash, another case, a query).
 * The certificate's repository and tag are checked against the same release before this, so a VSA that
 * names another resource contradicts the certificate it was signed with.
 */
function checkVsaResource(predicate, expectedUri) {
    return (0,core_policy/* compare */.UD)({
        name: 'certificate_predicate',
        code: 'identity_mismatch',
        expected: `resourceUri ${expectedUri}`,
        actual: `resourceUri ${predicate.resourceUri}`,
        ok: predicate.resourceUri === expectedUri,
    });
}
const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
/**
 * A verdict is made before it is signed: one dated after now, or not dated, is not a verdict of the past.
 * With a maximum age, a verdict older than that is not one about the release as it stands now (it may have
 * been rolled back since).
 */
function checkVsaTime(predicate, expected) {
    const time = predicate.timeVerified;
    const at = time !== undefined && ISO_8601.test(time) ? Date.parse(time) : Number.NaN;
    const now = expected.now.getTime();
    const notBefore = expected.maxAgeMs === null ? null : new Date(now - expected.maxAgeMs);
    return (0,core_policy/* compare */.UD)({
        name: 'time_verified',
        code: 'vsa_failed',
        expected: `timeVerified, ISO 8601, not after ${expected.now.toISOString()}` +
            (notBefore === null ? '' : ` and not before ${notBefore.toISOString()} (--max-age)`),
        actual: time ?? null,
        ok: !Number.isNaN(at) && at <= now && (notBefore === null || at >= notBefore.getTime()),
    });
}
/** The verifier consumers trust, exactly (the version is part of the ID). */
function checkVsaVerifier(predicate, expected) {
    return (0,core_policy/* compare */.UD)({
        name: 'verifier',
        code: 'vsa_verifier_mismatch',
        expected: expected.verifierId,
        actual: predicate.verifier.id,
        ok: predicate.verifier.id === expected.verifierId,
    });
}
/**
 * The policy the verdict was made under, by its SHA-256: a weaker policy cannot pass for the reviewed one.
 */
function checkVsaPolicy(predicate, expected) {
    const actual = predicate.policy.digest?.sha256?.toLowerCase() ?? null;
    return (0,core_policy/* compare */.UD)({
        name: 'policy',
        code: 'vsa_policy_mismatch',
        expected: `policy sha256 ${expected.policySha256.toLowerCase()}`,
        actual: actual === null ? null : `policy sha256 ${actual} (${predicate.policy.uri ?? 'no uri'})`,
        ok: actual === expected.policySha256.toLowerCase(),
    });
}
/** PASSED, at the Build level the consumer needs. */
function checkVsaResult(predicate, expected) {
    const levels = predicate.verifiedLevels
        .map((level) => /^SLSA_BUILD_LEVEL_([0-3])$/.exec(level)?.[1])
        .filter((l) => l !== undefined)
        .map(Number);
    const level = levels.length > 0 ? Math.max(...levels) : 0;
    const wanted = `PASSED${expected.requiredLevel === null ? '' : `, SLSA_BUILD_LEVEL_${expected.requiredLevel} or above`}`;
    const ok = predicate.verificationResult === 'PASSED' &&
        (expected.requiredLevel === null || level >= expected.requiredLevel);
    return (0,core_policy/* compare */.UD)({
        name: 'verification_result',
        code: 'vsa_failed',
        expected: wanted,
        actual: `${predicate.verificationResult}, ${predicate.verifiedLevels.join(' ') || 'no level'}`,
        ok,
    });
}

;// CONCATENATED MODULE: ./src/core/vsa/index.ts




// EXTERNAL MODULE: ./src/commands/verify/index.ts + 6 modules
var verify = __webpack_require__(3147);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/policy-file/index.ts + 4 modules
var policy_file = __webpack_require__(5368);
;// CONCATENATED MODULE: ./src/commands/vsa/write.ts





/**
 * Writes the VSA statement for a verified release, unsigned (the workflow signs it); null when nothing was
 * verified.
 */
async function writeVsa(dir, verdict, context) {
    const standing = verdict.provenance?.standing;
    if (!verdict.verified || !standing || context.subjects.length === 0)
        return null;
    const policy = context.policyFile ?? {
        uri: 'provenance-guard:inputs',
        sha256: createHash('sha256')
            .update(JSON.stringify(effectivePolicyRows(context.effectivePolicy)))
            .digest('hex'),
    };
    const statement = toVsaStatement({
        verifierId: context.verifierId,
        verifierVersion: context.verifierVersion,
        timeVerified: context.now,
        resourceUri: context.resourceUri,
        policy,
        inputAttestations: context.inputAttestations,
        subjects: context.subjects,
        level: standing.level,
    });
    await mkdir(dir, { recursive: true });
    const path = join(dir, 'verification-summary.intoto.json');
    await writeFile(path, `${JSON.stringify(statement, null, 2)}\n`);
    return path;
}

// EXTERNAL MODULE: ./src/adapters/sigstore/index.ts + 10 modules
var sigstore = __webpack_require__(8870);
// EXTERNAL MODULE: ./src/adapters/files/hash.ts
var hash = __webpack_require__(7694);
;// CONCATENATED MODULE: ./src/commands/vsa/verify-vsa.ts







const VERIFIER = 'sigstore-js';
/**
 * A signed VSA, for consumers who trust the producer's verdict: the same Sigstore path and identity rules as
 * provenance (who signed is read from the certificate), signed for the release (its repository, at its tag)
 * and about it (resourceUri), then the artifacts against its subjects, the verifier, the policy digest, the
 * result and its age. A VSA of another release, or of this one long ago, is not replayed.
 */
async function verifyVsa(request) {
    const { release } = request.expected;
    const policy = {
        ...request.policy,
        expectedSourceRepository: `${release.owner}/${release.repo}`,
        tag: release.tag,
    };
    const checks = [];
    try {
        const [attestation, ...rest] = (0,verify/* decodeAttestations */.a8)(await readText(request.vsaPath));
        if (!attestation || rest.length > 0)
            throw new errors/* GuardError */.U$('provenance_malformed', 'a VSA file holds exactly one signed statement');
        if (!attestation.ok)
            throw attestation.error;
        const { statement, document } = attestation;
        const predicate = toVsaPredicate(statement);
        if (predicate === null || document.kind !== 'bundle') {
            throw new errors/* GuardError */.U$('provenance_malformed', `not a Sigstore bundle of a ${VSA_PREDICATE_TYPE} statement (predicateType ${statement.predicateType})`);
        }
        checks.push((0,core_policy/* passed */.bF)('bundle', 'provenance_malformed', `a Sigstore bundle of a ${VSA_PREDICATE_TYPE} statement`, document.bundle.mediaType));
        const outcome = (0,sigstore/* verifyBundleSignature */.OB)(document.bundle, await (0,sigstore/* loadTrustedRoots */.Bu)(request.trust));
        checks.push(outcome.check);
        const signer = outcome.signer;
        if (outcome.check.status === 'passed') {
            checks.push((0,core_policy/* checkCertificateIdentity */.Si)(signer, policy));
            if (signer) {
                checks.push(checkVsaSigner(signer, request.expected, policy.expectedSan !== null), (0,core_policy/* checkSourceRef */.RP)(signer, policy), (0,core_policy/* checkRunnerEnvironment */.m$)(signer, policy), (0,core_policy/* checkSourceRepository */.a5)(signer, policy), checkVsaResource(predicate, releaseResourceUri(policy.githubServerUrl, release)));
            }
            checks.push((0,core_policy/* checkSubjects */.GX)(statement.subject, await (0,hash/* hashArtifacts */.A)(request.artifactPaths, 'sha256'), false));
            checks.push(checkVsaVerifier(predicate, request.expected), checkVsaPolicy(predicate, request.expected), checkVsaResult(predicate, request.expected), checkVsaTime(predicate, request.expected));
        }
        return (0,core_policy/* decideVerdict */.AU)({
            checks,
            facts: factsOf(predicate.verifier.id, predicate.resourceUri),
            subjects: statement.subject,
            artifacts: [],
            verifier: VERIFIER,
        });
    }
    catch (error) {
        if (!(0,errors/* isGuardError */.QT)(error))
            throw error;
        return checks.length === 0
            ? (0,core_policy/* rejectedBeforeVerification */.fc)((0,core_policy/* failed */.gz)('bundle', error.code, 'a readable signed VSA', error.message), VERIFIER)
            : (0,core_policy/* decideVerdict */.AU)({
                checks: [...checks, (0,core_policy/* failed */.gz)('subjects', error.code, 'every artifact readable', error.message)],
                facts: null,
                subjects: [],
                artifacts: [],
                verifier: VERIFIER,
            });
    }
}
/** A VSA's verifier stands where a provenance's builder stands: it is the one who vouches. */
function factsOf(verifierId, resourceUri) {
    return {
        predicateType: VSA_PREDICATE_TYPE,
        buildType: null,
        builderId: verifierId,
        sourceRepository: resourceUri,
        sourceHost: null,
        sourceRef: null,
        sourceCommits: [],
        workflow: null,
        repositoryId: null,
        repositoryOwnerId: null,
    };
}
async function readText(path) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* GuardError */.U$('attestation_missing', `cannot read VSA ${path}: ${error.message}`, {
            cause: error,
        });
    }
}

;// CONCATENATED MODULE: ./src/commands/vsa/index.ts



// EXTERNAL MODULE: ./src/cli/exit.ts
var exit = __webpack_require__(7632);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/verify-inputs.ts
var verify_inputs = __webpack_require__(2987);
;// CONCATENATED MODULE: ./src/cli/vsa-command.ts









const VERIFY_VSA_OPTIONS = {
    vsa: { type: 'string' },
    release: { type: 'string' },
    artifact: { type: 'string', multiple: true },
    'max-age': { type: 'string' },
    'expected-verifier': { type: 'string' },
    'expected-policy-digest': { type: 'string' },
    'expected-level': { type: 'string' },
    'expected-signer-workflow': { type: 'string' },
    'expected-source-repo': { type: 'string' },
    'expected-owner': { type: 'string' },
    'expected-san': { type: 'string' },
    'expected-issuer': { type: 'string' },
    'github-server-url': { type: 'string' },
    'deny-self-hosted-runners': { type: 'boolean' },
    'trusted-root': { type: 'string' },
    offline: { type: 'boolean' },
    json: { type: 'boolean' },
};
/** The template's workflow: it verifies the release and signs the VSA. */
const DEFAULT_SIGNER_WORKFLOW = 'security-ci.yml';
const FLAG = {
    tag: '--release',
    expectedSourceRepo: '--expected-source-repo',
    expectedOwner: '--expected-owner',
    expectedSan: '--expected-san',
    expectedIssuer: '--expected-issuer',
    githubServerUrl: '--github-server-url',
};
/**
 * `verify-vsa`: a signed VSA for consumers who trust the producer's verdict instead of re-running it, about
 * the release they name (`--release OWNER/NAME@TAG`): a VSA of another release is not one of this one.
 */
async function runVerifyVsa(argv, now) {
    const { values } = (0,args/* parseArgsOnce */.q)({ args: [...argv], options: VERIFY_VSA_OPTIONS, allowPositionals: false });
    const required = (name) => {
        const value = values[name];
        if (value === undefined)
            throw new errors/* GuardError */.U$('input_invalid', `--${name} is required`);
        return value;
    };
    const release = parseReleaseName(required('release'));
    if (release === null)
        throw new errors/* GuardError */.U$('input_invalid', `--release ${values.release} is not OWNER/NAME@TAG`);
    const digest = required('expected-policy-digest').toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(digest))
        throw new errors/* GuardError */.U$('input_invalid', '--expected-policy-digest must be a SHA-256 (64 hex digits)');
    if (!values.artifact?.length)
        throw new errors/* GuardError */.U$('input_invalid', '--artifact is required (repeat it for several artifacts)');
    const level = values['expected-level'] === undefined ? null : Number(values['expected-level']);
    if (level !== null && ![1, 2, 3].includes(level))
        throw new errors/* GuardError */.U$('input_invalid', '--expected-level must be 1, 2 or 3');
    const maxAgeMs = values['max-age'] === undefined ? null : parseMaxAge(values['max-age']);
    if (maxAgeMs === null && values['max-age'] !== undefined)
        throw new errors/* GuardError */.U$('input_invalid', `--max-age ${values['max-age']} is not a whole number of hours or days (12h, 30d)`);
    const { policy, trust } = (0,verify/* toPolicyRequest */.JX)({
        expectedBuilderIds: [],
        // The release's repository is the source pin: --expected-source-repo may only repeat it.
        expectedSourceRepo: values['expected-source-repo'] ?? `${release.owner}/${release.repo}`,
        expectedOwner: values['expected-owner'] ?? null,
        githubServerUrl: values['github-server-url'],
        denySelfHostedRunners: values['deny-self-hosted-runners'] ?? false,
        tag: release.tag,
        commit: null,
        expectedIssuer: values['expected-issuer'],
        expectedSan: values['expected-san'] ?? null,
        trust: (0,verify_inputs/* trustSourceOf */.zB)(values),
        rekorUrl: null,
        requireAllSubjects: false,
        override: null,
    }, (field) => FLAG[field] ?? field, now);
    assertPinsNameRelease(policy, release);
    const verdict = await verifyVsa({
        vsaPath: required('vsa'),
        artifactPaths: values.artifact,
        policy,
        trust,
        expected: {
            verifierId: required('expected-verifier'),
            policySha256: digest,
            requiredLevel: level,
            release,
            maxAgeMs,
            now,
            signerWorkflow: values['expected-signer-workflow'] ?? DEFAULT_SIGNER_WORKFLOW,
        },
    });
    const resource = {
        release: releaseName(release),
        uri: releaseResourceUri(policy.githubServerUrl, release),
    };
    const output = values.json
        ? JSON.stringify({ ...(0,report/* toVerdictJson */.R9)(verdict), resource }, null, 2)
        : (0,report/* renderVerdictTable */.G5)(verdict, `provenance-guard verify-vsa ${resource.release}`);
    return { exitCode: (0,exit/* exitCodeFor */.R)(verdict), stdout: output };
}
/** --expected-source-repo and --expected-owner may narrow who signed, never name another repository. */
function assertPinsNameRelease(policy, release) {
    const location = {
        host: new URL(policy.githubServerUrl).host,
        repository: `${release.owner}/${release.repo}`,
    };
    const pins = (0,core_policy/* toSourcePins */.pA)({ ...policy, expectedSan: null });
    if (!pins.every((pin) => (0,core_policy/* matchesPin */.l2)(pin, location)))
        throw new errors/* GuardError */.U$('input_invalid', `--expected-source-repo or --expected-owner names another repository than --release ${releaseName(release)}`);
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
    const rows = [...manifest.entries]
        .map((entry) => ({ entry, last: Date.parse(entry.history.at(-1)?.at ?? '') }))
        .sort((a, b) => b.last - a.last)
        .map(({ entry, last }) => [
        entry.verdict !== null && vouched !== null && !vouched(entry)
            ? `${entry.status}${UNVOUCHED}`
            : entry.status,
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
    return [line(COLUMNS), ...rows.map(line), ...signatureNote(manifest, vouched)].join('\n');
}
/** Marks a verdict no signature vouches for: its status is only what the file says. */
const UNVOUCHED = '*';
function signatureNote(manifest, vouched) {
    if (vouched === null)
        return ['(verdict signatures not checked: give --repository OWNER/NAME)'];
    return manifest.entries.some((entry) => entry.verdict !== null && !vouched(entry))
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

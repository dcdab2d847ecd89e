export const id = 5;
export const ids = [5];
export const modules = {

/***/ 8005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runVerifyVsa: () => (/* binding */ runVerifyVsa)
});

// EXTERNAL MODULE: ./src/core/errors/index.ts + 6 modules
var errors = __webpack_require__(9421);
// EXTERNAL MODULE: ./src/core/policy/index.ts + 12 modules
var core_policy = __webpack_require__(5088);
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




// EXTERNAL MODULE: ./src/commands/verify/index.ts + 12 modules
var verify = __webpack_require__(6982);
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
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
// EXTERNAL MODULE: ./src/cli/render-verdict.ts
var render_verdict = __webpack_require__(9820);
// EXTERNAL MODULE: ./src/cli/verify-inputs.ts
var verify_inputs = __webpack_require__(2987);
;// CONCATENATED MODULE: ./src/cli/vsa-command.ts










/** The template's workflow: it verifies the release and signs the VSA. */
const DEFAULT_SIGNER_WORKFLOW = 'security-ci.yml';
const FLAG = {
    tag: '--release',
    expectedSourceRepo: '--repo',
    expectedOwner: '--owner',
    expectedSan: '--cert-identity',
    expectedIssuer: '--expected-issuer',
    githubServerUrl: '--github-server-url',
};
/**
 * `verify-vsa`: a signed VSA for consumers who trust the producer's verdict instead of re-running it, about
 * the release they name (`--release OWNER/NAME@TAG`): a VSA of another release is not one of this one.
 */
async function runVerifyVsa(argv, now) {
    const parsed = (0,args/* parseCommandArgs */.Qx)(flags/* VERIFY_VSA_FLAGS */.JU, argv, { positionals: true });
    const { values, spelled } = parsed;
    const format = (0,verify_inputs/* formatOf */.be)(values);
    const artifacts = [...parsed.positionals, ...(values.artifact ?? [])];
    const required = (name) => {
        const value = values[name];
        if (value === undefined)
            throw new errors/* GuardError */.U$('input_invalid', `--${name} is required`);
        return value;
    };
    const nameOf = (field) => {
        const flag = FLAG[field] ?? field;
        return spelled[flag.slice(2)] ?? flag;
    };
    const release = parseReleaseName(required('release'));
    if (release === null)
        throw new errors/* GuardError */.U$('input_invalid', `--release ${values.release} is not OWNER/NAME@TAG`);
    const digest = required('expected-policy-digest').toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(digest))
        throw new errors/* GuardError */.U$('input_invalid', '--expected-policy-digest must be a SHA-256 (64 hex digits)');
    if (artifacts.length === 0)
        throw new errors/* GuardError */.U$('input_invalid', 'an artifact is required: FILE... or --artifact FILE (repeatable)');
    const level = values['expected-level'] === undefined ? null : Number(values['expected-level']);
    if (level !== null && ![1, 2, 3].includes(level))
        throw new errors/* GuardError */.U$('input_invalid', '--expected-level must be 1, 2 or 3');
    const maxAgeMs = values['max-age'] === undefined ? null : parseMaxAge(values['max-age']);
    if (maxAgeMs === null && values['max-age'] !== undefined)
        throw new errors/* GuardError */.U$('input_invalid', `--max-age ${values['max-age']} is not a whole number of hours or days (12h, 30d)`);
    const { policy, trust } = (0,verify/* toPolicyRequest */.JX)({
        expectedBuilderIds: [],
        // The release's repository is the source pin: --expected-source-repo may only repeat it.
        expectedSourceRepo: values.repo ?? `${release.owner}/${release.repo}`,
        expectedOwner: values.owner ?? null,
        githubServerUrl: values['github-server-url'],
        denySelfHostedRunners: values['deny-self-hosted-runners'] ?? false,
        tag: release.tag,
        commit: null,
        expectedIssuer: values['expected-issuer'],
        expectedSan: values['cert-identity'] ?? null,
        trust: (0,verify_inputs/* trustSourceOf */.zB)(values, spelled),
        rekorUrl: null,
        requireAllSubjects: false,
        override: null,
    }, nameOf, now);
    assertPinsNameRelease(policy, release, spelled);
    const verdict = await verifyVsa({
        vsaPath: required('vsa'),
        artifactPaths: artifacts,
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
    const output = (0,render_verdict/* renderVerdict */.g)(verdict, format, artifacts, {
        title: `provenance-guard verify-vsa ${resource.release}`,
        extra: { resource },
    });
    return { exitCode: (0,exit/* exitCodeFor */.R)(verdict), stdout: output };
}
/** --repo and --owner may narrow who signed, never name another repository. */
function assertPinsNameRelease(policy, release, spelled) {
    const location = {
        host: new URL(policy.githubServerUrl).host,
        repository: `${release.owner}/${release.repo}`,
    };
    const pins = (0,core_policy/* toSourcePins */.pA)({ ...policy, expectedSan: null });
    if (!pins.every((pin) => (0,core_policy/* matchesPin */.l2)(pin, location)))
        throw new errors/* GuardError */.U$('input_invalid', `${spelled.repo ?? spelled.owner ?? '--repo'} names another repository than --release ${releaseName(release)}`);
}


/***/ })

};

export const id = 147;
export const ids = [147];
export const modules = {

/***/ 3147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Dt: () => (/* reexport */ MAX_PROVENANCE_BYTES),
  a8: () => (/* reexport */ decodeAttestations),
  TL: () => (/* reexport */ parseInputs),
  Qq: () => (/* reexport */ inputs_text),
  JX: () => (/* reexport */ toPolicyRequest),
  _r: () => (/* reexport */ toVerifyRequest),
  OZ: () => (/* reexport */ url),
  Tu: () => (/* reexport */ verifyProvenance),
  Ad: () => (/* reexport */ verifyUnderPolicy)
});

// UNUSED EXPORTS: NPM_PUBLISH, PolicyInputsSchema, SLSA_PREFIX, VERIFIER_NAME, VerifyInputsSchema, defaultDependencies, describeAttestation, isSlsaProvenance

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors/index.ts + 6 modules
var errors = __webpack_require__(9421);
// EXTERNAL MODULE: ./src/core/policy/index.ts + 12 modules
var core_policy = __webpack_require__(5088);
// EXTERNAL MODULE: ./src/adapters/sigstore/index.ts + 10 modules
var sigstore = __webpack_require__(8870);
// EXTERNAL MODULE: ./src/adapters/files/hash.ts
var files_hash = __webpack_require__(7694);
// EXTERNAL MODULE: ./src/core/provenance/index.ts + 5 modules
var provenance = __webpack_require__(4145);
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

;// CONCATENATED MODULE: ./src/commands/verify/verify.ts









const defaultDependencies = {
    trustedRoots: (request) => (0,sigstore/* loadTrustedRoots */.Bu)(request.trust),
};
/**
 * A provenance file passes only if every attestation in it verifies (npm ships a publish attestation
 * beside the SLSA one; a tampered one rejects the file). Attestations looked up by digest
 * (`attestationMode: 'any'`) are candidates: the release passes if one SLSA attestation passes the
 * whole policy, so a decoy cannot turn a good release into a rejection. The verdict names which.
 */
async function verifyProvenance(request, deps = defaultDependencies) {
    let attestations;
    try {
        attestations = decodeAttestations(await readProvenance(request.provenancePath));
    }
    catch (error) {
        if (!(0,errors/* isGuardError */.QT)(error))
            throw error;
        return (0,core_policy/* rejectedBeforeVerification */.fc)((0,core_policy/* failed */.gz)('bundle', error.code, expectationFor('bundle'), error.message), VERIFIER_NAME);
    }
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
        return rejected;
    const provenance = verdicts.find((verdict, i) => isSlsaProvenance(attestations[i]));
    if (!provenance) {
        return (0,core_policy/* rejectedBeforeVerification */.fc)((0,core_policy/* failed */.gz)('bundle', 'attestation_missing', 'a SLSA provenance attestation', 'the file holds no SLSA provenance'), VERIFIER_NAME);
    }
    return attestations.length > 1
        ? {
            ...provenance,
            attestation: `${provenance.attestation}; all ${attestations.length} attestations verified`,
        }
        : provenance;
}
async function firstPassing(attestations, context) {
    const candidates = attestations.filter(isSlsaProvenance);
    let firstRejection = null;
    for (const candidate of candidates) {
        const verdict = await verifyAttestation(candidate, context);
        if (verdict.verified)
            return verdict;
        firstRejection ??= verdict;
    }
    if (firstRejection === null) {
        return (0,core_policy/* rejectedBeforeVerification */.fc)((0,core_policy/* failed */.gz)('bundle', 'attestation_missing', 'a SLSA provenance attestation for the artifacts', `none among ${attestations.length} attestation(s)`), VERIFIER_NAME);
    }
    return {
        ...firstRejection,
        attestation: `none of ${candidates.length} SLSA attestation(s) passed; first rejection: ${firstRejection.attestation}`,
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
/** The CLI's `verify`: policy plus the files to check. */
const VerifyInputsSchema = PolicyInputsSchema.extend({
    artifacts: schemas/* array */.YOg(inputs_text),
    provenance: inputs_text,
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

;// CONCATENATED MODULE: ./src/commands/verify/index.ts







/***/ }),

/***/ 5368:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mk: () => (/* reexport */ MAX_POLICY_BYTES),
  Dd: () => (/* reexport */ assignAssets),
  yh: () => (/* reexport */ explainPolicy),
  Wk: () => (/* reexport */ isProvenanceFile),
  n$: () => (/* reexport */ loadPolicyFile),
  _6: () => (/* reexport */ parsePolicyFile),
  KG: () => (/* reexport */ toRulePolicy)
});

// UNUSED EXPORTS: DEFAULT_POLICY_PATH, POLICY_FILE_VERSION, PolicyFileSchema, PolicyRuleSchema, assertOverrideAllowed, effectivePolicyRows

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./src/core/policy/index.ts + 12 modules
var policy = __webpack_require__(5088);
// EXTERNAL MODULE: ./src/core/provenance/index.ts + 5 modules
var provenance = __webpack_require__(4145);
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

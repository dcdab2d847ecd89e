export const id = 515;
export const ids = [515];
export const modules = {

/***/ 6515:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TL: () => (/* reexport */ parseInputs),
  Qq: () => (/* reexport */ inputs_text),
  _r: () => (/* reexport */ toVerifyRequest),
  OZ: () => (/* reexport */ url),
  Tu: () => (/* reexport */ verifyProvenance)
});

// UNUSED EXPORTS: PolicyInputsSchema, VERIFIER_NAME, VerifyInputsSchema, defaultDependencies, selectProvenance, toPolicyRequest

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors/index.ts + 3 modules
var errors = __webpack_require__(8016);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
;// CONCATENATED MODULE: ./src/core/provenance/document.ts


/** A DSSE envelope as it appears inside a Sigstore bundle or on its own. */
const DsseEnvelopeSchema = schemas/* object */.Ikc({
    payload: schemas/* string */.YjP().min(1),
    payloadType: schemas/* string */.YjP().min(1),
    signatures: schemas/* array */.YOg(schemas/* object */.Ikc({ sig: schemas/* string */.YjP().min(1), keyid: schemas/* string */.YjP().optional() }).loose()).min(1),
});
/** slsa-github-generator's pre-bundle output: the Fulcio leaf travels inside the signature. */
const LegacyEnvelopeSchema = schemas/* object */.Ikc({
    payload: schemas/* string */.YjP().min(1),
    payloadType: schemas/* string */.YjP().min(1),
    signatures: schemas/* array */.YOg(schemas/* object */.Ikc({ sig: schemas/* string */.YjP().min(1), keyid: schemas/* string */.YjP().optional(), cert: schemas/* string */.YjP().min(1) })).min(1),
});
const BundleJsonSchema = schemas/* object */.Ikc({
    mediaType: schemas/* string */.YjP().startsWith('application/vnd.dev.sigstore.bundle'),
    verificationMaterial: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()),
    dsseEnvelope: DsseEnvelopeSchema,
})
    .loose();
const AttestationListSchema = schemas/* object */.Ikc({
    attestations: schemas/* array */.YOg(schemas/* object */.Ikc({ bundle: schemas/* unknown */.L5J() }).loose()),
});
/**
 * Reads every provenance candidate from a file's text: a bundle (JSON or one JSON line), a JSONL
 * file of bundles or envelopes, or a registry/API response `{attestations: [{bundle}]}`.
 */
function parseProvenanceDocuments(text) {
    const values = parseJsonValues(text);
    const candidates = values.flatMap((value) => {
        const list = AttestationListSchema.safeParse(value);
        return list.success ? list.data.attestations.map((entry) => entry.bundle) : [value];
    });
    if (candidates.length === 0) {
        throw new errors/* GuardError */.U$('attestation_missing', 'the provenance file holds no attestation');
    }
    return candidates.map(toProvenanceDocument);
}
function parseJsonValues(text) {
    const trimmed = text.trim();
    if (trimmed === '')
        throw new errors/* GuardError */.U$('provenance_malformed', 'the provenance file is empty');
    try {
        return [JSON.parse(trimmed)];
    }
    catch {
        return trimmed.split('\n').filter((line) => line.trim() !== '').map((line, index) => {
            try {
                return JSON.parse(line);
            }
            catch {
                throw new errors/* GuardError */.U$('provenance_malformed', `the provenance is not JSON (line ${index + 1} does not parse)`);
            }
        });
    }
}
function toProvenanceDocument(value) {
    const bundle = BundleJsonSchema.safeParse(value);
    if (bundle.success)
        return { kind: 'bundle', bundle: bundle.data, envelope: bundle.data.dsseEnvelope };
    const legacy = LegacyEnvelopeSchema.safeParse(value);
    if (legacy.success)
        return { kind: 'legacy-envelope', envelope: legacy.data };
    const isObject = typeof value === 'object' && value !== null;
    const looksLikeBundle = isObject && 'mediaType' in value;
    const issue = looksLikeBundle ? bundle.error.issues[0] : legacy.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new errors/* GuardError */.U$('provenance_malformed', `not a Sigstore bundle or DSSE envelope${where}${issue ? `: ${issue.message}` : ''}`);
}

;// CONCATENATED MODULE: ./src/core/provenance/statement.ts


const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const STATEMENT_TYPES = ['https://in-toto.io/Statement/v0.1', 'https://in-toto.io/Statement/v1'];
const HEX = /^[0-9a-f]+$/;
const DIGEST_LENGTHS = { sha256: 64, sha512: 128, sha1: 40, gitCommit: 40 };
const DigestSetSchema = schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).superRefine((digests, ctx) => {
    for (const [algorithm, value] of Object.entries(digests)) {
        const length = DIGEST_LENGTHS[algorithm];
        if (length !== undefined && (value.length !== length || !HEX.test(value))) {
            ctx.addIssue({ code: 'custom', message: `${algorithm} digest is not ${length} lowercase hex characters` });
        }
    }
});
const SubjectSchema = schemas/* object */.Ikc({ name: schemas/* string */.YjP(), digest: DigestSetSchema });
const StatementSchema = schemas/* object */.Ikc({
    _type: schemas/* enum */.k5n(STATEMENT_TYPES),
    subject: schemas/* array */.YOg(SubjectSchema).min(1, 'an in-toto statement needs at least one subject'),
    predicateType: schemas/* string */.YjP().min(1),
    predicate: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()),
});
/** Decodes the DSSE payload into an in-toto Statement; anything else is `provenance_malformed`. */
function decodeStatement(envelope) {
    if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
        throw new errors/* GuardError */.U$('provenance_malformed', `DSSE payloadType is ${envelope.payloadType}, expected ${IN_TOTO_PAYLOAD_TYPE}`);
    }
    let json;
    try {
        json = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
    }
    catch {
        throw new errors/* GuardError */.U$('provenance_malformed', 'the DSSE payload is not base64-encoded JSON');
    }
    const parsed = StatementSchema.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
        throw new errors/* GuardError */.U$('provenance_malformed', `the in-toto statement is invalid${where}: ${issue?.message ?? 'unknown'}`);
    }
    return parsed.data;
}

;// CONCATENATED MODULE: ./src/core/provenance/source-uri.ts
const GIT_URI = /^(?:git\+)?https:\/\/([^/]+)\/([^/@]+)\/([^/@]+?)(?:\.git)?(?:@(.+))?$/;
/** Parses `git+https://github.com/o/r@refs/tags/v1` (and the plain https form) into repo + ref. */
function parseGitUri(uri) {
    const match = GIT_URI.exec(uri);
    if (!match)
        return null;
    const [, host, owner, name, ref] = match;
    if (!host || !owner || !name)
        return null;
    return { host, repository: `${owner}/${name}`, ref: ref ?? null };
}
/** `https://github.com/o/r` → `o/r`; an `o/r` string passes through. */
function toRepositorySlug(value) {
    const parsed = parseGitUri(value);
    return parsed ? parsed.repository : value.replace(/^\/+|\/+$/g, '');
}

;// CONCATENATED MODULE: ./src/core/provenance/slsa.ts



const SLSA_V1 = 'https://slsa.dev/provenance/v1';
const SLSA_V02 = 'https://slsa.dev/provenance/v0.2';
const Material = schemas/* object */.Ikc({ uri: schemas/* string */.YjP().optional(), digest: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional() }).loose();
const V1Predicate = schemas/* object */.Ikc({
    buildDefinition: schemas/* object */.Ikc({
        buildType: schemas/* string */.YjP(),
        externalParameters: schemas/* object */.Ikc({
            workflow: schemas/* object */.Ikc({ repository: schemas/* string */.YjP(), ref: schemas/* string */.YjP(), path: schemas/* string */.YjP() }).loose().optional(),
        }).loose(),
        internalParameters: schemas/* object */.Ikc({
            github: schemas/* object */.Ikc({ repository_id: schemas/* string */.YjP().optional(), repository_owner_id: schemas/* string */.YjP().optional() }).loose().optional(),
        }).loose().optional(),
        resolvedDependencies: schemas/* array */.YOg(Material).optional(),
    }).loose(),
    runDetails: schemas/* object */.Ikc({ builder: schemas/* object */.Ikc({ id: schemas/* string */.YjP() }).loose() }).loose(),
}).loose();
const V02Predicate = schemas/* object */.Ikc({
    builder: schemas/* object */.Ikc({ id: schemas/* string */.YjP() }).loose(),
    buildType: schemas/* string */.YjP().optional(),
    invocation: schemas/* object */.Ikc({
        configSource: schemas/* object */.Ikc({ uri: schemas/* string */.YjP().optional(), digest: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional(), entryPoint: schemas/* string */.YjP().optional() }).loose().optional(),
        environment: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional(),
    }).loose().optional(),
    materials: schemas/* array */.YOg(Material).optional(),
}).loose();
/** Reads v1 or v0.2 predicates; other predicate types carry no facts beyond their type. */
function toPredicateFacts(statement) {
    if (statement.predicateType === SLSA_V1)
        return fromV1(statement.predicate);
    if (statement.predicateType === SLSA_V02)
        return fromV02(statement.predicate);
    return { ...EMPTY_FACTS, predicateType: statement.predicateType };
}
const EMPTY_FACTS = {
    predicateType: '', buildType: null, builderId: null, sourceRepository: null, sourceRef: null,
    sourceCommits: [], workflow: null, repositoryId: null, repositoryOwnerId: null,
};
function parsePredicate(schema, predicate, version) {
    const parsed = schema.safeParse(predicate);
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    throw new errors/* GuardError */.U$('provenance_malformed', `SLSA ${version} predicate is invalid at ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
}
function fromV1(predicate) {
    const { buildDefinition, runDetails } = parsePredicate(V1Predicate, predicate, 'v1');
    const workflow = buildDefinition.externalParameters.workflow;
    const dependencies = buildDefinition.resolvedDependencies ?? [];
    const firstSource = dependencies.map((d) => (d.uri ? parseGitUri(d.uri) : null)).find((d) => d !== null) ?? null;
    const repository = workflow ? toRepositorySlug(workflow.repository) : firstSource?.repository ?? null;
    const github = buildDefinition.internalParameters?.github;
    return {
        predicateType: SLSA_V1,
        buildType: buildDefinition.buildType,
        builderId: runDetails.builder.id,
        sourceRepository: repository,
        sourceRef: workflow?.ref ?? firstSource?.ref ?? null,
        sourceCommits: commitsFor(repository, dependencies, 'gitCommit'),
        workflow: workflow && repository ? { repository, path: workflow.path, ref: workflow.ref } : null,
        repositoryId: github?.repository_id ?? null,
        repositoryOwnerId: github?.repository_owner_id ?? null,
    };
}
function fromV02(predicate) {
    const { builder, buildType, invocation, materials } = parsePredicate(V02Predicate, predicate, 'v0.2');
    const config = invocation?.configSource;
    const source = config?.uri ? parseGitUri(config.uri) : null;
    const environment = invocation?.environment ?? {};
    const repository = source?.repository ?? null;
    const configMaterial = config?.uri ? [{ uri: config.uri, digest: config.digest }] : [];
    return {
        predicateType: SLSA_V02,
        buildType: buildType ?? null,
        builderId: builder.id,
        sourceRepository: repository,
        sourceRef: source?.ref ?? stringOrNull(environment.GITHUB_REF),
        sourceCommits: commitsFor(repository, [...(materials ?? []), ...configMaterial], 'sha1'),
        workflow: toV02Workflow(repository, source?.ref ?? null, config?.entryPoint),
        repositoryId: stringOrNull(environment.GITHUB_REPOSITORY_ID),
        repositoryOwnerId: stringOrNull(environment.GITHUB_REPOSITORY_OWNER_ID),
    };
}
/** npm's entryPoint is `o/r/path@ref`; the generic generator's is a bare path in the source repo. */
function toV02Workflow(repository, ref, entryPoint) {
    if (!entryPoint || !repository)
        return null;
    const qualified = /^([^/]+\/[^/]+)\/(.+)@(.+)$/.exec(entryPoint);
    if (qualified?.[1] && qualified[2] && qualified[3])
        return { repository: qualified[1], path: qualified[2], ref: qualified[3] };
    return ref ? { repository, path: entryPoint, ref } : null;
}
function commitsFor(repository, materials, key) {
    const commits = materials
        .filter((m) => repository === null || (m.uri !== undefined && parseGitUri(m.uri)?.repository === repository))
        .map((m) => m.digest?.[key] ?? m.digest?.gitCommit ?? m.digest?.sha1)
        .filter((c) => typeof c === 'string');
    return [...new Set(commits)];
}
function stringOrNull(value) {
    return typeof value === 'string' && value !== '' ? value : null;
}

;// CONCATENATED MODULE: ./src/core/provenance/index.ts





;// CONCATENATED MODULE: ./src/core/policy/check.ts
const CHECK_NAMES = (/* unused pure expression or super */ null && ([
    'slsa_verifier',
    'bundle',
    'signature',
    'certificate_identity',
    'certificate_predicate',
    'predicate_type',
    'builder_id',
    'source_repository',
    'repository_id',
    'source_ref',
    'source_commit',
    'subjects',
]));
function passed(name, code, expected, actual) {
    return { name, status: 'passed', expected, actual, code };
}
function failed(name, code, expected, actual) {
    return { name, status: 'failed', expected, actual, code };
}
function skipped(name, code, why) {
    return { name, status: 'skipped', expected: why, actual: '-', code };
}
function compare(name, code, expected, actual, ok) {
    return (ok ? passed : failed)(name, code, expected, actual ?? '(absent)');
}

;// CONCATENATED MODULE: ./src/core/policy/policy.ts
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
const GITHUB_SERVER_URL = 'https://github.com';

;// CONCATENATED MODULE: ./src/core/policy/predicate-checks.ts


function checkPredicateType(facts, policy) {
    const actual = facts.predicateType;
    if (actual === SLSA_V1)
        return passed('predicate_type', 'predicate_mismatch', SLSA_V1, actual);
    const override = policy.override;
    if (actual !== SLSA_V02 || override === null) {
        return failed('predicate_type', 'predicate_mismatch', SLSA_V1, actual);
    }
    if (override.expiresAt.getTime() <= policy.now.getTime()) {
        return failed('predicate_type', 'override_expired', `${SLSA_V1}, or ${SLSA_V02} under a live override`, `${actual} under an override that expired at ${override.expiresAt.toISOString()}`);
    }
    return passed('predicate_type', 'predicate_mismatch', `${SLSA_V1}, or ${SLSA_V02} under a live override`, `${actual} (override by ${override.approver} until ${override.expiresAt.toISOString()}: ${override.reason})`);
}
/** Exact match; an expected ID without `@` accepts any tagged version of that builder. */
function isExpectedBuilder(expected, actual) {
    if (actual === expected)
        return true;
    return !expected.includes('@') && actual.startsWith(`${expected}@refs/tags/`);
}
function checkBuilder(facts, policy) {
    if (policy.expectedBuilderIds.length === 0)
        return skipped('builder_id', 'builder_mismatch', 'no expected builder ID given');
    const actual = facts.builderId;
    const ok = actual !== null && policy.expectedBuilderIds.some((id) => isExpectedBuilder(id, actual));
    return compare('builder_id', 'builder_mismatch', policy.expectedBuilderIds.join(' | '), actual, ok);
}
function sameRepository(a, b) {
    return toRepositorySlug(a).toLowerCase() === toRepositorySlug(b).toLowerCase();
}
function checkSourceRepository(facts, policy) {
    if (policy.expectedSourceRepository === null)
        return skipped('source_repository', 'source_mismatch', 'no expected source repository given');
    const expected = toRepositorySlug(policy.expectedSourceRepository);
    const actual = facts.sourceRepository;
    return compare('source_repository', 'source_mismatch', expected, actual, actual !== null && sameRepository(expected, actual));
}
function checkSourceRef(facts, policy) {
    if (policy.tag === null)
        return skipped('source_ref', 'tag_mismatch', 'no tag given');
    const expected = `refs/tags/${policy.tag.replace(/^refs\/tags\//, '')}`;
    return compare('source_ref', 'tag_mismatch', expected, facts.sourceRef, facts.sourceRef === expected);
}
function checkSourceCommit(facts, policy) {
    if (policy.commit === null)
        return skipped('source_commit', 'materials_mismatch', 'no release commit given');
    const expected = policy.commit.toLowerCase();
    const commits = facts.sourceCommits.map((c) => c.toLowerCase());
    const ok = commits.length > 0 && commits.every((c) => c === expected);
    return compare('source_commit', 'materials_mismatch', expected, commits.length > 0 ? commits.join(', ') : null, ok);
}

;// CONCATENATED MODULE: ./src/core/policy/identity.ts



const REUSABLE_WORKFLOW = /^https:\/\/[^/]+\/[^/]+\/[^/]+\/\.github\/workflows\/[^@]+@.+$/;
/**
 * The SAN the certificate must carry, exactly. A reusable-workflow builder (its ID is a workflow
 * URL) signs as itself; otherwise the caller workflow named by the predicate signs.
 */
function expectIdentity(facts, policy) {
    const issuer = policy.expectedIssuer;
    if (policy.expectedSan !== null)
        return { issuer, subjectAlternativeName: policy.expectedSan, derivedFrom: 'policy' };
    if (facts?.builderId && REUSABLE_WORKFLOW.test(facts.builderId)) {
        return { issuer, subjectAlternativeName: facts.builderId, derivedFrom: 'builder' };
    }
    const workflow = facts?.workflow;
    if (workflow) {
        return { issuer, subjectAlternativeName: `${GITHUB_SERVER_URL}/${workflow.repository}/${workflow.path}@${workflow.ref}`, derivedFrom: 'workflow' };
    }
    return { issuer, subjectAlternativeName: null, derivedFrom: 'nothing' };
}
/** Certificate ↔ predicate: the Fulcio extensions must tell the same story as the signed predicate. */
function checkCertificateAgainstPredicate(signer, facts) {
    const pairs = [
        ['source repository', facts.sourceRepository, signer.sourceRepositoryUri, sameRepository],
        ['source ref', facts.sourceRef, signer.sourceRepositoryRef, (a, b) => a === b],
        ['source commit', facts.sourceCommits[0] ?? null, signer.sourceRepositoryDigest, (a, b) => a.toLowerCase() === b.toLowerCase()],
        ['repository id', facts.repositoryId, signer.sourceRepositoryIdentifier, (a, b) => a === b],
        ['owner id', facts.repositoryOwnerId, signer.sourceRepositoryOwnerIdentifier, (a, b) => a === b],
    ];
    const comparable = pairs.filter(([, predicate, certificate]) => predicate !== null && certificate !== null);
    if (comparable.length === 0) {
        return skipped('certificate_predicate', 'identity_mismatch', 'the certificate carries no source extensions to compare');
    }
    const mismatch = comparable.find(([, predicate, certificate, same]) => !same(predicate, certificate));
    const describe = (side) => comparable.map((pair) => `${pair[0]}=${pair[side]}`).join('; ');
    if (mismatch) {
        const [label, predicate, certificate] = mismatch;
        return compare('certificate_predicate', 'identity_mismatch', `${label} ${predicate} (predicate)`, `${label} ${certificate} (certificate)`, false);
    }
    return passed('certificate_predicate', 'identity_mismatch', describe(1), describe(2));
}
/** Pins the repository by its numeric ID from the certificate, so a renamed or re-created repository cannot pass. */
function checkRepositoryId(signer, policy) {
    if (policy.expectedRepositoryId === null)
        return skipped('repository_id', 'source_mismatch', 'no expected repository ID given');
    const actual = signer?.sourceRepositoryIdentifier ?? null;
    return compare('repository_id', 'source_mismatch', policy.expectedRepositoryId, actual, actual === policy.expectedRepositoryId);
}

;// CONCATENATED MODULE: ./src/core/policy/subjects.ts

/** sha256 when any subject carries it (GitHub, slsa-github-generator), else sha512 (npm). */
function chooseDigestAlgorithm(subjects) {
    if (subjects.some((s) => s.digest.sha256 !== undefined))
        return 'sha256';
    if (subjects.some((s) => s.digest.sha512 !== undefined))
        return 'sha512';
    return null;
}
/** Every artifact must be a subject; with `requireAll`, every subject must also be an artifact. */
function checkSubjects(subjects, artifacts, requireAll = false) {
    if (artifacts.length === 0)
        return skipped('subjects', 'subject_mismatch', 'no artifact given');
    const describe = (list) => list.map((a) => `${a.name} ${a.hex.slice(0, 16)}…`).join(', ');
    const algorithm = artifacts[0]?.algorithm ?? 'sha256';
    const subjectDigests = subjects
        .map((s) => ({ name: s.name, hex: s.digest[algorithm] }))
        .filter((s) => s.hex !== undefined);
    const known = new Set(subjectDigests.map((s) => s.hex.toLowerCase()));
    const unattested = artifacts.filter((a) => !known.has(a.hex.toLowerCase()));
    const produced = new Set(artifacts.map((a) => a.hex.toLowerCase()));
    const missing = requireAll ? subjectDigests.filter((s) => !produced.has(s.hex.toLowerCase())) : [];
    const expected = `${algorithm} of each artifact among: ${describe(subjectDigests) || '(no subject has one)'}`;
    if (unattested.length === 0 && missing.length === 0) {
        return compare('subjects', 'subject_mismatch', expected, describe(artifacts), true);
    }
    const problems = [
        unattested.length > 0 ? `not attested: ${describe(unattested)}` : '',
        missing.length > 0 ? `attested but not released: ${describe(missing)}` : '',
    ].filter(Boolean);
    return compare('subjects', 'subject_mismatch', expected, problems.join('; '), false);
}

;// CONCATENATED MODULE: ./src/core/policy/verdict.ts
/** The verdict is the first failing check in order; any failure means no VerifiedProvenance. */
function decideVerdict(input) {
    const firstFailure = input.checks.find((c) => c.status === 'failed');
    const cryptoPassed = input.checks.some((c) => c.name === 'signature' && c.status === 'passed');
    const ok = firstFailure === undefined && cryptoPassed && input.facts !== null && input.facts.builderId !== null;
    const base = { checks: input.checks, facts: input.facts, subjects: input.subjects, verifier: input.verifier };
    if (!ok || input.facts === null || input.facts.builderId === null) {
        return { ...base, verified: false, failureReason: firstFailure?.code ?? 'attestation_missing', provenance: null };
    }
    const provenance = {
        predicateType: input.facts.predicateType,
        builderId: input.facts.builderId,
        sourceRepository: input.facts.sourceRepository,
        sourceRef: input.facts.sourceRef,
        sourceCommit: input.facts.sourceCommits[0] ?? null,
        subjects: input.subjects,
        artifacts: input.artifacts,
        verifier: input.verifier,
    };
    return { ...base, verified: true, failureReason: null, provenance };
}
/** A verdict for a run that failed before there was provenance to check (download, lookup, inputs). */
function rejectedBeforeVerification(check, verifier) {
    return decideVerdict({ checks: [check], facts: null, subjects: [], artifacts: [], verifier });
}

;// CONCATENATED MODULE: ./src/core/policy/index.ts








// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var dist = __webpack_require__(9654);
;// CONCATENATED MODULE: ./src/adapters/sigstore/roots/public-good.trusted_root.json
const public_good_trusted_root_namespaceObject = /*#__PURE__*/JSON.parse('{"mediaType":"application/vnd.dev.sigstore.trustedroot+json;version=0.1","tlogs":[{"baseUrl":"https://rekor.sigstore.dev","hashAlgorithm":"SHA2_256","publicKey":{"rawBytes":"MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE2G2Y+2tabdTV5BcGiBIx0a9fAFwrkBbmLSGtks4L3qX6yYY0zufBnhC8Ur/iy55GhWP/9A/bY2LhC30M9+RYtw==","keyDetails":"PKIX_ECDSA_P256_SHA_256","validFor":{"start":"2021-01-12T11:53:27Z"}},"logId":{"keyId":"wNI9atQGlz+VWfO6LRygH4QUfY/8W4RFwiT5i5WRgB0="}},{"baseUrl":"https://log2025-1.rekor.sigstore.dev","hashAlgorithm":"SHA2_256","publicKey":{"rawBytes":"MCowBQYDK2VwAyEAt8rlp1knGwjfbcXAYPYAkn0XiLz1x8O4t0YkEhie244=","keyDetails":"PKIX_ED25519","validFor":{"start":"2025-09-23T00:00:00Z"}},"logId":{"keyId":"zxGZFVvd0FEmjR8WrFwMdcAJ9vtaY/QXf44Y1wUeP6A="}}],"certificateAuthorities":[{"subject":{"organization":"sigstore.dev","commonName":"sigstore"},"uri":"https://fulcio.sigstore.dev","certChain":{"certificates":[{"rawBytes":"MIIB+DCCAX6gAwIBAgITNVkDZoCiofPDsy7dfm6geLbuhzAKBggqhkjOPQQDAzAqMRUwEwYDVQQKEwxzaWdzdG9yZS5kZXYxETAPBgNVBAMTCHNpZ3N0b3JlMB4XDTIxMDMwNzAzMjAyOVoXDTMxMDIyMzAzMjAyOVowKjEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MREwDwYDVQQDEwhzaWdzdG9yZTB2MBAGByqGSM49AgEGBSuBBAAiA2IABLSyA7Ii5k+pNO8ZEWY0ylemWDowOkNa3kL+GZE5Z5GWehL9/A9bRNA3RbrsZ5i0JcastaRL7Sp5fp/jD5dxqc/UdTVnlvS16an+2Yfswe/QuLolRUCrcOE2+2iA5+tzd6NmMGQwDgYDVR0PAQH/BAQDAgEGMBIGA1UdEwEB/wQIMAYBAf8CAQEwHQYDVR0OBBYEFMjFHQBBmiQpMlEk6w2uSu1KBtPsMB8GA1UdIwQYMBaAFMjFHQBBmiQpMlEk6w2uSu1KBtPsMAoGCCqGSM49BAMDA2gAMGUCMH8liWJfMui6vXXBhjDgY4MwslmN/TJxVe/83WrFomwmNf056y1X48F9c4m3a3ozXAIxAKjRay5/aj/jsKKGIkmQatjI8uupHr/+CxFvaJWmpYqNkLDGRU+9orzh5hI2RrcuaQ=="}]},"validFor":{"start":"2021-03-07T03:20:29Z","end":"2022-12-31T23:59:59.999Z"}},{"subject":{"organization":"sigstore.dev","commonName":"sigstore"},"uri":"https://fulcio.sigstore.dev","certChain":{"certificates":[{"rawBytes":"MIICGjCCAaGgAwIBAgIUALnViVfnU0brJasmRkHrn/UnfaQwCgYIKoZIzj0EAwMwKjEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MREwDwYDVQQDEwhzaWdzdG9yZTAeFw0yMjA0MTMyMDA2MTVaFw0zMTEwMDUxMzU2NThaMDcxFTATBgNVBAoTDHNpZ3N0b3JlLmRldjEeMBwGA1UEAxMVc2lnc3RvcmUtaW50ZXJtZWRpYXRlMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE8RVS/ysH+NOvuDZyPIZtilgUF9NlarYpAd9HP1vBBH1U5CV77LSS7s0ZiH4nE7Hv7ptS6LvvR/STk798LVgMzLlJ4HeIfF3tHSaexLcYpSASr1kS0N/RgBJz/9jWCiXno3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwMwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQU39Ppz1YkEZb5qNjpKFWixi4YZD8wHwYDVR0jBBgwFoAUWMAeX5FFpWapesyQoZMi0CrFxfowCgYIKoZIzj0EAwMDZwAwZAIwPCsQK4DYiZYDPIaDi5HFKnfxXx6ASSVmERfsynYBiX2X6SJRnZU84/9DZdnFvvxmAjBOt6QpBlc4J/0DxvkTCqpclvziL6BCCPnjdlIB3Pu3BxsPmygUY7Ii2zbdCdliiow="},{"rawBytes":"MIIB9zCCAXygAwIBAgIUALZNAPFdxHPwjeDloDwyYChAO/4wCgYIKoZIzj0EAwMwKjEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MREwDwYDVQQDEwhzaWdzdG9yZTAeFw0yMTEwMDcxMzU2NTlaFw0zMTEwMDUxMzU2NThaMCoxFTATBgNVBAoTDHNpZ3N0b3JlLmRldjERMA8GA1UEAxMIc2lnc3RvcmUwdjAQBgcqhkjOPQIBBgUrgQQAIgNiAAT7XeFT4rb3PQGwS4IajtLk3/OlnpgangaBclYpsYBr5i+4ynB07ceb3LP0OIOZdxexX69c5iVuyJRQ+Hz05yi+UF3uBWAlHpiS5sh0+H2GHE7SXrk1EC5m1Tr19L9gg92jYzBhMA4GA1UdDwEB/wQEAwIBBjAPBgNVHRMBAf8EBTADAQH/MB0GA1UdDgQWBBRYwB5fkUWlZql6zJChkyLQKsXF+jAfBgNVHSMEGDAWgBRYwB5fkUWlZql6zJChkyLQKsXF+jAKBggqhkjOPQQDAwNpADBmAjEAj1nHeXZp+13NWBNa+EDsDP8G1WWg1tCMWP/WHPqpaVo0jhsweNFZgSs0eE7wYI4qAjEA2WB9ot98sIkoF3vZYdd3/VtWB5b9TNMea7Ix/stJ5TfcLLeABLE4BNJOsQ4vnBHJ"}]},"validFor":{"start":"2022-04-13T20:06:15Z"}}],"ctlogs":[{"baseUrl":"https://ctfe.sigstore.dev/test","hashAlgorithm":"SHA2_256","publicKey":{"rawBytes":"MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEbfwR+RJudXscgRBRpKX1XFDy3PyudDxz/SfnRi1fT8ekpfBd2O1uoz7jr3Z8nKzxA69EUQ+eFCFI3zeubPWU7w==","keyDetails":"PKIX_ECDSA_P256_SHA_256","validFor":{"start":"2021-03-14T00:00:00Z","end":"2022-10-31T23:59:59.999Z"}},"logId":{"keyId":"CGCS8ChS/2hF0dFrJ4ScRWcYrBY9wzjSbea8IgY2b3I="}},{"baseUrl":"https://ctfe.sigstore.dev/2022","hashAlgorithm":"SHA2_256","publicKey":{"rawBytes":"MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEiPSlFi0CmFTfEjCUqF9HuCEcYXNKAaYalIJmBZ8yyezPjTqhxrKBpMnaocVtLJBI1eM3uXnQzQGAJdJ4gs9Fyw==","keyDetails":"PKIX_ECDSA_P256_SHA_256","validFor":{"start":"2022-10-20T00:00:00Z"}},"logId":{"keyId":"3T0wasbHETJjGR4cmWc3AqJKXrjePK3/h4pygC8p7o4="}}],"timestampAuthorities":[{"subject":{"organization":"sigstore.dev","commonName":"sigstore-tsa-selfsigned"},"uri":"https://timestamp.sigstore.dev/api/v1/timestamp","certChain":{"certificates":[{"rawBytes":"MIICEDCCAZagAwIBAgIUOhNULwyQYe68wUMvy4qOiyojiwwwCgYIKoZIzj0EAwMwOTEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MSAwHgYDVQQDExdzaWdzdG9yZS10c2Etc2VsZnNpZ25lZDAeFw0yNTA0MDgwNjU5NDNaFw0zNTA0MDYwNjU5NDNaMC4xFTATBgNVBAoTDHNpZ3N0b3JlLmRldjEVMBMGA1UEAxMMc2lnc3RvcmUtdHNhMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE4ra2Z8hKNig2T9kFjCAToGG30jky+WQv3BzL+mKvh1SKNR/UwuwsfNCg4sryoYAd8E6isovVA3M4aoNdm9QDi50Z8nTEyvqgfDPtTIwXItfiW/AFf1V7uwkbkAoj0xxco2owaDAOBgNVHQ8BAf8EBAMCB4AwHQYDVR0OBBYEFIn9eUOHz9BlRsMCRscsc1t9tOsDMB8GA1UdIwQYMBaAFJjsAe9/u1H/1JUeb4qImFMHic6/MBYGA1UdJQEB/wQMMAoGCCsGAQUFBwMIMAoGCCqGSM49BAMDA2gAMGUCMDtpsV/6KaO0qyF/UMsX2aSUXKQFdoGTptQGc0ftq1csulHPGG6dsmyMNd3JB+G3EQIxAOajvBcjpJmKb4Nv+2Taoj8Uc5+b6ih6FXCCKraSqupe07zqswMcXJTe1cExvHvvlw=="},{"rawBytes":"MIIB9zCCAXygAwIBAgIUV7f0GLDOoEzIh8LXSW80OJiUp14wCgYIKoZIzj0EAwMwOTEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MSAwHgYDVQQDExdzaWdzdG9yZS10c2Etc2VsZnNpZ25lZDAeFw0yNTA0MDgwNjU5NDNaFw0zNTA0MDYwNjU5NDNaMDkxFTATBgNVBAoTDHNpZ3N0b3JlLmRldjEgMB4GA1UEAxMXc2lnc3RvcmUtdHNhLXNlbGZzaWduZWQwdjAQBgcqhkjOPQIBBgUrgQQAIgNiAAQUQNtfRT/ou3YATa6wB/kKTe70cfJwyRIBovMnt8RcJph/COE82uyS6FmppLLL1VBPGcPfpQPYJNXzWwi8icwhKQ6W/Qe2h3oebBb2FHpwNJDqo+TMaC/tdfkv/ElJB72jRTBDMA4GA1UdDwEB/wQEAwIBBjASBgNVHRMBAf8ECDAGAQH/AgEAMB0GA1UdDgQWBBSY7AHvf7tR/9SVHm+KiJhTB4nOvzAKBggqhkjOPQQDAwNpADBmAjEAwGEGrfGZR1cen1R8/DTVMI943LssZmJRtDp/i7SfGHmGRP6gRbuj9vOK3b67Z0QQAjEAuT2H673LQEaHTcyQSZrkp4mX7WwkmF+sVbkYY5mXN+RMH13KUEHHOqASaemYWK/E"}]},"validFor":{"start":"2025-07-04T00:00:00Z"}}]}');
;// CONCATENATED MODULE: ./src/adapters/sigstore/trust.ts




async function loadTrustedRoots(source) {
    switch (source.kind) {
        case 'embedded':
            return [dist.TrustedRoot.fromJSON(public_good_trusted_root_namespaceObject)];
        case 'file':
            return parseTrustedRoots(await readTrustFile(source.path), source.path);
        case 'tuf':
            return [await fetchTrustedRootFromTuf(source)];
    }
}
async function readTrustFile(path) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* GuardError */.U$('trust_root_unavailable', `cannot read trusted root file ${path}: ${error.message}`, { cause: error });
    }
}
/** `gh attestation trusted-root` prints one root per line; a plain trusted_root.json is one object. */
function parseTrustedRoots(text, origin) {
    let values;
    try {
        const trimmed = text.trim();
        values = trimmed.startsWith('{') && !trimmed.includes('}\n{') ? [JSON.parse(trimmed)] : trimmed.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    }
    catch {
        throw new errors/* GuardError */.U$('trust_root_unavailable', `${origin} is not a trusted root (JSON or JSON lines)`);
    }
    const roots = values.map((value) => dist.TrustedRoot.fromJSON(value));
    if (roots.length === 0 || roots.some((root) => root.certificateAuthorities.length === 0)) {
        throw new errors/* GuardError */.U$('trust_root_unavailable', `${origin} holds no certificate authority: not a Sigstore trusted root`);
    }
    return roots;
}
async function fetchTrustedRootFromTuf(source) {
    try {
        // Loaded only when needed: the TUF client and its HTTP stack are most of the bundle.
        const { getTrustedRoot } = await __webpack_require__.e(/* import() */ 694).then(__webpack_require__.bind(__webpack_require__, 4423));
        return await getTrustedRoot({
            mirrorURL: source.mirrorUrl,
            rootPath: source.rootPath,
            cachePath: source.cachePath,
            retry: 1,
            timeout: 5_000,
        });
    }
    catch (error) {
        const where = source.mirrorUrl ?? 'the Sigstore public-good TUF repository';
        throw new errors/* GuardError */.U$('trust_root_unavailable', `cannot fetch the trusted root from ${where}: ${error.message}. Offline, pass --trusted-root FILE or --offline.`, { cause: error });
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var bundle_dist = __webpack_require__(1040);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(4187);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(3917);
;// CONCATENATED MODULE: ./src/adapters/sigstore/certificate.ts

const FULCIO = '1.3.6.1.4.1.57264.1';
/** The leaf certificate of a bundle (v0.1/v0.2 chain or v0.3 single certificate). */
function leafCertificate(bundle) {
    const content = bundle.verificationMaterial.content;
    if (content.$case === 'x509CertificateChain') {
        const first = content.x509CertificateChain.certificates[0];
        return first ? core_dist.X509Certificate.parse(Buffer.from(first.rawBytes)) : null;
    }
    if (content.$case === 'certificate')
        return core_dist.X509Certificate.parse(Buffer.from(content.certificate.rawBytes));
    return null;
}
/** Reads the Fulcio extensions; newer ones are DER UTF8Strings, the legacy ones raw bytes. */
function toSignerFacts(certificate) {
    const read = (suffix, legacySuffix) => derString(certificate, `${FULCIO}.${suffix}`) ?? (legacySuffix ? rawString(certificate, `${FULCIO}.${legacySuffix}`) : null);
    const legacyRepository = rawString(certificate, `${FULCIO}.5`);
    return {
        subjectAlternativeName: certificate.subjectAltName ?? null,
        issuer: read(8, 1),
        buildSignerUri: read(9),
        sourceRepositoryUri: derString(certificate, `${FULCIO}.12`) ?? (legacyRepository ? `https://github.com/${legacyRepository}` : null),
        sourceRepositoryDigest: read(13, 3),
        sourceRepositoryRef: read(14, 6),
        sourceRepositoryIdentifier: read(15),
        sourceRepositoryOwnerIdentifier: read(17),
    };
}
function derString(certificate, oid) {
    const value = certificate.extension(oid)?.value;
    if (!value || value.length < 2 || value[0] !== 0x0c)
        return null;
    const [offset, length] = derLength(value);
    return value.subarray(offset, offset + length).toString('utf8');
}
function derLength(value) {
    const first = value[1] ?? 0;
    if (first < 0x80)
        return [2, first];
    const size = first & 0x7f;
    let length = 0;
    for (let i = 0; i < size; i++)
        length = (length << 8) | (value[2 + i] ?? 0);
    return [2 + size, length];
}
function rawString(certificate, oid) {
    const value = certificate.extension(oid)?.value;
    return value && value.length > 0 ? value.toString('utf8') : null;
}

;// CONCATENATED MODULE: ./src/adapters/sigstore/root-selection.ts


// Trust material is costly to build and never changes for a root object: build it once.
const prepared = new WeakMap();
function prepare(root) {
    let entry = prepared.get(root);
    if (!entry) {
        // GitHub's instance has no transparency or CT log: its bundles carry an RFC 3161 timestamp instead.
        const withoutLogs = root.tlogs.length === 0;
        entry = {
            root,
            verifier: new verify_dist/* Verifier */.BL((0,verify_dist/* toTrustMaterial */.jO)(root), withoutLogs ? { tlogThreshold: 0, ctlogThreshold: 0 } : {}),
            caSubjects: root.certificateAuthorities.flatMap((ca) => ca.certChain?.certificates ?? []).flatMap((cert) => subjectOf(cert.rawBytes)),
        };
        prepared.set(root, entry);
    }
    return entry;
}
function subjectOf(der) {
    try {
        return [core_dist.X509Certificate.parse(Buffer.from(der)).subject];
    }
    catch {
        return [];
    }
}
/**
 * The verifiers of the roots whose CA issued the leaf (a byte comparison of distinguished names;
 * the library then verifies the chain itself); when none matches, every root is tried.
 */
function verifiersFor(roots, leaf) {
    const all = roots.map(prepare);
    const matching = all.filter((entry) => entry.caSubjects.some((subject) => subject.equals(leaf.issuer)));
    return (matching.length > 0 ? matching : all).map((entry) => entry.verifier);
}

;// CONCATENATED MODULE: ./src/adapters/sigstore/signature.ts







/**
 * Cryptographic verification through `@sigstore/verify`: DSSE signature, Fulcio chain, SCTs, and
 * transparency-log inclusion or RFC 3161 timestamps, with thresholds chosen by the trusted root
 * that issued the certificate (GitHub's instance has no logs). The identity is compared exactly.
 */
function verifyBundleSignature(bundleJson, roots, identity) {
    const { entity, leaf } = toVerifiable(bundleJson);
    if (leaf === null) {
        return outcome(failed('signature', 'identity_mismatch', 'a Fulcio certificate', 'the bundle is signed by a bare public key'), null, identity);
    }
    const { signer, key } = readCertificate(leaf);
    const errors = [];
    for (const verifier of verifiersFor(roots, leaf)) {
        const error = verifyWith(verifier, entity, identity);
        if (error === null)
            return { checks: [signaturePassed(), identityPassed(identity)], signer };
        errors.push(error);
    }
    // An edited payload first breaks the log entry's body hash; name the root cause instead.
    if (!entity.signature.verifySignature(key)) {
        return outcome(failed('signature', 'signature_invalid', 'DSSE signature made by the certificate key', 'the signature does not match the payload'), signer, identity);
    }
    return toFailure(errors[0], signer, identity);
}
/** The library's parsers throw plain errors on attacker-controlled bytes; they become coded here. */
function toVerifiable(json) {
    let bundle;
    try {
        bundle = (0,bundle_dist/* bundleFromJSON */.vw)(json);
    }
    catch (error) {
        throw new errors/* GuardError */.U$('provenance_malformed', `invalid Sigstore bundle: ${error.message}`, { cause: error });
    }
    try {
        return { entity: (0,verify_dist/* toSignedEntity */.DC)(bundle), leaf: leafCertificate(bundle) };
    }
    catch (error) {
        throw new errors/* GuardError */.U$('provenance_malformed', `the bundle's certificate or signature cannot be parsed: ${error.message}`, { cause: error });
    }
}
function readCertificate(leaf) {
    try {
        return { signer: toSignerFacts(leaf), key: (0,external_node_crypto_.createPublicKey)({ key: leaf.publicKey, format: 'der', type: 'spki' }) };
    }
    catch (error) {
        throw new errors/* GuardError */.U$('provenance_malformed', `the signing certificate cannot be read: ${error.message}`, { cause: error });
    }
}
function verifyWith(verifier, entity, identity) {
    const san = identity.subjectAlternativeName;
    try {
        verifier.verify(entity, {
            subjectAlternativeName: san === null ? undefined : `^${escapeRegExp(san)}$`,
            extensions: { issuer: identity.issuer },
        });
        return san === null ? new verify_dist/* PolicyError */.pn({ code: 'UNTRUSTED_SIGNER_ERROR', message: 'no expected signer identity' }) : null;
    }
    catch (error) {
        return error;
    }
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
function toFailure(error, signer, identity) {
    if (error instanceof verify_dist/* PolicyError */.pn) {
        return { checks: [signaturePassed(), identityFailed(identity, signer)], signer };
    }
    const code = error instanceof verify_dist/* VerificationError */.mk && /^(TLOG|TIMESTAMP)/.test(error.code) ? 'tlog_invalid' : 'signature_invalid';
    const label = error instanceof verify_dist/* VerificationError */.mk ? `${error.code}: ${error.message}` : error.message;
    return outcome(failed('signature', code, 'signature, certificate chain and log/timestamp verify', label), signer, identity);
}
function outcome(signature, signer, identity) {
    const identityCheck = failed('certificate_identity', 'identity_mismatch', describeIdentity(identity), 'not evaluated: the signature did not verify');
    return { checks: [signature, identityCheck], signer };
}
function signaturePassed() {
    return passed('signature', 'signature_invalid', 'signature, certificate chain and log/timestamp verify', 'verified');
}
function identityPassed(identity) {
    return passed('certificate_identity', 'identity_mismatch', describeIdentity(identity), describeIdentity(identity));
}
function identityFailed(identity, signer) {
    const actual = `SAN ${signer.subjectAlternativeName ?? '(none)'}, issuer ${signer.issuer ?? '(none)'}`;
    return failed('certificate_identity', 'identity_mismatch', describeIdentity(identity), actual);
}
function describeIdentity(identity) {
    const san = identity.subjectAlternativeName ?? '(no expected SAN: give --expected-san)';
    return `SAN ${san}, issuer ${identity.issuer}`;
}

;// CONCATENATED MODULE: ./src/adapters/sigstore/rekor-lookup.ts



const LogEntrySchema = schemas/* object */.Ikc({
    body: schemas/* string */.YjP(),
    integratedTime: schemas/* number */.aig(),
    logID: schemas/* string */.YjP(),
    logIndex: schemas/* number */.aig(),
    verification: schemas/* object */.Ikc({
        signedEntryTimestamp: schemas/* string */.YjP(),
        inclusionProof: schemas/* object */.Ikc({
            logIndex: schemas/* number */.aig(), rootHash: schemas/* string */.YjP(), treeSize: schemas/* number */.aig(), hashes: schemas/* array */.YOg(schemas/* string */.YjP()), checkpoint: schemas/* string */.YjP(),
        }).optional(),
    }),
});
const TIMEOUT_MS = 10_000;
/**
 * Turns a legacy slsa-github-generator envelope (no inclusion proof) into a Sigstore bundle by
 * looking its entry up in Rekor. The bundle is then verified like any other: the log entry's body,
 * promise and proof are checked against the trusted root, so a wrong or forged entry cannot pass.
 */
async function bundleFromRekor(envelope, rekorUrl) {
    const signature = envelope.signatures[0];
    if (!signature)
        throw new errors/* GuardError */.U$('provenance_malformed', 'the DSSE envelope has no signature');
    const payloadDigest = (0,external_node_crypto_.createHash)('sha256').update(Buffer.from(envelope.payload, 'base64')).digest('hex');
    const uuids = schemas/* array */.YOg(schemas/* string */.YjP()).parse(await rekorJson(rekorUrl, '/api/v1/index/retrieve', { hash: `sha256:${payloadDigest}` }));
    for (const uuid of uuids) {
        const entries = schemas/* record */.g1P(schemas/* string */.YjP(), LogEntrySchema).parse(await rekorJson(rekorUrl, `/api/v1/log/entries/${uuid}`));
        const entry = Object.values(entries)[0];
        if (entry && bodyNamesSignature(entry.body, signature.sig))
            return toBundleJson(envelope, signature.cert, entry);
    }
    throw new errors/* GuardError */.U$('tlog_invalid', `Rekor at ${rekorUrl} has no entry for this envelope's signature`);
}
async function rekorJson(base, path, body) {
    const url = new URL(path, base);
    let response;
    try {
        response = await fetch(url, {
            method: body ? 'POST' : 'GET',
            headers: { 'content-type': 'application/json', accept: 'application/json' },
            body: body ? JSON.stringify(body) : undefined,
            signal: AbortSignal.timeout(TIMEOUT_MS),
        });
    }
    catch (error) {
        throw new errors/* GuardError */.U$('tlog_invalid', `cannot reach Rekor at ${url.origin}: ${error.message}`, { cause: error });
    }
    if (!response.ok)
        throw new errors/* GuardError */.U$('tlog_invalid', `Rekor answered ${response.status} for ${url.pathname}`);
    try {
        return await response.json();
    }
    catch (error) {
        throw new errors/* GuardError */.U$('tlog_invalid', `Rekor answered ${url.pathname} with something that is not JSON`, { cause: error });
    }
}
/** intoto entries carry the signature base64-encoded once more; dsse entries carry it as is. */
function bodyNamesSignature(body, sig) {
    const text = Buffer.from(body, 'base64').toString('utf8');
    return text.includes(sig) || text.includes(Buffer.from(sig).toString('base64'));
}
function toBundleJson(envelope, certPem, entry) {
    const kind = JSON.parse(Buffer.from(entry.body, 'base64').toString('utf8'));
    const proof = entry.verification.inclusionProof;
    const hexToBase64 = (hex) => Buffer.from(hex, 'hex').toString('base64');
    return {
        mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
        verificationMaterial: {
            x509CertificateChain: { certificates: [{ rawBytes: new external_node_crypto_.X509Certificate(certPem).raw.toString('base64') }] },
            tlogEntries: [{
                    logIndex: String(entry.logIndex),
                    logId: { keyId: hexToBase64(entry.logID) },
                    kindVersion: { kind: kind.kind, version: kind.apiVersion },
                    integratedTime: String(entry.integratedTime),
                    inclusionPromise: { signedEntryTimestamp: entry.verification.signedEntryTimestamp },
                    inclusionProof: proof && {
                        logIndex: String(proof.logIndex), rootHash: hexToBase64(proof.rootHash), treeSize: String(proof.treeSize),
                        hashes: proof.hashes.map(hexToBase64), checkpoint: { envelope: proof.checkpoint },
                    },
                    canonicalizedBody: entry.body,
                }],
            timestampVerificationData: { rfc3161Timestamps: [] },
        },
        dsseEnvelope: { payload: envelope.payload, payloadType: envelope.payloadType, signatures: envelope.signatures.map(({ sig, keyid }) => ({ sig, keyid: keyid ?? '' })) },
    };
}

;// CONCATENATED MODULE: ./src/adapters/sigstore/index.ts





// EXTERNAL MODULE: ./src/adapters/files/hash.ts + 2 modules
var files_hash = __webpack_require__(5710);
;// CONCATENATED MODULE: ./src/commands/verify/select-statement.ts


const SLSA_PREFIX = 'https://slsa.dev/provenance/';
/** The SLSA provenance among a file's attestations (npm ships it beside a publish attestation). */
function selectProvenance(text) {
    const documents = parseProvenanceDocuments(text);
    const decoded = documents.map((document) => ({ document, statement: decodeStatement(document.envelope) }));
    const slsa = decoded.find((candidate) => candidate.statement.predicateType.startsWith(SLSA_PREFIX));
    const chosen = slsa ?? decoded[0];
    if (!chosen)
        throw new errors/* GuardError */.U$('attestation_missing', 'the provenance file holds no attestation');
    return chosen;
}

;// CONCATENATED MODULE: ./src/commands/verify/request.ts
const VERIFIER_NAME = 'sigstore-js';

;// CONCATENATED MODULE: ./src/commands/verify/verify.ts









const defaultDependencies = { trustedRoots: (request) => loadTrustedRoots(request.trust) };
/** The nine steps of DESIGN §2, each recorded; a coded failure anywhere ends in a verdict, not a throw. */
async function verifyProvenance(request, deps = defaultDependencies) {
    const checks = [];
    let facts = null;
    let statement = null;
    let artifacts = [];
    let stage = 'bundle';
    try {
        const selected = selectProvenance(await readProvenance(request.provenancePath));
        statement = selected.statement;
        facts = toPredicateFacts(statement);
        checks.push(passed('bundle', 'provenance_malformed', 'a Sigstore bundle or DSSE envelope with an in-toto statement', describeDocument(selected)));
        // Hashing runs on worker threads while the signature is verified here.
        const hashing = startHashing(request, chooseDigestAlgorithm(statement.subject));
        stage = 'signature';
        const identity = expectIdentity(facts, request.policy);
        const bundle = await toVerifiableBundle(selected, request);
        const outcome = verifyBundleSignature(bundle, await deps.trustedRoots(request), identity);
        checks.push(...outcome.checks);
        if (outcome.signer)
            checks.push(checkCertificateAgainstPredicate(outcome.signer, facts));
        checks.push(checkPredicateType(facts, request.policy), checkBuilder(facts, request.policy), checkSourceRepository(facts, request.policy), checkRepositoryId(outcome.signer, request.policy), checkSourceRef(facts, request.policy), checkSourceCommit(facts, request.policy));
        stage = 'subjects';
        const hashed = await hashing;
        if (!hashed.ok)
            throw hashed.error;
        artifacts = hashed.digests;
        checks.push(checkSubjects(statement.subject, artifacts, request.requireAllSubjects));
    }
    catch (error) {
        if (!(0,errors/* isGuardError */.QT)(error))
            throw error;
        checks.push(failed(stage, error.code, expectationFor(stage), error.message));
    }
    return decideVerdict({ checks, facts, subjects: statement?.subject ?? [], artifacts, verifier: VERIFIER_NAME });
}
/**
 * Starts hashing at once and settles without rejecting, so a failure surfaces at the subjects
 * check. Each artifact is hashed once per run: digests computed earlier are reused.
 */
function startHashing(request, algorithm) {
    if (request.artifactPaths.length === 0)
        return Promise.resolve({ ok: true, digests: [] });
    if (algorithm === null) {
        return Promise.resolve({ ok: false, error: new errors/* GuardError */.U$('subject_mismatch', 'no subject carries a sha256 or sha512 digest to compare the artifacts with') });
    }
    const usable = (digests) => !!digests && digests.length === request.artifactPaths.length
        && digests.every((d, i) => d.algorithm === algorithm && d.name === (0,external_node_path_.basename)(request.artifactPaths[i] ?? ''));
    const hash = () => (0,files_hash/* hashArtifacts */.A)(request.artifactPaths, algorithm).then((digests) => ({ ok: true, digests }), (error) => ({ ok: false, error }));
    if (usable(request.knownDigests))
        return Promise.resolve({ ok: true, digests: [...request.knownDigests] });
    if (request.earlyDigests)
        return request.earlyDigests.then((early) => (usable(early) ? { ok: true, digests: [...early] } : hash()));
    return hash();
}
async function readProvenance(path) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* GuardError */.U$('attestation_missing', `cannot read provenance ${path}: ${error.message}`, { cause: error });
    }
}
async function toVerifiableBundle(selected, request) {
    if (selected.document.kind === 'bundle')
        return selected.document.bundle;
    if (request.rekorUrl === null) {
        throw new errors/* GuardError */.U$('tlog_invalid', 'a legacy DSSE envelope carries no transparency-log entry and cannot be verified offline: use the Sigstore bundle (.sigstore.json or a v0.3 .intoto.jsonl), or pass --rekor-url to look the entry up');
    }
    return bundleFromRekor(selected.document.envelope, request.rekorUrl);
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

// EXTERNAL MODULE: ./src/core/manifest/index.ts + 6 modules
var manifest = __webpack_require__(125);
;// CONCATENATED MODULE: ./src/commands/verify/inputs.ts




const inputs_text = schemas/* string */.YjP().trim().min(1, 'must not be empty');
const url = inputs_text.refine((value) => URL.canParse(value), 'must be an absolute URL');
/** The release policy and trust, shared by every entry point; each maps its own input names onto these fields. */
const PolicyInputsSchema = schemas/* object */.Ikc({
    expectedBuilderIds: schemas/* array */.YOg(url),
    expectedSourceRepo: inputs_text.regex(/^(https:\/\/[^/]+\/)?[\w.-]+\/[\w.-]+$/, 'must be OWNER/NAME or its https URL').nullable(),
    tag: inputs_text.regex(/^[^\s~^:?*[\\]+$/, 'is not a valid git tag name').nullable(),
    commit: inputs_text.regex(/^[0-9a-fA-F]{40}$/, 'must be a 40-hex-digit commit SHA').nullable(),
    expectedIssuer: url.default(GITHUB_ACTIONS_ISSUER),
    expectedSan: inputs_text.nullable(),
    expectedRepositoryId: inputs_text.regex(/^[1-9][0-9]*$/, 'must be a numeric repository ID').nullable().default(null),
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
        expiresAt: inputs_text.refine((value) => !Number.isNaN(Date.parse(value)), 'must be an ISO 8601 date-time'),
    }).nullable(),
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
    return { ...toPolicyRequest(inputs, nameOf, now), artifactPaths: inputs.artifacts, provenancePath: inputs.provenance };
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

;// CONCATENATED MODULE: ./src/commands/verify/index.ts






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











/***/ })

};

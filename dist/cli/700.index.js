export const id = 700;
export const ids = [700];
export const modules = {

/***/ 700:
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
// EXTERNAL MODULE: ./src/adapters/github/index.ts + 12 modules
var github = __webpack_require__(778);
// EXTERNAL MODULE: ./src/commands/verify/index.ts + 12 modules
var verify = __webpack_require__(6982);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/provenance/index.ts + 4 modules
var provenance = __webpack_require__(8901);
// EXTERNAL MODULE: ./src/adapters/files/hash.ts
var hash = __webpack_require__(7694);
;// CONCATENATED MODULE: ./src/commands/validate/release-assets.ts









/**
 * Lists the tag's release and its assets (paged), streams every asset to disk within the size caps, and
 * checks each against the digest GitHub recorded at upload: storage that serves other bytes is not the
 * release.
 */
async function fetchRelease(client, repository, { tag, workDir, screen }) {
    const info = await (0,github/* findRelease */.dv)(client, repository, tag);
    const listed = await (0,github/* listReleaseAssets */.Dy)(client, repository, info.id);
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(workDir, 'release-'));
    const assets = await (0,github/* downloadReleaseAssets */.v)(client, repository, {
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
// EXTERNAL MODULE: ./src/cli/render-verdict.ts
var render_verdict = __webpack_require__(9820);
// EXTERNAL MODULE: ./src/cli/verify-inputs.ts
var verify_inputs = __webpack_require__(2987);
;// CONCATENATED MODULE: ./src/cli/policy-verify.ts











const RELEASE = /^([\w.-]+\/[\w.-]+)@([^\s~^:?*[\\]+)$/;
/**
 * `verify --release OWNER/NAME@TAG` (online: the published assets) and/or `--policy FILE` (rules per artifact
 * glob).
 */
async function runPolicyVerify(args, now) {
    const { values } = args;
    const format = (0,verify_inputs/* formatOf */.be)(values);
    const policyFile = values.policy === undefined ? null : await readPolicy(values.policy);
    const release = values.release === undefined ? null : await fetchNamedRelease(args);
    const flags = release === null
        ? values
        : {
            ...values,
            artifact: [...release.fetched.artifactPaths],
            bundle: values.bundle ?? release.fetched.provenancePath ?? undefined,
            'source-ref': release.tag,
        };
    if (release !== null && flags.bundle === undefined)
        throw new errors/* GuardError */.U$('attestation_missing', `release ${values.release} carries no provenance or bundle file: pass --bundle`);
    assertIdentityPinned(values, policyFile);
    const request = (0,verify/* toVerifyRequest */._r)((0,verify_inputs/* toInputs */.LD)({ ...args, values: flags }), (0,verify_inputs/* flagOf */.iP)(args), now);
    if (release === null)
        await (0,verify_inputs/* assertReadable */.DE)(request, args.spelled);
    const commit = request.policy.commit ??
        (release ? await (0,github/* resolveTagCommit */.eg)(release.octokit, release.repository, release.tag) : null);
    const verdict = await (0,verify/* verifyUnderPolicy */.Ad)({
        request: { ...request, policy: { ...request.policy, commit } },
        policyFile,
        explicit: explicitFields(values),
        release: release?.fetched.underCheck ?? null,
    });
    const shownAs = release === null ? request.artifactPaths : request.artifactPaths.map((path) => (0,external_node_path_.basename)(path));
    return { exitCode: (0,exit/* exitCodeFor */.R)(verdict), stdout: (0,render_verdict/* renderVerdict */.g)(verdict, format, shownAs) };
}
async function fetchNamedRelease({ values, spelled }) {
    const match = RELEASE.exec(values.release ?? '');
    if (!match?.[1] || !match[2])
        throw new errors/* GuardError */.U$('input_invalid', `--release ${values.release} is not OWNER/NAME@TAG`);
    if (values.artifact !== undefined)
        throw new errors/* GuardError */.U$('input_invalid', "--release and artifacts (FILE or --artifact) exclude each other: the release's assets are the artifacts");
    const refFlag = spelled['source-ref'] ?? '--source-ref';
    const tag = (0,verify_inputs/* tagOf */.cO)(values['source-ref'], refFlag);
    if (tag !== null && tag !== match[2])
        throw new errors/* GuardError */.U$('input_invalid', `${refFlag} ${values['source-ref']} contradicts --release ${values.release}`);
    const apiUrl = values['github-api-url'] ?? process.env.GITHUB_API_URL ?? 'https://api.github.com';
    const token = process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN ?? '';
    const octokit = (0,github/* githubClient */.$f)({ token, baseUrl: apiUrl });
    const repository = (0,github/* toRepositoryRef */.L3)(match[1]);
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
    if (values.repo !== undefined || values.owner !== undefined || values['cert-identity'] !== undefined)
        return;
    const unpinned = policyFile?.file.artifacts.filter((rule) => rule.source === undefined) ?? [null];
    if (unpinned.length > 0) {
        throw new errors/* GuardError */.U$('input_invalid', 'an identity pin is required: --repo, --owner or --cert-identity, or a source in every rule of the policy file');
    }
}
function explicitFields(values) {
    const given = [
        ['expectedBuilderIds', values['expected-builder-id'] ?? values['signer-workflow']],
        ['expectedSourceRepository', values.repo],
        ['expectedOwner', values.owner],
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

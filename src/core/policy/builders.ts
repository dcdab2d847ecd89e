import { SLSA_V02, type PredicateFacts } from '../provenance/index.js';
import { isSourceRepositoryWorkflow, signingWorkflowOf, type SignerFacts } from './signer.js';
import { isTagRef, parseWorkflowUri, workflowWithoutRef, type WorkflowUri } from './workflow-uri.js';

export type BuilderFamilyId =
  'slsa-github-generator' | 'slsa-byob' | 'github-hosted-runner' | 'npm-cli-v0.2' | 'signing-workflow';
export const BUILDER_FAMILY_IDS = [
  'slsa-github-generator',
  'slsa-byob',
  'github-hosted-runner',
  'npm-cli-v0.2',
  'signing-workflow',
] as const;

/**
 * SLSA v1.0 Build levels: L1 provenance exists, L2 a hosted build platform signed it, L3 the signer is
 * isolated from the build's steps.
 */
export type SlsaBuildLevel = 1 | 2 | 3;

/** A kind of builder, and the certificate field that vouches for its builder ID. */
export interface BuilderFamily {
  readonly id: BuilderFamilyId;
  readonly title: string;
  readonly vouchedBy: string;
  /** The SLSA Build level the family meets, and why (shown by `policy lint` and the README). */
  readonly buildLevel: string;
}

/** The builder ID the certificate vouches for; the predicate's claim agreed with it. */
export interface AttestedBuilder {
  readonly family: BuilderFamily;
  readonly builderId: string;
  /** The family vouches for any builder of its kind: the policy must name which one. */
  readonly pinRequired: boolean;
  /** Signed by a reusable workflow outside the source repository that the family does not vouch for. */
  readonly foreignSigner: string | null;
  /** The signing workflow is the builder, so a builder pin pins the signer too. */
  readonly signerIsBuilder: boolean;
}

export type BuilderAttestation =
  | { readonly ok: true; readonly builder: AttestedBuilder }
  | { readonly ok: false; readonly family: BuilderFamily; readonly problem: string };

const GENERATOR = 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/';
const GENERATOR_BUILDERS = [
  'generator_generic_slsa3.yml',
  'builder_go_slsa3.yml',
  'builder_container-based_slsa3.yml',
  'generator_container_slsa3.yml',
];
const DELEGATORS = ['delegator_generic_slsa3.yml', 'delegator_lowperms-generic_slsa3.yml'];
const HOSTED_RUNNER = 'https://github.com/actions/runner/';
const NPM_V02_RUNNER = 'https://github.com/actions/runner';
const NPM_V02_BUILDER =
  /^https:\/\/github\.com\/(?:npm\/cli@\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?|actions\/runner)$/;

export const BUILDER_FAMILIES: Readonly<Record<BuilderFamilyId, BuilderFamily>> = {
  'slsa-github-generator': {
    id: 'slsa-github-generator',
    title: 'slsa-github-generator builders (generic, Go, container-based, container)',
    vouchedBy:
      "the Build Signer URI (OID .9): the generator's reusable workflow, pinned to a release tag, is the builder",
    buildLevel:
      "L3: the provenance is signed by the generator's reusable workflow in its own job, which the calling workflow's steps cannot reach (L1 on a self-hosted runner)",
  },
  'slsa-byob': {
    id: 'slsa-byob',
    title: 'slsa-github-generator BYOB builders (Maven, Gradle, Node.js, delegator callers)',
    vouchedBy:
      "the Build Signer URI (OID .9) is the generator's delegator workflow at a release tag, which writes the builder ID of the tool workflow that called it; a third-party tool workflow must be pinned",
    buildLevel:
      "L3: the delegator signs in a job of its own, isolated from the tool workflow's build steps (L1 on a self-hosted runner)",
  },
  'github-hosted-runner': {
    id: 'github-hosted-runner',
    title:
      'npm CLI provenance and early GitHub attestations (`https://github.com/actions/runner/github-hosted`)',
    vouchedBy: 'the Runner Environment (OID .11) must say the same hosting',
    buildLevel:
      'L2: a GitHub-hosted runner signs with a Sigstore certificate, but in the same job as the build, whose steps could forge it (L1 self-hosted)',
  },
  'npm-cli-v0.2': {
    id: 'npm-cli-v0.2',
    title:
      'npm CLI SLSA v0.2 provenance (`https://github.com/npm/cli@X.Y.Z`, `https://github.com/actions/runner`)',
    vouchedBy:
      "`…/actions/runner` becomes `…/actions/runner/<OID .11>`; for `npm/cli@X.Y.Z` nothing beyond a GitHub Actions certificate of the source repository's own workflow (v0.2, so only under an override)",
    buildLevel: 'L1: the npm CLI wrote the builder ID itself, inside the build job, in a v0.2 predicate',
  },
  'signing-workflow': {
    id: 'signing-workflow',
    title: 'GitHub artifact attestations, publish-to-bcr and every other workflow',
    vouchedBy:
      'the Build Signer URI (OID .9) must be the builder ID exactly (`${server}/${job_workflow_ref}`)',
    buildLevel:
      "L3 when a reusable workflow outside the source repository signed (the caller cannot change it), L2 when the repository's own workflow signed, L1 on a self-hosted runner",
  },
};

/**
 * The SLSA Build level a verified builder meets (SLSA v1.0 "Build track"): hosted (L2) needs GitHub's
 * runners, hardened (L3) needs the signing key out of reach of the build's own steps — a reusable workflow
 * the source repository does not control. A self-hosted runner is outside GitHub's isolation, so it is L1
 * whatever signed.
 */
export function slsaBuildLevel(builder: AttestedBuilder, runnerEnvironment: string | null): SlsaBuildLevel {
  if (runnerEnvironment !== 'github-hosted') return 1;
  switch (builder.family.id) {
    case 'slsa-github-generator':
    case 'slsa-byob':
      return 3;
    case 'github-hosted-runner':
      return 2;
    case 'npm-cli-v0.2':
      return 1;
    case 'signing-workflow':
      return builder.foreignSigner !== null ? 3 : 2;
  }
}

/** Which family the signer and the predicate belong to, and the builder ID the certificate vouches for. */
export function attestBuilder(facts: PredicateFacts, signer: SignerFacts): BuilderAttestation {
  const claimed = facts.builderId;
  const signing = signingWorkflowOf(signer);
  const workflow = parseWorkflowUri(signing);
  const family = familyOf(claimed, facts, workflow);
  const reject = (problem: string): BuilderAttestation => ({
    ok: false,
    family: BUILDER_FAMILIES[family],
    problem,
  });
  const accept = (
    builderId: string,
    pinRequired = false,
    foreignSigner: string | null = null,
  ): BuilderAttestation => ({
    ok: true,
    builder: {
      family: BUILDER_FAMILIES[family],
      builderId,
      pinRequired,
      foreignSigner,
      signerIsBuilder: builderId === signing,
    },
  });
  if (claimed === null) return reject('the predicate names no builder');
  if (signing === null || workflow === null)
    return reject(
      `the certificate names no signing workflow (SAN ${signer.subjectAlternativeName ?? 'absent'})`,
    );
  switch (family) {
    case 'slsa-github-generator':
      if (!isTagRef(workflow.ref))
        return reject(`the generator must be called at a release tag, not ${workflow.ref}`);
      return claimed === signing
        ? accept(signing)
        : reject(`the predicate claims ${claimed}, the certificate was issued to ${signing}`);
    case 'slsa-byob':
      return attestDelegated(claimed, workflow, reject, accept);
    case 'github-hosted-runner': {
      if (signer.runnerEnvironment === null)
        return reject('the certificate does not attest the runner environment (OID .11)');
      const attested = `${HOSTED_RUNNER}${signer.runnerEnvironment}`;
      if (claimed !== attested)
        return reject(
          `the predicate claims ${claimed}, the certificate attests runner environment ${signer.runnerEnvironment}`,
        );
      return accept(attested, false, foreignSignerOf(workflow, signer, signing));
    }
    case 'npm-cli-v0.2': {
      // npm's v0.2 `…/actions/runner` names the runner without its hosting: the certificate supplies it.
      if (claimed !== NPM_V02_RUNNER)
        return accept(claimed, false, foreignSignerOf(workflow, signer, signing));
      if (signer.runnerEnvironment === null)
        return reject('the certificate does not attest the runner environment (OID .11)');
      return accept(
        `${HOSTED_RUNNER}${signer.runnerEnvironment}`,
        false,
        foreignSignerOf(workflow, signer, signing),
      );
    }
    case 'signing-workflow':
      if (claimed !== signing)
        return reject(`the predicate claims ${claimed}, the certificate was issued to ${signing}`);
      return accept(signing, false, foreignSignerOf(workflow, signer, signing));
  }
}

function familyOf(
  claimed: string | null,
  facts: PredicateFacts,
  signer: WorkflowUri | null,
): BuilderFamilyId {
  const signerFile =
    signer && isUnder(GENERATOR, signer) ? signer.path.slice('.github/workflows/'.length) : null;
  if (signerFile !== null && GENERATOR_BUILDERS.includes(signerFile)) return 'slsa-github-generator';
  if (signerFile !== null && DELEGATORS.includes(signerFile)) return 'slsa-byob';
  if (claimed?.startsWith(HOSTED_RUNNER)) return 'github-hosted-runner';
  if (facts.predicateType === SLSA_V02 && claimed !== null && NPM_V02_BUILDER.test(claimed))
    return 'npm-cli-v0.2';
  return 'signing-workflow';
}

/**
 * The delegator vouches for the tool workflow that called it, whichever it is: the policy must pin a
 * third-party tool workflow. The generator's own (Maven, Gradle, Node.js) are trusted as its builders.
 */
function attestDelegated(
  claimed: string,
  delegator: WorkflowUri,
  reject: (problem: string) => BuilderAttestation,
  accept: (builderId: string, pinRequired: boolean) => BuilderAttestation,
): BuilderAttestation {
  if (!isTagRef(delegator.ref))
    return reject(`the delegator must be called at a release tag, not ${delegator.ref}`);
  const tool = parseWorkflowUri(claimed);
  if (tool === null) return reject(`the delegated builder ID ${claimed} is not a workflow URI`);
  if (!isPlainPath(tool))
    return reject(
      `the delegated builder ID ${claimed} is not a plain workflow path (a ".", ".." or empty segment, or percent-encoding)`,
    );
  if (!isTagRef(tool.ref)) return reject(`the delegated builder ${claimed} is not pinned to a release tag`);
  return accept(claimed, !isUnder(GENERATOR, tool));
}

/**
 * Every segment of the repository and path is a plain name: no `.` or `..` (a reader resolving them would
 * land elsewhere), no empty segment, no percent-encoding (`%2e%2e` is `..` once decoded).
 */
function isPlainPath(workflow: WorkflowUri): boolean {
  return `${workflow.repository}/${workflow.path}`
    .split('/')
    .every((segment) => segment !== '' && segment !== '.' && segment !== '..' && !segment.includes('%'));
}

/** The workflow lies below `prefix`, its path read strictly: one that is no plain path lies below nothing. */
function isUnder(prefix: string, workflow: WorkflowUri): boolean {
  return isPlainPath(workflow) && workflowWithoutRef(workflow).startsWith(prefix);
}

/** A reusable workflow of another repository wrote the predicate: the policy must trust it by its SAN. */
function foreignSignerOf(workflow: WorkflowUri, signer: SignerFacts, signing: string): string | null {
  return isSourceRepositoryWorkflow(workflow, signer) ? null : signing;
}

import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { InstanceKind } from '../../support/sigstore/index.js';
import { StepFailure, type SigningIdentity, type StandInStep } from '../runner/host.js';
import { levelOf } from '../workflow/permissions.js';
import { findFiles, sha256File } from './files.js';
import type { StandIn } from './types.js';

interface Subject {
  readonly name: string;
  readonly digest: { readonly sha256: string };
}

export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';

/** The subjects from `subject-path` (globs), `subject-digest` + `subject-name`, or `subject-checksums`. */
async function subjectsOf(step: StandInStep): Promise<Subject[]> {
  const { inputs, host } = step;
  if (inputs['subject-path']) {
    const patterns = inputs['subject-path'].split(/[\n,]/).join('\n');
    const files = await findFiles(host.paths.workspace, patterns);
    if (files.length === 0) throw new StepFailure(`Could not find subject at path ${inputs['subject-path']}`);
    return files.map((file) => ({ name: basename(file), digest: { sha256: sha256File(file) } }));
  }
  if (inputs['subject-checksums']) {
    const text = readFileSync(resolve(host.paths.workspace, inputs['subject-checksums']), 'utf8');
    return text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const [, hex, name] = /^([0-9a-f]{64})\s+\*?(.+)$/.exec(line.trim()) ?? [];
        if (!hex || !name) throw new StepFailure(`Invalid checksum line: ${line}`);
        return { name, digest: { sha256: hex } };
      });
  }
  const [, hex] = /^sha256:([0-9a-f]{64})$/.exec(inputs['subject-digest'] ?? '') ?? [];
  if (!hex || !inputs['subject-name'])
    throw new StepFailure('One of subject-path, subject-digest, or subject-checksums must be provided');
  return [{ name: inputs['subject-name'], digest: { sha256: hex } }];
}

/** The job's OIDC claims: what GitHub's token would say about this job. */
function identityOf(step: StandInStep): SigningIdentity {
  const github = step.host.github;
  return {
    workflowRef: String(github.workflow_ref),
    repository: String(github.repository),
    repositoryId: String(github.repository_id),
    repositoryOwnerId: String(github.repository_owner_id),
    ref: String(github.ref),
    sha: String(github.sha),
    runId: String(github.run_id),
    runAttempt: String(github.run_attempt),
  };
}

/** As actions/attest chooses: public-good only for a repository the event says is public. */
function instanceOf(step: StandInStep): InstanceKind {
  const repository = (step.host.github.event as { repository?: { visibility?: string } }).repository;
  return repository?.visibility === 'public' ? 'public-good' : 'github';
}

/** actions/attest's build provenance predicate, built from the same claims. */
function provenancePredicate(step: StandInStep): object {
  const github = step.host.github;
  const server = String(github.server_url);
  const repository = String(github.repository);
  const [path, ref] = String(github.workflow_ref).replace(`${repository}/`, '').split('@');
  return {
    buildDefinition: {
      buildType: 'https://actions.github.io/buildtypes/workflow/v1',
      externalParameters: { workflow: { ref, repository: `${server}/${repository}`, path } },
      internalParameters: {
        github: {
          event_name: github.event_name,
          repository_id: github.repository_id,
          repository_owner_id: github.repository_owner_id,
          runner_environment: 'github-hosted',
        },
      },
      resolvedDependencies: [
        { uri: `git+${server}/${repository}@${github.ref}`, digest: { gitCommit: github.sha } },
      ],
    },
    runDetails: {
      builder: { id: `${server}/${github.workflow_ref}` },
      metadata: {
        invocationId: `${server}/${repository}/actions/runs/${github.run_id}/attempts/${github.run_attempt}`,
      },
    },
  };
}

/** Signs the statement for the job and stores it on the emulator for each subject, as the attestations API would. */
async function attest(step: StandInStep, predicateType: string, predicate: object): Promise<void> {
  const { host, inputs } = step;
  if (levelOf(host.permissions, 'id-token') !== 'write')
    throw new StepFailure('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
  const subjects = await subjectsOf(step);
  const statement = { _type: 'https://in-toto.io/Statement/v1', subject: subjects, predicateType, predicate };
  const bundle = await host.deps.signer.sign(statement, identityOf(step), instanceOf(step));
  if (!host.deps.credentials.permits(inputs['github-token']!, 'attestations:write'))
    throw new StepFailure(
      'Failed to persist attestation: Resource not accessible by integration - https://docs.github.com/rest/repos/repos#create-an-attestation',
    );
  const repo = host.run.trigger.repo;
  const stored = subjects.map((subject) =>
    host.deps.gh.state.attestations.add(repo, `sha256:${subject.digest.sha256}`, bundle),
  );
  const dir = join(host.paths.runnerTemp, randomUUID());
  mkdirSync(dir, { recursive: true });
  const bundlePath = join(dir, 'attestation.json');
  writeFileSync(bundlePath, `${JSON.stringify(bundle)}\n`);
  const id = stored[0]!.id;
  step.log.lines.push(
    `Attestation created for ${subjects.length} subject(s): https://github.com/${repo}/attestations/${id}`,
  );
  step.setOutput('bundle-path', bundlePath);
  step.setOutput('attestation-id', String(id));
  step.setOutput('attestation-url', `https://github.com/${repo}/attestations/${id}`);
}

const SUBJECT_INPUTS = {
  'subject-path': { default: '' },
  'subject-digest': { default: '' },
  'subject-name': { default: '' },
  'subject-checksums': { default: '' },
  'push-to-registry': { default: 'false' },
  'show-summary': { default: 'true' },
  'github-token': { default: '${{ github.token }}' },
};

const SIGNING =
  "Needs `id-token: write` (else `Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable`); signs with a loopback Sigstore instance chosen as actions/attest chooses — the public-good kind when the event's `repository.visibility` is `public`, else the GitHub kind (TSA, no Rekor, no SCT) — the certificate carrying the job's claims (SAN and Build Signer URI `https://github.com/<repo>/.github/workflows/<file>@<ref>`, source repository, ref, commit, repository and owner ids, runner `github-hosted`, Run Invocation URI of the run and attempt); stores one attestation per subject digest on the emulator when `github-token` may write attestations. Outputs `bundle-path` (`$RUNNER_TEMP/<id>/attestation.json`), `attestation-id`, `attestation-url`.";
const LEFT_OUT = 'No registry push, no storage records, no job summary.';

export const attestBuildProvenance: StandIn = {
  does: `Builds the SLSA v1 build provenance predicate actions/attest builds from the OIDC claims (buildType \`https://actions.github.io/buildtypes/workflow/v1\`, workflow ref/repository/path, event, ids, resolved commit, builder id, invocation id) for \`subject-path\`/\`subject-digest\`/\`subject-checksums\`. ${SIGNING}`,
  leavesOut: LEFT_OUT,
  inputs: SUBJECT_INPUTS,
  run: (step) => attest(step, SLSA_PROVENANCE_V1, provenancePredicate(step)),
};

export const attestAction: StandIn = {
  does: `Signs the statement of the subjects with \`predicate-type\` and \`predicate\` or \`predicate-path\`. ${SIGNING}`,
  leavesOut: LEFT_OUT,
  inputs: {
    ...SUBJECT_INPUTS,
    'predicate-type': {},
    predicate: { default: '' },
    'predicate-path': { default: '' },
  },
  async run(step) {
    const { inputs, host } = step;
    const text = inputs['predicate-path']
      ? readFileSync(resolve(host.paths.workspace, inputs['predicate-path']), 'utf8')
      : inputs.predicate!;
    if (!inputs['predicate-type']) throw new StepFailure('Input required and not supplied: predicate-type');
    await attest(step, inputs['predicate-type'], JSON.parse(text) as object);
  },
};

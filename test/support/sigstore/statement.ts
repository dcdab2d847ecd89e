export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

export interface StatementSubject {
  name: string;
  digest: Record<string, string>;
}

export interface GithubAttestationOptions {
  subjects: StatementSubject[];
  /** owner/name */
  repository: string;
  /** e.g. refs/tags/v1.2.3 */
  ref: string;
  /** git commit sha */
  commit: string;
  /** e.g. .github/workflows/release.yml */
  workflowPath: string;
  /** defaults to the calling workflow, https://github.com/<repository>/<workflowPath>@<ref> */
  builderId?: string;
  runId?: string;
}

/**
 * An in-toto Statement v1 with the SLSA v1 provenance predicate that
 * actions/attest-build-provenance writes (buildType actions.github.io workflow/v1).
 */
export function githubAttestationStatement(opts: GithubAttestationOptions): object {
  const repositoryUrl = `https://github.com/${opts.repository}`;
  const runId = opts.runId ?? '1';
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: opts.subjects,
    predicateType: 'https://slsa.dev/provenance/v1',
    predicate: {
      buildDefinition: {
        buildType: 'https://actions.github.io/buildtypes/workflow/v1',
        externalParameters: {
          workflow: { ref: opts.ref, repository: repositoryUrl, path: opts.workflowPath },
        },
        internalParameters: {
          github: { event_name: 'push', runner_environment: 'github-hosted' },
        },
        resolvedDependencies: [
          { uri: `git+${repositoryUrl}@${opts.ref}`, digest: { gitCommit: opts.commit } },
        ],
      },
      runDetails: {
        builder: { id: opts.builderId ?? `${repositoryUrl}/${opts.workflowPath}@${opts.ref}` },
        metadata: { invocationId: `${repositoryUrl}/actions/runs/${runId}/attempts/1` },
      },
    },
  };
}

import project from '../../../package.json' with { type: 'json' };

/** Versions recorded in the evidence, so a report says which code produced it. */
export function toolVersions(): Record<string, string> {
  return {
    'provenance-guard': project.version,
    '@sigstore/verify': project.dependencies['@sigstore/verify'],
    sigstore: project.dependencies.sigstore,
    node: process.version,
  };
}

import project from '../../../package.json' with { type: 'json' };

/** Versions recorded in the evidence, so a report says which code produced it. */
export function toolVersions(): Record<string, string> {
  return {
    'provenance-guard': project.version,
    '@sigstore/verify': project.devDependencies['@sigstore/verify'],
    sigstore: project.devDependencies.sigstore,
    node: process.version,
  };
}

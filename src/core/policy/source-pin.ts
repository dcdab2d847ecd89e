import { parseGitUri, toRepositoryUrl, type SourceLocation } from '../provenance/index.js';
import type { VerificationPolicy } from './policy.js';
import { parseWorkflowUri } from './workflow-uri.js';

/** The source the policy pins: a host and an owner, and a repository name unless only the owner is pinned. */
export interface SourcePin {
  readonly host: string;
  readonly owner: string;
  readonly name: string | null;
}

/** `OWNER/NAME` lives on the policy's GitHub server; an https URL names its own host. */
export function toSourcePins(policy: VerificationPolicy): SourcePin[] {
  const serverHost = new URL(policy.githubServerUrl).host.toLowerCase();
  const pins: SourcePin[] = [];
  if (policy.expectedSourceRepository !== null) {
    const value = policy.expectedSourceRepository;
    const parsed = parseGitUri(value);
    const [owner = '', name = ''] = (parsed?.repository ?? value).split('/');
    pins.push({ host: parsed?.host ?? serverHost, owner, name: name.replace(/\.git$/, '') });
  }
  if (policy.expectedOwner !== null) pins.push({ host: serverHost, owner: policy.expectedOwner, name: null });
  // A SAN alone pins the signer, not the source: anyone may call a reusable workflow. With no source pin,
  // the source must be the signing workflow's own repository.
  const signer = pins.length === 0 ? parseWorkflowUri(policy.expectedSan) : null;
  if (signer !== null) {
    const [owner = '', name = ''] = signer.repository.split('/');
    pins.push({ host: signer.host, owner, name });
  }
  return pins;
}

export function matchesPin(pin: SourcePin, location: Pick<SourceLocation, 'host' | 'repository'>): boolean {
  const [owner = '', name = ''] = location.repository.split('/');
  return (
    pin.host === location.host.toLowerCase() &&
    pin.owner.toLowerCase() === owner.toLowerCase() &&
    (pin.name === null || pin.name.toLowerCase() === name.toLowerCase())
  );
}

export function describePin(pin: SourcePin): string {
  return pin.name === null
    ? `https://${pin.host}/${pin.owner}/*`
    : toRepositoryUrl({ host: pin.host, repository: `${pin.owner}/${pin.name}` });
}

import type { Sequence } from '../ids.js';
import type { BlobStore } from './blobs.js';
import { PerRepo } from './per-repo.js';
import type { RepoStore } from './repos.js';

export interface Attestation {
  id: number;
  /** Sigstore bundle as JSON. */
  bundle: unknown;
  /** The in-toto statement's `predicateType`, when the bundle's DSSE payload carries one. */
  predicateType: string | undefined;
  initiator: string;
  /** Server-relative path the bundle JSON is served at. */
  bundlePath: string;
}

function predicateTypeOf(bundle: unknown): string | undefined {
  const payload = (bundle as { dsseEnvelope?: { payload?: unknown } } | null)?.dsseEnvelope?.payload;
  if (typeof payload !== 'string') return undefined;
  try {
    const statement = JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as {
      predicateType?: unknown;
    };
    return typeof statement.predicateType === 'string' ? statement.predicateType : undefined;
  } catch {
    return undefined;
  }
}

export class AttestationStore {
  private readonly bySubject: PerRepo<Map<string, Attestation[]>>;

  constructor(
    repos: RepoStore,
    private readonly blobs: BlobStore,
    private readonly ids: Sequence,
  ) {
    this.bySubject = new PerRepo(repos, () => new Map());
  }

  /** Records an attestation for a subject digest `sha256:<hex>`. */
  add(repoName: string, subjectDigest: string, bundle: unknown, initiator = 'github-actions'): Attestation {
    if (!/^sha256:[0-9a-f]{64}$/.test(subjectDigest))
      throw new Error(`expected sha256:<hex>, got ${subjectDigest}`);
    const attestation = {
      id: this.ids.next(),
      bundle,
      predicateType: predicateTypeOf(bundle),
      initiator,
      bundlePath: this.blobs.put(Buffer.from(JSON.stringify(bundle)), 'application/json'),
    };
    const subjects = this.bySubject.of(repoName);
    subjects.set(subjectDigest, [...(subjects.get(subjectDigest) ?? []), attestation]);
    return attestation;
  }

  list(repoName: string, subjectDigest: string): Attestation[] {
    return this.bySubject.of(repoName).get(subjectDigest) ?? [];
  }
}

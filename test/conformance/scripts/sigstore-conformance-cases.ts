import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseTable, OurAnswer, SigstoreConformanceCase } from '../cases.js';
import { PUBLIC_GOOD_ROOT } from './slsa-verifier-answer.js';

/**
 * One case per `bundle-verify/` folder, with the materials `client.py`'s `BundleMaterials.from_dir`
 * picks: the folder's trusted root, key, identity, issuer and artifact, or its defaults.
 */
export const SIGSTORE_CONFORMANCE_DIR = 'test/conformance/sigstore-conformance';
const BUNDLES = `${SIGSTORE_CONFORMANCE_DIR}/bundle-verify`;
const CLIENT = `${SIGSTORE_CONFORMANCE_DIR}/client.py`;
/** Cases whose defect is the bundle's structure, which the bundle schema refuses before any cryptography. */
const MALFORMED_BY_SPEC: Record<string, string> = {
  'intoto-missing-inclusion-proof_fail': 'a v0.2 bundle must carry an inclusion proof',
};

export function sigstoreConformanceCases(root: string): CaseTable<SigstoreConformanceCase> {
  const client = readFileSync(join(root, CLIENT), 'utf8');
  const identity = pythonConstant(client, 'CERTIFICATE_IDENTITY');
  const issuer = pythonConstant(client, 'CERTIFICATE_OIDC_ISSUER');
  const folders = readdirSync(join(root, BUNDLES), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const cases = folders.map((folder): SigstoreConformanceCase => {
    const dir = `${BUNDLES}/${folder}`;
    const own = (file: string) => (existsSync(join(root, dir, file)) ? `${dir}/${file}` : null);
    const ownText = (file: string) => (own(file) ? readFileSync(join(root, dir, file), 'utf8').trim() : null);
    const peer = {
      bundle: `${dir}/bundle.sigstore.json`,
      artifact: own('artifact') ?? `${BUNDLES}/a.txt`,
      trustedRoot: own('trusted_root.json') ?? PUBLIC_GOOD_ROOT,
      identity: ownText('identity') ?? identity,
      issuer: ownText('issuer') ?? issuer,
      ...(own('key.pub') && { key: own('key.pub') as string }),
      verdict: folder.endsWith('_fail') ? ('fail' as const) : ('pass' as const),
    };
    const statement = inTotoStatement(join(root, peer.bundle));
    return { id: folder, peer, inToto: statement !== null, ours: answer(folder, peer, statement) };
  });
  return {
    peer: 'sigstore-conformance',
    source: `${BUNDLES}/ (verdict: the _fail suffix; identities: ${CLIENT})`,
    excluded: [],
    cases,
  };
}

function answer(
  folder: string,
  peer: SigstoreConformanceCase['peer'],
  statement: Statement | null,
): OurAnswer {
  const args = [
    '--artifact',
    peer.artifact,
    '--provenance',
    peer.bundle,
    '--trusted-root',
    peer.trustedRoot,
    '--expected-san',
    peer.identity,
    '--expected-issuer',
    peer.issuer,
  ];
  const keyNote = peer.key ? '; we take no --key: provenance is keyless' : '';
  if (statement === null) {
    return peer.verdict === 'fail'
      ? {
          args,
          override: false,
          expect: ['provenance_malformed'],
          note: `not an in-toto DSSE bundle: refused as provenance before any signature check${keyNote}`,
        }
      : {
          args,
          override: false,
          expect: ['provenance_malformed'],
          difference: `not an in-toto DSSE bundle (a signed message, not provenance): refused as provenance_malformed${keyNote}`,
        };
  }
  const structural = MALFORMED_BY_SPEC[folder];
  if (structural)
    return {
      args,
      override: false,
      expect: ['provenance_malformed'],
      note: `${structural}: refused by the bundle schema`,
    };
  if (
    statement.predicateType === SLSA_V1 &&
    statement.predicate?.buildDefinition?.externalParameters === undefined
  ) {
    const why =
      'the SLSA v1 predicate lacks the required buildDefinition.externalParameters: ' +
      'refused as malformed before the signature check';
    return {
      args,
      override: false,
      expect: ['provenance_malformed'],
      ...(peer.verdict === 'fail' ? { note: why } : { difference: why }),
    };
  }
  if (peer.verdict === 'fail')
    return { args, override: false, expect: ['signature_invalid', 'tlog_invalid'] };
  return {
    args,
    override: false,
    expect: ['identity_mismatch', 'builder_mismatch'],
    difference:
      'the peer checks the signature only; the predicate names a builder and source the signing certificate does not attest',
  };
}

const SLSA_V1 = 'https://slsa.dev/provenance/v1';

interface Statement {
  readonly predicateType?: string;
  readonly predicate?: { readonly buildDefinition?: { readonly externalParameters?: unknown } };
}

/** The in-toto statement of a DSSE bundle, or null for anything else (a signed message, unreadable JSON). */
function inTotoStatement(path: string): Statement | null {
  try {
    const bundle = JSON.parse(readFileSync(path, 'utf8')) as {
      dsseEnvelope?: { payloadType?: string; payload?: string };
    };
    if (bundle.dsseEnvelope?.payloadType !== 'application/vnd.in-toto+json') return null;
    return JSON.parse(Buffer.from(bundle.dsseEnvelope.payload ?? '', 'base64').toString('utf8')) as Statement;
  } catch {
    return null;
  }
}

/** A module-level string constant, written as one literal or as adjacent literals in parentheses. */
function pythonConstant(source: string, name: string): string {
  const match = new RegExp(`^${name} = (\\([^)]*\\)|"[^"\\n]*")`, 'm').exec(source);
  if (!match?.[1]) throw new Error(`client.py has no ${name}`);
  return [...match[1].matchAll(/"([^"]*)"/g)].map((m) => m[1]).join('');
}

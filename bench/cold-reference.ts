import { readFileSync } from 'node:fs';
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';

// The cold-start floor: what any caller of @sigstore/verify pays for one verification in a fresh
// process (bundled like our CLI). Usage: node index.js TRUSTED_ROOT BUNDLE SAN ISSUER; exits 1 if rejected.
const [rootPath, bundlePath, san, issuer] = process.argv.slice(2) as [string, string, string, string];
const root = TrustedRoot.fromJSON(JSON.parse(readFileSync(rootPath, 'utf8')));
const verifier = new Verifier(toTrustMaterial(root));
const bundle = bundleFromJSON(JSON.parse(readFileSync(bundlePath, 'utf8')));
verifier.verify(toSignedEntity(bundle), {
  subjectAlternativeName: `^${san.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`,
  extensions: { issuer },
});

export { GITHUB_ACTIONS_ISSUER, type MintIdentity } from './identity-token.js';
export { startSigstoreInstance, type InstanceKind, type SigstoreTestInstance } from './instance.js';
export {
  githubAttestationStatement,
  IN_TOTO_PAYLOAD_TYPE,
  type GithubAttestationOptions,
} from './statement.js';
export { TRUSTED_ROOT_FILE_NAME, TRUSTED_ROOT_MEDIA_TYPE } from './trusted-root.js';
export { startTufRepository, type TufRepository } from './tuf-repository.js';
export { signerExtension, verifyBundle } from './verify-bundle.js';

export * from './check.js';
export * from './policy.js';
export * from './signer.js';
export * from './identity.js';
export * from './predicate-checks.js';
export * from './subjects.js';
export * from './verdict.js';

export * from './trust.js';
export * from './signature.js';
export * from './certificate.js';
export * from './rekor-lookup.js';
export * from './verdict-signature.js';

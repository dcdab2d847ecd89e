export * from './request.js';
export * from './verify.js';
export * from './attestations.js';
export * from './inputs.js';
export * from './under-policy.js';

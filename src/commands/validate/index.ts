export * from './request.js';
export * from './validate.js';
export * from './evidence.js';
export * from './external-verifier.js';

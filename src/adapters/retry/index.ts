export * from './policy.js';
export * from './timeout.js';

export * from './redact.js';
export * from './email.js';
export * from './encoded.js';

export * from './redact.js';
export * from './shapes.js';
export * from './email.js';
export * from './encoded.js';

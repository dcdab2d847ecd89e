export * from './codes.js';
export * from './catalog.js';
export * from './guard-error.js';

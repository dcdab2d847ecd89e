export * from './dependencies.js';
export * from './guard.js';
export * from './audited.js';
export * from './entry.js';

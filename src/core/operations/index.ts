export * from './catalog.js';
export * from './authorize.js';
export * from './audit.js';

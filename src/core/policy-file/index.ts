export * from './schema.js';
export * from './parse.js';
export * from './rules.js';
export * from './explain.js';

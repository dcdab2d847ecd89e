export * from './statement.js';
export * from './resource.js';
export * from './checks.js';

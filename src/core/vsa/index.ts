export * from './statement.js';
export * from './checks.js';

export * from './request.js';
export * from './verify.js';
export * from './select-statement.js';

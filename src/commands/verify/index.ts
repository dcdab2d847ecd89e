export * from './request.js';
export * from './verify.js';
export * from './select-statement.js';
export * from './inputs.js';

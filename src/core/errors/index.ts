export * from './codes.js';
export * from './catalog.js';
export * from './guard-error.js';
export * from './runbook.js';
export * from './describe-issue.js';
export * from './outcome.js';

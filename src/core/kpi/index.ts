export * from './events.js';
export * from './report.js';

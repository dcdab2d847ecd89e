export * from './dependencies.js';
export * from './guard.js';

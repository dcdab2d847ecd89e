export * from './store.js';
export * from './cas-loop.js';
export * from './contents-file.js';
export * from './run-home.js';
export * from './github-contents-store.js';
export * from './file-store.js';
export * from './apply-to-entry.js';

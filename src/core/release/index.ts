export * from './assets.js';
export * from './revert-tree.js';

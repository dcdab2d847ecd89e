export * from './escape.js';
export * from './notice.js';
export * from './render.js';
export * from './issue-template.js';
export * from './route.js';

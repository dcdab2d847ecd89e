export * from './post.js';
export * from './ops-notice.js';

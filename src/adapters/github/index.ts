export * from './repository.js';
export * from './tags.js';
export * from './attestations.js';
export * from './retry.js';
export * from './issues.js';
export * from './runs.js';
export * from './pulls.js';
export * from './releases.js';

export * from './repository.js';
export * from './tags.js';
export * from './attestations.js';

export * from './write.js';
export * from './verify-vsa.js';

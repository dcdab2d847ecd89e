export * from './download.js';
export * from './safe-unzip.js';

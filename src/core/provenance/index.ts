export * from './document.js';
export * from './statement.js';
export * from './slsa.js';
export * from './source-uri.js';
export * from './identity-text.js';

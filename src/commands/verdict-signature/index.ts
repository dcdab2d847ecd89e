export * from './record-signature.js';

export * from './governance.js';

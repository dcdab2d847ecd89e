export * from './request.js';
export * from './recover.js';

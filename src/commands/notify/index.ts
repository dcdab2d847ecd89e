export * from './request.js';
export * from './notify.js';

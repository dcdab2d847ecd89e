export * from './model.js';
export * from './stats.js';
export * from './build.js';
export * from './from-manifests.js';
export * from './from-kpi-events.js';
export * from './from-kpi-report.js';
export * from './render-html.js';

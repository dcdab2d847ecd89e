export * from './verdict-json.js';
export * from './verdict-table.js';
export * from './manifest-table.js';
export * from './manifest-charts.js';
export * from './plural.js';
export * from './verdict-line.js';

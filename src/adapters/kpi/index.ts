export * from './spool.js';
export * from './supabase-sink.js';
export * from './send-or-spool.js';
export * from './flush.js';

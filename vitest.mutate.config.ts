import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// Mutation runs (scripts/mutate.mjs) run only the tests that cover the mutated folder. (mergeConfig would
// append these globs to the base `include` instead of replacing it.)
const include = (process.env.MUTATE_TESTS ?? '').split(',').filter(Boolean);

export default defineConfig({ ...base, test: { ...base.test, include } });

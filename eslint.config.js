import js from '@eslint/js';
import redos from 'eslint-plugin-redos';
import tseslint from 'typescript-eslint';

// recheck's pure JavaScript checker, in process: no native binary, no Java, no worker thread, nothing
// fetched; it runs wherever `npm ci` ran.
process.env.RECHECK_SYNC_BACKEND = 'pure';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'build/**',
      'node_modules/**',
      'coverage/**',
      'reports/**',
      '.stryker-tmp/**',
      '.tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', URL: 'readonly', Buffer: 'readonly' },
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Prettier breaks code at 110 columns; these keep what it cannot break (comments) and what formatting
    // exposes (choices nested in ternaries, long parameter lists) in check.
    files: ['src/**/*.ts'],
    rules: {
      'no-nested-ternary': 'error',
      'max-params': ['error', 4],
      'max-len': [
        'error',
        {
          code: 110,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignoreUrls: true,
          ignoreRegExpLiterals: true,
        },
      ],
    },
  },
  {
    // No regular expression in the action or the edge functions may backtrack super-linearly (ReDoS):
    // recheck proves a pattern linear from its automaton, or fuzzes it with a fixed seed, and reports the
    // attack string it found. A check that cannot finish is an error too. Patterns whose automaton would
    // exceed 2,000 states are fuzzed rather than expanded (the expansion took 10 s for one of them), and
    // results are cached in node_modules/.cache, so only a changed pattern is checked again.
    files: ['src/**/*.ts', 'supabase/**/*.ts'],
    plugins: { redos },
    rules: {
      'redos/no-vulnerable': [
        'error',
        { ignoreErrors: false, timeout: 30_000, maxNFASize: 2_000, cache: { strategy: 'aggressive' } },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@actions/*',
                'node:fs',
                'node:fs/*',
                'fs',
                'node:http',
                'node:https',
                'node:child_process',
                '../adapters/*',
                '../../adapters/*',
                '../commands/*',
              ],
              message: 'src/core is pure: pass adapters in instead.',
            },
          ],
        },
      ],
    },
  },
);

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    setupFiles: ['test/support/workflow-commands.ts'],
    // Its JSON schema import lacks the import attribute Node's ESM loader needs; bundling it fixes that.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});

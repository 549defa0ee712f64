import { defineConfig } from 'vitest/config';

// One runner for every tier: pure domain and ledger tests, use-case and HTTP tests on SQLite and
// PostgreSQL (see packages/server/src/test/databases.ts), and browser journeys in Debian's Chromium (e2e/).
export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'e2e/**/*.test.ts'],
    pool: 'forks',
    globalSetup: ['packages/server/src/test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: process.env.LIUHEN_TEST_JSON ? ['default', 'json'] : ['default'],
    outputFile: process.env.LIUHEN_TEST_JSON ? { json: process.env.LIUHEN_TEST_JSON } : undefined,
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['*/test/**/*.test.ts'],
    globalSetup: ['./vitest.global-setup.ts'],
    // Integration tests start real servers and databases; keep files in parallel
    // but each file's tests in order.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});

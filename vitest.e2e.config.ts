import { defineConfig } from 'vitest/config';

// Real-browser tests: one file at a time (2 cores, one Chromium each) and generous timeouts.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});

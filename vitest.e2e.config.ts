import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Real-browser tests: one file at a time (2 cores, one Chromium each) and generous timeouts.
export default defineConfig({
  // The project's `@/` imports (tsconfig paths), for tests and fixtures that use project modules.
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['e2e/**/*.e2e.ts'],
    // Strict performance budgets run separately (vitest.perf.config.ts, `npm run test:perf`).
    exclude: ['e2e/perf/**', '**/node_modules/**'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});

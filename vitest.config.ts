import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    environment: 'node',
    // The fake browser answers i18n.getMessage with the English messages.
    setupFiles: ['tests/setup/i18n.ts', 'tests/setup/static-range.ts'],
  },
});

import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See README "Permissions" for why each one is here.
export default defineConfig({
  // A separate output folder lets parallel checkouts or benchmarks build without clobbering each other.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Karabakh Context',
    description:
      'Highlights mentions of Karabakh, the Russian peacekeepers (RMC) and the November 2020 Trilateral Statement, with sourced context on hover.',
    permissions: ['storage'],
    action: { default_title: 'Karabakh Context' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'karabakh-context@example.org',
              strict_min_version: '115.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: {
    excludeSources: ['e2e/**', 'tests/**', 'bench/**', 'docs/screenshots/**', '.output/**', 'test-results/**'],
  },
});

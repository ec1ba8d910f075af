import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See README "Permissions" for why each one is here.
export default defineConfig({
  // A separate output folder lets parallel checkouts or benchmarks build without clobbering each other.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  // i18n: the extension's own words live in locales/*.yml (see locales/en.yml); the module
  // turns them into _locales/*/messages.json and types i18n.t's keys.
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    default_locale: 'en',
    name: '__MSG_manifest_name__',
    description: '__MSG_manifest_description__',
    permissions: ['storage'],
    action: { default_title: '__MSG_manifest_name__' },
    // Code the content script import()s only when a page needs it (utils/package-script.ts):
    // the hover card's (entrypoints/card-ui.ts) the first time a card is about to open, the
    // page detector's (entrypoints/page-detector.ts) the first time some text may hold a
    // name. Content scripts may only import web-accessible files. Chrome: use_dynamic_url
    // gives them URLs whose id changes every session, so a page cannot probe for the
    // extension at a fixed address. Firefox MV2: WXT turns this into the plain list MV2
    // expects; there moz-extension:// URLs carry a random per-install UUID.
    web_accessible_resources: [{ resources: ['card-ui.js', 'page-detector.js'], matches: ['<all_urls>'], use_dynamic_url: true }],
    // Alt+Shift+K/J/L: no built-in Chrome or Firefox shortcut uses them; users can change them
    // (chrome://extensions/shortcuts, about:addons). The popup shows the keys actually assigned.
    commands: {
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_manifest_toggleSite__',
      },
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_manifest_nextMention__',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_manifest_previousMention__',
      },
    },
    // 128: caretPositionFromPoint with shadowRoots (hit-testing mentions, in shadow roots too);
    // the CSS Custom Highlight API (105) is then always there, and the content script draws with nothing else.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '128' }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'karabakh-context@example.org',
              // 140 is the first Firefox with the CSS Custom Highlight API on by default
              // (and with data_collection_permissions); 142 on Android.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  // The sources zip is what addons.mozilla.org reviewers rebuild from: the extension's own
  // sources and build config only. WXT already leaves out dot-folders and *.test.ts, but it
  // does not read .gitignore, so local output is listed here too.
  zip: {
    excludeSources: [
      'e2e/**',
      'testing/**',
      'store/**',
      'tests/**',
      'bench/**',
      'testing/**',
      'demo/**',
      'demo-output/**',
      'scripts/demo.ts',
      'docs/screenshots/**',
      'test-results/**',
      'web-ext-artifacts/**',
      'vitest.config.ts',
      'vitest.e2e.config.ts',
      'vitest.perf.config.ts',
      '**/*.log',
      'predictions.jsonl',
    ],
  },
});

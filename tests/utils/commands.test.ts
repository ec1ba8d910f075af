/**
 * The popup's shortcut hints: the keys the browser assigned, in the manifest's order, and
 * none at all where the browser has no keyboard commands (Firefox for Android has no
 * `browser.commands`), so a phone never shows keys it cannot press.
 */
import { afterEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { shortcutHints } from '@/utils/commands';

afterEach(() => {
  vi.restoreAllMocks();
});

test('no commands API (Firefox for Android): no hints, no error', async () => {
  vi.spyOn(fakeBrowser, 'commands', 'get').mockReturnValue(undefined as unknown as typeof fakeBrowser.commands);
  await expect(shortcutHints()).resolves.toEqual([]);
});

test('the assigned keys, in the manifest order, an unassigned command shown without keys', async () => {
  vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([
    { name: 'previous-mention', description: 'Previous', shortcut: 'Alt+Shift+J' },
    { name: '_execute_action', description: '', shortcut: '' },
    { name: 'toggle-site', description: 'Toggle', shortcut: '' },
    { name: 'next-mention', description: 'Next', shortcut: 'Alt+Shift+L' },
  ]);
  await expect(shortcutHints()).resolves.toEqual([
    { name: 'toggle-site', description: 'Toggle', shortcut: '' },
    { name: 'next-mention', description: 'Next', shortcut: 'Alt+Shift+L' },
    { name: 'previous-mention', description: 'Previous', shortcut: 'Alt+Shift+J' },
  ]);
});

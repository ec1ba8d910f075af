import { beforeEach, describe, expect, test } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings, type PauseState, type Settings } from '@/core/settings';
import { pauseItem, readSettings, settingsItem, writePause, writeSettings } from '@/utils/storage';
import { watchStoredState } from '@/utils/stored-state';

function collect(signal?: AbortSignal) {
  const seen: Array<{ settings: Settings; pause: PauseState }> = [];
  watchStoredState((settings, pause) => seen.push({ settings, pause }), signal);
  return seen;
}

async function until(check: () => boolean) {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
}

beforeEach(() => {
  fakeBrowser.reset();
});

/** The content script reads storage.local itself; the popup and options write through WXT storage. They must agree. */
describe('watchStoredState reads what WXT storage writes', () => {
  test('values written through the storage items before and after it starts', async () => {
    const before = { ...defaultSettings(), offSites: ['example.com'], style: 'underline' as const };
    await writeSettings(before);
    await writePause('until-resumed');
    const seen = collect();
    await until(() => seen.length === 1);
    expect(seen[0]).toEqual({ settings: before, pause: 'until-resumed' });

    const after = { ...before, offSites: [] };
    await writeSettings(after);
    await until(() => seen.length === 2);
    expect(seen[1]).toEqual({ settings: after, pause: 'until-resumed' });
    await pauseItem.removeValue();
    await until(() => seen.length === 3);
    expect(seen[2]?.pause).toBe('none');
  });

  test("a damaged value is read as its valid parts and left for the extension's pages to repair", async () => {
    const damaged = { mode: 7, offSites: ['kept.org', 42] };
    await settingsItem.setValue(damaged);
    const seen = collect();
    await until(() => seen.length === 1);
    expect(seen[0]?.settings).toEqual({ ...defaultSettings(), offSites: ['kept.org'] });
    // Every frame of every open page runs this: no write from here (they would race).
    await new Promise((r) => setTimeout(r, 30));
    expect(seen).toHaveLength(1);
    expect(await settingsItem.getValue()).toEqual(damaged);
    // The popup's reading repairs it, and the content script sees the repaired value.
    await readSettings();
    expect(await settingsItem.getValue()).toEqual(seen[0]?.settings);
  });

  test('the same keys in another storage area are not ours', async () => {
    const seen = collect();
    await until(() => seen.length === 1);
    await browser.storage.session.set({ pause: 'until-resumed', settings: { ...defaultSettings(), offSites: ['x.org'] } });
    await new Promise((r) => setTimeout(r, 30));
    expect(seen).toHaveLength(1);
  });

  test('nothing after the signal aborts', async () => {
    const controller = new AbortController();
    const seen = collect(controller.signal);
    await until(() => seen.length === 1);
    controller.abort();
    await writePause('session');
    await new Promise((r) => setTimeout(r, 30));
    expect(seen).toHaveLength(1);
  });
});

import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '@/core/settings';
import { pauseItem, readPause, readSettings, settingsItem, updateSettings, watchSettings } from '@/utils/storage';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings in storage', () => {
  test('nothing stored reads as the defaults and writes nothing', async () => {
    expect(await readSettings()).toEqual(defaultSettings());
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
  });

  test('a corrupted value is repaired in storage on first read, keeping what was valid', async () => {
    await fakeBrowser.storage.local.set({ settings: { mode: 7, offSites: ['Example.com', null], style: 'underline' } });
    const settings = await readSettings();
    expect(settings).toEqual({ ...defaultSettings(), offSites: ['example.com'], style: 'underline' });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(settings);
  });

  test('a value written by a newer version (v2 metadata) keeps every part this version understands', async () => {
    await fakeBrowser.storage.local.set({
      settings: { ...defaultSettings(), offSites: ['kept.org'], futureField: { x: 1 } },
      settings$: { v: 2 },
    });
    expect((await readSettings()).offSites).toEqual(['kept.org']);
  });

  test('updateSettings is a validated read-modify-write', async () => {
    await updateSettings((s) => ({ ...s, offSites: [...s.offSites, 'WWW.Example.com'] }));
    expect((await readSettings()).offSites).toEqual(['example.com']);
  });

  test('a 10,000-site list survives a write and a read', async () => {
    const sites = Array.from({ length: 10_000 }, (_, i) => `site${i}.example`);
    await updateSettings((s) => ({ ...s, offSites: sites }));
    expect((await readSettings()).offSites).toEqual(sites);
  });

  test('a watcher sees a damaged write as valid settings, and the value is repaired', async () => {
    const seen: unknown[] = [];
    const controller = new AbortController();
    watchSettings((s) => seen.push(s), controller.signal);
    await settingsItem.setValue(['garbage']);
    for (let i = 0; i < 50 && seen.length < 2; i++) await new Promise((r) => setTimeout(r, 5));
    expect(seen[0]).toEqual(defaultSettings());
    expect(await settingsItem.getValue()).toEqual(defaultSettings());
    controller.abort();
  });
});

describe('pause in storage', () => {
  test('an unknown value reads as not paused', async () => {
    await pauseItem.setValue(12);
    expect(await readPause()).toBe('none');
    await pauseItem.setValue('session');
    expect(await readPause()).toBe('session');
  });
});

import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { watchHighlightState, type HighlightState } from '@/utils/highlight-state';
import { pauseItem, readSettings, settingsItem, writePause, writeSettings } from '@/utils/storage';
import { defaultSettings } from '@/core/settings';

function collect(url: string, signal?: AbortSignal) {
  const states: HighlightState[] = [];
  watchHighlightState(url, (state) => states.push(state), signal);
  return states;
}

async function until(check: () => boolean) {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('watchHighlightState', () => {
  test('starts with the defaults: on, every entity, background style', async () => {
    const states = collect('https://www.example.com/news');
    await until(() => states.length === 1);
    expect(states[0]).toEqual({
      reason: 'on',
      entities: { karabakh: true, rmc: true, 'trilateral-statement': true },
      style: 'background',
      siteKey: 'example.com',
    });
  });

  test('switching the site off, then another site, reports only what concerns this page', async () => {
    const states = collect('https://news.example.com/');
    await until(() => states.length === 1);
    await writeSettings({ ...defaultSettings(), offSites: ['other.org'] });
    await writeSettings({ ...defaultSettings(), offSites: ['other.org', 'example.com'] });
    await until(() => states.length === 2);
    expect(states[1]?.reason).toBe('site-off');
    await writePause('session');
    await until(() => states.length === 3);
    expect(states[2]?.reason).toBe('paused-session');
  });

  test("a corrupted value gives the defaults, never an exception (the extension's pages repair it)", async () => {
    await settingsItem.setValue('{not json' as unknown);
    await pauseItem.setValue({ evil: true } as unknown);
    const states = collect('https://example.com/');
    await until(() => states.length === 1);
    expect(states[0]?.reason).toBe('on');
    expect(await readSettings()).toEqual(defaultSettings());
    expect(await settingsItem.getValue()).toEqual(defaultSettings());
  });

  test('stops calling back once the signal aborts', async () => {
    const controller = new AbortController();
    const states = collect('https://example.com/', controller.signal);
    await until(() => states.length === 1);
    controller.abort();
    await writePause('until-resumed');
    await new Promise((r) => setTimeout(r, 30));
    expect(states).toHaveLength(1);
  });
});

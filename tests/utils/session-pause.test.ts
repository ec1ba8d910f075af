import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { endStaleSessionPause } from '@/utils/session-pause';
import { readPause, writePause } from '@/utils/storage';

beforeEach(() => {
  fakeBrowser.reset();
});

test('a session pause from an earlier browser session ends; one set in this session stays', async () => {
  await writePause('session');
  await endStaleSessionPause(); // first wake-up of this session
  expect(await readPause()).toBe('none');

  await writePause('session'); // the user pauses again, same session
  await endStaleSessionPause(); // the worker wakes again later
  expect(await readPause()).toBe('session');
});

test('a pause until resumed survives a new session', async () => {
  await writePause('until-resumed');
  await endStaleSessionPause();
  expect(await readPause()).toBe('until-resumed');
});

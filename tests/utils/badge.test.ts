import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBadge } from '@/utils/badge';

beforeEach(() => {
  fakeBrowser.reset();
});

const badgeOf = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

test('the badge shows each tab its own sum over frames, and nothing for none', async () => {
  const badge = createBadge();
  badge.init();
  badge.report(1, 0, 4);
  badge.report(1, 3, 2);
  badge.report(2, 0, 1);
  await settle();
  expect(await badgeOf(1)).toBe('6');
  expect(await badgeOf(2)).toBe('1');
  // Highlights off: the content script reports 0 for every frame.
  badge.report(1, 0, 0);
  badge.report(1, 3, 0);
  await settle();
  expect(await badgeOf(1)).toBe('');
  badge.report(2, 0, 5000);
  badge.clearTab(1);
  await settle();
  expect(await badgeOf(2)).toBe('999+');
  expect(await badgeOf(1)).toBe('');
});

test('counts survive a restart of the background (a new badge reads the saved counts)', async () => {
  const before = createBadge();
  await before.report(7, 0, 3);
  await before.report(7, 2, 2);
  const after = createBadge(); // the service worker was stopped and woke again
  await after.report(7, 5, 1);
  await settle();
  expect(await badgeOf(7)).toBe('6');
});

test('the toolbar button’s tooltip says what the number means, in the plural the count needs', async () => {
  const badge = createBadge();
  await badge.report(7, 0, 1);
  expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toBe('Karabakh Context: 1 mention on this page');
  await badge.report(7, 0, 1234);
  expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toBe('Karabakh Context: 1,234 mentions on this page');
  await badge.clearTab(7);
  expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toBe('Karabakh Context');
});

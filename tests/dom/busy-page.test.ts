// @vitest-environment happy-dom
/**
 * A tall page that keeps changing (DOM or styles) is told busy once, and calm once it has
 * stopped; a short page is never told busy however much it changes, and nothing is told
 * after the watch is aborted.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TALL_PAGE_PX, watchBusyPage } from '../../dom/busy-page';

function setHeight(px: number): void {
  Object.defineProperty(document.documentElement, 'scrollHeight', { configurable: true, get: () => px });
}

/** Changes the page every `everyMs` for `forMs`, by text or by an inline style. */
async function change(forMs: number, everyMs: number, how: 'text' | 'style' = 'text'): Promise<void> {
  const clock = document.getElementById('clock')!;
  for (let t = 0; t < forMs; t += everyMs) {
    if (how === 'text') clock.textContent = `tick ${t}`;
    else clock.style.marginLeft = `${t % 20}px`;
    await vi.advanceTimersByTimeAsync(everyMs);
  }
}

describe('watching for a tall page that keeps changing', () => {
  let told: boolean[];
  let controller: AbortController;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance', 'Date'] });
    document.body.innerHTML = '<p>Karabakh</p><span id="clock"></span>';
    told = [];
    controller = new AbortController();
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  it('tells a tall page busy while a clock ticks, once, and calm again 2 s after it stops', async () => {
    setHeight(TALL_PAGE_PX * 2);
    watchBusyPage(document, controller.signal, (busy) => told.push(busy));
    await change(3000, 50);
    expect(told).toEqual([true]);
    await vi.advanceTimersByTimeAsync(1500);
    expect(told).toEqual([true]);
    await vi.advanceTimersByTimeAsync(1500);
    expect(told).toEqual([true, false]);
  });

  it('counts changes of style alone', async () => {
    setHeight(TALL_PAGE_PX * 2);
    watchBusyPage(document, controller.signal, (busy) => told.push(busy));
    await change(2000, 16, 'style');
    expect(told).toEqual([true]);
  });

  it('leaves a short page alone however much it changes', async () => {
    setHeight(TALL_PAGE_PX / 2);
    watchBusyPage(document, controller.signal, (busy) => told.push(busy));
    await change(4000, 16);
    expect(told).toEqual([]);
  });

  it('leaves a tall page alone when it changes now and then', async () => {
    setHeight(TALL_PAGE_PX * 2);
    watchBusyPage(document, controller.signal, (busy) => told.push(busy));
    await change(6000, 400);
    expect(told).toEqual([]);
  });

  it('neither tells nor asks for the height while the page is parsed', async () => {
    let asked = 0;
    Object.defineProperty(document.documentElement, 'scrollHeight', {
      configurable: true,
      get: () => {
        asked++;
        return TALL_PAGE_PX * 2;
      },
    });
    const readyState = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    watchBusyPage(document, controller.signal, (busy) => told.push(busy));
    await change(3000, 50);
    expect(told).toEqual([]);
    expect(asked).toBe(0);
    // Parsed, and still changing: now it is a busy page.
    readyState.mockReturnValue('complete');
    await change(1000, 50);
    expect(told).toEqual([true]);
    readyState.mockRestore();
  });

  it('tells nothing once aborted', async () => {
    setHeight(TALL_PAGE_PX * 2);
    watchBusyPage(document, controller.signal, (busy) => told.push(busy));
    controller.abort();
    await change(3000, 50);
    expect(told).toEqual([]);
  });
});

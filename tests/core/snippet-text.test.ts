import { describe, expect, test } from 'vitest';
import { SNIPPET_CONTEXT, tidySnippet } from '@/core/snippet-text';

// The content script sends the raw text around a mention, one character more than is shown
// on each side; the popup collapses whitespace and drops a word cut in half at an edge.
describe('tidySnippet', () => {
  const snippet = (before: string, after: string, text = 'Karabakh') => ({ index: 0, entity: 'karabakh' as const, text, before, after });

  test('short context: whitespace collapsed and trimmed at the outer edges, nothing cut', () => {
    expect(tidySnippet(snippet('  Trade\nthrough ', ' was  open.\n', 'Nagorno-\nKarabakh'))).toEqual(
      snippet('Trade through ', ' was open.', 'Nagorno- Karabakh'),
    );
  });

  test('context longer than shown: the half word at each edge is dropped', () => {
    const words = 'convoys crossing the mountain pass near the old bridge at dawn again';
    const before = words.slice(-(SNIPPET_CONTEXT + 1));
    const after = ` ${words}`.slice(0, SNIPPET_CONTEXT + 1);
    const tidy = tidySnippet(snippet(before, after));
    // Cut: the first word before (it may be a half; here "crossing") and the half word "d" after both go.
    expect(tidy.before).toBe('the mountain pass near the old bridge at dawn again');
    expect(tidy.after).toBe(' convoys crossing the mountain pass near the old bridge at');
  });

  test('exactly SNIPPET_CONTEXT characters: that is all there was, nothing is dropped', () => {
    const before = `${'x'.repeat(SNIPPET_CONTEXT - 6)} near `;
    expect(before).toHaveLength(SNIPPET_CONTEXT);
    expect(tidySnippet(snippet(before, '')).before).toBe(before);
  });
});

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isCueRef, parseCueRef } from '../../../core/detect/cue-refs';

describe('cue references', () => {
  test('name the cue class and the words allowed between, by default nearWords', () => {
    expect(parseCueRef('horse-context', 3)).toEqual({ cue: 'horse-context', maxWords: 3 });
    expect(parseCueRef('topic:8', 3)).toEqual({ cue: 'topic', maxWords: 8 });
    expect(parseCueRef('@karabakh:0', 3)).toEqual({ cue: '@karabakh', maxWords: 0 });
  });

  test('malformed ones are refused by both the validator and the parser', () => {
    for (const bad of ['', ':2', 'topic:', 'topic:-1', 'topic:1.5', 'topic:x']) {
      expect(isCueRef(bad), bad).toBe(false);
      expect(() => parseCueRef(bad, 3), bad).toThrow(/bad cue reference/);
    }
  });

  test('the parser agrees with the validator on every well-formed reference', () => {
    const name = fc.oneof(fc.constant('@karabakh'), fc.stringMatching(/^[a-z0-9-]{1,12}$/));
    fc.assert(
      fc.property(name, fc.option(fc.nat(40), { nil: undefined }), (cue, words) => {
        const ref = words === undefined ? cue : `${cue}:${words}`;
        expect(isCueRef(ref)).toBe(true);
        expect(parseCueRef(ref, 3)).toEqual({ cue, maxWords: words ?? 3 });
      }),
    );
  });
});

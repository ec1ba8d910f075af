import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { sourceLexicon } from '../../../scripts/lexicon/lexicon-source';
import { mayNameEntity } from '../../../core/detect/name-prefilter';
import { createPageDetector } from '../../../core/detect/page-detector';

/**
 * The content script passes over text the prefilter says no to, and loads the detector only
 * for text it lets through: it must answer exactly as the detector's own first step.
 */
describe('mayNameEntity', () => {
  const detector = createPageDetector<number>();
  const examples = sourceLexicon.families.flatMap((family) => [...family.examples, ...(family.counterExamples ?? [])]);
  const words = [...new Set(examples.flatMap((example) => example.split(/\s+/)))];

  test('lets every example of every family through, and plain prose not', () => {
    for (const family of sourceLexicon.families) {
      for (const example of family.examples) expect(mayNameEntity(`A line about ${example}, then more.`), example).toBe(true);
    }
    expect(mayNameEntity('The weather was mild and the market was busy.')).toBe(false);
    expect(mayNameEntity('')).toBe(false);
  });

  test('common words and numbers that only start a longer name do not wake the detector', () => {
    // RF (Rusiya Federasiyası) counts only before sülhməramlı; a date in figures is no head.
    for (const text of ['The RF remote and the RFID tag.', 'Page 10 of 2020, item 10.11.2020.', 'Un accord de principe.'])
      expect(mayNameEntity(text), text).toBe(false);
    expect(mayNameEntity('RF sülhməramlıları getdi.')).toBe(true);
  });

  test('answers as the detector’s mayFindIn on the lexicon’s examples and counter-examples', () => {
    for (const text of examples) expect(mayNameEntity(text), text).toBe(detector.mayFindIn(text));
  });

  test('answers as the detector’s mayFindIn on any mix of their words and any text', () => {
    const mixed = fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: 10 });
    fc.assert(
      fc.property(mixed, fc.constantFrom(' ', '-', '\n', ''), (parts, glue) => {
        const text = parts.join(glue);
        expect(mayNameEntity(text)).toBe(detector.mayFindIn(text));
      }),
      { numRuns: 2000 },
    );
  });
});

/**
 * Soft hyphens and other invisible marks inside words (invisible-marks.ts): a name reads
 * the same on screen with or without them, so it is found the same, at the page's own
 * offsets. Sentences written for this project.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { spanInSource, visibleText, withoutInvisibleMarks } from '../../../core/detect/invisible-marks';
import { findMentions } from '../../../core/detect/matcher';
import { mayNameEntity } from '../../../core/detect/name-prefilter';
import { mentionTexts } from '../../helpers/mention-texts';

const SHY = '\u00ad';
const ZWSP = '\u200b';

describe('the text as a reader sees it', () => {
  test('text without marks is left alone (no copy, no map)', () => {
    expect(withoutInvisibleMarks('Nagorno-Karabakh')).toBeUndefined();
    expect(visibleText('Nagorno-Karabakh')).toBe('Nagorno-Karabakh');
  });

  test('marks are dropped and every kept character maps to its place in the original', () => {
    const source = `Ka${SHY}ra${ZWSP}bakh\u2060!\ufeff`;
    const marks = withoutInvisibleMarks(source)!;
    expect(marks.text).toBe('Karabakh!');
    expect([...marks.toSource].map((i) => source[i]).join('')).toBe('Karabakh!');
    // A span keeps the marks inside it and none after its last letter.
    expect(spanInSource(marks, 0, 8)).toEqual([0, 10]);
    expect(source.slice(...spanInSource(marks, 0, 8))).toBe(`Ka${SHY}ra${ZWSP}bakh`);
  });

  test('joiners that change how letters join are not dropped', () => {
    expect(visibleText('a\u200cb\u200dc')).toBe('a\u200cb\u200dc');
  });
});

describe('names with soft hyphens in them are found whole', () => {
  test.each([
    [`Die Lage in Berg${SHY}kara${SHY}bach bleibt angespannt.`, 'karabakh', `Berg${SHY}kara${SHY}bach`],
    [`Russian peace${SHY}keepers left Kara${SHY}bakh in 2024.`, 'rmc', `Russian peace${SHY}keepers`],
    [`Российские миро${SHY}творцы покинули Кара${SHY}бах в 2024 году.`, 'karabakh', `Кара${SHY}бах`],
    [`Le Haut-Kara${SHY}bakh et la dé${SHY}cla${SHY}ra${SHY}tion tri${SHY}par${SHY}tite.`, 'karabakh', `Haut-Kara${SHY}bakh`],
    [`Nagorno${ZWSP}-Karabakh was quiet.`, 'karabakh', `Nagorno${ZWSP}-Karabakh`],
  ] as const)('%s', (text, entity, name) => {
    expect(mentionTexts(text, entity)).toContain(name);
  });

  test('the prefilter lets such text through, so the detector is loaded for it', () => {
    expect(mayNameEntity(`Kara${SHY}bakh`)).toBe(true);
    expect(mayNameEntity(`Arts${ZWSP}akh`)).toBe(true);
    expect(mayNameEntity(`Soft${SHY}ware up${SHY}date`)).toBe(false);
  });

  test('marks anywhere change no mention, only its offsets (property)', () => {
    const sentence =
      'Russian peacekeepers stayed in Nagorno-Karabakh after the trilateral statement of 10 November 2020; the RMC left in 2024.';
    const plain = findMentions(sentence);
    expect(plain.length).toBeGreaterThanOrEqual(3);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: sentence.length - 1 }), { maxLength: 12 }), (cuts) => {
        const at = new Set(cuts);
        let text = '';
        for (let i = 0; i < sentence.length; i++) text += (at.has(i) ? SHY : '') + sentence[i];
        const marked = findMentions(text);
        expect(marked.map((m) => [m.entity, visibleText(m.text)])).toEqual(plain.map((m) => [m.entity, m.text]));
        for (const m of marked) expect(text.slice(m.start, m.end)).toBe(m.text);
        for (const m of marked) expect(text[m.end - 1]).not.toBe(SHY);
      }),
    );
  });
});

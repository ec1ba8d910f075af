import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createPageDetector } from '../../../core/detect/page-detector';
import { findMentions } from '../../../core/detect/matcher';

const entities = (ms: Array<{ entity: string; text: string }>) => ms.map((m) => `${m.entity}:${m.text}`);

describe('createPageDetector', () => {
  test.each([
    'Russian peacekeepers were deployed in Nagorno-Karabakh.',
    'Qarabağ FK won the league. The club originates from the Karabakh region.',
    '',
  ])('one chunk equals findMentions: %s', (text) => {
    expect(createPageDetector<string>().add('a', text)).toEqual(findMentions(text));
  });

  test('later text makes earlier ambiguous mentions count', () => {
    const d = createPageDetector<number>();
    expect(d.add(1, 'Russian peacekeepers arrived.')).toEqual([]);
    expect(entities(d.add(2, 'Stepanakert welcomed them.'))).toEqual([]);
    expect(d.drainChanged()).toEqual([[1, [{ start: 0, end: 20, entity: 'rmc', text: 'Russian peacekeepers' }]]]);
    expect(d.drainChanged()).toEqual([]);
    expect(d.counts()).toEqual({ karabakh: 0, rmc: 1, 'trilateral-statement': 0 });
  });

  test('mayFindIn says no only where adding the text, or any run of its words, keeps nothing', () => {
    const d = createPageDetector<number>();
    expect(d.mayFindIn('The weather was mild and the market was busy.')).toBe(false);
    expect(d.mayFindIn('')).toBe(false);
    expect(d.mayFindIn('Life in Stepanakert')).toBe(true);
    expect(d.mayFindIn('Russian peacekeepers arrived.')).toBe(true);
    const words = [
      'the',
      'Karabakh',
      'peace',
      'keepers',
      'Russian',
      'RMC',
      'trilateral',
      'statement',
      'war',
      '2020',
      'NK',
      'Qarabağ',
      'Арцах',
      'market',
      '—',
      '10',
      'November',
      'agreement',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 12 }), fc.nat(), fc.nat(), (picked, a, b) => {
        const text = picked.join(' ');
        if (d.mayFindIn(text)) return;
        const from = Math.min(a, b) % (picked.length + 1);
        const to = Math.max(a, b) % (picked.length + 1);
        const key = a * 1000 + b;
        for (const part of [text, picked.slice(from, Math.max(from, to)).join(' ')]) {
          expect(d.add(key, part)).toEqual([]);
          expect(d.holds(key)).toBe(false);
          d.remove(key);
        }
      }),
    );
  });

  test('holds only chunks with something to keep: a mention, or a candidate waiting on the page', () => {
    const d = createPageDetector<string>();
    d.add('plain', 'The weather was mild and the market was busy.');
    d.add('waiting', 'Russian peacekeepers arrived.');
    d.add('named', 'Nagorno-Karabakh is quiet.');
    expect([d.holds('plain'), d.holds('waiting'), d.holds('named')]).toEqual([false, true, true]);
    d.remove('named');
    expect(d.holds('named')).toBe(false);
  });

  test('removing the context withdraws them again', () => {
    const d = createPageDetector<string>();
    d.add('a', 'Russian peacekeepers withdrew.');
    d.add('b', 'Nagorno-Karabakh is quiet.');
    d.drainChanged();
    expect(d.counts()).toEqual({ karabakh: 1, rmc: 1, 'trilateral-statement': 0 });
    d.remove('b');
    expect(d.drainChanged()).toEqual([['a', []]]);
    expect(d.counts()).toEqual({ karabakh: 0, rmc: 0, 'trilateral-statement': 0 });
  });

  test('an acronym waits for the page to name the force in words, and goes with that name', () => {
    const d = createPageDetector<string>();
    d.add('topic', 'Nagorno-Karabakh is quiet.');
    expect(d.add('acronym', 'The RMC withdrew from Stepanakert.')).toEqual([]);
    expect(d.counts().rmc).toBe(0);
    expect(entities(d.add('words', 'Russian peacekeepers had stayed three years.'))).toEqual(['rmc:Russian peacekeepers']);
    expect(d.drainChanged().map(([key, mentions]) => [key, entities(mentions)])).toEqual([['acronym', ['rmc:RMC']]]);
    expect(d.counts().rmc).toBe(2);
    d.remove('words');
    expect(d.drainChanged()).toEqual([['acronym', []]]);
    expect(d.counts().rmc).toBe(0);
  });

  test('re-adding a key replaces the chunk', () => {
    const d = createPageDetector<string>();
    d.add('a', 'Karabakh and Artsakh');
    expect(d.counts().karabakh).toBe(2);
    expect(entities(d.add('a', 'Artsakh'))).toEqual(['karabakh:Artsakh']);
    expect(d.counts().karabakh).toBe(1);
  });

  test('a football page turns bare club names off', () => {
    const d = createPageDetector<number>();
    expect(entities(d.add(0, 'Karabakh'))).toEqual(['karabakh:Karabakh']);
    d.add(1, 'Qarabağ FK is a football club.');
    d.add(2, 'Qarabağ plays its matches in Baku.');
    d.add(3, 'Qarabağ won the league title again.');
    expect(d.drainChanged()).toEqual([[0, []]]);
    expect(d.counts().karabakh).toBe(0);
  });

  test('many chunks: no rescanning, no quadratic work', () => {
    const d = createPageDetector<number>();
    const t0 = performance.now();
    for (let i = 0; i < 20_000; i++) d.add(i, i % 2 ? 'Russian peacekeepers in Lachin.' : 'Plain text about nothing.');
    expect(d.counts().rmc).toBe(10_000);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});

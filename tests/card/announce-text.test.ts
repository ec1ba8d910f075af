import { describe, expect, test } from 'vitest';
import { announcementText } from '@/card/announce-text';
import { testTexts } from '../helpers/texts';

describe('what screen readers hear', () => {
  test('a keyboard step names the entity as the card does, with the position', () => {
    expect(announcementText({ kind: 'step', entity: 'rmc', position: 3, total: 12 }, testTexts('en'))).toBe(
      'Russian Military Contingent, mention 3 of 12',
    );
  });

  test('numbers and names follow the locale', () => {
    const said = announcementText({ kind: 'step', entity: 'karabakh', position: 1200, total: 3400 }, testTexts('ru'));
    expect(said).toMatch(/^Карабах, упоминание 1\s200 из 3\s400$/);
  });

  test.each(['on', 'site-off', 'not-listed', 'paused', 'paused-session'] as const)(
    'the state "%s" has a sentence in every language',
    (reason) => {
      const sentences = (['en', 'ru', 'az', 'hy', 'fr', 'de'] as const).map((locale) =>
        announcementText({ kind: 'state', reason }, testTexts(locale)),
      );
      expect(new Set(sentences).size).toBe(6);
      for (const sentence of sentences) expect(sentence).toMatch(/^Karabakh Context/);
    },
  );
});

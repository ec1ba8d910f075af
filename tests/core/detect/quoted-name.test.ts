/**
 * quoteEnclosed: which quotation marks enclose a name (the quoted-title rule's first
 * question, see core/detect/quoted-name.ts).
 */
import { describe, expect, test } from 'vitest';
import { quoteEnclosed, startsWithAny } from '../../../core/detect/quoted-name';

/** Whether `name`, found in `text`, is enclosed. */
const enclosed = (text: string, name: string): boolean => {
  const start = text.indexOf(name);
  return quoteEnclosed(text, start, start + name.length);
};

describe('quoteEnclosed', () => {
  test.each([
    ['"Qarabag" won', 'Qarabag'],
    ['“Karabakh” won', 'Karabakh'],
    ['„Karabach“ gewann', 'Karabach'],
    ['„Karabach” gewann', 'Karabach'],
    ['»Karabach« gewann', 'Karabach'],
    ['«Карабаха» нет', 'Карабаха'],
    ['Le « Qarabag » gagne', 'Qarabag'],
    ['Le «\u00a0Qarabag\u00a0» gagne', 'Qarabag'],
    ['‹Karabakh› won', 'Karabakh'],
    ["'Karabakh' won", 'Karabakh'],
    ["'Karabakh' won", "Karabakh'"], // the English possessive ending took the closing mark
    ['‘Karabakh’ won', 'Karabakh'],
    ['‚Karabach‘ gewann', 'Karabach'],
    ['“Qarabağ”ın üstünlüyü', 'Qarabağ'], // the Azerbaijani ending after the closing mark
  ])('%s', (text, name) => {
    expect(enclosed(text, name)).toBe(true);
  });

  test.each([
    ['He said: "Peace in Karabakh."', 'Karabakh'],
    ['"Karabakh is Azerbaijan", he said', 'Karabakh'],
    ['“Karabakh" won', 'Karabakh'], // not a pair
    ['«Karabakh" won', 'Karabakh'],
    ['" Karabakh " won', 'Karabakh'], // spaces only inside guillemets opened the French way
    ['» Karabach « gewann', 'Karabach'],
    ["l'Karabakh' est", 'Karabakh'], // an apostrophe after a letter is no opening mark
    ["'Karabağ'ın taraftarları", 'Karabağ'], // nor one before an ending
    ['Karabakh', 'Karabakh'],
  ])('not: %s', (text, name) => {
    expect(enclosed(text, name)).toBe(false);
  });
});

test('startsWithAny reads the name in lower case', () => {
  expect(startsWithAny('"Artsakh"', 1, 8, ['artsa'])).toBe(true);
  expect(startsWithAny('«Արցախ»', 1, 6, ['արցախ'])).toBe(true);
  expect(startsWithAny('"Karabakh"', 1, 9, ['artsa'])).toBe(false);
});

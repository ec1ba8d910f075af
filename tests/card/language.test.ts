import { describe, expect, it } from 'vitest';
import { cardContentFor } from '@/card/content';
import { cardContentIn } from '@/card/language';
import { datasetIn } from '@/core/translations';

describe('cardContentIn', () => {
  const russianPage = 'Российские миротворцы начали вывод из Карабаха в апреле 2024 года по договорённости Баку и Москвы.';

  it('ranks on the page’s language and shows the reader’s', () => {
    const content = cardContentIn(
      'rmc',
      { context: russianPage, mentionText: 'миротворцы' },
      {
        shownIn: datasetIn('en'),
        rankedIn: datasetIn('ru'),
      },
    );
    const rankedInRussian = cardContentFor('rmc', { context: russianPage, mentionText: 'миротворцы' }, datasetIn('ru'));
    expect(content.notes.map((note) => note.id)).toEqual(rankedInRussian.notes.map((note) => note.id));
    expect(content.timeline.map((event) => event.id)).toEqual(rankedInRussian.timeline.map((event) => event.id));
    // …in English words, under the English name.
    const english = datasetIn('en').entities.find((entity) => entity.id === 'rmc')!;
    expect(content.name).toBe(english.name);
    for (const note of content.notes) expect(english.notes).toContainEqual(note);
  });

  it('is the plain card when both are the same language', () => {
    const ru = datasetIn('ru');
    expect(cardContentIn('karabakh', { context: russianPage }, { shownIn: ru, rankedIn: ru })).toEqual(
      cardContentFor('karabakh', { context: russianPage }, ru),
    );
  });

  it('keeps refs and kinds whatever the language', () => {
    const shown = cardContentIn('trilateral-statement', {}, { shownIn: datasetIn('hy'), rankedIn: datasetIn('en') });
    const english = cardContentFor('trilateral-statement', {}, datasetIn('en'));
    expect(shown.notes.map(({ id, kind, refs }) => ({ id, kind, refs }))).toEqual(
      english.notes.map(({ id, kind, refs }) => ({ id, kind, refs })),
    );
  });
});

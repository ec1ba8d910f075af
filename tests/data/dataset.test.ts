import { describe, expect, it } from 'vitest';
import { ENTITY_IDS } from '../../core/entities';
import {
  dataset,
  entityById,
  NOTE_KINDS,
  notesFor,
  refLabel,
  timelineFor,
  type Dataset,
} from '../../core/dataset';
import { validateDataset } from '../../core/dataset-validation';
import { ARTICLE_PATH, articleExists, articleText, DOC_PATH, texts, allNotes, citing, fromArticle, background, ATTRIBUTED, COPY_RUN, words, runsOf, sharedRun, paragraphRefsOf } from './dataset-fixtures';

describe('bundled dataset: shape', () => {
  it('passes validateDataset', () => {
    expect(validateDataset(dataset)).toEqual({ ok: true, dataset });
  });

  it('has exactly the three entities, in display order', () => {
    expect(dataset.entities.map((e) => e.id)).toEqual([...ENTITY_IDS]);
  });

  it('has no url unless it is known for certain (none is, for this article)', () => {
    expect(dataset.article.url).toBeUndefined();
  });

  it('uses ids once across notes, timeline and argument', () => {
    const ids = citing.map((item) => item.id);
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(duplicates).toEqual([]);
  });

  it('lists refs standfirst, byline, p1…p14', () => {
    expect(dataset.article.paragraphs).toEqual([
      'standfirst',
      'byline',
      ...Array.from({ length: 14 }, (_, i) => `p${i + 1}`),
    ]);
  });

  it.each(fromArticle.map((item) => [item.id, item.refs] as const))(
    '%s cites at least one paragraph, and only paragraphs that exist',
    (_id, refs) => {
      expect(refs.length).toBeGreaterThan(0);
      for (const ref of refs) expect(dataset.article.paragraphs).toContain(ref);
    },
  );

  it.each(background.map((item) => [item.id, item] as const))(
    'background %s cites no paragraph, names its public source and does not speak for the article',
    (_id, item) => {
      expect(item.refs).toEqual([]);
      expect(item.source?.trim()).toBeTruthy();
      const text = 'text' in item ? item.text : item.label;
      expect(text).not.toMatch(/article|author|Mammadov/i);
    },
  );

  it('has background for what a fair reading needs and the article leaves out', () => {
    // The exodus's scale, the renewal clause, the Kremlin's confirmation, why Lachin mattered.
    expect(background.map((item) => item.id)).toEqual(
      expect.arrayContaining(['karabakh-exodus-scale', 'trilateral-renewal', 'rmc-withdrawal-confirmed', 'karabakh-lachin-road']),
    );
  });

  it('has 3–5 argument points', () => {
    expect(dataset.argument.length).toBeGreaterThanOrEqual(3);
    expect(dataset.argument.length).toBeLessThanOrEqual(5);
  });

  // "2024-04" (the withdrawal deal) may follow "2024-04-22" (the visit): compare only
  // the precision both dates have.
  it('keeps the timeline in date order', () => {
    const outOfOrder = dataset.timeline.slice(1).filter((event, i) => {
      const previous = dataset.timeline[i]!.date;
      const length = Math.min(previous.length, event.date.length);
      return event.date.slice(0, length) < previous.slice(0, length);
    });
    expect(outOfOrder.map((event) => event.id)).toEqual([]);
  });

  it.each([
    ['2020-11-10', 'Trilateral Statement'],
    ['2020-11', 'deployment'],
    ['2022-12', 'Lachin road protests'],
    ['2023-09', 'September 2023 operation'],
    ['2024-04-17', 'Kremlin confirms the withdrawal has begun'],
    ['2024-04-22', "Aliyev's Moscow visit"],
    ['2024-04', 'withdrawal under a Baku–Moscow agreement'],
    ['2025-11', 'end of the first five-year term'],
  ])('timeline has %s (%s)', (date) => {
    expect(dataset.timeline.map((t) => t.date)).toContain(date);
  });

  // The article dates no agreement: it speaks of the 22 April visit "and the subsequent
  // early withdrawal", and the Kremlin confirmed the pull-out on 17 April. Nothing may
  // say the withdrawal was agreed after the visit.
  it('does not place the withdrawal agreement after the 22 April 2024 visit', () => {
    const agreed = dataset.timeline.findIndex((t) => t.id === 'tl-2024-withdrawal-agreed');
    const visit = dataset.timeline.findIndex((t) => t.id === 'tl-2024-aliyev-moscow');
    expect(agreed).toBeLessThan(visit);
    expect(texts.filter(({ text }) => /after .*(visit|Moscow trip)/i.test(text) && /agree/i.test(text))).toEqual([]);
  });

  it('never presents November 2025 as a settled end date: the term renewed unless a party objected', () => {
    const endings = texts.filter(({ text }) => /November 2025|2025/.test(text));
    expect(endings.length).toBeGreaterThan(0);
    for (const { text } of endings) expect(text).toMatch(/first five-year term|the article/i);
    expect(texts.filter(({ text }) => /was due to end|originally planned end/i.test(text))).toEqual([]);
  });

  it('names the people it mentions in full at least once', () => {
    const all = texts.map(({ text }) => text).join('\n');
    expect(all).toContain("Azerbaijan's President Ilham Aliyev");
    expect(all).toContain("Russia's President Vladimir Putin");
  });
});

describe.each(dataset.entities.map((e) => [e.id, e] as const))('entity %s', (_id, entity) => {
  it('has 4–10 notes, with both facts and views', () => {
    expect(entity.notes.length).toBeGreaterThanOrEqual(4);
    expect(entity.notes.length).toBeLessThanOrEqual(10);
    expect(entity.notes.some((n) => n.kind === 'fact')).toBe(true);
    expect(entity.notes.some((n) => n.kind === 'view')).toBe(true);
  });

  it('has otherNames that are unique and differ from its name', () => {
    const folded = entity.otherNames.map((name) => name.toLocaleLowerCase());
    expect(new Set(folded).size).toBe(folded.length);
    expect(folded).not.toContain(entity.name.toLocaleLowerCase());
  });

  it.each([
    ['Russian', /\p{Script=Cyrillic}/u],
    ['Azerbaijani', /[əğışçöü]/iu],
    ['Armenian', /\p{Script=Armenian}/u],
  ])('has a %s form among otherNames', (_language, script) => {
    expect(entity.otherNames.some((name) => script.test(name))).toBe(true);
  });
});

// French and German readers meet these names in their own press.
it.each([
  ['karabakh', ['Haut-Karabakh', 'Bergkarabach']],
  ['rmc', ['contingent russe de maintien de la paix', 'russische Friedenstruppen']],
  ['trilateral-statement', ['déclaration trilatérale', 'trilaterale Erklärung']],
] as const)('%s has French and German display names', (id, names) => {
  expect(entityById(id).otherNames).toEqual(expect.arrayContaining([...names]));
});

it('titles each card with the full name; a short form only for tight lists', () => {
  expect(entityById('rmc').name).toBe('Russian Military Contingent');
  expect(entityById('rmc').shortName).toBe('RMC');
  // A reader who hovered the abbreviation still finds it on the card, beside the full name.
  expect(entityById('rmc').summary).toContain('(RMC)');
});

it('shares no otherName between entities', () => {
  const owner = new Map<string, string>();
  const shared: string[] = [];
  for (const entity of dataset.entities) {
    for (const name of entity.otherNames) {
      const key = name.toLocaleLowerCase();
      const other = owner.get(key);
      if (other !== undefined && other !== entity.id) shared.push(`${name} (${other}, ${entity.id})`);
      owner.set(key, entity.id);
    }
  }
  expect(shared).toEqual([]);
});

describe('notes', () => {
  it.each(allNotes.map((n) => [n.id, n] as const))('%s has a kind, refs or a source, and fits a card', (_id, note) => {
    expect(['fact', 'view', 'background']).toContain(note.kind);
    if (note.kind === 'background') expect(note.source).toBeTruthy();
    else expect(note.refs.length).toBeGreaterThan(0);
    expect(note.text.length).toBeLessThanOrEqual(220);
  });

  it('says whose view the article is: an opinion piece, by an Azerbaijani commentator in Baku, that other accounts differ', () => {
    const { perspective } = dataset.article;
    expect(perspective).toMatch(/opinion piece/i);
    expect(perspective).toMatch(/Azerbaijani commentator/);
    expect(perspective).toMatch(/Baku/);
    expect(perspective).toMatch(/Azerbaijan's case/);
    expect(perspective).toMatch(/Armenian, Russian and international accounts differ/);
  });

  // "notes" implies the article is right; a contested claim is the author's and says so.
  it('does not present the author’s contested claims as fact', () => {
    const russiaAid = allNotes.find((n) => n.id === 'karabakh-2020-war-russia')!;
    expect(russiaAid.kind).toBe('view');
    expect(russiaAid.text).toMatch(/asserts/);
    expect(russiaAid.text).toMatch(/contested/);
    // Armenia signed the Statement too: a "joint Baku–Moscow decision" is the article's framing.
    for (const item of texts.filter(({ text }) => /jointly|joint decision/i.test(text))) {
      expect(item.text).toMatch(/the article/i);
    }
  });

  const views = allNotes.filter((n) => n.kind === 'view');
  it.each(views.map((n) => [n.id, n.text] as const))('view %s is attributed to the article', (_id, text) => {
    expect(text).toMatch(ATTRIBUTED);
  });

  it.each(dataset.argument.map((a) => [a.id, a.text] as const))(
    'argument point %s is attributed to the article',
    (_id, text) => {
      expect(text).toMatch(ATTRIBUTED);
    },
  );

  // One side's vocabulary in a contested conflict: quote it or say whose it is.
  const loaded = [/anti-terror/i, /liberat/i, /separatist/i, /relocat/i, /genocide/i, /eco-activ/i];
  const loadedUses = texts.filter(({ text }) => loaded.some((term) => term.test(text)));
  it.each(loadedUses.map((t) => [t.where, t.text] as const))(
    '%s quotes or attributes loaded terms',
    (_where, text) => {
      for (const term of loaded) {
        const match = term.exec(text);
        if (!match) continue;
        const quoted = /[“"]$/.test(text.slice(0, match.index));
        expect(quoted || /article|author|Mammadov|Baku/i.test(text)).toBe(true);
      }
    },
  );
});

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENTITY_IDS } from '../../core/entities';
import {
  dataset,
  entityById,
  NOTE_KINDS,
  notesFor,
  refLabel,
  timelineFor,
  validateDataset,
  type Dataset,
} from '../../core/dataset';

// The seed sits beside the repository (../shared/seed); CI checkouts may not have it.
const ARTICLE_PATH = fileURLToPath(new URL('../../../shared/seed/article.txt', import.meta.url));
const articleExists = existsSync(ARTICLE_PATH);
const articleText = articleExists ? readFileSync(ARTICLE_PATH, 'utf8') : '';
const DOC_PATH = fileURLToPath(new URL('../../docs/dataset.md', import.meta.url));

/** Every piece of prose we wrote, with where it lives, for the convention tests. */
const texts = [
  ...dataset.entities.map((e) => ({ where: `${e.id}.summary`, text: e.summary })),
  ...dataset.entities.flatMap((e) => e.notes.map((n) => ({ where: n.id, text: n.text }))),
  ...dataset.timeline.map((t) => ({ where: t.id, text: t.label })),
  ...dataset.timeline.flatMap((t) => (t.dateNote ? [{ where: `${t.id}.dateNote`, text: t.dateNote }] : [])),
  ...dataset.argument.map((a) => ({ where: a.id, text: a.text })),
  { where: 'article.perspective', text: dataset.article.perspective },
];

const allNotes = dataset.entities.flatMap((e) => e.notes.map((note) => ({ entity: e.id, ...note })));
const citing = [...allNotes, ...dataset.timeline, ...dataset.argument];
/** Notes and events drawn from the article (not background): they must cite it. */
const fromArticle = [
  ...allNotes.filter((note) => note.kind !== 'background'),
  ...dataset.timeline.filter((event) => event.kind !== 'background'),
  ...dataset.argument,
];
const background = [
  ...allNotes.filter((note) => note.kind === 'background'),
  ...dataset.timeline.filter((event) => event.kind === 'background'),
];

const ATTRIBUTED = /article|author|Mammadov/i;
const COPY_RUN = 8;

/** Lowercased words with punctuation removed (so "Russia’s" and "Russia's" agree). */
function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .split(/\s+/)
    .filter(Boolean);
}

function runsOf(list: string[], n: number): string[] {
  return list.slice(0, Math.max(0, list.length - n + 1)).map((_, i) => list.slice(i, i + n).join(' '));
}

/** The first run of `n` words that `text` shares with `source`, if any. */
function sharedRun(text: string, source: string, n = COPY_RUN): string | undefined {
  const sourceRuns = new Set(runsOf(words(source), n));
  return runsOf(words(text), n).find((run) => sourceRuns.has(run));
}

/** Paragraph refs per /work/shared/seed/README.md: skip blanks, title once, then the rest. */
function paragraphRefsOf(article: string): string[] {
  const lines = article
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const [title, ...rest] = lines;
  const body = rest[0] === title ? rest.slice(1) : rest;
  return body.map((_, i) => (i === 0 ? 'standfirst' : i === 1 ? 'byline' : `p${i - 1}`));
}

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

describe('copy check helper', () => {
  const source = 'The quick brown fox jumps over the lazy dog near the old river bank.';
  it.each([
    ['the same sentence', 'The quick brown fox jumps over the lazy dog.', true],
    ['different case and punctuation', 'the QUICK, brown fox — jumps over the lazy dog!', true],
    ['only seven shared words', 'A quick brown fox jumps over the lazy cat.', false],
    ['a paraphrase', 'A fast fox leapt over a sleepy dog by the river.', false],
  ])('%s → copied: %s', (_case, text, copied) => {
    expect(sharedRun(text, source) !== undefined).toBe(copied);
  });
});

describe('against the seed article', () => {
  it.skipIf(!articleExists)(
    articleExists
      ? 'no summary, note, label or argument shares 8+ consecutive words with article.txt'
      : 'article.txt not found at ../shared/seed — copy-check skipped',
    () => {
      const copied = texts
        .map(({ where, text }) => ({ where, run: sharedRun(text, articleText) }))
        .filter((found) => found.run !== undefined);
      expect(copied).toEqual([]);
    },
  );

  it.skipIf(!articleExists)(
    articleExists
      ? 'article.paragraphs matches the paragraphs of article.txt'
      : 'article.txt not found at ../shared/seed — paragraph-count check skipped',
    () => {
      expect(dataset.article.paragraphs).toEqual(paragraphRefsOf(articleText));
    },
  );
});

describe('validateDataset rejects bad input', () => {
  type Mutation = (d: any) => void;
  const background = (d: any) => d.entities[0].notes.find((n: any) => n.kind === 'background');
  const cases: [string, Mutation, string][] = [
    ['a missing article', (d) => delete d.article, 'article: must be an object'],
    ['a missing title', (d) => delete d.article.title, 'article.title'],
    ['a non-ISO date', (d) => (d.article.date = '29 April 2024'), 'article.date'],
    ['an impossible date', (d) => (d.article.date = '2024-02-30'), 'article.date'],
    ['a url that is not http(s)', (d) => (d.article.url = 'javascript:alert(1)'), 'article.url'],
    ['a malformed paragraph ref', (d) => d.article.paragraphs.push('para15'), 'article.paragraphs[16]'],
    ['a missing entity', (d) => d.entities.pop(), 'missing entity "trilateral-statement"'],
    ['an unknown entity', (d) => (d.entities[0].id = 'armenia'), 'entities[0].id'],
    ['a duplicate entity', (d) => (d.entities[1].id = 'karabakh'), 'duplicate entity'],
    ['a missing summary', (d) => delete d.entities[0].summary, 'entities[0].summary'],
    ['otherNames not strings', (d) => (d.entities[0].otherNames = [1]), 'entities[0].otherNames'],
    ['a bad note kind', (d) => (d.entities[0].notes[0].kind = 'opinion'), 'notes[0].kind'],
    ['a note without kind', (d) => delete d.entities[0].notes[0].kind, 'notes[0].kind'],
    ['a note without refs', (d) => (d.entities[0].notes[0].refs = []), 'notes[0].refs'],
    ['an unknown ref', (d) => (d.entities[0].notes[0].refs = ['p15']), 'unknown paragraph ref "p15"'],
    ['an empty note text', (d) => (d.entities[0].notes[0].text = ' '), 'notes[0].text'],
    ['a duplicate id', (d) => (d.argument[0].id = d.timeline[0].id), 'already used'],
    ['a bad timeline date', (d) => (d.timeline[0].date = '2020-13'), 'timeline[0].date'],
    ['a timeline entity typo', (d) => (d.timeline[0].entities = ['rmcc']), 'timeline[0].entities'],
    ['no argument', (d) => (d.argument = []), 'argument'],
    ['background citing a paragraph', (d) => (background(d).refs = ['p9']), 'background cites no paragraph'],
    ['background without refs array', (d) => delete background(d).refs, 'background cites no paragraph'],
    ['background without a source', (d) => delete background(d).source, 'background must name its public source'],
    ['a fact naming a source instead of citing', (d) => ((d.entities[0].notes[0].source = 'x'), (d.entities[0].notes[0].refs = ['p1'])), 'only background names a source'],
    ['a fact without refs', (d) => ((d.entities[0].notes[0].kind = 'fact'), (d.entities[0].notes[0].refs = [])), 'must cite at least one paragraph'],
    ['a background event citing a paragraph', (d) => (d.timeline.find((t: any) => t.kind === 'background').refs = ['p6']), 'background cites no paragraph'],
    ['an article event without refs', (d) => (d.timeline.find((t: any) => !t.kind).refs = []), 'must cite at least one paragraph'],
    ['an unknown timeline kind', (d) => (d.timeline[1].kind = 'rumour'), 'must be "background" or absent'],
    ['an empty dateNote', (d) => (d.timeline[1].dateNote = ''), 'dateNote'],
    ['an empty shortName', (d) => (d.entities[1].shortName = ' '), 'entities[1].shortName'],
  ];

  it.each(cases)('%s', (_case, mutate, expected) => {
    const broken = structuredClone(dataset) as any;
    mutate(broken);
    const result = validateDataset(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toContain(expected);
  });

  it.each([null, 42, 'dataset', []])('rejects %j', (value) => {
    expect(validateDataset(value).ok).toBe(false);
  });

  it('accepts a YYYY-MM timeline date and a valid url', () => {
    const variant = structuredClone(dataset) as any;
    variant.timeline[0].date = '2020-11';
    variant.article.url = 'https://example.org/article';
    expect(validateDataset(variant).ok).toBe(true);
  });
});

describe('look-ups', () => {
  const note = (id: string, kind: 'fact' | 'view') => ({ id, kind, text: id, refs: ['p1' as const] });
  const small: Dataset = {
    article: { ...dataset.article, paragraphs: ['p1'] },
    entities: ENTITY_IDS.map((id) => ({
      id,
      name: id,
      otherNames: [],
      summary: id,
      notes:
        id === 'rmc'
          ? [note('v1', 'view'), note('f1', 'fact'), note('v2', 'view'), note('f2', 'fact')]
          : [],
    })),
    timeline: [
      { id: 'first', date: '2020-11', label: 'first', refs: ['p1'], entities: ['karabakh'] },
      { id: 'day', date: '2024-04-22', label: 'day', refs: ['p1'], entities: ['rmc'] },
      { id: 'month', date: '2024-04', label: 'month', refs: ['p1'], entities: ['rmc', 'karabakh'] },
    ],
    argument: [{ id: 'a', text: 'a', refs: ['p1'] }],
  };

  it('the fixture itself is valid', () => {
    expect(validateDataset(small).ok).toBe(true);
  });

  it('entityById finds the entry', () => {
    expect(entityById('rmc', small).id).toBe('rmc');
    expect(entityById('karabakh').name).toBe('Karabakh');
  });

  it.each([
    [undefined, ['f1', 'f2', 'v1', 'v2']],
    [3, ['f1', 'f2', 'v1']],
    [1, ['f1']],
    [0, []],
  ])('notesFor with limit %s → facts first, stable', (limit, expected) => {
    expect(notesFor('rmc', { limit }, small).map((n) => n.id)).toEqual(expected);
  });

  it.each([
    ['rmc', ['day', 'month']],
    ['karabakh', ['first', 'month']],
    ['trilateral-statement', []],
  ] as const)('timelineFor(%s) keeps the events that involve it, in dataset order', (id, expected) => {
    expect(timelineFor(id, small).map((t) => t.id)).toEqual(expected);
  });

  it('notesFor on the bundled dataset lists facts, then background, then views', () => {
    for (const id of ENTITY_IDS) {
      const order = notesFor(id).map((n) => NOTE_KINDS.indexOf(n.kind));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it.each([
    ['standfirst', 'standfirst'],
    ['byline', 'byline'],
    ['p7', '¶7'],
  ] as const)('refLabel(%s) → %s', (ref, label) => {
    expect(refLabel(ref)).toBe(label);
  });
});

/**
 * The fact-check table in docs/dataset.md: one row per note, timeline event and argument
 * point — `| id | kind | refs | support |`, refs comma-separated or "—" for background.
 */
function factCheckRows(markdown: string): Map<string, { kind: string; refs: string[]; support: string }> {
  const section = markdown.split(/^## Fact-check table\s*$/m)[1]?.split(/^## /m)[0] ?? '';
  const rows = new Map<string, { kind: string; refs: string[]; support: string }>();
  for (const line of section.split('\n')) {
    const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
    const id = /^`([a-z0-9-]+)`$/.exec(cells[0] ?? '')?.[1];
    if (!id || cells.length !== 4) continue;
    const refs = cells[2] === '—' ? [] : cells[2]!.split(',').map((ref) => ref.trim());
    rows.set(id, { kind: cells[1]!, refs, support: cells[3]! });
  }
  return rows;
}

describe('fact-check table in docs/dataset.md', () => {
  const rows = factCheckRows(readFileSync(DOC_PATH, 'utf8'));
  const kindOf = (item: (typeof citing)[number]) =>
    'kind' in item && item.kind ? item.kind : 'text' in item ? 'argument' : 'event';

  it('has a row for every note, timeline event and argument point, and none for ids that do not exist', () => {
    expect([...rows.keys()].sort()).toEqual(citing.map((item) => item.id).sort());
  });

  it.each(citing.map((item) => [item.id, item] as const))('row for %s: same kind and refs as the data, refs exist, support given', (id, item) => {
    const row = rows.get(id);
    expect(row, `no row for ${id}`).toBeDefined();
    expect(row!.kind).toBe(kindOf(item));
    expect(row!.refs).toEqual([...item.refs]);
    for (const ref of row!.refs) expect(dataset.article.paragraphs).toContain(ref);
    expect(row!.support.length).toBeGreaterThan(10);
    // Background's support names its source; it may not lean on a paragraph.
    if (row!.kind === 'background') expect(row!.support).not.toMatch(/¶\d|\bp\d+\b/);
  });

  it.skipIf(!articleExists)(
    articleExists ? 'its own words share no run of 8+ words with article.txt' : 'article.txt not found at ../shared/seed — copy-check of the table skipped',
    () => {
      const copied = [...rows].map(([id, row]) => ({ id, run: sharedRun(row.support, articleText) })).filter((found) => found.run);
      expect(copied).toEqual([]);
    },
  );
});

/** Which notes, events and argument points cite each paragraph. */
const citedBy = new Map(dataset.article.paragraphs.map((ref) => [ref, citing.filter((item) => item.refs.includes(ref)).map((item) => item.id)]));

describe('coverage: every paragraph of the article is reachable from the dataset', () => {
  const body = dataset.article.paragraphs.filter((ref) => ref !== 'byline');
  it.each(body.map((ref) => [ref, citedBy.get(ref) ?? []] as const))('%s is cited by %j', (_ref, ids) => {
    expect(ids.length).toBeGreaterThan(0);
  });

});

import { describe, expect, test } from 'vitest';
import lexiconJson from '../../data/lexicon.json';
import { defaultLexicon } from '../../core/detect/lexicon';
import type { DocumentedLexicon } from '../../scripts/lexicon/lexicon-source';
import { sourceLexicon, validateLexicon } from '../../scripts/lexicon/lexicon-source';
import { createFormCompiler, END_BOUNDARY } from '../../core/detect/normalize';
import { compileLexicon } from '../../core/detect/compiled-lexicon';

// The source, with its documentation: examples and counter-examples are checked here.
const lexicon = sourceLexicon;
const compiler = createFormCompiler(lexicon);
const familyRegex = (i: number) => {
  const f = lexicon.families[i]!;
  return new RegExp(`^(?:${f.forms.map((form) => compiler.compile(form, f.caseSensitive === true)).join('|')})${END_BOUNDARY}$`, 'u');
};
const regexes = lexicon.families.map((_, i) => familyRegex(i));

describe('data/lexicon.json conventions', () => {
  test('validates and compiles', () => {
    expect(() => validateLexicon(lexiconJson)).not.toThrow();
    expect(() => compileLexicon(defaultLexicon)).not.toThrow();
    // Precise regexes are built lazily on pages; build them all here so a bad form fails now.
    expect(() => compileLexicon(defaultLexicon).candidates.precise.compileAll()).not.toThrow();
    expect(() => compileLexicon(defaultLexicon).cues.precise.compileAll()).not.toThrow();
  });

  test('family ids are unique', () => {
    const ids = lexicon.families.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test.each(lexicon.families.map((f) => [f.id, f] as const))('%s has why, forms, examples and a check', (_id, f) => {
    expect(f.why.length).toBeGreaterThan(20);
    expect(f.forms.length).toBeGreaterThan(0);
    expect(f.examples.length).toBeGreaterThan(0);
    expect(['always', 'sense', 'topic', 'local', 'cue']).toContain(f.check);
  });

  test.each(Object.entries(lexicon.cues))('cue %s says why', (_name, cue) => {
    expect(cue.why.length).toBeGreaterThan(10);
  });

  const examples = lexicon.families.flatMap((f, i) => f.examples.map((e) => [f.id, e, i] as const));
  test.each(examples)('%s matches its example %s', (_id, example, i) => {
    expect(regexes[i]!.test(example)).toBe(true);
  });

  const counter = lexicon.families.flatMap((f, i) => (f.counterExamples ?? []).map((e) => [f.id, e, i] as const));
  test.each(counter)('%s does not match %s', (_id, example, i) => {
    expect(regexes[i]!.test(example)).toBe(false);
  });

  test('no alias is shared by two entities', () => {
    const clashes: string[] = [];
    lexicon.families.forEach((f, i) => {
      for (const example of f.examples) {
        lexicon.families.forEach((g, j) => {
          if (g.entity !== f.entity && regexes[j]!.test(example)) clashes.push(`${example}: ${f.id} / ${g.id}`);
        });
      }
    });
    expect(clashes).toEqual([]);
  });

  test('a bad lexicon is refused with its problems', () => {
    const bad = structuredClone(lexiconJson) as unknown as DocumentedLexicon;
    bad.families.push({ ...bad.families[0]!, entity: 'nowhere' as never, vetoAfter: ['no-such-cue'] });
    expect(() => validateLexicon(bad)).toThrow(/duplicate id.*unknown entity.*unknown cue/);
  });

  test('a shared list is resolved into each family that names it, and the source is left as it was', () => {
    const source = structuredClone(lexiconJson) as unknown as { families: Array<Record<string, unknown>> };
    const named = source.families.filter((f) => f.confirmAfter === 'list:region-confirm-after').map((f) => f.id);
    expect(named.length).toBeGreaterThanOrEqual(2);
    const resolved = validateLexicon(source);
    for (const id of named) {
      const family = resolved.families.find((f) => f.id === id)!;
      expect(family.confirmAfter).toContain('region');
    }
    expect(source.families.find((f) => f.id === named[0])!.confirmAfter).toBe('list:region-confirm-after');
    expect(resolved).not.toHaveProperty('lists');
  });

  test('an unknown shared list, or one only one family uses, is refused', () => {
    const bad = structuredClone(lexiconJson) as unknown as { lists: Record<string, unknown>; families: Array<Record<string, unknown>> };
    bad.families[0]!.vetoSentence = 'list:no-such-list';
    bad.lists.lonely = { why: 'used once', items: ['football'] };
    bad.families[1]!.vetoSentence = 'list:lonely';
    expect(() => validateLexicon(bad)).toThrow(/unknown list no-such-list.*list lonely: used by 1 families/);
  });
});

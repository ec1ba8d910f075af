import { describe, expect, test } from 'vitest';
import triggersJson from '../../data/lexicon-triggers.json';
import type { Lexicon } from '../../core/lexicon';
import { defaultLexicon } from '../../core/lexicon';
import { buildScannerTables, computeHeads, headsFor, scannerInputs } from '../../core/scanner-tables';
import { findMentions } from '../../core/matcher';

describe('data/lexicon-triggers.json', () => {
  test('is up to date with data/lexicon.json (else run `npx tsx scripts/build-lexicon-triggers.ts`)', () => {
    expect(triggersJson).toEqual(buildScannerTables(defaultLexicon));
  });

  test('is used only for the forms it was made from: another lexicon gets its heads computed', () => {
    const inputs = scannerInputs(defaultLexicon, 'candidates');
    expect(headsFor('candidates', inputs, defaultLexicon.fold)).toBe(triggersJson.candidates.heads);
    const changed = [...inputs.slice(1), { form: 'zangezur', triggers: undefined }];
    expect(headsFor('candidates', changed, defaultLexicon.fold)).toEqual(computeHeads(changed, defaultLexicon.fold));
    expect(headsFor('candidates', inputs, ['aä'])).toEqual(computeHeads(inputs, ['aä']));
  });

  test('a lexicon with a form the generated file does not know still finds it', () => {
    const lexicon: Lexicon = structuredClone(defaultLexicon);
    lexicon.families[0]!.forms = [...lexicon.families[0]!.forms, 'xyzzyland'];
    expect(findMentions('A trip to Xyzzyland.', lexicon).map((m) => m.text)).toEqual(['Xyzzyland']);
  });
});

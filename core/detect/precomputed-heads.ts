/**
 * The trigger heads `npm run gen:lexicon` worked out for the default lexicon, and the
 * shape of the generated files that carry them. Apart from lexicon.ts because reading
 * them needs the scanner code (scanner-tables.ts), which itself needs lexicon.ts: here,
 * nothing imports this file back.
 */
import { heads as generatedHeads } from '../../data/lexicon-runtime.json';
import { defaultLexicon, type Lexicon } from './lexicon';
import type { EncodedHeads, ScannerName } from './scanner-tables';
import { decodeHeads } from './scanner-tables';
import type { Head } from './word-triggers';

/** The content of data/lexicon-runtime.json. */
export interface GeneratedLexicon {
  $comment: string;
  lexicon: Lexicon;
  /** The cue and candidate scanners' trigger heads (see encodeHeads()). */
  heads: { cues: EncodedHeads; candidates: EncodedHeads };
}

/** The content of data/name-triggers.json: the candidate scanner's trigger heads for a yes-or-no answer (see yesNoHeads()). */
export interface GeneratedNameTriggers {
  $comment: string;
  heads: EncodedHeads;
}

/**
 * A scanner's trigger heads when they were worked out at build time, that is for the
 * default lexicon itself; undefined for any other lexicon (its heads are computed live).
 */
export function precomputedHeads(lexicon: Lexicon, name: ScannerName): Head[] | undefined {
  if (lexicon !== defaultLexicon) return undefined;
  return decodeHeads(name === 'candidates' ? generatedHeads.candidates : generatedHeads.cues);
}

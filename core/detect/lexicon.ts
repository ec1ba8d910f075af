/**
 * The detection lexicon: which surface forms name which entity, and which words around
 * them decide an ambiguous form.
 *
 * All detection decisions live in data/lexicon.json, the human-edited source, with the
 * documentation that explains them (scripts/lexicon/lexicon-source.ts reads and validates it). The
 * extension carries data/lexicon-runtime.json instead, generated from it by
 * `npm run gen:lexicon`: the same lexicon without its documentation, plus the default
 * lexicon's trigger heads worked out in advance (precomputed-heads.ts); the heads of its
 * names, with their form numbers left out, are also in data/name-triggers.json, which the
 * content script reads on its own (name-prefilter.ts). A unit test fails while a generated file is stale, so nothing
 * here checks them again at run time.
 */
import type { EntityId } from '../entities';
import { lexicon as generatedLexicon } from '../../data/lexicon-runtime.json';

/**
 * How a family's matches are decided:
 * - `always`: unambiguous, always a mention;
 * - `sense`: a mention unless nearby words or the page show another sense (horse, rug, club…);
 * - `topic`: a mention only where the sentence or the page is about our topic;
 * - `local`: a mention only with strong evidence in the same sentence;
 * - `cue`: not a mention; counts as evidence that the page is about our topic.
 */
export type Check = 'always' | 'sense' | 'topic' | 'local' | 'cue';

export type EndingSet = { any: string[] } | { chain: string[]; max: number };

export interface CueClass {
  forms: string[];
  /** Literal words that start the raw ('re:') forms, for the prefilter. */
  triggers?: string[];
  /**
   * The sense a match rejected by this cue counts for; by default the name without "-context".
   * Empty: it counts for nothing, the page's topic included — the Russian peacekeepers
   * proposed for Karabakh in 1994, the October 2020 humanitarian truce are this topic's own
   * history, not evidence that the page is about another conflict (page-state.ts).
   */
  sense?: string;
  /** Match letters' case exactly (acronyms: "UN" is not French "un"). */
  caseSensitive?: boolean;
  /**
   * Confirms a shared name (a `sense` family's) only right next to it: an event of the region
   * ("the Karabakh war") a few words off is the sentence's other part, which the club has too
   * ("Karabach spielt seit dem Krieg in Baku"), and leaves the name to the page.
   */
  nearOnly?: boolean;
  /**
   * Confirms a name only as the place something comes from ("Provenance: Shusha, Karabagh",
   * *Karabağ kökenli halı*): the name is the region, but on a rug or horse page it says
   * nothing of what the page's bare names are, as a place preposition does (page-state.ts).
   */
  placeOnly?: boolean;
  /**
   * Speaks only for its own sentence, not for the paragraph around it (disambiguate.ts): the
   * war in Ukraine named beside the contingent in 2022–2024 news, a year before the deployment.
   */
  sentenceOnly?: boolean;
}

export interface Family {
  id: string;
  entity: EntityId | null;
  check: Check;
  forms: string[];
  caseSensitive?: boolean;
  /** Cue references `class` or `class:N` (at most N words between), or `@karabakh` (see cue-refs.ts). */
  vetoAfter?: string[];
  vetoBefore?: string[];
  confirmAfter?: string[];
  confirmBefore?: string[];
  /** Cue classes that confirm even when a veto cue is in the same sentence. */
  strongSentence?: string[];
  /**
   * For a `cue` family of the conflict's places (Shusha, Fuzuli, Stepanakert…): its matches
   * count as the region against another sense of a shared name (page-state.ts), except in a
   * sentence holding one of these cue classes (the club's home town in a match report, the
   * stud farm of a horse page, the weaving town of a rug listing) or a shared name its own
   * words did not accept, whose story it is ("Qarabag FK left Agdam in 1993"). Without this,
   * a page on the region's reconstruction that mentions the football club once had every
   * bare name taken for the club.
   */
  regionEvidenceUnlessSentence?: string[];
  /**
   * With regionEvidenceUnlessSentence: a place that never weighs for the region against
   * another sense, whatever its sentence (the football club's home town, named in every
   * account of the club's exile as much as in the war's). It still makes the page about our
   * topic, and its window still brings its sentence's cues to the certain names beside it.
   */
  placeOnly?: boolean;
  /**
   * Cue classes that, all found inside the match itself, settle it: a name that carries its
   * full date (*10 noyabr 2020-ci il tarixli üçtərəfli bəyanat*: the day and month, and the
   * year) is the statement on any page; the day alone (*10 noyabr bəyanatı*) is not.
   */
  strongInside?: string[];
  vetoSentence?: string[];
  /**
   * Cue references before the name that make it the place ("woven in Karabakh", "aus
   * Karabach"), like a confirmation at that distance, except in a sentence holding one of
   * `placeUnlessSentence`: a rug or a horse comes from a place, a player from a club.
   */
  placeBefore?: string[];
  placeUnlessSentence?: string[];
  /** Other senses this family competes with, for page-level dominance. */
  senses?: string[];
  /** Weak topic words in the sentence (Armenia, Baku) do not settle it: only strong cues or the page do ("joint statement"). */
  ignoresWeakTopic?: boolean;
  /**
   * An acronym's family: its matches count only on a page that also names its entity in
   * words, through a family without this flag ("Russian peacekeepers", *РМК* after
   * *российский миротворческий контингент*). A page introduces the acronym it uses; the
   * other RMCs (the radio, the college, the concrete) come with no such name, even on a
   * page that names Karabakh (a football report on RMC Sport about Qarabağ). Its sentence
   * still decides as before; a match accepted there waits for the name too (page-state.ts).
   */
  needsNameOnPage?: boolean;
  /**
   * The name its entity's acronym abbreviates ("Russian Military Contingent" for RMC): each
   * counts for the acronym, as one its sentence accepted does, against the page's rejections
   * of the acronym as something else (page-state.ts).
   */
  spellsOutAcronym?: boolean;
  /**
   * Cue classes whose words in the sentence outweigh a Karabakh name or place in it, as
   * vetoSentence cues do when no such name is there: "a trilateral statement on the Lachin
   * corridor was signed in Sochi" is the 2022 one; "in 1994 Russia proposed Russian
   * peacekeepers for Karabakh" was never the contingent. Only `strongSentence` cues (the
   * November 2020 date) still win over them.
   */
  vetoSentenceOverAnchor?: string[];
  /** Cue classes that settle the name in their sentence as a Karabakh name there does, yielding as it does to vetoSentenceOverAnchor (the conflict's smaller towns). */
  anchorSentence?: string[];
  /**
   * A Karabakh name inside the match settles it, as one in its sentence does: "Russia's
   * Karabakh peacekeepers", *Rusiyanın Qarabağdakı sülhməramlıları* name the region inside
   * the force's name, so the inner name is not a candidate of its own and would otherwise
   * say nothing of the topic. (Looked for only in such a match, not in every sentence.)
   */
  anchorInside?: boolean;
  /**
   * Spellings of a shared name that belong to one language (Azerbaijani *Qarabağ*, *Qarabag*:
   * lower-case words, before any apostrophe: English 's, Turkish 'ın) and that language's own letters (*ə*): such a
   * spelling, bare and left to the page, with none of those letters within a few hundred
   * characters, is the name other languages borrow for the club (or the order), not their
   * word for the region (Karabakh, Karabagh, Garabagh, Karabağ), and is rejected without
   * counting for the page (borrowed-spelling.ts). Its own language's case endings
   * (*Qarabağda*) are not such a spelling, nor is a spelling cited as that language's word
   * (`unlessSentence`: "Azerbaijanis call it Qarabağ").
   */
  borrowedSpelling?: { words: string[]; nativeLetters: string; unlessSentence?: string[] };
  /**
   * A name directly enclosed by quotation marks («Карабах», "Qarabağ", „Karabach“) is the
   * name of a thing (a club, an order, a paper), not the place: rejected unless a place word
   * is right next to it, or a word citing the name (quotedCitedBefore, quotedCitedAfter:
   * "the word", "so-called", Azerbaijani *sözü* after it) leaves it to the other rules
   * (see core/detect/quoted-name.ts).
   */
  quotedTitle?: boolean;
  /** Lower-case beginnings of names whose quotes mean "so-called" rather than a title (Artsakh): quotedTitle leaves them alone. */
  quotedTitleExcept?: string[];
  quotedCitedBefore?: string[];
  quotedCitedAfter?: string[];
}

/** What detection uses of a lexicon (data/lexicon.json also holds documentation: see scripts/lexicon/lexicon-source.ts). */
export interface Lexicon {
  version: 1;
  /** Default number of words allowed between a form and an adjacent cue. */
  nearWords: number;
  /** Groups of letters treated as equal (diacritics folding). */
  fold: string[];
  /**
   * Senses whose names writers put in quotation marks by habit (the order, a restaurant, a
   * hotel: *"Qarabağ" ordeni*, «Qarabağ» restoranı): on a page where such senses dominate
   * and every name rejected as one of them was quoted (twice at least), a plain name left to
   * the page is the region (page-state.ts, QUOTES_OTHER_SENSES). Not the club: sports pages
   * quote it in running text and leave it bare in headlines and at a sentence's start.
   */
  sensesQuotedByHabit?: string[];
  endings: Record<string, EndingSet>;
  cues: Record<string, CueClass>;
  families: Family[];
}

/**
 * The extension's lexicon. Its precomputed heads are looked up by identity
 * (precomputedHeads in precomputed-heads.ts), so it must not be changed in place: copy it to make another
 * (compileLexicon() caches by identity too). Not frozen: V8 runs the first scan a few
 * milliseconds slower over frozen arrays.
 */
export const defaultLexicon: Lexicon = generatedLexicon as Lexicon;

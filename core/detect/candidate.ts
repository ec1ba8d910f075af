/**
 * A candidate: one place where a lexicon form matched, with the decision the context
 * rules (context-rules.ts) reached from the words around it, and the cues they read.
 */
export const enum Decision {
  Accept = 0,
  Reject = 1,
  /** Accept unless the page shows one of the family's other senses dominates. */
  PageSense = 2,
  /** Accept only if the page is about our topic. */
  PageTopic = 3,
}

export interface Candidate {
  start: number;
  end: number;
  family: number;
  decision: Decision;
  /** For rejected candidates: the sense key that rejected it ("" for a non-sense reason). */
  rejectedAs: string;
  /** Accepted from evidence in the chunk itself (not from the page). */
  local: boolean;
  /**
   * Accepted only as a place ("woven in Karabakh"): it names the region, but says nothing
   * of what the page's bare names are, so it does not outweigh another sense (page-state.ts).
   */
  placeOnly: boolean;
  /** How a sense family's name is written (page-state.ts reads a page's habit of quoting another sense's names). */
  written: Written;
}

export const enum Written {
  /** In running text. */
  Plain = 0,
  /** Directly enclosed by quotation marks (quoted-name.ts). */
  Quoted = 1,
  /** Glued to a '#': a tag, which follows no writing habit. */
  Hashtag = 2,
}

export interface Cue {
  start: number;
  end: number;
  cue: number;
}

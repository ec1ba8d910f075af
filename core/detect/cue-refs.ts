/**
 * Cue references in a family's rules: `class`, or `class:N` (at most N words between the
 * form and the cue), or `@karabakh` (a Karabakh mention). Checked when the source lexicon
 * is validated; parsed when a lexicon is compiled.
 */
const CUE_REF = /^(@karabakh|[a-z0-9-]+)(?::(\d+))?$/;

/** Whether a reference is well formed (validation of the source lexicon). */
export const isCueRef = (ref: string): boolean => CUE_REF.test(ref);

/**
 * The cue class a reference names and the words allowed between; throws on a malformed
 * reference. String slicing, not CUE_REF: this runs for every rule when the content
 * script compiles its lexicon, where a regex's first runs cost more than the parsing.
 */
export function parseCueRef(ref: string, nearWords: number): { cue: string; maxWords: number } {
  const colon = ref.indexOf(':');
  const cue = colon < 0 ? ref : ref.slice(0, colon);
  const maxWords = colon < 0 ? nearWords : Number(ref.slice(colon + 1));
  if (cue === '' || colon === ref.length - 1 || !Number.isInteger(maxWords) || maxWords < 0) throw new Error(`bad cue reference ${ref}`);
  return { cue, maxWords };
}

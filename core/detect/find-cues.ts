/**
 * The cue scan: every cue (a word of context, lexicon.cues) in a stretch of a chunk, found by
 * the cue trigger heads and confirmed by each class's precise form. disambiguate.ts scans the
 * sentences of candidates that need context; paragraph-sense.ts the paragraph around a name
 * its sentence left to the page.
 */
import type { Cue } from './candidate';
import type { CompiledLexicon } from './compiled-lexicon';
import type { TriggerHit } from './word-triggers';
import { nextTrigger } from './word-triggers';

const cueHit: TriggerHit = { wordEnd: 0, groups: [] };

/** Appends every cue starting in [from, to); a word may be a cue of several classes ("Transnistria"). */
export function findCues(text: string, from: number, to: number, lex: CompiledLexicon, out: Cue[]): void {
  const { triggers, precise, groupOf } = lex.cues;
  let at: number;
  while ((at = nextTrigger(triggers, text, from, to, cueHit)) >= 0) {
    let end = cueHit.wordEnd;
    const first = out.length;
    for (const f of cueHit.groups) {
      const cue = groupOf[f]!;
      if (out.length > first && out[out.length - 1]!.cue === cue) continue;
      const matched = precise.matchAt(f, text, at);
      if (matched >= 0) {
        out.push({ start: at, end: matched, cue });
        end = Math.max(end, matched);
      }
    }
    from = end;
  }
}

/**
 * Whether a text may name one of our entities, answered without the lexicon: the content
 * script asks this of every block it reads, and loads the page detector (the lexicon, its
 * patterns and rules, most of the matcher's weight) only once some text says yes. Most
 * pages never do, so they never load it.
 *
 * It is the first step of the detector's own scan (PageDetector.mayFindIn for the default
 * lexicon), on the same trigger heads with their form numbers written 0 (yesNoHeads()):
 * data/name-triggers.json, generated with the lexicon. False means adding the text, or any run of its words, to a detector would
 * find nothing and keep nothing, so passing over it loses nothing.
 */
import { heads } from '../../data/name-triggers.json';
import { visibleText } from './invisible-marks';
import { decodeHeads } from './scanner-tables';
import { nextTrigger, indexFromHeads, type TriggerHit, type TriggerIndex } from './word-triggers';

let index: TriggerIndex | undefined;
const hit: TriggerHit = { wordEnd: 0, groups: [] };

export function mayNameEntity(text: string): boolean {
  index ??= indexFromHeads(decodeHeads(heads));
  const visible = visibleText(text);
  return nextTrigger(index, visible, 0, visible.length, hit) >= 0;
}

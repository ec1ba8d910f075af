/**
 * The trigger heads of a lexicon's two scanners (word-triggers.ts), and their compact
 * encoding for the generated lexicon file.
 *
 * Why precompute: deriving ~430 forms' literal prefixes and grouping them into heads is
 * most of what the content script would otherwise compute on every page before it can
 * scan anything (510 ms → 8 ms in Chromium). So `npm run gen:lexicon` works out the
 * default lexicon's heads at build time and stores them in data/lexicon-runtime.json;
 * at run time they are only decoded (lexicon.ts), and any other lexicon gets its heads
 * computed live.
 */
import type { Lexicon } from './lexicon';
import { literalPrefixes } from './literal-prefixes';
import type { Follower, Head } from './word-triggers';
import { triggerHeads } from './word-triggers';

/** What decides a scanner's triggers: its forms in order, and the declared triggers of raw forms. */
export interface ScannerInput {
  form: string;
  triggers: string[] | undefined;
}

export type ScannerName = 'candidates' | 'cues';
export const SCANNER_NAMES: readonly ScannerName[] = ['candidates', 'cues'];

/**
 * Forms in scanner order: family forms family by family (their priority order), cue forms
 * cue class by cue class. compileLexicon() numbers forms the same way.
 */
export function scannerInputs(lexicon: Lexicon, name: ScannerName): ScannerInput[] {
  if (name === 'candidates') return lexicon.families.flatMap((f) => f.forms.map((form) => ({ form, triggers: undefined })));
  return Object.values(lexicon.cues).flatMap((cue) => cue.forms.map((form) => ({ form, triggers: cue.triggers })));
}

/** Computes the heads: every form's literal prefixes (or declared triggers), grouped by first word. */
export function computeHeads(inputs: readonly ScannerInput[], fold: readonly string[]): Head[] {
  const byTrigger = new Map<string, Set<number>>();
  inputs.forEach(({ form, triggers: declared }, index) => {
    const prefixes = form.startsWith('re:') ? (declared ?? []) : literalPrefixes(form, fold);
    if (prefixes.length === 0) throw new Error(`lexicon: form ${JSON.stringify(form)} has no literal trigger`);
    for (const p of prefixes) {
      const key = p.toLowerCase();
      if (!byTrigger.has(key)) byTrigger.set(key, new Set());
      byTrigger.get(key)!.add(index);
    }
  });
  return triggerHeads([...byTrigger].map(([t, indexes]) => [t, [...indexes]] as const));
}

/**
 * A scanner's heads, compact and cheap to decode: the head texts, space-separated, and
 * in the same order each head's groups, space-separated, each one of
 *   `1,4`      exact and longer are both [1, 4] (most heads),
 *   `1,4:`     exact is [1, 4], longer is empty (a head that must be a whole word),
 *   `1,4:4`    exact is [1, 4], longer is [4];
 * then, for each follower (a rest of the trigger after the head, see word-triggers.ts),
 * `/rest=groups`, the rest's spaces written `_`: `:/november_2020=7` is a head that must
 * be a whole word, for group 7 only where "november 2020" follows; `/rest` alone is
 * `/rest=0` (every rest of the yes-or-no heads, yesNoHeads()).
 * A head's text is letters, marks and digits (word-triggers.ts), so it never holds a
 * space; a rest is letters, marks, digits and spaces. A head whose groups are the same as
 * the head before it is written `~`, and a run of n such heads `~n`. Under a third of the
 * size of the same heads as JSON objects.
 * A head text that begins with n ≥ 2 letters of the text before it (spellings and endings of
 * one word: nagorno nagorny nagornyi…) is written as one capital letter for n (B = 2 … Z = 26)
 * and the rest: `nagorno Fy Fyi`. Head texts are lower case, so a capital is never a letter
 * of one; this keeps about 0.4 kB of the name heads out of content.js.
 */
export interface EncodedHeads {
  texts: string;
  groups: string;
}

const sameList = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function encodeHeads(heads: readonly Head[]): EncodedHeads {
  for (const { text, followed } of heads) {
    if (!text || /[\sA-Z]/.test(text)) throw new Error(`trigger head ${JSON.stringify(text)} is empty or holds a space or a capital`);
    for (const { rest } of followed)
      if (!rest || /[_/=:,]/.test(rest)) throw new Error(`trigger rest ${JSON.stringify(rest)} is empty or holds _ / = : or ,`);
  }
  const encode = ({ exact, longer, followed }: Head) =>
    (sameList(exact, longer) && followed.length === 0 ? exact.join(',') : `${exact.join(',')}:${longer.join(',')}`) +
    followed
      .map(({ rest, groups }) => `/${rest.replaceAll(' ', '_')}${groups.length === 1 && groups[0] === 0 ? '' : `=${groups.join(',')}`}`)
      .join('');
  // Spellings of one word (dağlıq, dağliq, daglıq…) sit side by side with the same groups:
  // a run of repeats is written `~n`, which keeps over 1 kB of the name heads out of content.js.
  const groups: string[] = [];
  const encoded = heads.map(encode);
  for (let i = 0; i < encoded.length; ) {
    let repeats = 0;
    while (i + 1 + repeats < encoded.length && encoded[i + 1 + repeats] === encoded[i]) repeats++;
    groups.push(encoded[i]!);
    if (repeats > 0) groups.push(repeats === 1 ? '~' : `~${repeats}`);
    i += 1 + repeats;
  }
  const texts = heads.map(({ text }, i) => {
    const before = heads[i - 1]?.text ?? '';
    let shared = 0;
    while (shared < 26 && shared < before.length && shared < text.length && before[shared] === text[shared]) shared++;
    return shared >= 2 ? String.fromCharCode(64 + shared) + text.slice(shared) : text;
  });
  return { texts: texts.join(' '), groups: groups.join(' ') };
}

/**
 * The same heads for a yes-or-no question (may this text hold any of them?), with every
 * group written 0: a word and what follows it still have to match as before, but which
 * forms to try next is not kept. The content script's prefilter asks only that question,
 * and without the form numbers its copy of the name heads is about half as big.
 */
export function yesNoHeads(heads: readonly Head[]): Head[] {
  const some = (groups: readonly number[]) => (groups.length > 0 ? [0] : []);
  // A head that begins with a shorter head taking longer words ("russian" after "russ",
  // "karabachkrieg" after "karabach") adds nothing to a yes or no: every word it would
  // start is longer than that head, which says yes to it already. Dropped (~0.6 kB).
  const takeLonger = heads.filter((head) => head.longer.length > 0).map((head) => head.text);
  const needed = heads.filter(({ text }) => !takeLonger.some((prefix) => prefix.length < text.length && text.startsWith(prefix)));
  return needed.map(({ text, exact, longer, followed }) => ({
    text,
    exact: some(exact),
    longer: some(longer),
    // A head that is a trigger on its own ("russian") already says yes wherever a word is
    // exactly it, whatever follows: its rests ("russian federation") add nothing to a
    // yes-or-no answer. Otherwise a head's rests are already distinct (triggerHeads() keys
    // them by rest).
    followed: exact.length > 0 ? [] : followed.map(({ rest }) => ({ rest, groups: [0] })),
  }));
}

const numbers = (list: string): number[] => (list === '' ? [] : list.split(',').map(Number));

interface DecodedGroups {
  exact: readonly number[];
  longer: readonly number[];
  followed: readonly Follower[];
}

/**
 * A decoded head whose groups are parsed when the scanner first needs them: at start-up
 * only the texts are (indexFromHeads() reads nothing else), and a page hits few heads.
 */
class EncodedHead implements Head {
  private decoded: DecodedGroups | undefined;

  constructor(
    readonly text: string,
    private readonly groups: string,
  ) {}

  get exact(): readonly number[] {
    return (this.decoded ??= EncodedHead.parse(this.groups)).exact;
  }

  get longer(): readonly number[] {
    return (this.decoded ??= EncodedHead.parse(this.groups)).longer;
  }

  get followed(): readonly Follower[] {
    return (this.decoded ??= EncodedHead.parse(this.groups)).followed;
  }

  private static parse(groups: string): DecodedGroups {
    const [own = '', ...rests] = groups.split('/');
    const followed = rests.map((entry) => {
      const equals = entry.indexOf('=');
      if (equals < 0) return { rest: entry.replaceAll('_', ' '), groups: [0] };
      return { rest: entry.slice(0, equals).replaceAll('_', ' '), groups: numbers(entry.slice(equals + 1)) };
    });
    const colon = own.indexOf(':');
    if (colon < 0) {
      const both = numbers(own);
      return { exact: both, longer: both, followed };
    }
    return { exact: numbers(own.slice(0, colon)), longer: numbers(own.slice(colon + 1)), followed };
  }
}

/**
 * The inverse of encodeHeads(). Runs at content-script start: two split() calls and one
 * small object per head; a head's groups are parsed only if a page hits it.
 */
export function decodeHeads({ texts, groups }: EncodedHeads): Head[] {
  if (texts === '') return [];
  const textList = texts.split(' ');
  const groupList = groups.split(' ');
  const heads: Head[] = new Array(textList.length);
  let previous = '';
  let text = '';
  let repeats = 0;
  let next = 0;
  for (let i = 0; i < textList.length; i++) {
    const written = textList[i]!;
    const shared = written.charCodeAt(0) - 64;
    text = shared >= 2 && shared <= 26 ? text.slice(0, shared) + written.slice(1) : written;
    if (repeats > 0) repeats--;
    else {
      const token = groupList[next++] ?? '';
      if (token[0] === '~') repeats = (token.length > 1 ? Number(token.slice(1)) : 1) - 1;
      else previous = token;
    }
    heads[i] = new EncodedHead(text, previous);
  }
  if (next !== groupList.length || repeats !== 0) throw new Error('trigger heads: texts and groups differ in number');
  return heads;
}

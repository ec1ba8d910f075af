/**
 * Whether a name is directly enclosed by a matching pair of quotation marks: «Карабах»,
 * "Qarabağ", „Karabach“, « Qarabag », 'Karabakh'. Writers put a bare region name in quotes
 * when it is the name of a thing (the football club, the Karabakh Order, a paper, a film),
 * not the place; the context rules (context-rules.ts) act on it for the families that ask
 * (Family.quotedTitle). Only the quotes right around the name count: a quotation that
 * ends "…in Karabakh." or opens "Karabakh is…" does not enclose it.
 */
import { Cls, classAt, isSpace, tables } from './char-classes';
import { Written } from './candidate';

/** Each opening mark and the closing marks that may pair with it, in each language's usage. */
const CLOSES: Record<string, string> = {
  '"': '"',
  '“': '”“', // English “…”; “ … “ typed twice
  '”': '”', // Swedish, Finnish, and Azerbaijani pages typed with ” twice
  '„': '“”', // German and Polish, Russian handwriting
  '«': '»', // French, Russian, Azerbaijani, Armenian
  '»': '«', // German books' »…«
  '‹': '›',
  '›': '‹',
  "'": "'",
  '‘': '’',
  '’': '’',
  '‚': '‘’', // German ‚…‘
};

/** Single marks double as apostrophes (l'Artsakh, Karabağ'ın, Karabakh’s): they must not touch a letter outside. */
const SINGLE = "'‘’‚";
/** Guillemets opened the French way take a space inside (« Qarabag »): up to two space characters. */
const GUILLEMETS = '«‹';
const MAX_SPACES = 2;

function isWordAt(text: string, i: number): boolean {
  tables();
  return i >= 0 && i < text.length && classAt(text, i) !== Cls.None;
}

/** Index of the opening mark before `start` and up to MAX_SPACES spaces (the caller checks spaces are a guillemet's), or -1. */
function openingAt(text: string, start: number): number {
  let i = start - 1;
  while (i >= 0 && start - 1 - i < MAX_SPACES && isSpace(text.charCodeAt(i))) i--;
  return i >= 0 && text[i]! in CLOSES ? i : -1;
}

/** Index of the character after `end` and up to MAX_SPACES spaces (the caller checks it is a closing mark), or -1. */
function closingAt(text: string, end: number): number {
  let i = end;
  while (i < text.length && i - end < MAX_SPACES && isSpace(text.charCodeAt(i))) i++;
  if (i >= text.length) return -1;
  return i;
}

/** Whether text[start, end) is directly enclosed by a matching pair of quotation marks. */
export function quoteEnclosed(text: string, start: number, end: number): boolean {
  const open = openingAt(text, start);
  if (open < 0) return false;
  const mark = text[open]!;
  // English names take a bare apostrophe as their plural possessive ("the Karabakhs'"), so
  // the match of 'Karabakh' may end with its closing mark.
  const close = SINGLE.includes(mark) && CLOSES[mark]!.includes(text[end - 1]!) ? end - 1 : closingAt(text, end);
  if (close < 0) return false;
  if (!CLOSES[mark]!.includes(text[close]!)) return false;
  if ((open < start - 1 || close > end) && !GUILLEMETS.includes(mark)) return false;
  if (SINGLE.includes(mark) && (isWordAt(text, open - 1) || isWordAt(text, close + 1))) return false;
  return true;
}

/** Whether the name at text[start, end) begins with one of `prefixes` (lower case): the names the rule leaves alone. */
export function startsWithAny(text: string, start: number, end: number, prefixes: readonly string[]): boolean {
  if (prefixes.length === 0) return false;
  const head = text.slice(start, Math.min(end, start + 8)).toLowerCase();
  for (const p of prefixes) if (head.startsWith(p)) return true;
  return false;
}

/** How the name at text[start, end) is written: in quotation marks, as a hashtag, or plain. */
export function writtenAs(text: string, name: { start: number; end: number }): Written {
  if (text.charCodeAt(name.start - 1) === HASH) return Written.Hashtag;
  return quoteEnclosed(text, name.start, name.end) ? Written.Quoted : Written.Plain;
}

const HASH = 0x23;

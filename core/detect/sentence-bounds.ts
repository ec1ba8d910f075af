/**
 * Where a candidate's sentence starts and ends (the reach of "the words around it"), and
 * whether it stands inside a web address. Plain character scans: they run for every
 * candidate that needs context.
 */
/** Sentences longer than this are cut: context is "nearby", not "the whole paragraph". */
const SENTENCE_REACH = 300;

/** What `\s` matches, without making a one-character string. */
function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

export function sentenceStart(text: string, index: number): number {
  const limit = Math.max(0, index - SENTENCE_REACH);
  for (let i = index - 1; i >= limit; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x589 || c === 0x3002) return i + 1;
    if ((c === 46 || c === 33 || c === 63) && i + 1 < index && isSpace(text.charCodeAt(i + 1))) return i + 1;
  }
  return limit;
}

export function sentenceEnd(text: string, index: number): number {
  const limit = Math.min(text.length, index + SENTENCE_REACH);
  for (let i = index; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x589 || c === 0x3002) return i;
    if ((c === 46 || c === 33 || c === 63) && (i + 1 >= text.length || isSpace(text.charCodeAt(i + 1)))) return i + 1;
  }
  return limit;
}

/** How far back to look for the start of a URL around a match. */
const URL_REACH = 200;

/** Addresses are not prose: a name inside a URL (…/Nagorno-Karabakh_war.svg) is not a mention. */
export function insideUrl(text: string, index: number): boolean {
  const limit = Math.max(0, index - URL_REACH);
  for (let i = index - 1; i >= limit; i--) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c === 0x28 || c === 0x3c || c === 0x22 || c === 0x5b) return false;
    if (c === 0x2f && text.charCodeAt(i - 1) === 0x2f && text.charCodeAt(i - 2) === 0x3a) return true;
    if (c === 0x2e && i >= 3 && text.slice(i - 3, i).toLowerCase() === 'www') return true;
  }
  return false;
}

import { isOwnWrapper } from './own-ui';

/**
 * How the text walker treats each element, decided by tag name alone: asking for
 * computed styles would force style work on every element of a 5 MB page.
 */

/** Elements whose text is never page prose (code, form fields, embedded documents, templates). */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'INPUT',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'OPTGROUP',
  'DATALIST',
  'HEAD',
  'TITLE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'SVG',
  'MATH',
]);

/**
 * Elements that flow inside a line. Text across them forms one chunk, so
 * "Nagorno-<b>Karabakh</b>" is one mention. Any other element breaks the chunk; an
 * unknown element counts as a break so unrelated text is never glued together.
 */
export const INLINE_TAGS: ReadonlySet<string> = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'KBD',
  'LABEL',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'TT',
  'U',
  'VAR',
  'WBR',
]);

export interface SkipOptions {
  /** Our own UI (the hover card's host); its text must never be matched. */
  isOwnUi?: (element: Element) => boolean;
}

/** True when nothing inside this element should be read or highlighted. */
export function isSkippedElement(element: Element, options: SkipOptions = {}): boolean {
  if (SKIPPED.has(element.tagName.toUpperCase())) return true;
  if (isEditingHost(element)) return true;
  return options.isOwnUi?.(element) ?? false;
}

/** The user types here: highlighting would fight the editor, and the text is theirs. */
function isEditingHost(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

export function isInlineElement(element: Element): boolean {
  return INLINE_TAGS.has(element.tagName.toUpperCase()) || isOwnWrapper(element);
}

export const enum ElementKind {
  Skipped,
  Inline,
  Block,
}

/** isSkippedElement and isInlineElement in one look: the text walker asks for every element of the page. */
export function elementKind(element: Element, options: SkipOptions = {}): ElementKind {
  const tag = element.tagName.toUpperCase();
  if (SKIPPED.has(tag) || isEditingHost(element) || options.isOwnUi?.(element)) return ElementKind.Skipped;
  return INLINE_TAGS.has(tag) || isOwnWrapper(element) ? ElementKind.Inline : ElementKind.Block;
}

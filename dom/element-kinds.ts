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
  'MATH',
  // SVG is read (chart labels, map names in <text>), but not what it never shows as text.
  'DEFS',
  'DESC',
  'METADATA',
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
  // SVG's runs of text inside a <text> element.
  'TSPAN',
  'TEXTPATH',
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
  return isSkipped(element.tagName.toUpperCase(), element, options);
}

function isSkipped(tag: string, element: Element, options: SkipOptions): boolean {
  return SKIPPED.has(tag) || isEditingHost(element) || (options.isOwnUi?.(element) ?? false);
}

/** The user types here: highlighting would fight the editor, and the text is theirs. */
function isEditingHost(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

export function isInlineElement(element: Element): boolean {
  return isInline(element.tagName.toUpperCase(), element);
}

function isInline(tag: string, element: Element): boolean {
  return INLINE_TAGS.has(tag) || isOwnWrapper(element);
}

/**
 * The elements attachShadow() accepts, besides custom elements (a hyphen in the name): only
 * these can hold a shadow root, so only these are asked for one.
 */
const SHADOW_HOSTS = new Set([
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'DIV',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'MAIN',
  'NAV',
  'P',
  'SECTION',
  'SPAN',
]);

/**
 * What elementKind answers. Plain constants, not a `const enum`: the bundler compiles each
 * module alone, so an enum used from another module ships as an object (~130 bytes of the
 * content script's budget); constants are inlined.
 */
export const KIND_SKIPPED = 0;
export const KIND_INLINE = 1;
export const KIND_BLOCK = 2;
/** Added to KIND_INLINE or KIND_BLOCK: the element may hold a shadow root. */
export const KIND_MAY_HOST_SHADOW = 4;

/**
 * isSkippedElement and isInlineElement in one look, plus whether the element may hold a
 * shadow root: the text walker asks for every element of the page, and each question
 * to the DOM from our isolated world costs.
 */
export function elementKind(element: Element, options: SkipOptions = {}): number {
  // The tag name is read once: the same rules as isSkippedElement and isInlineElement.
  const tag = element.tagName.toUpperCase();
  if (isSkipped(tag, element, options)) return KIND_SKIPPED;
  const host = SHADOW_HOSTS.has(tag) || tag.includes('-') ? KIND_MAY_HOST_SHADOW : 0;
  return (isInline(tag, element) ? KIND_INLINE : KIND_BLOCK) | host;
}

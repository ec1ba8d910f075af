import type { MentionSnippet } from './messages';

/**
 * The text around a mention in the popup's page summary. The content script sends it raw,
 * up to SNIPPET_CONTEXT + 1 characters on each side (one more than is shown, so a cut is
 * known); the popup shapes it here: whitespace collapsed, a word cut in half at the edge
 * dropped. Why here: this runs once per popup, and the content script, which runs in
 * every page, must stay under 60 kB.
 */
export const SNIPPET_CONTEXT = 60;

export function tidySnippet(snippet: MentionSnippet): MentionSnippet {
  const { before, after } = snippet;
  const cutBefore = before.length > SNIPPET_CONTEXT;
  const cutAfter = after.length > SNIPPET_CONTEXT;
  return {
    ...snippet,
    text: squeeze(snippet.text),
    before: trimStartToWord(squeeze(cutBefore ? before.slice(-SNIPPET_CONTEXT) : before), cutBefore),
    after: trimEndToWord(squeeze(cutAfter ? after.slice(0, SNIPPET_CONTEXT) : after), cutAfter),
  };
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Drops a word cut in half at the start of the context. */
function trimStartToWord(text: string, cut: boolean): string {
  if (!cut) return text.trimStart();
  const space = text.indexOf(' ');
  return space >= 0 && space < text.length - 1 ? text.slice(space + 1) : text;
}

function trimEndToWord(text: string, cut: boolean): string {
  if (!cut) return text.trimEnd();
  const space = text.lastIndexOf(' ');
  return space > 0 ? text.slice(0, space) : text;
}

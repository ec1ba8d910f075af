/**
 * What the content script and card-ui.js agree on for announcements: the announcer and
 * its sentences are loaded with the card's code, on the first announcement, so the script
 * on every page carries neither. Types and one key only.
 */
import type { Announcement } from '@/core/announcements';

/** Where card-ui.js leaves its announce function on the content script's global (not the page's; see card-view-api.ts). */
export const ANNOUNCE_KEY = Symbol.for('karabakh-context.announce');

export type Announce = (doc: Document, announcement: Announcement, markOwnUi: (element: Element) => void) => void;

/**
 * Asking a tab's content script about its page. No answer is a normal outcome (browser
 * pages, the web stores, the built-in PDF viewer, a page still loading): it gives null.
 */
import { browser } from 'wxt/browser';
import { ENTITY_IDS, isEntityId } from '@/core/entities';
import type { ContentRequest, HighlightReason, MentionSnippet, PageReport } from '../core/messages';

const REASONS: readonly HighlightReason[] = ['on', 'site-off', 'not-listed', 'paused', 'paused-session'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSnippet(value: unknown): value is MentionSnippet {
  return (
    isRecord(value) &&
    Number.isInteger(value.index) &&
    (value.index as number) >= 0 &&
    isEntityId(value.entity) &&
    typeof value.text === 'string' &&
    typeof value.before === 'string' &&
    typeof value.after === 'string'
  );
}

/** A content script from an older or newer version may answer in another shape: check it. */
export function isPageReport(value: unknown): value is PageReport {
  if (!isRecord(value)) return false;
  const counts = value.counts;
  return (
    typeof value.url === 'string' &&
    typeof value.siteKey === 'string' &&
    (REASONS as readonly unknown[]).includes(value.reason) &&
    typeof value.complete === 'boolean' &&
    isRecord(counts) &&
    ENTITY_IDS.every((id) => Number.isInteger(counts[id]) && (counts[id] as number) >= 0) &&
    Array.isArray(value.snippets) &&
    value.snippets.every(isSnippet)
  );
}

/** Sends a request to the top frame's content script of a tab; resolves undefined on no answer. */
export async function sendToPage(tabId: number, request: ContentRequest): Promise<unknown> {
  try {
    return await browser.tabs.sendMessage(tabId, request, { frameId: 0 });
  } catch {
    return undefined;
  }
}

export async function requestPageReport(tabId: number): Promise<PageReport | null> {
  const answer = await sendToPage(tabId, { type: 'get-page-report' });
  return isPageReport(answer) ? answer : null;
}

/** The active tab of the current window; its id is given without the `tabs` permission. */
export async function activeTabId(): Promise<number | undefined> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id;
  } catch {
    return undefined;
  }
}

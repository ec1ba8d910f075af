/**
 * Keyboard commands (declared in wxt.config.ts): toggle this site, step through mentions.
 */
import { browser } from 'wxt/browser';
import { isSiteEnabled, setSiteEnabled } from '@/core/sites';
import { activeTabId, requestPageReport, sendToPage } from './page-report';
import { readSettings, updateSettings } from './storage';

export const COMMANDS = {
  toggleSite: 'toggle-site',
  nextMention: 'next-mention',
  previousMention: 'previous-mention',
} as const;

/** Flips the site of a tab's page; returns the new state, or undefined when the page has no site. */
export async function toggleSiteOfTab(tabId: number): Promise<boolean | undefined> {
  const report = await requestPageReport(tabId);
  if (!report || report.siteKey === '') return undefined;
  const enabled = !isSiteEnabled(report.siteKey, await readSettings());
  await updateSettings((settings) => setSiteEnabled(settings, report.siteKey, enabled));
  return enabled;
}

export async function runCommand(command: string, tabId?: number): Promise<void> {
  const id = tabId ?? (await activeTabId());
  if (id === undefined) return;
  switch (command) {
    case COMMANDS.toggleSite:
      await toggleSiteOfTab(id);
      break;
    case COMMANDS.nextMention:
      await sendToPage(id, { type: 'step-mention', direction: 1 });
      break;
    case COMMANDS.previousMention:
      await sendToPage(id, { type: 'step-mention', direction: -1 });
      break;
  }
}

export interface ShortcutHint {
  name: string;
  description: string;
  /** '' when the user (or a clash) left the command without keys. */
  shortcut: string;
}

/** The commands and the keys the browser actually assigned, for the popup's hints. */
export async function shortcutHints(): Promise<ShortcutHint[]> {
  try {
    const order: string[] = Object.values(COMMANDS);
    const commands = await browser.commands.getAll();
    return commands
      .filter((command) => command.name && !command.name.startsWith('_'))
      .map((command) => ({
        name: command.name ?? '',
        description: command.description ?? command.name ?? '',
        shortcut: command.shortcut ?? '',
      }))
      .sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  } catch {
    return [];
  }
}

/**
 * The reader's choice of language for the card's notes (core/locale.ts: the browser's,
 * English, or the page's), remembered in `storage.local` across pages and restarts.
 * Anything else found there reads as the default, the browser's language.
 */
import { storage } from 'wxt/utils/storage';
import { isNotesLanguageChoice, type NotesLanguageChoice } from '@/core/locale';

const notesLanguageItem = storage.defineItem<unknown>('local:notes-language', { fallback: null });

export async function readNotesLanguage(): Promise<NotesLanguageChoice> {
  try {
    const value = await notesLanguageItem.getValue();
    return isNotesLanguageChoice(value) ? value : 'browser';
  } catch {
    return 'browser';
  }
}

/** The default is stored as nothing at all, so a reader who never switches stores nothing. */
export async function writeNotesLanguage(choice: NotesLanguageChoice): Promise<void> {
  await (choice === 'browser' ? notesLanguageItem.removeValue() : notesLanguageItem.setValue(choice));
}

/**
 * The reader's words for a refused site or settings file: core/ gives the problem as a
 * code (with its English sentence for logs); the locale files word it.
 */
import type { SettingsImportProblem } from '@/core/settings';
import type { SiteEntryProblem } from '@/core/sites';
import type { Texts } from '../texts';

const SITE_PROBLEMS = {
  'not-text': 'siteErrors.notText',
  empty: 'siteErrors.empty',
  'too-long': 'siteErrors.tooLong',
  'not-web-page': 'siteErrors.notWebPage',
  'bad-characters': 'siteErrors.badCharacters',
  'not-site-name': 'siteErrors.notSiteName',
  'needs-ending': 'siteErrors.needsEnding',
} as const satisfies Record<SiteEntryProblem, string>;

const IMPORT_PROBLEMS = {
  'not-json': 'importErrors.notJson',
  'not-settings': 'importErrors.notSettings',
  newer: 'importErrors.newer',
  'no-settings': 'importErrors.noSettings',
  problems: 'importErrors.problems',
} as const satisfies Record<SettingsImportProblem, string>;

export function siteProblemText({ t }: Texts, refusal: { problem: SiteEntryProblem; text: string; suggestion?: string }): string {
  // Every message takes what was typed as $1 and the suggested name as $2; the
  // browser ignores substitutions a message does not use.
  return (t as (key: string, substitutions?: string[]) => string)(SITE_PROBLEMS[refusal.problem], [refusal.text, refusal.suggestion ?? '']);
}

/** The refusal in the reader's words; a damaged file's details (what exactly is wrong) stay in English. */
export function importProblemText({ t }: Texts, refusal: { problem: SettingsImportProblem; details: string[] }): string {
  return (t as (key: string, substitutions?: string[]) => string)(IMPORT_PROBLEMS[refusal.problem], [refusal.details.join(' ')]);
}

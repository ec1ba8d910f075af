/**
 * The six locale files say the same things: every key of en.yml in every locale and no
 * other, the same $1…$9 in each message, the manifest description within the Chrome
 * Web Store's 132 characters, and no key that nothing uses (the source is scanned for
 * the key as a literal, `__MSG_key__` in the manifest, or a plural phrase's base key).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UI_LOCALES } from '@/core/locale';
import { loadLocaleMessages, projectRoot } from '../helpers/texts';

const messages = Object.fromEntries(UI_LOCALES.map((locale) => [locale, loadLocaleMessages(locale)]));
const english = messages.en!;
const keys = Object.keys(english);

/** Messages that are rightly the same as in English: French "site" is "site". */
const SAME_AS_ENGLISH: Partial<Record<string, readonly string[]>> = {
  fr: ['options.sites.one', 'options.sites.few', 'options.sites.other'],
};

function substitutionsIn(text: string): string[] {
  return [...new Set(text.match(/\$[1-9]/g) ?? [])].sort();
}

describe.each(UI_LOCALES.filter((locale) => locale !== 'en'))('locales/%s.yml', (locale) => {
  const own = messages[locale]!;
  it('has every key of en.yml and no other', () => {
    expect(
      keys.filter((key) => !(key in own)),
      'missing',
    ).toEqual([]);
    expect(
      Object.keys(own).filter((key) => !(key in english)),
      'extra',
    ).toEqual([]);
  });
  it('uses the same substitutions as English in every message', () => {
    const differing = keys.filter((key) => key in own && substitutionsIn(own[key]!).join() !== substitutionsIn(english[key]!).join());
    expect(differing).toEqual([]);
  });
  it('translates the wording (only names, codes and symbols may stay as in English)', () => {
    const same = keys.filter(
      (key) => own[key] === english[key] && !/^(locale|languages\.|manifest\.name)/.test(key) && !SAME_AS_ENGLISH[locale]?.includes(key),
    );
    expect(same).toEqual([]);
  });
});

describe('every locale', () => {
  it.each(UI_LOCALES)('%s names itself under `locale`, which the notes and Intl formats follow', (locale) => {
    expect(messages[locale]!.locale).toBe(locale);
  });
  it.each(UI_LOCALES)('%s: the manifest description fits the Chrome Web Store limit of 132 characters', (locale) => {
    expect([...messages[locale]!['manifest.description']!].length).toBeLessThanOrEqual(132);
  });
});

const SOURCE_DIRS = ['card', 'components', 'entrypoints', 'utils', 'core', 'dom'];
const SOURCE_FILES = ['wxt.config.ts'];

function sourceFiles(dir: string): string[] {
  const full = join(projectRoot, dir);
  let entries: string[];
  try {
    entries = readdirSync(full);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(full, name);
    if (statSync(path).isDirectory()) return sourceFiles(relative(projectRoot, path));
    return /\.(ts|tsx|html)$/.test(name) ? [path] : [];
  });
}

describe('the source', () => {
  const files = [...SOURCE_DIRS.flatMap(sourceFiles), ...SOURCE_FILES.map((file) => join(projectRoot, file))];
  const source = files.map((file) => readFileSync(file, 'utf8')).join('\n');

  function isUsed(key: string): boolean {
    const quoted = (text: string) => source.includes(`'${text}'`) || source.includes(`"${text}"`) || source.includes(`\`${text}\``);
    if (quoted(key) || source.includes(`__MSG_${key.replaceAll('.', '_')}__`)) return true;
    const plural = /^(.*)\.(one|few|many|other)$/.exec(key);
    return plural !== null && quoted(plural[1]!);
  }

  it('uses every key of the locale files', () => {
    expect(keys.filter((key) => !isUsed(key))).toEqual([]);
  });

  it('asks only for keys the locale files have', () => {
    const asked = [...source.matchAll(/\bt\(\s*'([\w.]+)'/g)].map((match) => match[1]!);
    const counted = [...source.matchAll(/\bcount\(\s*'([\w.]+)'/g)].map((match) => `${match[1]!}.other`);
    expect([...asked, ...counted].filter((key) => !(key in english))).toEqual([]);
  });
});

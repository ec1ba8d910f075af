/**
 * Refusals carry a code beside their English sentence, so the options page can word them
 * in the reader's language (locales/*.yml siteErrors / importErrors).
 */
import { describe, expect, it } from 'vitest';
import { importSettingsFile } from '@/core/settings';
import { parseSiteEntry } from '@/core/sites';

describe('parseSiteEntry problems', () => {
  it.each([
    [42, 'not-text'],
    ['   ', 'empty'],
    ['x'.repeat(3000), 'too-long'],
    ['ftp://example.com', 'not-web-page'],
    ['exa mple.com', 'bad-characters'],
    ['1234', 'not-site-name'],
    ['example', 'needs-ending'],
  ])('%s → %s', (input, problem) => {
    const result = parseSiteEntry(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toBe(problem);
  });
  it('names what was typed, and suggests the ending it lacks', () => {
    const result = parseSiteEntry('example');
    expect(result).toMatchObject({ ok: false, text: 'example', suggestion: 'example' });
  });
});

describe('importSettingsFile problems', () => {
  it.each([
    ['{', 'not-json'],
    ['{"format":"other"}', 'not-settings'],
    ['{"format":"karabakh-context-settings","version":999,"settings":{}}', 'newer'],
    ['{"format":"karabakh-context-settings","version":1}', 'no-settings'],
    ['{"format":"karabakh-context-settings","version":1,"settings":{"mode":"x"}}', 'problems'],
  ])('%s → %s', (text, problem) => {
    const result = importSettingsFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toBe(problem);
  });
  it('lists the details of a damaged file', () => {
    const result = importSettingsFile('{"format":"karabakh-context-settings","version":1,"settings":{"mode":"x"}}');
    expect(result.ok || result.details.length).toBeGreaterThan(0);
  });
});

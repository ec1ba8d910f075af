import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  defaultSettings,
  exportSettingsFile,
  importSettingsFile,
  MAX_SITES,
  parsePause,
  parseSettings,
  type Settings,
} from '@/core/settings';

const valid: Settings = {
  mode: 'only-listed',
  offSites: ['example.com'],
  onSites: ['news.example.org', '127.0.0.1'],
  entities: { karabakh: true, rmc: false, 'trilateral-statement': true },
  style: 'underline',
};

describe('parseSettings', () => {
  test('a valid value is kept as it is and needs no repair', () => {
    expect(parseSettings(valid)).toEqual({ settings: valid, repaired: false, problems: [] });
  });

  test('nothing stored yet gives the defaults without counting as damage', () => {
    expect(parseSettings(undefined)).toEqual({ settings: defaultSettings(), repaired: false, problems: [] });
    expect(parseSettings(null)).toEqual({ settings: defaultSettings(), repaired: false, problems: [] });
  });

  test.each([['a string'], [42], [[1, 2]], [true]])('%j (not an object) gives the defaults and asks for repair', (value) => {
    const parsed = parseSettings(value);
    expect(parsed.settings).toEqual(defaultSettings());
    expect(parsed.repaired).toBe(true);
    expect(parsed.problems[0]).toMatch(/not an object/);
  });

  test('a damaged value keeps every valid part', () => {
    const parsed = parseSettings({
      mode: 'sometimes',
      offSites: ['Example.com', 'www.example.com', 42, 'not a site', 'news.example.org'],
      onSites: 'example.com',
      entities: { karabakh: false, rmc: 'yes', unknown: true },
      style: 'underline',
    });
    expect(parsed.repaired).toBe(true);
    expect(parsed.settings).toEqual({
      mode: 'everywhere',
      offSites: ['example.com', 'news.example.org'],
      onSites: [],
      entities: { karabakh: false, rmc: true, 'trilateral-statement': true },
      style: 'underline',
    });
    expect(parsed.problems.join(' ')).toMatch(/Unknown mode/);
    expect(parsed.problems.join(' ')).toMatch(/2 entries were not sites/);
    expect(parsed.problems.join(' ')).toMatch(/was not a list/);
  });

  test('fields a newer version added are ignored without losing the rest', () => {
    const parsed = parseSettings({ ...valid, theme: 'dark' });
    expect(parsed.settings).toEqual(valid);
  });

  test('10,000 sites are kept, in order, and read quickly', () => {
    const sites = Array.from({ length: 10_000 }, (_, i) => `site${i}.example.com`);
    const start = performance.now();
    const parsed = parseSettings({ ...valid, offSites: sites });
    expect(performance.now() - start).toBeLessThan(1000);
    expect(parsed.settings.offSites).toEqual(sites);
    expect(parsed.repaired).toBe(false);
  });

  test(`a list beyond ${MAX_SITES} sites is cut there, with a problem reported`, () => {
    const sites = Array.from({ length: MAX_SITES + 5 }, (_, i) => `s${i}.example`);
    const parsed = parseSettings({ ...valid, onSites: sites });
    expect(parsed.settings.onSites).toHaveLength(MAX_SITES);
    expect(parsed.problems.join(' ')).toMatch(/more than/);
  });

  test('never throws, and its output is always valid and stable', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const once = parseSettings(value);
        const twice = parseSettings(once.settings);
        expect(twice.settings).toEqual(once.settings);
        expect(twice.repaired).toBe(false);
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(
        fc.record({
          mode: fc.oneof(fc.constantFrom('everywhere', 'only-listed'), fc.anything()),
          offSites: fc.array(fc.oneof(fc.domain(), fc.string(), fc.anything())),
          onSites: fc.array(fc.oneof(fc.domain(), fc.webUrl())),
          entities: fc.dictionary(fc.string(), fc.oneof(fc.boolean(), fc.anything())),
          style: fc.anything(),
        }),
        (value) => {
          const once = parseSettings(value);
          expect(parseSettings(once.settings).repaired).toBe(false);
        },
      ),
      { numRuns: 150 },
    );
  }, 30_000);
});

describe('parsePause', () => {
  test.each([
    ['none', 'none'],
    ['until-resumed', 'until-resumed'],
    ['session', 'session'],
    ['forever', 'none'],
    [null, 'none'],
    [{ session: true }, 'none'],
  ])('%j → %s', (value, expected) => {
    expect(parsePause(value)).toBe(expected);
  });
});

describe('settings files', () => {
  test('export then import gives the same settings', () => {
    expect(importSettingsFile(exportSettingsFile(valid))).toEqual({ ok: true, settings: valid });
  });

  test.each([
    ['not json', '{oops', /not JSON/],
    ['another JSON file', '{"name":"package"}', /not a Karabakh Context settings file/],
    ['a list', '[1,2]', /not a Karabakh Context settings file/],
    ['a newer version', '{"format":"karabakh-context-settings","version":99,"settings":{}}', /newer version/],
    ['no settings', '{"format":"karabakh-context-settings","version":1}', /no settings/],
    [
      'a bad site',
      JSON.stringify({ format: 'karabakh-context-settings', version: 1, settings: { ...valid, offSites: ['ok.com', 'bad site'] } }),
      /1 entry was not a site/,
    ],
    [
      'missing parts',
      JSON.stringify({ format: 'karabakh-context-settings', version: 1, settings: { mode: 'everywhere' } }),
      /Missing: offSites, onSites, entities, style/,
    ],
  ])('%s is refused with a message that says nothing changed', (_name, text, message) => {
    const result = importSettingsFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(message);
      expect(result.error).toMatch(/[Nn]othing was changed/);
    }
  });
});

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseSettings, parseSettingsLeniently, type Settings } from '@/core/settings';

const valid: Settings = {
  mode: 'only-listed',
  offSites: ['example.com', 'file://'],
  onSites: ['news.example.org', '127.0.0.1', 'localhost'],
  entities: { karabakh: true, rmc: false, 'trilateral-statement': true },
  style: 'underline',
};

describe("the content script's lenient reading (parseSettingsLeniently)", () => {
  test('a value our own pages wrote reads exactly as parseSettings reads it', () => {
    expect(parseSettingsLeniently(valid)).toEqual(parseSettings(valid));
    expect(parseSettingsLeniently(null)).toEqual(parseSettings(null));
  });

  test('entries that are not text are dropped and the value repaired; text is kept as stored', () => {
    const parsed = parseSettingsLeniently({ ...valid, offSites: ['example.com', 42, null, 'Not A Site!'] });
    expect(parsed.settings.offSites).toEqual(['example.com', 'Not A Site!']);
    expect(parsed.repaired).toBe(true);
  });

  test('shape damage is repaired as parseSettings repairs it', () => {
    const damaged = { ...valid, mode: 'sometimes', style: 7, entities: 'all', onSites: 'example.com' };
    const lenient = parseSettingsLeniently(damaged);
    expect(lenient.settings).toEqual(parseSettings(damaged).settings);
    expect(lenient.repaired).toBe(true);
  });

  test('never throws, on anything', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const { settings } = parseSettingsLeniently(value);
        expect(settings.offSites.every((entry) => typeof entry === 'string')).toBe(true);
      }),
    );
  });
});

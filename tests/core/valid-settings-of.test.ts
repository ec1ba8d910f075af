import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseSettings, type Settings, validSettingsOf } from '@/core/settings';

const valid: Settings = {
  mode: 'only-listed',
  offSites: ['example.com', 'file://'],
  onSites: ['news.example.org', '127.0.0.1', 'localhost'],
  entities: { karabakh: true, rmc: false, 'trilateral-statement': true },
  style: 'underline',
};

describe("the content script's quiet reading (validSettingsOf)", () => {
  test('a value our own pages wrote reads exactly as parseSettings reads it', () => {
    expect(validSettingsOf(valid)).toEqual(parseSettings(valid).settings);
    expect(validSettingsOf(null)).toEqual(parseSettings(null).settings);
  });

  test('entries that are not text are dropped; text is kept as stored', () => {
    const read = validSettingsOf({ ...valid, offSites: ['example.com', 42, null, 'Not A Site!'] });
    expect(read.offSites).toEqual(['example.com', 'Not A Site!']);
  });

  test('shape damage reads as parseSettings repairs it, each valid part kept', () => {
    const damaged = { ...valid, mode: 'sometimes', style: 7, entities: { karabakh: false, rmc: 'no' }, onSites: 'example.com' };
    expect(validSettingsOf(damaged)).toEqual(parseSettings(damaged).settings);
    expect(validSettingsOf(damaged).entities).toEqual({ karabakh: false, rmc: true, 'trilateral-statement': true });
    expect(validSettingsOf('settings')).toEqual(parseSettings('settings').settings);
  });

  test('never throws, on anything, and agrees with parseSettings on everything but site entries', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const read = validSettingsOf(value);
        expect(read.offSites.every((entry) => typeof entry === 'string')).toBe(true);
        const { offSites, onSites, ...rest } = parseSettings(value).settings;
        expect({ ...read, offSites, onSites }).toEqual({ ...rest, offSites, onSites });
      }),
    );
  });
});

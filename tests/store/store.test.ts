/**
 * The store folder holds a listing in each of the six languages that fits each store's
 * limits and agrees with the manifest, the privacy policy is linked, and the pictures the
 * e2e suite made have the sizes the Chrome Web Store requires.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UI_LOCALES } from '@/core/locale';
import { loadLocaleMessages, projectRoot } from '../helpers/texts';

const store = join(projectRoot, 'store');

function sections(markdown: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of markdown.matchAll(/^## (.+)\n\n([\s\S]*?)(?=\n## |$(?![\s\S]))/gm)) {
    found[match[1]!.trim()] = match[2]!.trim();
  }
  return found;
}

describe.each(UI_LOCALES)('store/listing/%s.md', (locale) => {
  const listing = sections(readFileSync(join(store, 'listing', `${locale}.md`), 'utf8'));
  const messages = loadLocaleMessages(locale);

  it('has a title, short description, summary and description', () => {
    expect(Object.keys(listing)).toEqual(['Title', 'Short description', 'Summary', 'Description']);
  });
  it('uses the manifest name, and the manifest description as its short description', () => {
    expect(listing.Title).toBe(messages['manifest.name']);
    expect(listing['Short description']).toBe(messages['manifest.description']);
  });
  it('fits the limits: Chrome short description 132, AMO summary 250, description 16,000 characters', () => {
    expect([...listing['Short description']!].length).toBeLessThanOrEqual(132);
    expect([...listing.Summary!].length).toBeLessThanOrEqual(250);
    expect([...listing.Description!].length).toBeLessThanOrEqual(16_000);
  });
  it('names the source article and its point of view, and says nothing leaves the browser', () => {
    expect(listing.Description).toContain('Why are Russian peacekeepers leaving Karabakh?');
    expect(listing.Description).toContain('bne IntelliNews');
    expect(listing.Description).toMatch(/Alt\+(Shift|Maj|Umschalt)\+K/);
  });
});

describe('submission material', () => {
  it('has the Chrome Web Store privacy answers and the AMO notes', () => {
    const chrome = readFileSync(join(store, 'chrome-web-store.md'), 'utf8');
    for (const heading of ['## Single purpose', '## Permission justifications', '## Remote code', '## Data usage']) {
      expect(chrome).toContain(heading);
    }
    // One justification for each permission the manifest asks for.
    expect(chrome).toContain('**storage**');
    expect(chrome).toContain('<all_urls>');
    const amo = readFileSync(join(store, 'amo.md'), 'utf8');
    expect(amo).toContain('## Data collection');
    expect(amo).toContain('npm run build:firefox');
  });

  it('links PRIVACY.md from the README and the store notes', () => {
    expect(existsSync(join(projectRoot, 'PRIVACY.md'))).toBe(true);
    expect(readFileSync(join(projectRoot, 'README.md'), 'utf8')).toContain('](PRIVACY.md)');
    expect(readFileSync(join(store, 'chrome-web-store.md'), 'utf8')).toContain('](../PRIVACY.md)');
  });
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('store/screenshots (written by e2e/store-screenshots.e2e.ts)', () => {
  const dir = join(store, 'screenshots');
  const files = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.png')) : [];

  it('holds at least one 1280×800 screenshot and the 440×280 promo tile', () => {
    expect(files.filter((name) => name.startsWith('screenshot-')).length).toBeGreaterThan(0);
    expect(files).toContain('promo-tile-440x280.png');
  });
  it.each(files)('%s has the size the Chrome Web Store asks for', (name) => {
    const expected = name.startsWith('promo-tile') ? { width: 440, height: 280 } : { width: 1280, height: 800 };
    expect(pngSize(join(dir, name))).toEqual(expected);
  });
});

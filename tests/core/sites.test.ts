import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { defaultSettings, type Settings } from '@/core/settings';
import { coveringEntry, highlightReason, isSiteEnabled, parseSiteEntry, setSiteEnabled, siteKeyOf, siteLabel } from '@/core/sites';

describe('siteKeyOf', () => {
  test.each([
    ['https://example.com/a?b#c', 'example.com'],
    ['http://EXAMPLE.com', 'example.com'],
    ['https://www.example.com/', 'example.com'],
    ['https://www.www.example.com/', 'www.example.com'], // one www. only
    ['https://www2.example.com/', 'www2.example.com'],
    ['https://news.example.com/', 'news.example.com'],
    ['https://example.com:8443/', 'example.com'], // ports are ignored
    ['http://127.0.0.1:5173/page', '127.0.0.1'],
    ['http://localhost:3000/', 'localhost'],
    ['http://[::1]:8080/', '[::1]'],
    ['https://example.com./', 'example.com'], // the trailing dot of a fully qualified name
    ['https://пример.рф/', 'xn--e1afmkfd.xn--p1ai'],
    ['http://www/', 'www'],
    ['file:///home/me/a.html', 'file://'],
    ['file:///C:/docs/b.html', 'file://'],
  ])('%s → %s', (url, key) => {
    expect(siteKeyOf(url)).toBe(key);
  });

  test.each([
    'chrome://extensions/',
    'about:blank',
    'about:srcdoc',
    'chrome-extension://abcdefghijklmnop/popup.html',
    'moz-extension://1234/popup.html',
    'view-source:https://example.com/',
    'data:text/html,<p>x</p>',
    'blob:https://example.com/1234',
    'javascript:alert(1)',
    'ftp://example.com/',
    'not a url',
    '',
  ])('%s has no site', (url) => {
    expect(siteKeyOf(url)).toBeNull();
  });

  test('local files are shown as "local files"', () => {
    expect(siteLabel('file://')).toBe('local files');
    expect(siteLabel('example.com')).toBe('example.com');
  });
});

describe('coveringEntry: a listed site covers its subdomains, never its parent', () => {
  test.each<[string, string[], string | undefined]>([
    ['example.com', ['example.com'], 'example.com'],
    ['news.example.com', ['example.com'], 'example.com'],
    ['a.b.example.com', ['example.com'], 'example.com'],
    ['a.b.example.com', ['b.example.com', 'example.com'], 'b.example.com'], // the closest first
    ['example.com', ['news.example.com'], undefined],
    ['badexample.com', ['example.com'], undefined],
    ['example.com', ['com'], undefined], // a bare suffix covers only itself
    ['com', ['com'], 'com'],
    ['foo.localhost', ['localhost'], undefined],
    ['127.0.0.1', ['0.0.1'], undefined], // addresses match exactly
    ['127.0.0.1', ['127.0.0.1'], '127.0.0.1'],
    ['localhost', ['127.0.0.1'], undefined], // two names for one machine are two sites
    ['file://', ['file://'], 'file://'],
  ])('%s with %j → %s', (key, list, expected) => {
    expect(coveringEntry(key, list)).toBe(expected);
  });

  test('a 10,000-site list answers fast', () => {
    const list = Array.from({ length: 10_000 }, (_, i) => `site${i}.example`);
    const start = performance.now();
    for (let i = 0; i < 10_000; i++) coveringEntry(`www.sub.site${i}.example`, list);
    expect(performance.now() - start).toBeLessThan(500);
    expect(coveringEntry('a.site9999.example', list)).toBe('site9999.example');
  });
});

function settings(overrides: Partial<Settings>): Settings {
  return { ...defaultSettings(), ...overrides };
}

describe('highlightReason', () => {
  test.each<[string, Partial<Settings>, 'none' | 'until-resumed' | 'session', string]>([
    ['example.com', {}, 'none', 'on'],
    ['example.com', { offSites: ['example.com'] }, 'none', 'site-off'],
    ['news.example.com', { offSites: ['example.com'] }, 'none', 'site-off'],
    ['example.com', { offSites: ['news.example.com'] }, 'none', 'on'],
    ['example.com', { mode: 'only-listed' }, 'none', 'not-listed'],
    ['example.com', { mode: 'only-listed', onSites: ['example.com'] }, 'none', 'on'],
    // The other mode's list is kept but does not apply.
    ['example.com', { mode: 'only-listed', offSites: ['example.com'], onSites: ['example.com'] }, 'none', 'on'],
    ['example.com', { onSites: ['other.org'] }, 'none', 'on'],
    // A pause wins over everything and says which pause it is.
    ['example.com', {}, 'until-resumed', 'paused'],
    ['example.com', { offSites: ['example.com'] }, 'session', 'paused-session'],
    ['', {}, 'none', 'on'],
    ['', { mode: 'only-listed' }, 'none', 'not-listed'],
  ])('%s %j pause=%s → %s', (key, overrides, pause, reason) => {
    expect(highlightReason(key, settings(overrides), pause)).toBe(reason);
  });
});

describe('setSiteEnabled', () => {
  test('off then on again in "everywhere" mode restores the list', () => {
    const off = setSiteEnabled(defaultSettings(), 'example.com', false);
    expect(off.offSites).toEqual(['example.com']);
    expect(isSiteEnabled('example.com', off)).toBe(false);
    const on = setSiteEnabled(off, 'example.com', true);
    expect(on.offSites).toEqual([]);
  });

  test('turning a subdomain on removes the parent entry that covered it', () => {
    const start = settings({ offSites: ['a.org', 'example.com'] });
    const on = setSiteEnabled(start, 'news.example.com', true);
    expect(on.offSites).toEqual(['a.org']);
    expect(isSiteEnabled('news.example.com', on)).toBe(true);
  });

  test('in "only listed" mode, switching on adds to the allow list and leaves the other list alone', () => {
    const start = settings({ mode: 'only-listed', offSites: ['kept.org'] });
    const on = setSiteEnabled(start, 'example.com', true);
    expect(on.onSites).toEqual(['example.com']);
    expect(on.offSites).toEqual(['kept.org']);
    expect(setSiteEnabled(on, 'example.com', false).onSites).toEqual([]);
  });

  test('switching off twice lists the site once', () => {
    const once = setSiteEnabled(defaultSettings(), 'example.com', false);
    expect(setSiteEnabled(once, 'example.com', false).offSites).toEqual(['example.com']);
  });
});

describe('parseSiteEntry', () => {
  test.each([
    ['example.com', 'example.com'],
    ['  Example.COM  ', 'example.com'],
    ['www.example.com', 'example.com'],
    ['*.example.com', 'example.com'],
    ['https://www.example.com/some/page?x=1', 'example.com'],
    ['example.com/some/page', 'example.com'],
    ['news.example.co.uk', 'news.example.co.uk'],
    ['192.168.1.20:8080', '192.168.1.20'],
    ['localhost', 'localhost'],
    ['localhost:3000', 'localhost'],
    ['[::1]', '[::1]'],
    ['пример.рф', 'xn--e1afmkfd.xn--p1ai'],
    ['file:///tmp/a.html', 'file://'],
    ['local files', 'file://'],
  ])('%j → %s', (input, key) => {
    expect(parseSiteEntry(input)).toEqual({ ok: true, siteKey: key });
  });

  test.each([
    ['', /Type a site/],
    ['   ', /Type a site/],
    ['example', /needs a domain ending/],
    ['exa mple.com', /not a site name/],
    ['user@example.com', /not a site name/],
    ['chrome://extensions', /not a web page/],
    ['about:blank', /needs a domain ending|not a site name/],
    ['1234', /not a site name/],
    ['a..b.com', /not a site name/],
    ['x'.repeat(3000), /too long/],
  ])('%j is refused with a message', (input, message) => {
    const result = parseSiteEntry(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  test('the fast path for stored keys agrees with the full reading', () => {
    // A leading space never matches the fast path, so it forces the URL-parser reading.
    fc.assert(
      fc.property(fc.oneof(fc.domain(), fc.stringMatching(/^[a-z0-9.x-]{1,20}$/)), (host) => {
        expect(parseSiteEntry(host)).toEqual(parseSiteEntry(` ${host}`));
      }),
      { numRuns: 2000 },
    );
    for (const tricky of ['a.0x1', '1.2.3', 'www.example.com', 'xn--e1afmkfd.xn--p1ai', 'a.b-', 'example.com.']) {
      expect(parseSiteEntry(tricky)).toEqual(parseSiteEntry(` ${tricky}`));
    }
  });

  test.each([42, null, undefined, {}, ['example.com']])('%j (not text) is refused', (input) => {
    expect(parseSiteEntry(input)).toMatchObject({ ok: false });
  });
});

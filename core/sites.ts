/**
 * What a "site" is, decided once. Semantics and the reasons for them: docs/sites.md.
 *
 * - http(s): the host name, lower case, without a trailing dot or one leading `www.`;
 *   the port is ignored (a site is a name the user recognises, not a socket).
 * - A listed site covers its subdomains: listing `example.com` covers `news.example.com`,
 *   never the other way round. Only parents with a dot count, so a bare `com` or
 *   `localhost` entry covers itself alone. IP addresses match exactly.
 * - Every local file (`file://`) is one site, "local files".
 * - Anything else (browser pages, extension pages, data:, blob:…) has no site: null.
 */
import type { PauseState, Settings } from './settings-shape';

/** Why highlights are or are not drawn on a page (core/messages.ts carries it to the popup). */
export type HighlightReason =
  | 'on'
  | 'site-off' // the user switched this site off
  | 'not-listed' // "only on listed sites" mode and this site is not listed
  | 'paused' // paused everywhere until turned back on
  | 'paused-session'; // paused for this browser session

export const LOCAL_FILES_SITE = 'file://';

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

function isIpAddress(host: string): boolean {
  return IPV4.test(host) || host.startsWith('[');
}

/** The site key of a page URL, or null when extensions cannot or should not scan it. */
export function siteKeyOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol === 'file:') return LOCAL_FILES_SITE;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  let host = parsed.hostname.toLowerCase().replace(/\.+$/, '');
  if (host === '') return null;
  if (host.startsWith('www.') && host.length > 4 && !isIpAddress(host)) host = host.slice(4);
  return host;
}

/** How a site key is shown to people. */
/** How a site is shown; `localFiles` is the reader's words for local files. */
export function siteLabel(siteKey: string, localFiles = 'local files'): string {
  return siteKey === LOCAL_FILES_SITE ? localFiles : siteKey;
}

/** The keys that would cover `siteKey` if listed: itself, then each parent domain with a dot. */
export function coveringKeys(siteKey: string): string[] {
  const keys = [siteKey];
  if (siteKey === LOCAL_FILES_SITE || isIpAddress(siteKey)) return keys;
  let rest = siteKey;
  for (let dot = rest.indexOf('.'); dot !== -1; dot = rest.indexOf('.')) {
    rest = rest.slice(dot + 1);
    if (!rest.includes('.')) break;
    keys.push(rest);
  }
  return keys;
}

// Lists can hold 10,000 sites and are checked on every page: build each Set once per list.
const setCache = new WeakMap<readonly string[], ReadonlySet<string>>();
function asSet(list: readonly string[]): ReadonlySet<string> {
  let set = setCache.get(list);
  if (!set) {
    set = new Set(list);
    setCache.set(list, set);
  }
  return set;
}

/** The listed entry that covers `siteKey` (itself or a parent domain), if any. */
export function coveringEntry(siteKey: string, list: readonly string[]): string | undefined {
  const listed = asSet(list);
  return coveringKeys(siteKey).find((key) => listed.has(key));
}

/** The list the site switch edits in the current mode. */
export function activeList(settings: Settings): readonly string[] {
  return settings.mode === 'everywhere' ? settings.offSites : settings.onSites;
}

/** Whether the site's own switch is on, ignoring any pause. */
export function isSiteEnabled(siteKey: string, settings: Settings): boolean {
  const covered = coveringEntry(siteKey, activeList(settings)) !== undefined;
  return settings.mode === 'everywhere' ? !covered : covered;
}

export function highlightReason(siteKey: string, settings: Settings, pause: PauseState): HighlightReason {
  if (pause === 'until-resumed') return 'paused';
  if (pause === 'session') return 'paused-session';
  if (isSiteEnabled(siteKey, settings)) return 'on';
  return settings.mode === 'everywhere' ? 'site-off' : 'not-listed';
}

/**
 * Turns a site on or off in the current mode. Turning it back on also removes the parent
 * entries that covered it: the user asked for highlights on this site, so they must appear.
 */
export function setSiteEnabled(settings: Settings, siteKey: string, enabled: boolean): Settings {
  const addToList = settings.mode === 'everywhere' ? !enabled : enabled;
  const list = activeList(settings);
  let next: string[];
  if (addToList) {
    next = list.includes(siteKey) ? [...list] : [...list, siteKey];
  } else {
    const covering = new Set(coveringKeys(siteKey));
    next = list.filter((key) => !covering.has(key));
  }
  return settings.mode === 'everywhere' ? { ...settings, offSites: next } : { ...settings, onSites: next };
}

/**
 * A host already in site-key form: lower-case ASCII labels, at least one dot, no `www.`
 * prefix, no punycode (`xn--`), and a last label that the URL parser cannot read as a
 * number (`1.2.3` and `a.0x1` are IPv4 to it). For these, parseSiteEntry's answer is the
 * input itself, so it can skip the URL parser: reading a stored list of 10,000 sites on
 * every page load is this path.
 */
const CANONICAL_HOST = /^(?!www\.)(?:[a-z0-9-]{1,63}\.)+(?!0x[0-9a-f]*$)[a-z0-9-]*[a-z][a-z0-9-]*$/;

function isCanonicalHost(text: string): boolean {
  return text.length <= 253 && CANONICAL_HOST.test(text) && !text.includes('xn--');
}

/** Why a typed site was refused; the UI words each one in the reader's language. */
export type SiteEntryProblem = 'not-text' | 'empty' | 'too-long' | 'not-web-page' | 'bad-characters' | 'not-site-name' | 'needs-ending';

/**
 * `error` is the English sentence (kept for logs and for the repair notes of imported
 * settings); `problem`, `text` (what was typed) and `suggestion` let the options page say
 * it in the reader's language.
 */
export type SiteEntryResult =
  | { ok: true; siteKey: string }
  | { ok: false; error: string; problem: SiteEntryProblem; text: string; suggestion?: string };

/**
 * Reads a site typed or pasted by a person (or found in an imported file):
 * `example.com`, `https://www.example.com/page`, `*.example.com`, `192.168.1.2:8080`.
 */
export function parseSiteEntry(input: unknown): SiteEntryResult {
  if (typeof input !== 'string') return { ok: false, error: 'A site must be text, like example.com.', problem: 'not-text', text: '' };
  if (isCanonicalHost(input)) return { ok: true, siteKey: input };
  const text = input.trim();
  if (text === '') return { ok: false, error: 'Type a site, like example.com.', problem: 'empty', text };
  if (text.length > 2048) return { ok: false, error: 'That is too long to be a site.', problem: 'too-long', text: text.slice(0, 40) };
  if (text === LOCAL_FILES_SITE || text.toLowerCase() === 'local files') return { ok: true, siteKey: LOCAL_FILES_SITE };
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
  if (hasScheme) {
    const key = siteKeyOf(text);
    if (key === null) {
      return {
        ok: false,
        error: `“${text}” is not a web page: only http, https and local files can be listed.`,
        problem: 'not-web-page',
        text,
      };
    }
    return { ok: true, siteKey: key };
  }
  const withoutWildcard = text.replace(/^\*\./, '');
  if (/[\s/\\?#@]/.test(withoutWildcard.split('/')[0] ?? '')) {
    return {
      ok: false,
      error: `“${text}” is not a site name: use letters, digits, dots and hyphens, like example.com.`,
      problem: 'bad-characters',
      text,
    };
  }
  let host: string;
  try {
    host = new URL(`http://${withoutWildcard}`).hostname;
  } catch {
    return {
      ok: false,
      error: `“${text}” is not a site name: use letters, digits, dots and hyphens, like example.com.`,
      problem: 'bad-characters',
      text,
    };
  }
  if (!/^[a-z0-9.-]+$/.test(host) && !host.startsWith('[')) {
    return {
      ok: false,
      error: `“${text}” is not a site name: use letters, digits, dots and hyphens, like example.com.`,
      problem: 'bad-characters',
      text,
    };
  }
  const key = siteKeyOf(`http://${withoutWildcard}`);
  if (key === null) return { ok: false, error: `“${text}” is not a site name.`, problem: 'not-site-name', text };
  // The URL parser reads "1234" as the address 0.0.4.210; a person typing it meant no such thing.
  if (IPV4.test(key) && !IPV4.test(withoutWildcard.split(/[/:]/)[0] ?? ''))
    return { ok: false, error: `“${text}” is not a site name.`, problem: 'not-site-name', text };
  if (!key.includes('.') && key !== 'localhost' && !key.startsWith('[')) {
    return { ok: false, error: `“${text}” needs a domain ending, like ${key}.com.`, problem: 'needs-ending', text, suggestion: key };
  }
  if (key.split('.').some((label) => label === '' || label.length > 63)) {
    return { ok: false, error: `“${text}” is not a site name.`, problem: 'not-site-name', text };
  }
  return { ok: true, siteKey: key };
}

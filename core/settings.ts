/**
 * The user's settings: their shape, defaults, and the validation every read goes through.
 * Storage can hold anything (an old version, another extension's bug, a hand-edited
 * import), so nothing here trusts its input and nothing throws.
 */
import { ENTITY_IDS, type EntityId } from './entities';
import { parseSiteEntry } from './sites';
import type { HighlightStyle, PauseState, Settings, SiteMode } from './settings-shape';

export type { HighlightStyle, PauseState, Settings, SiteMode } from './settings-shape';

export const SITE_MODES: readonly SiteMode[] = ['everywhere', 'only-listed'];
export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['background', 'underline'];
export const PAUSE_STATES: readonly PauseState[] = ['none', 'until-resumed', 'session'];

/** Far above any real list (10,000 sites is tested); a bound keeps a runaway value from filling storage. */
export const MAX_SITES = 50_000;

export function defaultSettings(): Settings {
  return {
    mode: 'everywhere',
    offSites: [],
    onSites: [],
    entities: Object.fromEntries(ENTITY_IDS.map((id) => [id, true])) as Record<EntityId, boolean>,
    style: 'background',
  };
}

export interface ParsedSettings {
  settings: Settings;
  /** true when the value differed from a valid one and should be written back. */
  repaired: boolean;
  /** What was wrong, in plain words, for logs and the import message. */
  problems: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

function parseSiteList(value: unknown, name: string, problems: string[]): { sites: string[]; changed: boolean } {
  if (value === undefined) return { sites: [], changed: true };
  if (!Array.isArray(value)) {
    problems.push(`${name} was not a list; it is now empty.`);
    return { sites: [], changed: true };
  }
  const sites: string[] = [];
  const seen = new Set<string>();
  let invalid = 0;
  let changed = false;
  for (const entry of value) {
    const parsed = parseSiteEntry(entry);
    if (!parsed.ok) {
      invalid++;
      continue;
    }
    if (parsed.siteKey !== entry) changed = true;
    if (seen.has(parsed.siteKey)) {
      changed = true;
      continue;
    }
    if (sites.length >= MAX_SITES) {
      problems.push(`${name} had more than ${MAX_SITES} sites; the rest were dropped.`);
      changed = true;
      break;
    }
    seen.add(parsed.siteKey);
    sites.push(parsed.siteKey);
  }
  if (invalid > 0) {
    problems.push(
      `${name}: ${invalid} ${invalid === 1 ? 'entry was not a site' : 'entries were not sites'} and ${invalid === 1 ? 'was' : 'were'} dropped.`,
    );
    changed = true;
  }
  return { sites, changed };
}

/**
 * What a stored value stands for, quietly: each valid part kept, the default for the rest.
 * A site list keeps its text entries as stored instead of parsing each one: our own writers
 * store only site keys, so a valid list reads the same, and a text entry that is not a site
 * key matches no page. This is the content script's reading: it runs in every frame, so it
 * leaves out parseSiteEntry and the problems' sentences, and leaves repairs to the
 * extension's pages (utils/storage.ts, parseSettings).
 */
export function validSettingsOf(value: unknown): Settings {
  const settings = defaultSettings();
  if (!isRecord(value)) return settings;
  if (oneOf(value.mode, SITE_MODES)) settings.mode = value.mode;
  if (oneOf(value.style, HIGHLIGHT_STYLES)) settings.style = value.style;
  const entities = value.entities;
  if (isRecord(entities)) for (const id of ENTITY_IDS) if (typeof entities[id] === 'boolean') settings.entities[id] = entities[id];
  settings.offSites = textEntries(value.offSites);
  settings.onSites = textEntries(value.onSites);
  return settings;
}

function textEntries(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string').slice(0, MAX_SITES) : [];
}

/**
 * Validates a stored or imported value, keeping every valid part of a damaged one (as
 * validSettingsOf does, with each site entry parsed), and says what was wrong.
 * `null`/`undefined` (nothing stored yet) gives the defaults without counting as damage.
 */
export function parseSettings(value: unknown): ParsedSettings {
  const settings = validSettingsOf(value);
  if (value === null || value === undefined) return { settings, repaired: false, problems: [] };
  if (!isRecord(value)) return { settings, repaired: true, problems: ['The settings were not an object; defaults were restored.'] };
  const problems: string[] = [];
  let repaired = false;
  /** A part not `kept` as given is repaired; said in `problem` unless it was missing. */
  const check = (kept: boolean, given: unknown, problem: string) => {
    if (kept) return;
    repaired = true;
    if (given !== undefined) problems.push(problem);
  };
  check(settings.mode === value.mode, value.mode, `Unknown mode ${JSON.stringify(value.mode)}; using "everywhere".`);
  check(settings.style === value.style, value.style, `Unknown highlight style ${JSON.stringify(value.style)}; using "background".`);
  const entities = value.entities;
  if (isRecord(entities))
    for (const id of ENTITY_IDS)
      check(settings.entities[id] === entities[id], entities[id], `The switch for ${id} was not true or false; it is on.`);
  else check(false, entities, 'The entity switches were not an object; all are on.');

  const off = parseSiteList(value.offSites, 'The list of sites switched off', problems);
  const on = parseSiteList(value.onSites, 'The list of allowed sites', problems);
  repaired ||= off.changed || on.changed;
  return { settings: { ...settings, offSites: off.sites, onSites: on.sites }, repaired, problems };
}

/** Pause values are tiny, but still read from storage: anything unknown means not paused. */
export function parsePause(value: unknown): PauseState {
  return oneOf(value, PAUSE_STATES) ? value : 'none';
}

/** Marks an exported file so an import can tell ours from any other JSON. */
export const SETTINGS_FILE_FORMAT = 'karabakh-context-settings';
export const SETTINGS_FILE_VERSION = 1;

export function exportSettingsFile(settings: Settings): string {
  return `${JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: SETTINGS_FILE_VERSION, settings }, null, 2)}\n`;
}

/** Why an imported file was refused; the UI words each one in the reader's language. */
export type SettingsImportProblem = 'not-json' | 'not-settings' | 'newer' | 'no-settings' | 'problems';

/** `error` is the English sentence; `problem` and `details` (English) let the UI translate the sentence. */
export type SettingsImport =
  | { ok: true; settings: Settings }
  | { ok: false; error: string; problem: SettingsImportProblem; details: string[] };

/**
 * Reads an exported file. Unlike a storage read, an import is all or nothing: a file with
 * any problem is refused with the reason, and the current settings stay as they are.
 */
export function importSettingsFile(text: string): SettingsImport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {
      ok: false,
      error: 'This file is not JSON, so it cannot be a settings file. Nothing was changed.',
      problem: 'not-json',
      details: [],
    };
  }
  if (!isRecord(data) || data.format !== SETTINGS_FILE_FORMAT) {
    return { ok: false, error: 'This is not a Karabakh Context settings file. Nothing was changed.', problem: 'not-settings', details: [] };
  }
  if (typeof data.version !== 'number' || data.version > SETTINGS_FILE_VERSION) {
    return {
      ok: false,
      error: 'This settings file comes from a newer version of the extension. Nothing was changed.',
      problem: 'newer',
      details: [],
    };
  }
  if (!isRecord(data.settings)) {
    return { ok: false, error: 'This settings file has no settings in it. Nothing was changed.', problem: 'no-settings', details: [] };
  }
  const parsed = parseSettings(data.settings);
  const missing = ['mode', 'offSites', 'onSites', 'entities', 'style'].filter((key) => !(key in (data.settings as object)));
  if (missing.length > 0) parsed.problems.push(`Missing: ${missing.join(', ')}.`);
  if (parsed.problems.length > 0) {
    return {
      ok: false,
      error: `This settings file has problems, so nothing was changed. ${parsed.problems.join(' ')}`,
      problem: 'problems',
      details: parsed.problems,
    };
  }
  return { ok: true, settings: parsed.settings };
}

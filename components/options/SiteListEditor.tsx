import { useState } from 'preact/hooks';
import type { SiteMode } from '@/core/settings';
import { siteLabel } from '@/core/sites';
import { useTexts } from '../texts';

export interface SiteListEditorProps {
  mode: SiteMode;
  sites: readonly string[];
  /** Adds a typed entry; returns an error message to show, or null when it was added. */
  onAdd(input: string): string | null;
  onRemove(site: string): void;
}

/** Past this many entries the list shows a filter and the first matches only, so 10,000 sites stay usable. */
const SHOWN_AT_ONCE = 200;

export function SiteListEditor({ mode, sites, onAdd, onRemove }: SiteListEditorProps) {
  const [entry, setEntry] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [filter, setFilter] = useState('');
  const { t, count } = useTexts();
  const label = (site: string) => siteLabel(site, t('sites.localFiles'));
  const heading = mode === 'everywhere' ? t('options.sitesOffHeading') : t('options.sitesOnHeading');
  const needle = filter.trim().toLowerCase();
  const matching = needle ? sites.filter((site) => site.includes(needle)) : sites;
  const shown = matching.slice(0, SHOWN_AT_ONCE);

  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{heading}</h2>
      <p class="hint">{t('options.subdomainHint')}</p>
      <form
        class="add-site"
        onSubmit={(event) => {
          event.preventDefault();
          const problem = onAdd(entry);
          setError(problem);
          if (problem === null) setEntry('');
        }}
      >
        <label for="site-entry">{t('options.addSite')}</label>
        <input
          id="site-entry"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="example.com"
          value={entry}
          aria-invalid={error !== null}
          aria-describedby={error ? 'site-error' : undefined}
          onInput={(event) => setEntry((event.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit">{t('options.add')}</button>
        {error && (
          <p id="site-error" class="error" role="alert">
            {error}
          </p>
        )}
      </form>
      {sites.length > 20 && (
        <p class="filter">
          <label for="site-filter">{t('options.findInList')}</label>
          <input
            id="site-filter"
            type="search"
            value={filter}
            onInput={(event) => setFilter((event.currentTarget as HTMLInputElement).value)}
          />
        </p>
      )}
      {sites.length === 0 ? (
        <p class="empty">{t('options.noSites')}</p>
      ) : (
        <>
          <p class="list-count" aria-live="polite">
            {count('options.sites', sites.length)}
            {needle ? t('options.matching', [matching.length]) : ''}
            {matching.length > shown.length ? t('options.showingFirst', [shown.length]) : ''}
          </p>
          <ul class="site-list">
            {shown.map((site) => (
              <li key={site}>
                <span>{label(site)}</span>
                <button type="button" aria-label={t('options.removeSite', [label(site)])} onClick={() => onRemove(site)}>
                  {t('options.remove')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

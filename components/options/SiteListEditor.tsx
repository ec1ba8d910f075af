import { useState } from 'preact/hooks';
import type { SiteMode } from '@/core/settings';
import { siteLabel } from '@/core/sites';

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
  const heading = mode === 'everywhere' ? 'Sites where highlighting is off' : 'Sites where highlighting is on';
  const needle = filter.trim().toLowerCase();
  const matching = needle ? sites.filter((site) => site.includes(needle)) : sites;
  const shown = matching.slice(0, SHOWN_AT_ONCE);

  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{heading}</h2>
      <p class="hint">A site covers its subdomains: example.com also covers news.example.com.</p>
      <form
        class="add-site"
        onSubmit={(event) => {
          event.preventDefault();
          const problem = onAdd(entry);
          setError(problem);
          if (problem === null) setEntry('');
        }}
      >
        <label for="site-entry">Add a site</label>
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
        <button type="submit">Add</button>
        {error && (
          <p id="site-error" class="error" role="alert">
            {error}
          </p>
        )}
      </form>
      {sites.length > 20 && (
        <p class="filter">
          <label for="site-filter">Find in the list</label>
          <input
            id="site-filter"
            type="search"
            value={filter}
            onInput={(event) => setFilter((event.currentTarget as HTMLInputElement).value)}
          />
        </p>
      )}
      {sites.length === 0 ? (
        <p class="empty">No sites yet.</p>
      ) : (
        <>
          <p class="list-count" aria-live="polite">
            {sites.length === 1 ? '1 site' : `${sites.length} sites`}
            {needle ? `, ${matching.length} matching` : ''}
            {matching.length > shown.length ? `; showing the first ${shown.length}` : ''}
          </p>
          <ul class="site-list">
            {shown.map((site) => (
              <li key={site}>
                <span>{siteLabel(site)}</span>
                <button type="button" aria-label={`Remove ${siteLabel(site)}`} onClick={() => onRemove(site)}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

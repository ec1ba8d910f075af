import { useEffect, useState } from 'preact/hooks';
import type { PageView } from '@/components/popup/PageSection';
import { activeTabId, requestPageReport } from '@/utils/page-report';

/** A content script may still be starting when the popup opens: ask a few times before giving up. */
const FIRST_ATTEMPTS = 4;
const RETRY_MS = 250;
/** While the page is still being scanned, ask again until the report is complete. */
const POLL_MS = 500;

/**
 * The active tab and its page report. `refresh()` asks again (after a settings change, the
 * content script redraws and its counts may change).
 */
export function usePageReport(): { tabId?: number; page: PageView; refresh(): void } {
  const [tabId, setTabId] = useState<number>();
  const [page, setPage] = useState<PageView>({ kind: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async (attempt: number) => {
      const id = tabId ?? (await activeTabId());
      if (cancelled) return;
      if (id === undefined) return setPage({ kind: 'unscannable' });
      if (tabId === undefined) setTabId(id);
      const report = await requestPageReport(id);
      if (cancelled) return;
      if (report) {
        setPage({ kind: 'report', report });
        if (!report.complete) timer = setTimeout(() => void ask(attempt + 1), POLL_MS);
      } else if (attempt + 1 < FIRST_ATTEMPTS) {
        timer = setTimeout(() => void ask(attempt + 1), RETRY_MS);
      } else {
        setPage((current) => (current.kind === 'report' ? current : { kind: 'unscannable' }));
      }
    };
    void ask(0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [generation]);

  return { tabId, page, refresh: () => setGeneration((n) => n + 1) };
}

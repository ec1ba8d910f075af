// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { renderIn } from '../helpers/texts';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { dataset } from '@/core/dataset';
import { PopupView, type PopupViewProps } from '@/components/popup/PopupView';
import type { PageReport } from '@/core/messages';

afterEach(cleanup);

const report: PageReport = {
  url: 'https://news.example.com/a',
  siteKey: 'news.example.com',
  reason: 'on',
  complete: true,
  counts: { karabakh: 2, rmc: 1, 'trilateral-statement': 0 },
  snippets: [
    { index: 0, entity: 'karabakh', text: 'Karabakh', before: 'Peacekeepers left ', after: ' in 2024' },
    { index: 1, entity: 'rmc', text: 'RMC', before: 'The ', after: ' withdrew' },
    { index: 2, entity: 'karabakh', text: 'Qarabağ', before: 'In ', after: ', calm' },
  ],
};

function props(overrides: Partial<PopupViewProps> = {}): PopupViewProps {
  return {
    page: { kind: 'report', report },
    site: { label: 'news.example.com', enabled: true, reason: 'on' },
    pause: 'none',
    shortcuts: [{ name: 'toggle-site', description: 'Turn highlights on or off for this site', shortcut: 'Alt+Shift+K' }],
    entityNames: { karabakh: 'Karabakh', rmc: 'RMC', 'trilateral-statement': 'Trilateral Statement' },
    article: { article: dataset.article, argument: dataset.argument, timeline: dataset.timeline },
    iconUrl: '/icon/32.png',
    onReveal: vi.fn(),
    onSiteChange: vi.fn(),
    onPause: vi.fn(),
    onResume: vi.fn(),
    onOpenOptions: vi.fn(),
    ...overrides,
  };
}

describe('PopupView', () => {
  test('shows the total, each count and the snippets as buttons that reveal their mention', () => {
    const p = props();
    renderIn(<PopupView {...p} />);
    expect(screen.getByText('3 mentions on this page.')).toBeTruthy();
    const buttons = screen.getAllByRole('button', { name: /^Show on the page:/ });
    expect(buttons).toHaveLength(3);
    fireEvent.click(buttons[1]!);
    expect(p.onReveal).toHaveBeenCalledWith(2); // document order within Karabakh: index 0, then 2
  });

  test('the site switch is a named switch, says why it is on or off, and reports a change', () => {
    const p = props({ site: { label: 'news.example.com', enabled: false, reason: 'site-off', coveredBy: 'example.com' } });
    renderIn(<PopupView {...p} />);
    const toggle = screen.getByRole('switch', { name: 'Highlight on news.example.com' }) as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    expect(screen.getByText(/Off for news\.example\.com, because you turned off example\.com and its subdomains/)).toBeTruthy();
    fireEvent.click(toggle);
    expect(p.onSiteChange).toHaveBeenCalledWith(true);
  });

  test('when highlighting is off here, the page section says so instead of counting', () => {
    renderIn(<PopupView {...props({ site: { label: 'news.example.com', enabled: false, reason: 'site-off' } })} />);
    expect(screen.getByText(/^Not highlighting on this page/)).toBeTruthy();
    expect(screen.queryAllByRole('button', { name: /^Show on the page:/ })).toHaveLength(0);
  });

  test.each([
    ['not-listed', /appear only on the sites in your list, and example\.com is not in it/],
    ['paused', /Paused everywhere until you turn it back on/],
    ['paused-session', /Paused everywhere until the browser closes/],
  ] as const)('reason %s is explained', (reason, text) => {
    renderIn(<PopupView {...props({ site: { label: 'example.com', enabled: true, reason } })} />);
    expect(screen.getByText(text, { selector: '#site-reason' })).toBeTruthy();
  });

  test('pause offers both durations, and a paused popup offers to resume', () => {
    const p = props();
    const { rerender } = renderIn(<PopupView {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'For this browser session' }));
    expect(p.onPause).toHaveBeenCalledWith('session');
    fireEvent.click(screen.getByRole('button', { name: 'Until I turn it back on' }));
    expect(p.onPause).toHaveBeenCalledWith('until-resumed');
    rerender(<PopupView {...p} pause="session" />);
    fireEvent.click(screen.getByRole('button', { name: 'Resume highlighting' }));
    expect(p.onResume).toHaveBeenCalled();
  });

  test('no mentions, still reading, and an unscannable page each say so in plain words', () => {
    const empty = { ...report, counts: { karabakh: 0, rmc: 0, 'trilateral-statement': 0 }, snippets: [] };
    const { rerender } = renderIn(<PopupView {...props({ page: { kind: 'report', report: empty } })} />);
    expect(screen.getByText(/^No mentions of Karabakh/)).toBeTruthy();
    rerender(<PopupView {...props({ page: { kind: 'report', report: { ...report, complete: false } } })} />);
    expect(screen.getByText(/^Still reading this page… 3 mentions on this page so far/)).toBeTruthy();
    rerender(<PopupView {...props({ page: { kind: 'unscannable' }, site: undefined })} />);
    expect(screen.getByText('Extensions cannot read this page.')).toBeTruthy();
    expect(screen.queryByRole('switch')).toBeNull();
    expect(screen.getByRole('button', { name: 'Until I turn it back on' })).toBeTruthy();
  });

  test('the article: title, outlet, author, date, every argument point with its refs, the timeline, the citation', () => {
    renderIn(<PopupView {...props()} />);
    expect(screen.getByText(dataset.article.title)).toBeTruthy();
    expect(screen.getByText(/bne IntelliNews · Seymur Mammadov · as of/).textContent).toBe(
      'bne IntelliNews · Seymur Mammadov · as of 29 April 2024',
    );
    expect(screen.getByText('29 April 2024')).toBeTruthy();
    expect(screen.getByText(dataset.article.perspective)).toBeTruthy();
    expect(dataset.article.perspective).toMatch(
      /^An opinion piece by an Azerbaijani commentator writing in Baku, arguing Azerbaijan's case/,
    );
    const points = document.querySelectorAll('.argument li');
    expect(points).toHaveLength(dataset.argument.length);
    expect(points[0]?.textContent).toMatch(/\(¶1\)$/);
    const events = [...document.querySelectorAll('.timeline li')];
    expect(events).toHaveLength(dataset.timeline.length);
    // Background events show their public source where the article's show paragraphs.
    dataset.timeline.forEach((event, i) => {
      if (event.kind === 'background') expect(events[i]!.textContent).toMatch(new RegExp(`\\(background: ${event.source}\\)$`));
      else expect(events[i]!.textContent).toMatch(/\(¶\d+(, ¶\d+)*\)$|\(standfirst(, ¶\d+)*\)$/);
    });
    expect(screen.getByText(/^Source: bne IntelliNews, Seymur Mammadov, 29 April 2024/)).toBeTruthy();
  });

  test('shows the shortcut keys the browser assigned, and "not set" for none', () => {
    renderIn(<PopupView {...props({ shortcuts: [{ name: 'next-mention', description: 'Next', shortcut: '' }] })} />);
    expect(screen.getByText('not set')).toBeTruthy();
  });
});

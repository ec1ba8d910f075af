// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { renderIn } from '../helpers/texts';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { defaultSettings } from '@/core/settings';
import { OptionsView, type OptionsViewProps } from '@/components/options/OptionsView';

afterEach(cleanup);

function props(overrides: Partial<OptionsViewProps> = {}): OptionsViewProps {
  return {
    settings: defaultSettings(),
    entityNames: { karabakh: 'Karabakh', rmc: 'RMC', 'trilateral-statement': 'Trilateral Statement' },
    onAddSite: vi.fn(() => null),
    onRemoveSite: vi.fn(),
    onModeChange: vi.fn(),
    onEntityChange: vi.fn(),
    onStyleChange: vi.fn(),
    onExport: vi.fn(),
    onImport: vi.fn(),
    privacyUrl: 'chrome-extension://id/privacy.html',
    ...overrides,
  };
}

describe('OptionsView', () => {
  test('a refused entry shows its message as an alert and marks the field invalid; a good one clears the field', () => {
    const onAddSite = vi.fn((input: string) => (input === 'bad' ? 'That is not a site.' : null));
    renderIn(<OptionsView {...props({ onAddSite })} />);
    const field = screen.getByLabelText('Add a site') as HTMLInputElement;
    fireEvent.input(field, { target: { value: 'bad' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByRole('alert').textContent).toBe('That is not a site.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    fireEvent.input(field, { target: { value: 'example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(onAddSite).toHaveBeenLastCalledWith('example.com');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(field.value).toBe('');
  });

  test('the list follows the mode: sites off in "everywhere", sites on in "only listed"', () => {
    const settings = { ...defaultSettings(), offSites: ['off.example'], onSites: ['on.example'] };
    const { rerender } = renderIn(<OptionsView {...props({ settings })} />);
    expect(screen.getByRole('heading', { name: 'Sites where highlighting is off' })).toBeTruthy();
    expect(screen.getByText('off.example')).toBeTruthy();
    rerender(<OptionsView {...props({ settings: { ...settings, mode: 'only-listed' } })} />);
    expect(screen.getByRole('heading', { name: 'Sites where highlighting is on' })).toBeTruthy();
    expect(screen.getByText('on.example')).toBeTruthy();
    expect(screen.queryByText('off.example')).toBeNull();
  });

  test('10,000 sites render 200 at a time, with a filter', () => {
    const offSites = Array.from({ length: 10_000 }, (_, i) => `s${i}.example`);
    renderIn(<OptionsView {...props({ settings: { ...defaultSettings(), offSites } })} />);
    expect(document.querySelectorAll('.site-list li')).toHaveLength(200);
    expect(screen.getByText(/10,000 sites; showing the first 200/)).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Find in the list'), { target: { value: 's9999.' } });
    expect(document.querySelectorAll('.site-list li')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Remove s9999.example' }));
  });

  test('mode, entity and style controls report their changes', () => {
    const p = props();
    renderIn(<OptionsView {...p} />);
    fireEvent.click(screen.getByLabelText('Only on the sites in the list'));
    expect(p.onModeChange).toHaveBeenCalledWith('only-listed');
    fireEvent.click(screen.getByRole('checkbox', { name: 'RMC' }));
    expect(p.onEntityChange).toHaveBeenCalledWith('rmc', false);
    fireEvent.click(screen.getByLabelText('Underline only'));
    expect(p.onStyleChange).toHaveBeenCalledWith('underline');
  });

  test('import and export messages are announced', () => {
    const { rerender } = renderIn(<OptionsView {...props({ transferMessage: { kind: 'error', text: 'Nothing was changed.' } })} />);
    expect(screen.getByRole('alert').textContent).toBe('Nothing was changed.');
    rerender(<OptionsView {...props({ transferMessage: { kind: 'ok', text: 'Imported.' } })} />);
    expect(screen.getByRole('status').textContent).toBe('Imported.');
  });
});

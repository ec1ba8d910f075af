import { useTexts } from '../texts';

export interface TransferMessage {
  kind: 'ok' | 'error';
  text: string;
}

export interface SettingsTransferProps {
  message?: TransferMessage;
  onExport(): void;
  onImport(file: File): void;
}

/** Export to and import from a JSON file; the outcome is announced to screen readers. */
export function SettingsTransfer({ message, onExport, onImport }: SettingsTransferProps) {
  const { t } = useTexts();
  return (
    <section aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">{t('options.transferHeading')}</h2>
      <p class="transfer">
        <button type="button" onClick={onExport}>
          {t('options.export')}
        </button>
        <label class="file-button">
          {t('options.import')}
          <input
            type="file"
            accept="application/json,.json"
            onChange={(event) => {
              const input = event.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              if (file) onImport(file);
              // Lets the same file be chosen again after fixing it.
              input.value = '';
            }}
          />
        </label>
      </p>
      <p class={`transfer-message ${message?.kind ?? ''}`} role={message?.kind === 'error' ? 'alert' : 'status'}>
        {message?.text ?? ''}
      </p>
    </section>
  );
}

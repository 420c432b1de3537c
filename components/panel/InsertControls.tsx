import type { InsertMode } from '../../adapters/types';
import { t } from '../../lib/i18n';
import { useUiStore } from '../../lib/stores/ui';

const MODES: { mode: InsertMode; label: () => string }[] = [
  { mode: 'cursor', label: () => t('modeCursor') },
  { mode: 'append', label: () => t('modeAppend') },
  { mode: 'replace', label: () => t('modeReplace') },
];

/** Where inserted text goes, the confirmation when it would touch the agent's text, and the last outcome. */
export function InsertControls({ onConfirm }: { onConfirm(): void }) {
  const { insertMode, setInsertMode, awaitingConfirmation, setAwaitingConfirmation, lastInsert } = useUiStore();
  return (
    <div className="insert-controls">
      <fieldset className="modes">
        <legend>{t('insertMode')}</legend>
        {MODES.map(({ mode, label }) => (
          <label key={mode}>
            <input type="radio" name="insert-mode" value={mode} checked={insertMode === mode} onChange={() => setInsertMode(mode)} />
            {label()}
          </label>
        ))}
      </fieldset>
      {awaitingConfirmation && (
        <div role="alertdialog" aria-labelledby="confirm-text" className="confirm" data-testid="insert-confirm" data-ask={awaitingConfirmation.ask ?? 'editor'}>
          <p id="confirm-text">{awaitingConfirmation.ask === 'reading' ? t('readingConfirmInsert') : t('confirmReplace')}</p>
          <button type="button" className="primary" onClick={onConfirm} autoFocus>
            {awaitingConfirmation.ask === 'reading' ? t('insertAnyway') : t('confirmYes')}
          </button>
          <button type="button" onClick={() => setAwaitingConfirmation(null)}>
            {t('confirmNo')}
          </button>
        </div>
      )}
      <p className={`status ${lastInsert?.status ?? ''}`} role="status" aria-live="polite" data-testid="insert-status">
        {lastInsert?.status === 'working' ? t('inserting') : lastInsert?.message ?? ''}
      </p>
    </div>
  );
}

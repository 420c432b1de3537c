import type { ReactNode } from 'react';
import { t } from '../../i18n';
import type { CustomAdapterConfig } from '../config';

export function ConfigItem({ config, children }: { config: CustomAdapterConfig; children?: ReactNode }) {
  return (
    <li data-testid={`ch-item-${config.id}`}>
      <strong>{config.name}</strong>{' '}
      <code>{config.urlPatterns.join(' ')}</code>
      {children}
    </li>
  );
}

/** Edit and delete (delete asks first) for one of the agent's configs, wherever it is kept. */
export function ItemButtons({ config: c, disabled, editing, confirming, onEdit, onAskDelete, onDelete }: {
  config: CustomAdapterConfig;
  disabled: boolean;
  /** A form is open: one form at a time, since opening another would throw away what the agent is typing. */
  editing: boolean;
  confirming: boolean;
  onEdit: () => void;
  onAskDelete: (ask: boolean) => void;
  onDelete: () => void;
}) {
  return (
    <div className="buttons">
      <button type="button" disabled={disabled || editing} onClick={onEdit} data-testid={`ch-edit-${c.id}`}
        aria-label={`${t('chEdit')}: ${c.name}`}>
        {t('chEdit')}
      </button>
      {confirming ? (
        <>
          <span role="alert">{t('chConfirmDelete', c.name)}</span>
          <button type="button" className="danger" onClick={onDelete} data-testid={`ch-delete-yes-${c.id}`}>{t('chDeleteYes')}</button>
          <button type="button" onClick={() => onAskDelete(false)}>{t('chCancel')}</button>
        </>
      ) : (
        <button type="button" className="danger" disabled={disabled} onClick={() => onAskDelete(true)} data-testid={`ch-delete-${c.id}`}
          aria-label={`${t('chDelete')}: ${c.name}`}>
          {t('chDelete')}
        </button>
      )}
    </div>
  );
}

import type { ReactNode } from 'react';
import { t } from '../../lib/i18n';

/** A form row. When the organisation holds the setting, its control is disabled and a note says why. */
export function Row({ id, label, hint, locked, children, inline }: {
  id: string;
  label: string;
  hint?: string;
  locked: boolean;
  inline?: boolean;
  children: (props: { id: string; disabled: boolean; 'aria-describedby'?: string }) => ReactNode;
}) {
  const noteId = `${id}-note`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : '', locked ? noteId : ''].filter(Boolean).join(' ') || undefined;
  const control = children({ id, disabled: locked, 'aria-describedby': describedBy });
  return (
    <div className={`row${inline ? ' inline' : ''}${locked ? ' locked' : ''}`} data-locked={locked || undefined}>
      {inline ? control : null}
      <label htmlFor={id}>{label}</label>
      {inline ? null : control}
      {hint && (
        <small id={hintId} className="hint">
          {hint}
        </small>
      )}
      {locked && <LockNote id={noteId} testId={`locked-${id}`} />}
    </div>
  );
}

export function LockNote({ id, testId }: { id?: string; testId?: string }) {
  return (
    <small id={id} className="lock-note" data-testid={testId}>
      <span aria-hidden="true">🔒 </span>
      {t('setByOrganisation')}
    </small>
  );
}

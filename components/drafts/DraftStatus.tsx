import type { DraftRow } from '../../lib/drafts/types';
import { useDraftCountdown } from '../../lib/hooks/useDrafts';
import { t } from '../../lib/i18n';
import { labelText } from './label-text';
import { offlineLabelText, rowErrorText } from '../../lib/ai/error-text';

/** One line (aria-live) that says what the draft is doing, and what the agent can do about a failure. */
export function DraftStatus({ draft, stale, onContinue, onRegenerate, onStop }: {
  draft: DraftRow;
  stale: number;
  onContinue(): void;
  onRegenerate(): void;
  onStop(): void;
}) {
  const countdown = useDraftCountdown(draft.status === 'streaming' ? draft.retryAt : undefined);
  let message = '';
  let tone = '';
  // The failure in the agent's language from its codes (rows from before the codes: their stored sentence).
  const error = rowErrorText(draft);
  const offlineLabel = offlineLabelText(draft);
  if (draft.status === 'streaming') {
    if (countdown !== null) {
      message = t('retryingIn', error ?? t('draftWaitingToRetry'), String(countdown));
      tone = 'warn';
    } else message = draft.text ? t('writing') : t('askingAi');
  } else if (draft.status === 'queued') {
    // errorKind is set when a failure (not just being offline) put it in the queue: say what failed.
    message = t('draftQueued', labelText(draft.queuedActionCode, draft.queuedAction) ?? t('draftQueuedRequest'), draft.errorKind && error ? error : '').trim();
    tone = 'warn';
  } else if (draft.status === 'incomplete') {
    message = t('draftIncomplete', error ?? '').trim();
    tone = 'warn';
  } else if (draft.status === 'error') {
    message = error ?? t('somethingWentWrong');
    tone = 'bad';
  } else if (draft.truncated) {
    message = t('draftTruncated');
    tone = 'warn';
  } else if (draft.kind !== 'offline') message = t('draftReady');

  return (
    <div className="draft-status-area">
      {offlineLabel && (
        <p className="offline-label" role="note" data-testid="offline-label">
          {offlineLabel}
        </p>
      )}
      {stale > 0 && (
        <p className="stale" role="note" data-testid="draft-stale">
          {stale === 1 ? t('draftStaleOne') : t('draftStaleMany', String(stale))}
        </p>
      )}
      <p className={`status ${tone}`} role="status" aria-live="polite" data-testid="draft-status" data-status={draft.status}>
        {message}
      </p>
      <div className="row">
        {draft.status === 'streaming' && (
          <button type="button" onClick={onStop} data-testid="draft-stop">
            {t('actionStop')}
          </button>
        )}
        {draft.status === 'incomplete' && draft.text && (
          <button type="button" onClick={onContinue} data-testid="draft-continue">
            {t('actionContinue')}
          </button>
        )}
        {(draft.status === 'incomplete' || draft.status === 'error' || stale > 0) && draft.kind !== 'offline' && (
          <button type="button" onClick={onRegenerate} data-testid="draft-regenerate">
            {t('actionRegenerate')}
          </button>
        )}
      </div>
    </div>
  );
}

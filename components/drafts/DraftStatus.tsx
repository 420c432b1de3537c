import type { DraftRow } from '../../lib/drafts/types';
import { useDraftCountdown } from '../../lib/hooks/useDrafts';

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
  if (draft.status === 'streaming') {
    if (countdown !== null) {
      message = `${draft.error ?? 'Waiting to retry.'} Retrying in ${countdown} s.`;
      tone = 'warn';
    } else message = draft.text ? 'Writing…' : 'Asking the AI…';
  } else if (draft.status === 'queued') {
    // errorKind is set when a failure (not just being offline) put it in the queue: say what failed.
    message = `Queued: “${draft.queuedAction ?? 'request'}” runs when the network is back. ${draft.errorKind && draft.error ? draft.error : ''}`.trim();
    tone = 'warn';
  } else if (draft.status === 'incomplete') {
    message = `Incomplete. ${draft.error ?? ''}`.trim();
    tone = 'warn';
  } else if (draft.status === 'error') {
    message = draft.error ?? 'Something went wrong.';
    tone = 'bad';
  } else if (draft.truncated) {
    message = 'The answer reached the length limit and may end abruptly. Regenerate or make it shorter.';
    tone = 'warn';
  } else if (draft.kind !== 'offline') message = 'Ready. Review it before inserting.';

  return (
    <div className="draft-status-area">
      {draft.offlineLabel && (
        <p className="offline-label" role="note" data-testid="offline-label">
          {draft.offlineLabel}
        </p>
      )}
      {stale > 0 && (
        <p className="stale" role="note" data-testid="draft-stale">
          Written before the customer’s latest {stale === 1 ? 'message' : `${stale} messages`}. Regenerate it, or check it before inserting.
        </p>
      )}
      <p className={`status ${tone}`} role="status" aria-live="polite" data-testid="draft-status" data-status={draft.status}>
        {message}
      </p>
      <div className="row">
        {draft.status === 'streaming' && (
          <button type="button" onClick={onStop} data-testid="draft-stop">
            Stop
          </button>
        )}
        {draft.status === 'incomplete' && draft.text && (
          <button type="button" onClick={onContinue} data-testid="draft-continue">
            Continue
          </button>
        )}
        {(draft.status === 'incomplete' || draft.status === 'error' || stale > 0) && draft.kind !== 'offline' && (
          <button type="button" onClick={onRegenerate} data-testid="draft-regenerate">
            Regenerate
          </button>
        )}
      </div>
    </div>
  );
}

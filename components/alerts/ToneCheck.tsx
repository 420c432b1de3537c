import { useState } from 'react';
import type { TicketSnapshot } from '../../adapters/types';
import { sendMessage, type EditorReadResult } from '../../lib/messaging';
import { insertFailure } from '../../adapters/shared/insert-failure';
import { insertFailureText } from '../../lib/hooks/useInsert';
import { toneCheck, type ToneIssue } from '../../lib/sentiment';
import { t } from '../../lib/i18n';

/** Checks the agent's own reply, as it stands in the helpdesk editor, before they send it. */
export function ToneCheck({ tabId, ticket }: { tabId: number; ticket: TicketSnapshot }) {
  const [result, setResult] = useState<{ issues: ToneIssue[] } | { error: string } | null>(null);

  async function check() {
    const read: EditorReadResult = await sendMessage('readEditorFromTab', { tabId }).catch((e: Error) => insertFailure('unreachable', e.message));
    // A coded reason (no editor, the tab did not answer) in the agent's language; an uncoded one as given.
    if (!read.ok || read.text === undefined) setResult({ error: read.code ? insertFailureText(read) : read.reason || t('toneReadFailed') });
    else if (!read.text.trim()) setResult({ error: t('toneEmpty') });
    else setResult(toneCheck(read.text, ticket));
  }

  return (
    <div className="tone-check" role="group" aria-label={t('toneCheckLabel')}>
      <button type="button" onClick={() => void check()} data-testid="tone-check">
        {t('toneCheckButton')}
      </button>
      <div role="status" aria-live="polite" data-testid="tone-result">
        {result && 'error' in result && <p className="note">{result.error}</p>}
        {result && 'issues' in result && result.issues.length === 0 && <p className="ok-text">{t('toneNoIssues')}</p>}
        {result && 'issues' in result && result.issues.length > 0 && (
          <ul className="tone-issues">
            {result.issues.map((issue, i) => (
              <li key={i}>
                <q>{issue.evidence}</q> — {issue.suggestion}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

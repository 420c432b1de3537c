import { useState } from 'react';
import type { TicketSnapshot } from '../../adapters/types';
import { sendMessage } from '../../lib/messaging';
import { toneCheck, type ToneIssue } from '../../lib/sentiment';
import { t } from '../../lib/i18n';

/** Checks the agent's own reply, as it stands in the helpdesk editor, before they send it. */
export function ToneCheck({ tabId, ticket }: { tabId: number; ticket: TicketSnapshot }) {
  const [result, setResult] = useState<{ issues: ToneIssue[] } | { error: string } | null>(null);

  async function check() {
    const read = await sendMessage('readEditorFromTab', { tabId }).catch((e: Error) => ({ ok: false, reason: e.message, text: undefined }));
    if (!read.ok || read.text === undefined) setResult({ error: read.reason ?? t('toneReadFailed') });
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

import { t } from '../../i18n';
import type { CustomPreviewResult } from '../preview';
import { ROLE_ORDER, roleText, whereText } from './labels';

/** The ticket the custom adapter read in the previewed tab, in the few facts an admin checks. */
export function SnapshotView({ result }: { result: CustomPreviewResult }) {
  const snapshot = result.snapshot;
  return (
    <div className="ch-snapshot" data-testid="ch-preview-snapshot">
      <h4>{t('chSnapshotHeading')}</h4>
      {snapshot ? (
        <dl>
          <dt>{t('chSelSubject')}</dt>
          <dd data-testid="ch-snapshot-subject" dir="auto">{snapshot.subject || '—'}</dd>
          <dt>{t('chSelRequester')}</dt>
          <dd data-testid="ch-snapshot-requester" dir="auto">
            {[snapshot.requesterName, snapshot.requesterEmail && `<${snapshot.requesterEmail}>`].filter(Boolean).join(' ') || '—'}
          </dd>
          <dt>{t('chSnapshotTicketId')}</dt>
          <dd data-testid="ch-snapshot-ticket-id">{snapshot.ticketId || '—'}</dd>
          <dt>{t('chSnapshotMessages')}</dt>
          <dd data-testid="ch-snapshot-messages">
            {snapshot.messageCount}
            {snapshot.messageCount > 0 && (
              <> ({ROLE_ORDER.filter((role) => snapshot.roles[role]).map((role) => `${roleText(role)}: ${snapshot.roles[role]}`).join(', ')}
                {snapshot.internalCount ? `, ${t('chSnapshotInternal')}: ${snapshot.internalCount}` : ''})</>
            )}
          </dd>
          {snapshot.firstMessage && (
            <>
              <dt>{t('chSnapshotFirstMessage')}</dt>
              <dd dir="auto" className="ch-first-message">{snapshot.firstMessage}</dd>
            </>
          )}
          <dt>{t('chSelEditor')}</dt>
          <dd data-testid="ch-snapshot-editor">
            {result.editor ? <code>{result.editor}</code> : t('chFoundNone')}
            {result.editor && result.editorWhere?.length ? <> · <span data-testid="ch-snapshot-editor-where">{whereText(result.editorWhere)}</span></> : null}
          </dd>
          <dt>{t('chSnapshotMissing')}</dt>
          <dd data-testid="ch-snapshot-missing">{snapshot.missing.length ? snapshot.missing.join(', ') : t('chSnapshotNothingMissing')}</dd>
        </dl>
      ) : (
        <p className="bad" data-testid="ch-snapshot-none">{t('chSnapshotNone')}</p>
      )}
    </div>
  );
}

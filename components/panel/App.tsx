import { useFollowedTab } from '../../lib/hooks/useFollowedTab';
import { useInsert } from '../../lib/hooks/useInsert';
import { useTabTicket } from '../../lib/hooks/useTabTicket';
import { greetingFor } from '../../lib/greeting';
import { t } from '../../lib/i18n';
import { InsertControls } from './InsertControls';
import { TicketCard } from './TicketCard';
import { AlertBanner } from '../alerts/AlertBanner';
import { SentimentMeter } from '../alerts/SentimentMeter';
import { ToneCheck } from '../alerts/ToneCheck';
import { useAssessment } from '../../lib/hooks/useAssessment';
import { useAiAlerts } from '../../lib/hooks/useAiAlerts';
import { suggestedApproach, type Alert } from '../../lib/sentiment';
import { sendMessage } from '../../lib/messaging';
import type { StoredTicket } from '../../lib/db';
import { DraftsSection } from '../drafts/DraftsSection';
import { SnippetsSection } from '../kb/SnippetsSection';
import { useEffectiveSettings } from '../../lib/policy/useEffectiveSettings';
import { DEFAULT_SETTINGS } from '../../lib/settings';

export function App() {
  const tabId = useFollowedTab();
  const { loading, tab, ticket } = useTabTicket(tabId);
  const { insert, confirm } = useInsert(tabId);

  if (loading) return <main className="panel" aria-busy="true" />;
  if (!tabId) return <EmptyState title={t('noTab')} />;
  if (!tab) return <EmptyState title={t('noHelpdesk')} hint={t('noHelpdeskHint')} testId="no-helpdesk" />;
  if (tab.status === 'unidentified') {
    return <EmptyState title={t('ticketUnidentified')} hint={t(tab.unidentified === 'host-mismatch' ? 'ticketUnidentifiedHost' : 'ticketUnidentifiedNoId')} testId="ticket-unidentified" />;
  }
  const storageError = tab.storageError && <StorageError error={tab.storageError} />;
  if (tab.status === 'no-ticket' || !ticket) {
    return storageError ? <main className="panel empty" data-testid="no-ticket">{storageError}</main> : <EmptyState title={t('noTicket')} testId="no-ticket" />;
  }

  return (
    <>
      {storageError}
      <TicketPanel tabId={tabId} ticket={ticket} insert={insert} confirm={confirm} />
    </>
  );
}

/** A write of this tab's ticket failed: say so, never drop it silently. */
function StorageError({ error }: { error: string }) {
  return (
    <p className="note storage-error" role="alert" data-testid="storage-error">
      {error === 'quota' ? t('storageFull') : t('storageFailed', error)}
    </p>
  );
}

function TicketPanel({
  tabId,
  ticket,
  insert,
  confirm,
}: {
  tabId: number;
  ticket: StoredTicket;
  insert: ReturnType<typeof useInsert>['insert'];
  confirm(): void;
}) {
  const snapshot = ticket.snapshot;
  const effective = useEffectiveSettings()?.settings;
  // Features an organisation switched off (managed policy) are not shown at all.
  const features = effective?.features ?? DEFAULT_SETTINGS.features;
  const assessment = useAssessment(snapshot, effective?.alerts);
  const aiAlerts = useAiAlerts(snapshot, features.sentiment && features.aiAlerts);
  return (
    <main className="panel" data-helpdesk={snapshot.helpdesk}>
      {features.sentiment && <AlertBanner
        alerts={assessment.alerts}
        aiAlerts={aiAlerts}
        onDismiss={async (alert) => {
          await assessment.dismiss(alert);
          // Re-reading the tab recomputes its toolbar badge without the dismissed alert.
          await sendMessage('refreshTab', { tabId }).catch(() => {});
        }}
        onAskAi={
          features.drafts
            ? (kind) =>
                void sendMessage('draftsRun', {
                  action: { kind: 'draft', ticketKey: ticket.key, guidance: guidanceFor(kind, assessment.alerts) },
                  online: navigator.onLine,
                })
            : undefined
        }
      />}
      <TicketCard ticket={snapshot} omittedMessages={ticket.omittedMessages}>
        {features.sentiment && <SentimentMeter score={assessment.score} trend={assessment.trend} />}
      </TicketCard>
      <section className="card" aria-label={t('insertMode')}>
        <button
          type="button"
          className="primary"
          data-testid="insert-greeting"
          onClick={() => void insert(greetingFor(snapshot), snapshot, 'greeting')}
        >
          {t('insertGreeting')}
        </button>
        <InsertControls onConfirm={confirm} />
      </section>
      {features.knowledge && <SnippetsSection ticket={ticket} insert={insert} />}
      {features.drafts && <DraftsSection ticket={ticket} insert={insert} chatEnabled={features.chat} />}
      {features.sentiment && <ToneCheck tabId={tabId} ticket={snapshot} />}
    </main>
  );
}

/** The approach for a reply asked from an alert: Tandem's own words, from the alerts' suggested approach. */
function guidanceFor(kind: 'de-escalation' | 'holding', alerts: Alert[]): string {
  const steps = suggestedApproach(alerts).join(' ');
  return kind === 'holding'
    ? `Write a short holding response: acknowledge the issue, say what is being done now and when the customer will hear back. Promise nothing else. ${steps}`
    : `Write a de-escalating reply. ${steps}`;
}

function EmptyState({ title, hint, testId }: { title: string; hint?: string; testId?: string }) {
  return (
    <main className="panel empty" data-testid={testId ?? 'empty'}>
      <p className="empty-title">{title}</p>
      {hint && <p className="hint">{hint}</p>}
    </main>
  );
}

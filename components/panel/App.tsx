import { useFollowedTab } from '../../lib/hooks/useFollowedTab';
import { useInsert } from '../../lib/hooks/useInsert';
import { useTabTicket } from '../../lib/hooks/useTabTicket';
import { t } from '../../lib/i18n';
import { alertReplyGuidance } from '../../lib/ai/prompts';
import { Section } from './Section';
import { ShortcutsHelp, usePanelShortcuts } from './shortcuts';
import { TicketCard } from './TicketCard';
import { RepairSection } from './RepairSection';
import { AlertBanner } from '../alerts/AlertBanner';
import { SentimentMeter } from '../alerts/SentimentMeter';
import { ToneCheck } from '../alerts/ToneCheck';
import { useAssessment } from '../../lib/hooks/useAssessment';
import { useAiAlerts } from '../../lib/hooks/useAiAlerts';
import { suggestedApproach } from '../../lib/sentiment';
import { sendMessage } from '../../lib/messaging';
import type { StoredTicket } from '../../lib/db';
import { DraftsSection } from '../drafts/DraftsSection';
import { InsertControls } from './InsertControls';
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
    return storageError ? <main className="panel empty" data-testid="no-ticket">{storageError}</main> : <EmptyState title={t('noTicket')} testId="no-ticket"><RepairSection tabId={tabId} /></EmptyState>;
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
  usePanelShortcuts();
  // Top to bottom, what an agent needs first: the ticket at a glance (customer, mood, alerts), the reply (actions,
  // the draft and its Insert), then knowledge, then the rest. Each line of the glance is one line; evidence expands.
  return (
    <main className="panel" data-helpdesk={snapshot.helpdesk}>
      <TicketCard ticket={snapshot} omittedMessages={ticket.omittedMessages}>
        {features.sentiment && <SentimentMeter score={assessment.score} trend={assessment.trend} />}
      </TicketCard>
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
                  action: { kind: 'draft', ticketKey: ticket.key, guidance: alertReplyGuidance(kind, suggestedApproach(assessment.alerts)) },
                  online: navigator.onLine,
                })
            : undefined
        }
      />}
      {features.drafts ? (
        <DraftsSection ticket={ticket} insert={insert} onConfirmInsert={confirm} chatEnabled={features.chat} knowledge={features.knowledge && <SnippetsSection ticket={ticket} insert={insert} />} />
      ) : (
        <>
          <section className="card" aria-label={t('insertMode')}>
            <InsertControls onConfirm={confirm} />
          </section>
          {features.knowledge && <SnippetsSection ticket={ticket} insert={insert} />}
        </>
      )}
      {features.sentiment && (
        <Section id="tone" title={t('toneHeading')} defaultOpen={false}>
          <ToneCheck tabId={tabId} ticket={snapshot} />
        </Section>
      )}
      <Section id="shortcuts" title={t('shortcutsHeading')} defaultOpen={false} testId="shortcuts-help">
        <ShortcutsHelp />
      </Section>
      {/* Below the work, out of the way of the primary actions: the reading-health line above points here. */}
      <RepairSection tabId={tabId} />
    </main>
  );
}

function EmptyState({ title, hint, testId, children }: { title: string; hint?: string; testId?: string; children?: React.ReactNode }) {
  return (
    <main className="panel empty" data-testid={testId ?? 'empty'}>
      <p className="empty-title">{title}</p>
      {hint && <p className="hint">{hint}</p>}
      {children}
    </main>
  );
}

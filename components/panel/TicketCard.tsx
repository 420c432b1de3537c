import type { ReactNode } from 'react';
import type { TicketSnapshot } from '../../adapters/types';
import { lastCustomerMessage } from '../../lib/greeting';
import { t } from '../../lib/i18n';
import { MAX_MESSAGES_KEPT } from '../../lib/limits';
import { priorityView } from '../../lib/tickets/priority';

/**
 * Who the customer is and what the ticket says, compact: subject, requester, one line of facts, the last customer
 * message folded to one line (the helpdesk beside the panel shows it in full). All ticket text is rendered as
 * text, never as HTML.
 */
export function TicketCard({ ticket, omittedMessages = 0, children }: { ticket: TicketSnapshot; omittedMessages?: number; children?: ReactNode }) {
  const last = lastCustomerMessage(ticket);
  const priority = priorityView(ticket.priority);
  const requester = [ticket.requester.name, ticket.requester.email && `<${ticket.requester.email}>`].filter(Boolean).join(' ');
  return (
    <section className="card" aria-labelledby="ticket-subject" data-testid="ticket-card">
      <h2 id="ticket-subject" className="subject" data-testid="ticket-subject">
        {ticket.subject || openingLine(ticket) || '—'}
      </h2>
      <ReadingHealth health={ticket.health} />
      <dl className="facts">
        <div className="fact requester">
          <dt className="visually-hidden">{t('requester')}</dt>
          <dd data-testid="ticket-requester">{requester || '—'}</dd>
        </div>
        <div className="fact">
          <dt>{t('status')}</dt>
          <dd data-testid="ticket-status">{ticket.status ?? '—'}</dd>
        </div>
        {priority?.kind === 'level' && (
          <div className="fact">
            <dt>{t('priority')}</dt>
            <dd data-testid="ticket-priority">{priority.text}</dd>
          </div>
        )}
        {priority?.kind === 'flag' && (
          <div className="fact">
            <dt className="visually-hidden">{t('priority')}</dt>
            <dd data-testid="ticket-priority">
              <span aria-hidden="true">★ </span>
              {t('priorityFlagged')}
            </dd>
          </div>
        )}
        <div className="fact">
          <dt>{t('messages')}</dt>
          <dd data-testid="ticket-message-count">{ticket.messages.length + omittedMessages}</dd>
        </div>
      </dl>
      {omittedMessages > 0 && (
        <p className="note" role="note" data-testid="ticket-messages-omitted">
          {t('messagesOmitted', String(omittedMessages), String(MAX_MESSAGES_KEPT - 1))}
        </p>
      )}
      {children}
      {last && (
        <details className="last-message">
          <summary>
            <span className="label">{t('lastCustomerMessage')}</span>
            {last.at && <time dateTime={last.at}> · {new Date(last.at).toLocaleString()}</time>}
            <span className="preview" aria-hidden="true">
              {last.text.slice(0, 200)}
            </span>
          </summary>
          <blockquote data-testid="ticket-last-customer-message">{last.text}</blockquote>
        </details>
      )}
      {ticket.missing && ticket.missing.length > 0 && (
        <p className="note" role="note" data-testid="ticket-missing">
          {t('notUnderstood', ticket.missing.join(', '))}
        </p>
      )}
    </section>
  );
}

/** What the header shows for a ticket with no subject (an untitled Intercom chat): the opening line of the first
 *  customer message, as Intercom's own conversation list does. Display only, a UI concern: the snapshot's subject
 *  stays what the page shows (none), so drafts, search and the reading health never take this line for a subject. */
function openingLine(ticket: TicketSnapshot): string {
  const line = ticket.messages.find((m) => m.author.role === 'customer' && !m.internal)?.text.trim().split('\n')[0] ?? '';
  return line.length > 100 ? `${line.slice(0, 99)}…` : line;
}

type MessageKey = Parameters<typeof t>[0];
/** What each reason code of the reading health (adapters/shared/health.ts) says, in the agent's words. */
const PROBLEM_TEXT: Record<string, MessageKey> = {
  'id-mismatch-url': 'healthIdMismatchUrl',
  'no-thread': 'healthNoThread',
  'few-messages-vs-page': 'healthFewMessagesVsPage',
  'thread-by-layout': 'healthThreadByLayout',
  'no-customer-message': 'healthNoCustomerMessage',
  'roles-one-kind': 'healthRolesOneKind',
  'subject-missing': 'healthSubjectMissing',
};
const FOUND_TEXT: Record<string, MessageKey> = {
  'id-matches-url': 'healthIdMatchesUrl',
  'subject-found': 'healthSubjectFound',
  'customer-message-found': 'healthCustomerMessageFound',
  'roles-mixed': 'healthRolesMixed',
  'messages-match-page': 'healthMessagesMatchPage',
};

/** A low reading, said plainly: what was not found or looks wrong, then what was found. A thread the helpdesk has
 *  not rendered in full is said whatever the confidence: the reading is right, but only part of the case. */
function ReadingHealth({ health }: { health: TicketSnapshot['health'] }) {
  const partial = health?.reasons.includes('thread-partial') ? (
    <p className="note reading-partial" role="note" data-testid="reading-partial">
      {t('healthThreadPartial')}
    </p>
  ) : null;
  if (health?.confidence !== 'low') return partial;
  const problems = health.reasons.filter((r) => PROBLEM_TEXT[r]);
  const found = health.reasons.filter((r) => FOUND_TEXT[r]).map((r) => t(FOUND_TEXT[r]));
  return (
    <div className="reading-health" role="alert" data-testid="reading-health" data-reasons={health.reasons.join(' ')}>
      <p className="reading-health-title">{t('readingLow')}</p>
      <ul>
        {problems.map((r) => (
          <li key={r} data-reason={r}>
            {t(PROBLEM_TEXT[r])}
          </li>
        ))}
      </ul>
      {found.length > 0 && <p className="reading-health-found">{t('readingFound', found.join(', '))}</p>}
      {partial}
    </div>
  );
}

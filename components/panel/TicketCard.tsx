import type { ReactNode } from 'react';
import type { TicketSnapshot } from '../../adapters/types';
import { lastCustomerMessage } from '../../lib/greeting';
import { t } from '../../lib/i18n';
import { MAX_MESSAGES_KEPT } from '../../lib/limits';

/** Who the customer is and what the ticket says. All ticket text is rendered as text, never as HTML. */
export function TicketCard({ ticket, omittedMessages = 0, children }: { ticket: TicketSnapshot; omittedMessages?: number; children?: ReactNode }) {
  const last = lastCustomerMessage(ticket);
  const requester = [ticket.requester.name, ticket.requester.email && `<${ticket.requester.email}>`].filter(Boolean).join(' ');
  return (
    <section className="card" aria-labelledby="ticket-subject" data-testid="ticket-card">
      <h2 id="ticket-subject" className="subject" data-testid="ticket-subject">
        {ticket.subject || '—'}
      </h2>
      <dl className="facts">
        <dt>{t('requester')}</dt>
        <dd data-testid="ticket-requester">{requester || '—'}</dd>
        <dt>{t('status')}</dt>
        <dd data-testid="ticket-status">{ticket.status ?? '—'}</dd>
        {ticket.priority && (
          <>
            <dt>{t('priority')}</dt>
            <dd data-testid="ticket-priority">{ticket.priority}</dd>
          </>
        )}
        <dt>{t('messages')}</dt>
        <dd data-testid="ticket-message-count">{ticket.messages.length + omittedMessages}</dd>
      </dl>
      {omittedMessages > 0 && (
        <p className="note" role="note" data-testid="ticket-messages-omitted">
          {t('messagesOmitted', String(omittedMessages), String(MAX_MESSAGES_KEPT - 1))}
        </p>
      )}
      {children}
      {last && (
        <figure className="last-message">
          <figcaption>
            {t('lastCustomerMessage')}
            {last.at && <time dateTime={last.at}> · {new Date(last.at).toLocaleString()}</time>}
          </figcaption>
          <blockquote data-testid="ticket-last-customer-message">{last.text}</blockquote>
        </figure>
      )}
      {ticket.missing && ticket.missing.length > 0 && (
        <p className="note" role="note" data-testid="ticket-missing">
          {t('notUnderstood', ticket.missing.join(', '))}
        </p>
      )}
    </section>
  );
}

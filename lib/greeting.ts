import type { TicketSnapshot } from '../adapters/types';

/** The requester's first name, or nothing when the page did not show a usable one. */
export function firstName(ticket: Pick<TicketSnapshot, 'requester'>): string | undefined {
  const name = ticket.requester.name?.trim();
  if (!name || name.includes('@')) return undefined;
  return name.split(/\s+/)[0];
}

export function lastCustomerMessage(ticket: TicketSnapshot) {
  for (let i = ticket.messages.length - 1; i >= 0; i--) {
    const m = ticket.messages[i];
    if (m.author.role === 'customer' && !m.internal) return m;
  }
  return undefined;
}

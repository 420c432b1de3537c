// A draft written before the customer's latest message answers an older state of the ticket.
import type { StoredTicket } from '../db';
import type { DraftRow } from './types';

export function isStale(draft: Pick<DraftRow, 'basedOnCustomerMessages'>, ticket: Pick<StoredTicket, 'customerMessageCount'> | undefined): boolean {
  if (!ticket) return false;
  return draft.basedOnCustomerMessages < ticket.customerMessageCount;
}

/** How many customer messages arrived since the draft was written (0 when current). */
export function newCustomerMessagesSince(draft: Pick<DraftRow, 'basedOnCustomerMessages'>, ticket: Pick<StoredTicket, 'customerMessageCount'> | undefined): number {
  return ticket ? Math.max(0, ticket.customerMessageCount - draft.basedOnCustomerMessages) : 0;
}

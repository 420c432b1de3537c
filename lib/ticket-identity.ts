// What makes a ticket one ticket: the helpdesk, the helpdesk account's host and the ticket id. Two accounts of
// the same helpdesk (acme.zendesk.com and globex.zendesk.com) both have a #4521; without the host their drafts,
// chats and inserts would cross. No Dexie here: the content script imports it too.
import type { TicketSnapshot } from '../adapters/types';

/** `${helpdesk}:${host}:${ticketId}`: one ticket across tabs and sessions. */
export type TicketKey = string;

type Identity = Pick<TicketSnapshot, 'helpdesk' | 'ticketId' | 'url' | 'host'>;

/** The host (with port, lower case) of a URL, or '' when it has none. */
export function hostOfUrl(url: string | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return '';
  }
}

/** The account host of a ticket: the snapshot's own, else its URL's. */
export const ticketHostOf = (t: Pick<TicketSnapshot, 'url' | 'host'>): string => t.host || hostOfUrl(t.url);

export const ticketKeyOf = (t: Identity): TicketKey => `${t.helpdesk}:${ticketHostOf(t)}:${t.ticketId}`;

/** Why a snapshot cannot be stored, drafted for or inserted into (null: it can). A snapshot without an id would
 *  share one key with every other id-less ticket of that helpdesk. */
export function identityProblem(t: Identity): 'no-id' | 'no-host' | null {
  if (!t.ticketId || !t.ticketId.trim()) return 'no-id';
  if (!ticketHostOf(t)) return 'no-host';
  return null;
}

/** The page shows another ticket than its URL names (adapters/shared/health.ts, 'id-mismatch-url'): which one the
 *  agent means cannot be known, so nothing is drafted for it or inserted into it. */
export const readsAnotherTicket = (t: Pick<TicketSnapshot, 'health'> | null | undefined): boolean =>
  !!t?.health?.reasons.includes('id-mismatch-url');

/** A reading the agent confirms before Tandem drafts or inserts (adapters/shared/health.ts). */
export const isLowReading = (t: Pick<TicketSnapshot, 'health'> | null | undefined): boolean => t?.health?.confidence === 'low';

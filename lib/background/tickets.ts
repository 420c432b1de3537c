// Storing what content scripts report. The service worker can be killed at any moment (MV3), so the database is
// the only state: the side panel reads it with live queries and re-renders as rows change.
import type { TicketSnapshot } from '../../adapters/types';
import { ticketKeyOf, type TandemDB } from '../db';
import type { SnapshotReport } from '../messaging';
import { mergeSnapshots } from '../tickets/merge';

export const countCustomerMessages = (t: TicketSnapshot) => t.messages.filter((m) => m.author.role === 'customer').length;

/** Stores the report; says whether the ticket was seen for the first time (for the audit log). */
export async function storeSnapshot(db: TandemDB, tabId: number, report: SnapshotReport, now = Date.now()): Promise<{ firstSeen: boolean }> {
  const { snapshot: read } = report;
  return db.transaction('rw', db.tickets, db.tabs, async () => {
    if (!read) {
      await db.tabs.put({ tabId, status: 'no-ticket', helpdesk: report.helpdesk, url: report.url, updatedAt: now });
      return { firstSeen: false };
    }
    const key = ticketKeyOf(read);
    const previous = await db.tickets.get(key);
    // A page that shows less of this ticket (a reply form) adds to what is stored, never wipes it.
    const snapshot = mergeSnapshots(previous?.snapshot, read);
    await db.tickets.put({
      key,
      snapshot,
      firstSeenAt: previous?.firstSeenAt ?? now,
      updatedAt: now,
      customerMessageCount: countCustomerMessages(snapshot),
    });
    await db.tabs.put({ tabId, status: 'ticket', helpdesk: snapshot.helpdesk, ticketKey: key, url: report.url, updatedAt: now });
    return { firstSeen: !previous };
  });
}

/** A tab left the helpdesk (full navigation or closed): forget what it showed, keep the ticket itself. */
export async function forgetTab(db: TandemDB, tabId: number): Promise<void> {
  await db.tabs.delete(tabId);
}

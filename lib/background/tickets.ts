// Storing what content scripts report. The service worker can be killed at any moment (MV3), so the database is
// the only state: the side panel reads it with live queries and re-renders as rows change.
import type { InsertResult, TicketMessage, TicketSnapshot } from '../../adapters/types';
import { ticketKeyOf, type StoredTicket, type TabState, type TandemDB } from '../db';
import type { SnapshotReport } from '../messaging';
import { MAX_FIELD_CHARS, MAX_MESSAGE_CHARS, MAX_MESSAGES_KEPT, MAX_SUBJECT_CHARS, MAX_TAGS } from '../limits';
import { dequal } from 'dequal/lite';
import { hostOfUrl, identityProblem, isLowReading, readsAnotherTicket } from '../ticket-identity';
import { mergeSnapshots } from '../tickets/merge';
import { insertFailure } from '../../adapters/shared/insert-failure';

export const countCustomerMessages = (t: TicketSnapshot) => t.messages.filter((m) => m.author.role === 'customer').length;

const CUT_MARK = ' […]';
const cut = (s: string | undefined, max: number) => (s === undefined || s.length <= max ? s : s.slice(0, max) + CUT_MARK);
const cutMessage = (m: TicketMessage): TicketMessage => {
  if (m.text.length <= MAX_MESSAGE_CHARS && (m.author.name?.length ?? 0) <= MAX_FIELD_CHARS && (m.author.email?.length ?? 0) <= MAX_FIELD_CHARS) return m;
  const author = { ...m.author };
  if (author.name !== undefined) author.name = cut(author.name, MAX_FIELD_CHARS);
  if (author.email !== undefined) author.email = cut(author.email, MAX_FIELD_CHARS);
  return { ...m, author, text: cut(m.text, MAX_MESSAGE_CHARS)! };
};

/** What is kept of a snapshot (lib/limits.ts): the first message and the newest ones, each field cut to size.
 *  Unchanged fields keep their identity, so a small ticket comes back as the same object. */
export function capSnapshot(snapshot: TicketSnapshot): { snapshot: TicketSnapshot; omittedMessages: number } {
  const all = snapshot.messages;
  const omittedMessages = Math.max(0, all.length - MAX_MESSAGES_KEPT);
  const kept = omittedMessages ? [all[0], ...all.slice(all.length - (MAX_MESSAGES_KEPT - 1))] : all;
  const messages = kept.map(cutMessage);
  const capped: TicketSnapshot = {
    ...snapshot,
    subject: cut(snapshot.subject, MAX_SUBJECT_CHARS)!,
    tags: snapshot.tags.length > MAX_TAGS || snapshot.tags.some((t) => t.length > MAX_FIELD_CHARS) ? snapshot.tags.slice(0, MAX_TAGS).map((t) => cut(t, MAX_FIELD_CHARS)!) : snapshot.tags,
    messages: messages.some((m, i) => m !== all[i]) || omittedMessages ? messages : all,
  };
  for (const field of ['ticketId', 'status', 'priority', 'host'] as const) {
    if ((capped[field]?.length ?? 0) > MAX_FIELD_CHARS) capped[field] = cut(capped[field], MAX_FIELD_CHARS)!;
  }
  if ((snapshot.requester.name?.length ?? 0) > MAX_FIELD_CHARS || (snapshot.requester.email?.length ?? 0) > MAX_FIELD_CHARS) {
    capped.requester = { ...snapshot.requester, name: cut(snapshot.requester.name, MAX_FIELD_CHARS), email: cut(snapshot.requester.email, MAX_FIELD_CHARS) };
  }
  return { snapshot: capped, omittedMessages };
}

/** Words for the panel when a write failed: the browser's storage is full, or something else. */
export function storageErrorText(err: unknown): string {
  const name = (err as { name?: string; inner?: { name?: string } } | null)?.inner?.name ?? (err as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') return 'quota';
  return `${name ?? 'Error'}: ${err instanceof Error ? err.message : String(err)}`.slice(0, 300);
}

export interface StoreResult {
  firstSeen: boolean;
  /** The ticket could not be written (storageErrorText); the tab row says so for the panel. */
  error?: string;
}

/** Put the tab row unless it already says the same (a live chat reports many times a second). */
async function putTab(db: TandemDB, row: Omit<TabState, 'updatedAt'>, now: number): Promise<void> {
  const p = await db.tabs.get(row.tabId);
  const same = p && p.status === row.status && p.helpdesk === row.helpdesk && p.ticketKey === row.ticketKey && p.url === row.url && p.unidentified === row.unidentified && p.storageError === row.storageError;
  if (!same) await db.tabs.put({ ...row, updatedAt: now });
}

/**
 * Stores the report; says whether the ticket was seen for the first time (for the audit log). `tabUrl` is the
 * URL the browser gives for the sending tab: the account host of the ticket is taken from it, and a snapshot that
 * claims another host is not stored.
 */
export async function storeSnapshot(db: TandemDB, tabId: number, report: SnapshotReport, now = Date.now(), tabUrl?: string): Promise<StoreResult> {
  const { snapshot: reported } = report;
  if (!reported) {
    await putTab(db, { tabId, status: 'no-ticket', helpdesk: report.helpdesk, url: report.url }, now);
    return { firstSeen: false };
  }
  let snapshot = reported;
  if (tabUrl !== undefined) {
    const trusted = hostOfUrl(tabUrl);
    const claimed = reported.host || hostOfUrl(reported.url);
    if (!trusted || claimed !== trusted) {
      await putTab(db, { tabId, status: 'unidentified', unidentified: 'host-mismatch', helpdesk: reported.helpdesk, url: report.url }, now);
      return { firstSeen: false };
    }
    snapshot = reported.host === trusted ? reported : { ...reported, host: trusted };
  }
  const problem = identityProblem(snapshot);
  if (problem) {
    // Never under a shared key: every id-less ticket of this helpdesk would be one.
    await putTab(db, { tabId, status: 'unidentified', unidentified: problem, helpdesk: snapshot.helpdesk, url: report.url }, now);
    return { firstSeen: false };
  }
  const key = ticketKeyOf(snapshot);
  const tabRow: Omit<TabState, 'updatedAt'> = { tabId, status: 'ticket', helpdesk: snapshot.helpdesk, ticketKey: key, url: report.url };
  try {
    return await db.transaction('rw', db.tickets, db.tabs, async () => {
      const previous = await db.tickets.get(key);
      // A page that shows less of this ticket (a reply form without the thread) adds to what is stored and never
      // wipes it; merged before capping, so a full read replaces the stored window as it is.
      // Not with a read of the page showing another ticket than its URL (either way round): its content is not
      // this ticket's, and stays out of the stored thread.
      const mergeable = readsAnotherTicket(snapshot) || readsAnotherTicket(previous?.snapshot) ? undefined : previous?.snapshot;
      const merged = mergeSnapshots(mergeable, snapshot);
      const capped = capSnapshot(merged);
      const kept = capped.snapshot;
      // Merged with a stored window of a long thread: what was left out then is still left out.
      const fromStored = merged !== snapshot && merged.messages !== snapshot.messages;
      const omittedMessages = fromStored ? Math.max(capped.omittedMessages, previous?.omittedMessages ?? 0) : capped.omittedMessages;
      const row: StoredTicket = {
        key,
        snapshot: kept,
        firstSeenAt: previous?.firstSeenAt ?? now,
        updatedAt: now,
        // Counted on the whole ticket: a draft is stale when a customer wrote again, kept or not.
        customerMessageCount: fromStored ? Math.max(countCustomerMessages(merged), previous?.customerMessageCount ?? 0) : countCustomerMessages(merged),
        ...(omittedMessages ? { omittedMessages } : {}),
      };
      // Write only what changed: an unchanged ticket keeps its row (and its updatedAt) as it is.
      const unchanged = previous && previous.customerMessageCount === row.customerMessageCount && (previous.omittedMessages ?? 0) === omittedMessages && dequal(previous.snapshot, kept);
      if (!unchanged) await db.tickets.put(row);
      await putTab(db, tabRow, now);
      return { firstSeen: !previous };
    });
  } catch (err) {
    // Storage full (QuotaExceededError) or another failure: never dropped silently. The tab row is tiny and
    // usually still fits; it tells the panel, which shows the last stored state (if any) with the warning.
    const error = storageErrorText(err);
    await db.tabs.put({ ...tabRow, storageError: error, updatedAt: now }).catch(() => {});
    return { firstSeen: false, error };
  }
}

/** A tab left the helpdesk (full navigation or closed): forget what it showed, keep the ticket itself. */
export async function forgetTab(db: TandemDB, tabId: number): Promise<void> {
  await db.tabs.delete(tabId);
}

/** Whether text may go into the ticket a tab shows, judged on the reading health of the ticket as stored (merged
 *  with earlier reads: a reply page without the thread is not unsure when the thread was read before). 'id-mismatch':
 *  never (the page shows another ticket than its URL); 'reading-low': only once the agent confirmed; null: yes. */
export async function insertBlockedByReading(db: TandemDB, tabId: number): Promise<'id-mismatch' | 'reading-low' | null> {
  const tab = await db.tabs.get(tabId);
  const stored = tab?.ticketKey ? await db.tickets.get(tab.ticketKey) : undefined;
  if (readsAnotherTicket(stored?.snapshot)) return 'id-mismatch';
  return isLowReading(stored?.snapshot) ? 'reading-low' : null;
}

/** What the panel is told when insertBlockedByReading says no. */
export function readingBlockResult(block: 'id-mismatch' | 'reading-low'): InsertResult {
  return block === 'id-mismatch'
    ? insertFailure('id-mismatch')
    : { ok: false, code: 'reading-low', reason: 'needs-confirmation' };
}

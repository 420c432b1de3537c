// Retention: tickets, drafts and chats older than the retention period are deleted on a schedule
// (chrome.alarms, which survive the MV3 service worker being stopped), and on demand ("delete all local data").
import { browser } from 'wxt/browser';
import type { TandemDB, TicketKey } from '../db';
import { audit, purgeAudit } from '../audit';

const DAY_MS = 86_400_000;
export const RETENTION_ALARM = 'tandem-retention';
/** Often enough that nothing outlives its period by more than a few hours; rarely enough to cost nothing. */
export const RETENTION_PERIOD_MINUTES = 6 * 60;

export interface PurgeResult {
  tickets: number;
  drafts: number;
  chats: number;
  dismissedAlerts: number;
  kbFeedback: number;
  audit: number;
  /** The AI's alerts (they quote the customer): only present when some went. */
  aiAlerts?: number;
}

/**
 * Delete everything about tickets not touched for `retentionDays`, and drafts / chat turns older than that
 * even when their ticket is still fresh. Everything keyed to a deleted ticket goes with it (drafts, chat,
 * dismissed alerts, knowledge feedback), so no orphan keeps customer text alive.
 */
export async function purgeExpired(
  db: TandemDB,
  { retentionDays, auditRetentionDays, now = Date.now() }: { retentionDays: number; auditRetentionDays?: number; now?: number },
): Promise<PurgeResult> {
  if (!Number.isFinite(retentionDays) || retentionDays <= 0) throw new RangeError(`retentionDays must be positive, got ${retentionDays}`);
  const cutoff = now - retentionDays * DAY_MS;
  const result = await db.transaction('rw', [db.tickets, db.drafts, db.chats, db.dismissedAlerts, db.kbFeedback], async () => {
    const expiredKeys = (await db.tickets.where('updatedAt').below(cutoff).primaryKeys()) as TicketKey[];
    const tickets = await db.tickets.bulkDelete(expiredKeys).then(() => expiredKeys.length);
    const draftIds = new Set<string>([
      ...((await db.drafts.where('updatedAt').below(cutoff).primaryKeys()) as string[]),
      ...(expiredKeys.length ? ((await db.drafts.where('ticketKey').anyOf(expiredKeys).primaryKeys()) as string[]) : []),
    ]);
    await db.drafts.bulkDelete([...draftIds]);
    const chatIds = new Set<string>([
      ...((await db.chats.where('at').below(cutoff).primaryKeys()) as string[]),
      ...(expiredKeys.length ? ((await db.chats.where('ticketKey').anyOf(expiredKeys).primaryKeys()) as string[]) : []),
    ]);
    await db.chats.bulkDelete([...chatIds]);
    const expired = new Set(expiredKeys);
    const dismissedAlerts = await db.dismissedAlerts.filter((a) => expired.has(a.ticketKey) || a.at < cutoff).delete();
    const kbFeedback = await db.kbFeedback.filter((f) => expired.has(f.ticketKey) || f.at < cutoff).delete();
    return { tickets, drafts: draftIds.size, chats: chatIds.size, dismissedAlerts, kbFeedback };
  });
  const auditRemoved = auditRetentionDays ? await purgeAudit(db, auditRetentionDays, now) : 0;
  // The AI's alerts quote the customer: they go with their ticket, or when older than the period.
  const liveKeys = new Set((await db.tickets.toCollection().primaryKeys()) as TicketKey[]);
  const aiAlerts = await db.aiAlerts.filter((r) => !liveKeys.has(r.ticketKey) || r.at < cutoff).delete();
  // Tool calls keep looked-up customer data (facts): they go with their ticket too.
  await db.toolCalls.filter((r) => !liveKeys.has(r.ticketKey as TicketKey) || r.createdAt < cutoff).delete();
  return aiAlerts ? { ...result, audit: auditRemoved, aiAlerts } : { ...result, audit: auditRemoved };
}

/** The scheduled run: purge with the effective settings, and note in the audit log what went (counts only). */
export async function runRetention(
  db: TandemDB,
  settings: { retentionDays: number; auditRetentionDays: number },
  now = Date.now(),
): Promise<PurgeResult> {
  const result = await purgeExpired(db, { ...settings, now });
  const removed = result.tickets + result.drafts + result.chats;
  if (removed > 0) {
    await audit(db, 'retention_purged', { detail: { ...result, retentionDays: settings.retentionDays } }, { now });
  }
  return result;
}

/** Everything Tandem keeps in IndexedDB, cleared. Settings and the API key stay (they are not customer data);
 *  one audit entry records that the deletion happened. */
export async function deleteAllLocalData(db: TandemDB, now = Date.now()): Promise<Record<string, number>> {
  const counts = await countStored(db);
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
  await audit(db, 'local_data_deleted', { detail: counts }, { now });
  return counts;
}

/** Rows per table, for "how much is stored". */
export async function countStored(db: TandemDB): Promise<Record<string, number>> {
  const entries = await Promise.all(db.tables.map(async (table) => [table.name, await table.count()] as const));
  return Object.fromEntries(entries);
}

/**
 * For the background's `main` (synchronous, first turn): create the alarm once and purge when it fires, and
 * once at start-up. `getSettings` / `getDb` are passed in so this module does nothing at import time.
 */
export function registerRetention(
  getDb: () => TandemDB,
  getSettings: () => Promise<{ retentionDays: number; auditRetentionDays: number }>,
): void {
  const run = async () => {
    try {
      await runRetention(getDb(), await getSettings());
    } catch (err) {
      console.warn('Tandem: retention purge failed', err);
    }
  };
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) void run();
  });
  void browser.alarms.get(RETENTION_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(RETENTION_ALARM, { delayInMinutes: 1, periodInMinutes: RETENTION_PERIOD_MINUTES });
  });
  browser.runtime.onStartup?.addListener(() => void run());
}

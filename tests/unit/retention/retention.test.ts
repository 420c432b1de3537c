import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TandemDB, type StoredTicket } from '../../../lib/db';
import type { DraftRow } from '../../../lib/drafts/types';
import { countStored, deleteAllLocalData, purgeExpired, registerRetention, RETENTION_ALARM, runRetention } from '../../../lib/retention';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 21, 12);

const ticket = (key: string, updatedAt: number): StoredTicket => ({
  key,
  snapshot: { helpdesk: 'zendesk', ticketId: key.split(':')[1], url: 'https://acme.zendesk.com/agent/tickets/1', subject: 's', tags: [], requester: {}, messages: [] },
  firstSeenAt: updatedAt,
  updatedAt,
  customerMessageCount: 1,
});
const draft = (id: string, ticketKey: string, updatedAt: number): DraftRow => ({
  id, ticketKey, kind: 'reply', text: 'Hello Maria', versions: [], status: 'done', basedOnCustomerMessages: 1, createdAt: updatedAt, updatedAt,
});

async function seed(db: TandemDB) {
  await db.tickets.bulkPut([ticket('zendesk:old', NOW - 40 * DAY), ticket('zendesk:fresh', NOW - 2 * DAY)]);
  await db.drafts.bulkPut([
    draft('d-old-ticket', 'zendesk:old', NOW - 1 * DAY), // recent draft of an expired ticket: goes with its ticket
    draft('d-stale', 'zendesk:fresh', NOW - 31 * DAY), // old draft of a fresh ticket: expired on its own
    draft('d-keep', 'zendesk:fresh', NOW - 29 * DAY),
  ]);
  await db.chats.bulkPut([
    { id: 'c1', ticketKey: 'zendesk:old', role: 'user', text: 'q', at: NOW - 1 * DAY },
    { id: 'c2', ticketKey: 'zendesk:fresh', role: 'user', text: 'q', at: NOW - 35 * DAY },
    { id: 'c3', ticketKey: 'zendesk:fresh', role: 'assistant', text: 'a', at: NOW - DAY },
  ]);
  await db.dismissedAlerts.bulkPut([
    { ticketKey: 'zendesk:old', kind: 'anger', at: NOW - DAY },
    { ticketKey: 'zendesk:fresh', kind: 'anger', at: NOW - DAY },
  ]);
  await db.kbFeedback.put({ ticketKey: 'zendesk:old', articleId: 'a1', vote: 1, at: NOW - DAY });
  await db.audit.bulkAdd([{ at: NOW - 200 * DAY, action: 'draft_generated' }, { at: NOW - 10 * DAY, action: 'draft_inserted' }]);
}

describe('purgeExpired', () => {
  let db: TandemDB;
  beforeEach(async () => {
    db = new TandemDB(`retention-${Math.random()}`);
    await seed(db);
  });

  it('deletes expired tickets with everything keyed to them, and old drafts/chats of live tickets', async () => {
    const result = await purgeExpired(db, { retentionDays: 30, auditRetentionDays: 180, now: NOW });
    expect(result).toEqual({ tickets: 1, drafts: 2, chats: 2, dismissedAlerts: 1, kbFeedback: 1, audit: 1 });
    expect(await db.tickets.toCollection().primaryKeys()).toEqual(['zendesk:fresh']);
    expect((await db.drafts.toArray()).map((d) => d.id)).toEqual(['d-keep']);
    expect((await db.chats.toArray()).map((c) => c.id)).toEqual(['c3']);
    expect((await db.dismissedAlerts.toArray()).map((a) => a.ticketKey)).toEqual(['zendesk:fresh']);
    expect(await db.kbFeedback.count()).toBe(0);
    expect((await db.audit.toArray()).map((a) => a.action)).toEqual(['draft_inserted']);
  });

  it('keeps everything inside a longer period, and refuses a nonsensical one', async () => {
    const result = await purgeExpired(db, { retentionDays: 365, now: NOW });
    expect(result.tickets + result.drafts + result.chats).toBe(0);
    expect(await db.audit.count()).toBe(2); // no auditRetentionDays: audit untouched
    await expect(purgeExpired(db, { retentionDays: 0, now: NOW })).rejects.toThrow(RangeError);
  });

  it('runRetention logs counts (no content) in the audit log only when something went', async () => {
    await runRetention(db, { retentionDays: 30, auditRetentionDays: 365 }, NOW);
    const entry = (await db.audit.where('action').equals('retention_purged').toArray())[0];
    expect(entry.detail).toMatchObject({ tickets: 1, drafts: 2, chats: 2, retentionDays: 30 });
    expect(JSON.stringify(entry)).not.toContain('Hello Maria');
    await runRetention(db, { retentionDays: 30, auditRetentionDays: 365 }, NOW);
    expect(await db.audit.where('action').equals('retention_purged').count()).toBe(1);
  });

  it('deleteAllLocalData empties every table and leaves one audit entry with the counts', async () => {
    const before = await countStored(db);
    expect(before.tickets).toBe(2);
    const deleted = await deleteAllLocalData(db, NOW);
    expect(deleted).toEqual(before);
    const after = await countStored(db);
    expect(Object.entries(after).filter(([name, n]) => name !== 'audit' && n > 0)).toEqual([]);
    const audit = await db.audit.toArray();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'local_data_deleted', detail: { tickets: 2, drafts: 3 } });
  });
});

describe('registerRetention (scheduled purge)', () => {
  let db: TandemDB;
  beforeEach(async () => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    db = new TandemDB(`retention-alarm-${Math.random()}`);
    await seed(db);
  });
  afterEach(() => vi.useRealTimers());

  it('creates a periodic alarm once and purges with the current settings when it fires', async () => {
    let retentionDays = 365;
    registerRetention(() => db, async () => ({ retentionDays, auditRetentionDays: 3650 }));
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(RETENTION_ALARM)).toBeDefined());
    const alarm = (await fakeBrowser.alarms.get(RETENTION_ALARM))!;
    expect(alarm.periodInMinutes).toBeGreaterThan(0);

    await fakeBrowser.alarms.onAlarm.trigger(alarm);
    await new Promise((r) => setTimeout(r, 20));
    expect(await db.tickets.count()).toBe(2); // 365 days: nothing expired

    retentionDays = 30; // the admin shortened retention
    vi.setSystemTime(NOW + DAY); // a day later, the fresh ticket is still inside 30 days
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
    await vi.waitFor(async () => expect(await db.tickets.count()).toBe(1));
    expect(await db.tickets.get('zendesk:fresh')).toBeDefined();

    await fakeBrowser.alarms.onAlarm.trigger({ ...alarm, name: 'someone-else' });
    vi.setSystemTime(NOW + 40 * DAY);
    await new Promise((r) => setTimeout(r, 20));
    expect(await db.tickets.count()).toBe(1); // other alarms do not purge
  });
});

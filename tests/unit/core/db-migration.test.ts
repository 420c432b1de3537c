// Version 2 of the database: old rows keyed `${helpdesk}:${ticketId}` move to `${helpdesk}:${host}:${ticketId}`.
// A version-1 database is written with the old schema (as an installed Tandem left it), then opened by the
// current class.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { TandemDB } from '../../../lib/db';

const V1_SCHEMA = {
  tickets: 'key, updatedAt',
  tabs: 'tabId, ticketKey',
  drafts: 'id, ticketKey, updatedAt',
  chats: 'id, ticketKey, at',
  kbArticles: 'id, source, updatedAt',
  kbMeta: 'key',
  kbFeedback: '[ticketKey+articleId], articleId',
  dismissedAlerts: '[ticketKey+kind]',
  audit: '++id, at, ticketKey, action',
  queue: '++id, createdAt',
};

const snap = (ticketId: string, url: string) => ({ helpdesk: 'zendesk', ticketId, url, subject: `s${ticketId}`, tags: [], requester: {}, messages: [] });

async function writeV1(name: string) {
  const old = new Dexie(name);
  old.version(1).stores(V1_SCHEMA);
  await old.open();
  await old.table('tickets').bulkPut([
    { key: 'zendesk:4521', snapshot: snap('4521', 'https://acme.zendesk.com/agent/tickets/4521'), firstSeenAt: 1, updatedAt: 2, customerMessageCount: 1 },
    { key: 'zendesk:', snapshot: snap('', 'https://acme.zendesk.com/agent/filters/1'), firstSeenAt: 1, updatedAt: 2, customerMessageCount: 0 },
  ]);
  await old.table('tabs').bulkPut([
    { tabId: 1, status: 'ticket', ticketKey: 'zendesk:4521', url: 'https://acme.zendesk.com/agent/tickets/4521', updatedAt: 1 },
    { tabId: 2, status: 'ticket', ticketKey: 'zendesk:', url: 'https://acme.zendesk.com/agent/filters/1', updatedAt: 1 },
  ]);
  await old.table('drafts').bulkPut([
    { id: 'd1', ticketKey: 'zendesk:4521', kind: 'reply', text: 'Hi', versions: [], status: 'done', basedOnCustomerMessages: 1, createdAt: 1, updatedAt: 1 },
    { id: 'd2', ticketKey: 'zendesk:', kind: 'reply', text: 'mixed', versions: [], status: 'done', basedOnCustomerMessages: 0, createdAt: 1, updatedAt: 1 },
    { id: 'd3', ticketKey: 'zendesk:999', kind: 'reply', text: 'orphan', versions: [], status: 'done', basedOnCustomerMessages: 0, createdAt: 1, updatedAt: 1 },
  ]);
  await old.table('chats').bulkPut([
    { id: 'c1', ticketKey: 'zendesk:4521', role: 'user', text: 'why?', at: 1 },
    { id: 'c2', ticketKey: 'zendesk:', role: 'user', text: 'mixed', at: 1 },
  ]);
  await old.table('kbFeedback').bulkPut([
    { ticketKey: 'zendesk:4521', articleId: 'kb1', vote: 1, at: 1 },
    { ticketKey: 'zendesk:', articleId: 'kb1', vote: -1, at: 1 },
  ]);
  await old.table('dismissedAlerts').put({ ticketKey: 'zendesk:4521', kind: 'anger', at: 1 });
  await old.table('audit').bulkAdd([
    { at: 1, action: 'ticket_opened', ticketKey: 'zendesk:4521' },
    { at: 2, action: 'ticket_opened', ticketKey: 'zendesk:' },
  ]);
  await old.table('queue').bulkAdd([
    { createdAt: 1, kind: 'drafts.run', payload: { action: { kind: 'draft', ticketKey: 'zendesk:4521' } } },
    { createdAt: 2, kind: 'drafts.run', payload: { action: { kind: 'summary', ticketKey: 'zendesk:', purpose: 'handoff' } } },
    { createdAt: 3, kind: 'drafts.run', payload: { action: { kind: 'refine', draftId: 'd1', refinement: { kind: 'shorter' } } } },
  ]);
  old.close();
}

describe('database version 2: ticket keys with the account host', () => {
  it('moves every row of a ticket to helpdesk:host:id and drops the rows of id-less tickets', async () => {
    const name = `migrate-${Math.random()}`;
    await writeV1(name);
    const db = new TandemDB(name);
    await db.open();
    expect(db.verno).toBe(4);
    const key = 'zendesk:acme.zendesk.com:4521';

    const tickets = await db.tickets.toArray();
    expect(tickets.map((t) => t.key)).toEqual([key]);
    expect(tickets[0]).toMatchObject({ firstSeenAt: 1, updatedAt: 2, snapshot: { host: 'acme.zendesk.com', subject: 's4521' } });

    expect(await db.tabs.toArray()).toEqual([expect.objectContaining({ tabId: 1, ticketKey: key })]);
    expect((await db.drafts.orderBy('id').toArray()).map((d) => [d.id, d.ticketKey])).toEqual([
      ['d1', key],
      ['d3', 'zendesk:999'], // its ticket is gone: no host to give it, left for retention
    ]);
    expect((await db.chats.toArray()).map((c) => [c.id, c.ticketKey])).toEqual([['c1', key]]);
    expect(await db.kbFeedback.toArray()).toEqual([{ ticketKey: key, articleId: 'kb1', vote: 1, at: 1 }]);
    expect(await db.dismissedAlerts.get([key, 'anger'])).toMatchObject({ kind: 'anger' });
    // The audit log is history: rows move to the new key where it is known, none are deleted.
    expect((await db.audit.orderBy('at').toArray()).map((a) => a.ticketKey)).toEqual([key, 'zendesk:']);
    expect((await db.queue.orderBy('createdAt').toArray()).map((j) => j.payload)).toEqual([
      { action: { kind: 'draft', ticketKey: key } },
      { action: { kind: 'refine', draftId: 'd1', refinement: { kind: 'shorter' } } },
    ]);
    // The where() indexes work on the moved rows.
    expect(await db.drafts.where('ticketKey').equals(key).count()).toBe(1);
    db.close();
  });

  it('opens an empty new database at the latest version (3)', async () => {
    const db = new TandemDB(`fresh-${Math.random()}`);
    await db.open();
    expect(db.verno).toBe(4);
    db.close();
  });
});

describe('database version 3: the AI\'s alerts per message (issue 15)', () => {
  it('adds the aiAlerts table to a version 2 database and keeps every row', async () => {
    const name = `v2-${Math.random()}`;
    const old = new Dexie(name);
    old.version(1).stores(V1_SCHEMA);
    old.version(2).stores({});
    await old.open();
    const key = 'zendesk:acme.zendesk.com:7';
    await old.table('tickets').put({ key, snapshot: { subject: 's' }, firstSeenAt: 1, updatedAt: 2, customerMessageCount: 1 });
    old.close();

    const db = new TandemDB(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect((await db.tickets.get(key))?.snapshot).toMatchObject({ subject: 's' });
    await db.aiAlerts.put({ ticketKey: key, messageHash: 'h1', messageIndex: 0, model: 'm', alerts: [], at: 1 });
    expect(await db.aiAlerts.where('ticketKey').equals(key).count()).toBe(1);
    expect(await db.aiAlerts.get([key, 'h1'])).toMatchObject({ model: 'm' });
    db.close();
  });
});

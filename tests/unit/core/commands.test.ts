import { describe, expect, it } from 'vitest';
import { TandemDB } from '../../../lib/db';
import type { DraftRow } from '../../../lib/drafts/types';
import { insertTopDraft, topDraftFor } from '../../../lib/background/commands';

const draft = (over: Partial<DraftRow>): DraftRow => ({
  id: Math.random().toString(36),
  ticketKey: 'zendesk:acme.zendesk.com:1',
  kind: 'reply',
  text: 'Hi Maria',
  versions: [],
  status: 'done',
  basedOnCustomerMessages: 2,
  createdAt: 1,
  updatedAt: 1,
  ...over,
});

async function setup() {
  const db = new TandemDB(`commands-${Math.random()}`);
  await db.tabs.put({ tabId: 5, status: 'ticket', ticketKey: 'zendesk:acme.zendesk.com:1', url: 'https://acme.zendesk.com/agent/tickets/1', updatedAt: 1 });
  await db.tickets.put({
    key: 'zendesk:acme.zendesk.com:1',
    snapshot: { helpdesk: 'zendesk', ticketId: '1', url: 'https://acme.zendesk.com/agent/tickets/1', host: 'acme.zendesk.com', subject: 's', tags: [], requester: {}, messages: [] },
    firstSeenAt: 1,
    updatedAt: 1,
    customerMessageCount: 2,
  });
  return db;
}

describe('insert the top draft (keyboard command)', () => {
  it('picks the newest finished reply draft of the tab’s ticket', async () => {
    const db = await setup();
    await db.drafts.bulkPut([
      draft({ text: 'older', updatedAt: 10 }),
      draft({ text: 'newest', updatedAt: 30, shownAt: 31 }),
      draft({ text: 'still streaming', status: 'streaming', updatedAt: 40 }),
      draft({ text: 'a summary', kind: 'summary', updatedAt: 50 }),
    ]);
    expect(await topDraftFor(db, 5)).toEqual({ ticketId: '1', host: 'acme.zendesk.com', text: 'newest', stale: false, shown: true });
  });

  it('marks a draft written before the latest customer message as stale', async () => {
    const db = await setup();
    await db.drafts.put(draft({ basedOnCustomerMessages: 1 }));
    expect(await topDraftFor(db, 5)).toMatchObject({ stale: true });
  });

  it('says why when there is nothing to insert', async () => {
    const db = await setup();
    expect(await topDraftFor(db, 5)).toEqual({ reason: 'no-draft' });
    expect(await topDraftFor(db, 99)).toEqual({ reason: 'no-ticket' });
  });
});

describe('the insert shortcut asks first unless the draft was shown (issue 14, item 10)', () => {
  const run = async (db: TandemDB) => {
    const inserted: unknown[] = [];
    let panels = 0;
    const outcome = await insertTopDraft(db, 5, {
      openPanel: () => void panels++,
      insert: async (request) => (inserted.push(request), { ok: true, via: 'test' }),
    });
    return { outcome, inserted, panels };
  };

  it('opens the panel instead of inserting a draft the panel never showed', async () => {
    const db = await setup();
    await db.drafts.put(draft({ text: 'never seen', updatedAt: 30 }));
    expect(await run(db)).toEqual({ outcome: 'panel', inserted: [], panels: 1 });
  });

  it('opens the panel when the draft changed after it was shown (a refine finished in the background)', async () => {
    const db = await setup();
    await db.drafts.put(draft({ text: 'refined since', updatedAt: 40, shownAt: 35 }));
    expect((await run(db)).outcome).toBe('panel');
  });

  it('inserts a shown draft, with the ticket’s id and account host for the tab’s guard', async () => {
    const db = await setup();
    await db.drafts.put(draft({ text: 'seen as it is', updatedAt: 30, shownAt: 30 }));
    const { outcome, inserted, panels } = await run(db);
    expect(outcome).toBe('inserted');
    expect(panels).toBe(0);
    expect(inserted).toEqual([{ ticketId: '1', host: 'acme.zendesk.com', text: 'seen as it is', mode: 'cursor' }]);
  });

  it('opens the panel instead of inserting on an unsure reading of the page (issue 13, part 5)', async () => {
    for (const reasons of [['roles-one-kind'], ['id-mismatch-url']]) {
      const db = await setup();
      await db.tickets.update('zendesk:acme.zendesk.com:1', { 'snapshot.health': { confidence: 'low', reasons } });
      await db.drafts.put(draft({ text: 'seen as it is', updatedAt: 30, shownAt: 30 }));
      expect(await run(db)).toEqual({ outcome: 'panel', inserted: [], panels: 1 });
    }
  });
});

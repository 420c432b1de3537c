import { describe, expect, it } from 'vitest';
import { TandemDB, type StoredDraft } from '../../../lib/db';
import { topDraftFor } from '../../../lib/background/commands';

const draft = (over: Partial<StoredDraft>): StoredDraft => ({
  id: Math.random().toString(36),
  ticketKey: 'zendesk:1',
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
  await db.tabs.put({ tabId: 5, status: 'ticket', ticketKey: 'zendesk:1', url: 'u', updatedAt: 1 });
  await db.tickets.put({
    key: 'zendesk:1',
    snapshot: { helpdesk: 'zendesk', ticketId: '1', url: 'u', subject: 's', tags: [], requester: {}, messages: [] },
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
      draft({ text: 'newest', updatedAt: 30 }),
      draft({ text: 'still streaming', status: 'streaming', updatedAt: 40 }),
      draft({ text: 'a summary', kind: 'summary', updatedAt: 50 }),
    ]);
    expect(await topDraftFor(db, 5)).toEqual({ ticketId: '1', text: 'newest', stale: false });
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

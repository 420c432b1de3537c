import { beforeEach, describe, expect, it } from 'vitest';
import type { TicketSnapshot } from '../../../adapters/types';
import { TandemDB } from '../../../lib/db';
import { forgetTab, storeSnapshot } from '../../../lib/background/tickets';

const ticket = (over: Partial<TicketSnapshot> = {}): TicketSnapshot => ({
  helpdesk: 'zendesk',
  ticketId: '1042',
  url: 'https://acme.zendesk.com/agent/tickets/1042',
  subject: 'Charged twice',
  tags: [],
  requester: { name: 'Maria Lopez', email: 'maria@example.com' },
  messages: [
    { author: { name: 'Maria Lopez', role: 'customer' }, text: 'I was charged twice.' },
    { author: { name: 'Sam', role: 'agent' }, text: 'Looking into it.' },
  ],
  ...over,
});

describe('storeSnapshot', () => {
  let db: TandemDB;
  beforeEach(async () => {
    db = new TandemDB(`tickets-${Math.random()}`);
  });

  it('stores the ticket under helpdesk:host:id and points the tab at it', async () => {
    await storeSnapshot(db, 7, { snapshot: ticket(), helpdesk: 'zendesk', url: ticket().url }, 1000);
    const tab = await db.tabs.get(7);
    expect(tab).toMatchObject({ status: 'ticket', ticketKey: 'zendesk:acme.zendesk.com:1042', helpdesk: 'zendesk' });
    const stored = await db.tickets.get('zendesk:acme.zendesk.com:1042');
    expect(stored?.snapshot.subject).toBe('Charged twice');
    expect(stored?.customerMessageCount).toBe(1);
  });

  it('keeps firstSeenAt across updates and follows new messages', async () => {
    await storeSnapshot(db, 7, { snapshot: ticket(), url: ticket().url }, 1000);
    const more = ticket();
    more.messages.push({ author: { role: 'customer' }, text: 'Any news?' });
    await storeSnapshot(db, 7, { snapshot: more, url: more.url }, 2000);
    const stored = await db.tickets.get('zendesk:acme.zendesk.com:1042');
    expect(stored).toMatchObject({ firstSeenAt: 1000, updatedAt: 2000, customerMessageCount: 2 });
  });

  it('records a helpdesk page without a ticket, and forgets a tab that left', async () => {
    await storeSnapshot(db, 3, { snapshot: null, helpdesk: 'intercom', url: 'https://app.intercom.com/a/inbox' });
    expect((await db.tabs.get(3))?.status).toBe('no-ticket');
    await forgetTab(db, 3);
    expect(await db.tabs.get(3)).toBeUndefined();
  });
});

describe('first sight of a ticket', () => {
  it('is reported once, for the audit log', async () => {
    const db = new TandemDB(`first-${Math.random()}`);
    expect(await storeSnapshot(db, 1, { snapshot: ticket(), url: ticket().url })).toEqual({ firstSeen: true });
    expect(await storeSnapshot(db, 2, { snapshot: ticket(), url: ticket().url })).toEqual({ firstSeen: false });
    expect(await storeSnapshot(db, 2, { snapshot: null, url: 'x' })).toEqual({ firstSeen: false });
  });
});

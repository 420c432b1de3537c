import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TicketSnapshot } from '../../../adapters/types';
import { TandemDB } from '../../../lib/db';
import { forgetTab, insertBlockedByReading, storeSnapshot } from '../../../lib/background/tickets';
import { MAX_MESSAGE_CHARS, MAX_MESSAGES_KEPT, MAX_SUBJECT_CHARS } from '../../../lib/limits';

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

  it('never merges a read of a page that shows another ticket than its URL into the stored ticket, nor back', async () => {
    const key = 'zendesk:acme.zendesk.com:1042';
    await storeSnapshot(db, 7, { snapshot: ticket(), url: ticket().url }, 1000);
    // The URL still says 1042, the page already shows another ticket's single message.
    const other = ticket({ subject: '', messages: [{ author: { name: 'Chidi Eze', role: 'customer' }, text: 'Steam wand sputters.' }],
      health: { confidence: 'low', reasons: ['id-mismatch-url', 'subject-missing', 'customer-message-found'] } });
    await storeSnapshot(db, 7, { snapshot: other, url: other.url }, 2000);
    let stored = (await db.tickets.get(key))!.snapshot;
    expect(stored.messages.map((m) => m.text)).toEqual(['Steam wand sputters.']);
    expect(stored.subject).toBe('');
    expect(stored.health?.reasons).toContain('id-mismatch-url');
    // The page settles on ticket 1042 with only part of it shown: the other ticket's message is not kept.
    const partial = ticket({ messages: [ticket().messages[1]] });
    await storeSnapshot(db, 7, { snapshot: partial, url: partial.url }, 3000);
    stored = (await db.tickets.get(key))!.snapshot;
    expect(stored.messages.map((m) => m.text)).toEqual(['Looking into it.']);
  });

  it('blocks an insert on the stored reading: never on an id mismatch, ask on a low one, and a reply page is judged with the thread read before', async () => {
    const low = (reasons: string[]) => ({ confidence: 'low' as const, reasons });
    await storeSnapshot(db, 7, { snapshot: ticket({ health: { confidence: 'high', reasons: ['subject-found'] } }), url: ticket().url }, 1000);
    expect(await insertBlockedByReading(db, 7)).toBeNull();
    // The reply page: no thread on it (low on its own), the stored thread makes it whole again.
    const replyPage = ticket({ messages: [], health: low(['no-thread', 'subject-found']) });
    await storeSnapshot(db, 7, { snapshot: replyPage, url: replyPage.url }, 2000);
    expect(await insertBlockedByReading(db, 7)).toBeNull();
    const lost = ticket({ messages: [{ author: { role: 'agent', name: 'Sam' }, text: 'Looking into it.' }], health: low(['no-customer-message']) });
    await storeSnapshot(db, 8, { snapshot: { ...lost, ticketId: '2000', url: 'https://acme.zendesk.com/agent/tickets/2000' }, url: 'https://acme.zendesk.com/agent/tickets/2000' }, 1000);
    expect(await insertBlockedByReading(db, 8)).toBe('reading-low');
    const mismatch = ticket({ ticketId: '3000', url: 'https://acme.zendesk.com/agent/tickets/3000', health: low(['id-mismatch-url']) });
    await storeSnapshot(db, 9, { snapshot: mismatch, url: mismatch.url }, 1000);
    expect(await insertBlockedByReading(db, 9)).toBe('id-mismatch');
    expect(await insertBlockedByReading(db, 10)).toBeNull();
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

describe('ticket identity (issue 14, item 1)', () => {
  const other = (over: Partial<TicketSnapshot> = {}) =>
    ticket({ url: 'https://globex.zendesk.com/agent/tickets/1042', subject: 'Globex: password reset', ...over });

  it('keeps the same ticket id of two helpdesk accounts apart', async () => {
    const db = new TandemDB(`accounts-${Math.random()}`);
    await storeSnapshot(db, 1, { snapshot: ticket(), url: ticket().url }, 1000, ticket().url);
    await storeSnapshot(db, 2, { snapshot: other(), url: other().url }, 1000, other().url);
    const [a, b] = await Promise.all([db.tabs.get(1), db.tabs.get(2)]);
    expect(a?.ticketKey).toBe('zendesk:acme.zendesk.com:1042');
    expect(b?.ticketKey).toBe('zendesk:globex.zendesk.com:1042');
    expect((await db.tickets.get(a!.ticketKey!))?.snapshot.subject).toBe('Charged twice');
    expect((await db.tickets.get(b!.ticketKey!))?.snapshot.subject).toBe('Globex: password reset');
  });

  it('never stores a ticket without an id (it would share one key with every id-less ticket)', async () => {
    const db = new TandemDB(`noid-${Math.random()}`);
    const a = ticket({ ticketId: '', url: 'https://help.example.com/case' });
    const b = ticket({ ticketId: '  ', url: 'https://help.example.com/case', subject: 'another' });
    expect(await storeSnapshot(db, 1, { snapshot: a, url: a.url }, 1000, a.url)).toEqual({ firstSeen: false });
    await storeSnapshot(db, 2, { snapshot: b, url: b.url }, 1000, b.url);
    expect(await db.tickets.count()).toBe(0);
    expect(await db.tabs.get(1)).toMatchObject({ status: 'unidentified', unidentified: 'no-id' });
    expect((await db.tabs.get(2))?.ticketKey).toBeUndefined();
  });

  it('takes the host from the tab’s URL, and refuses a snapshot that claims another host', async () => {
    const db = new TandemDB(`trust-${Math.random()}`);
    const claims = ticket({ host: 'globex.zendesk.com' }); // page says globex, the browser says acme
    await storeSnapshot(db, 1, { snapshot: claims, url: claims.url }, 1000, 'https://acme.zendesk.com/agent/tickets/1042');
    expect(await db.tickets.count()).toBe(0);
    expect(await db.tabs.get(1)).toMatchObject({ status: 'unidentified', unidentified: 'host-mismatch' });

    await storeSnapshot(db, 1, { snapshot: ticket(), url: ticket().url }, 2000, 'https://ACME.zendesk.com/agent/tickets/1042');
    const stored = await db.tickets.get('zendesk:acme.zendesk.com:1042');
    expect(stored?.snapshot.host).toBe('acme.zendesk.com');
    expect((await db.tabs.get(1))?.status).toBe('ticket');
  });
});

describe('large and busy tickets (issue 14, item 8)', () => {
  const long = (count: number) =>
    ticket({
      messages: Array.from({ length: count }, (_, i) => ({
        author: { role: i % 2 ? ('agent' as const) : ('customer' as const) },
        text: `message ${i}`,
      })),
    });

  it('keeps the first message and the newest ones, and says how many were left out', async () => {
    const db = new TandemDB(`cap-${Math.random()}`);
    const snapshot = long(MAX_MESSAGES_KEPT + 300);
    snapshot.messages[snapshot.messages.length - 1].text = 'x'.repeat(MAX_MESSAGE_CHARS + 5000);
    snapshot.subject = 's'.repeat(MAX_SUBJECT_CHARS * 3);
    await storeSnapshot(db, 1, { snapshot, url: snapshot.url }, 1000);
    const stored = (await db.tickets.get('zendesk:acme.zendesk.com:1042'))!;
    expect(stored.snapshot.messages).toHaveLength(MAX_MESSAGES_KEPT);
    expect(stored.snapshot.messages[0].text).toBe('message 0');
    expect(stored.snapshot.messages[1].text).toBe('message 301'); // the newest 199 follow the first
    expect(stored.omittedMessages).toBe(300);
    expect(stored.snapshot.messages.at(-1)!.text.length).toBeLessThan(MAX_MESSAGE_CHARS + 10);
    expect(stored.snapshot.subject.length).toBeLessThan(MAX_SUBJECT_CHARS + 10);
    // Staleness counts every customer message, kept or not.
    expect(stored.customerMessageCount).toBe((MAX_MESSAGES_KEPT + 300) / 2);
    // The stored row stays small: 200 short messages, not 500 and a 25,000-character one.
    expect(JSON.stringify(stored).length).toBeLessThan(MAX_MESSAGE_CHARS + MAX_SUBJECT_CHARS + 20_000);
  });

  it('writes nothing, and keeps updatedAt, when the ticket did not change', async () => {
    const db = new TandemDB(`same-${Math.random()}`);
    await storeSnapshot(db, 1, { snapshot: ticket(), url: ticket().url }, 1000);
    let writes = 0;
    db.tickets.hook('creating', () => void writes++);
    db.tickets.hook('updating', () => void writes++);
    db.tabs.hook('creating', () => void writes++);
    db.tabs.hook('updating', () => void writes++);
    for (let i = 0; i < 5; i++) await storeSnapshot(db, 1, { snapshot: ticket(), url: ticket().url }, 2000 + i);
    expect(writes).toBe(0);
    expect((await db.tickets.get('zendesk:acme.zendesk.com:1042'))?.updatedAt).toBe(1000);

    const more = ticket();
    more.messages.push({ author: { role: 'customer' }, text: 'Hello?' });
    await storeSnapshot(db, 1, { snapshot: more, url: more.url }, 3000);
    expect(writes).toBe(1); // the ticket; the tab row says the same as before
    expect((await db.tickets.get('zendesk:acme.zendesk.com:1042'))?.updatedAt).toBe(3000);
  });

  it('a storage error (quota) reaches the panel through the tab row, and the next good write clears it', async () => {
    const db = new TandemDB(`quota-${Math.random()}`);
    const put = vi.spyOn(db.tickets, 'put').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const result = await storeSnapshot(db, 1, { snapshot: ticket(), url: ticket().url }, 1000);
    expect(result).toEqual({ firstSeen: false, error: 'quota' });
    expect(await db.tabs.get(1)).toMatchObject({ status: 'ticket', ticketKey: 'zendesk:acme.zendesk.com:1042', storageError: 'quota' });

    put.mockRestore();
    await storeSnapshot(db, 1, { snapshot: ticket(), url: ticket().url }, 2000);
    expect((await db.tabs.get(1))?.storageError).toBeUndefined();
    expect(await db.tickets.count()).toBe(1);
  });
});

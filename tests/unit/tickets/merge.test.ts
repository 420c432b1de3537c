import { describe, expect, it } from 'vitest';
import type { TicketMessage, TicketSnapshot } from '../../../adapters/types';
import { mergeMessages, mergeSnapshots } from '../../../lib/tickets/merge';

const msg = (role: TicketMessage['author']['role'], text: string, at?: string, extra: Partial<TicketMessage> = {}): TicketMessage => ({
  author: { role }, text, ...(at ? { at } : {}), ...extra,
});

const display: TicketSnapshot = {
  helpdesk: 'request-tracker', ticketId: '7', url: 'http://rt.local:8080/rt/Ticket/Display.html?id=7',
  subject: 'Charged twice', status: 'open', tags: [], requester: { name: 'Dana Whitfield', email: 'dana@example.com' },
  messages: [
    msg('customer', 'I was charged twice.', '2026-12-01T09:00:00.000Z'),
    msg('agent', 'Checking with billing.', '2026-12-01T10:00:00.000Z'),
    msg('agent', 'Refund approved.', '2026-12-01T11:00:00.000Z', { internal: true }),
  ],
  missing: ['priority', 'tags'],
};

const replyPage: TicketSnapshot = {
  helpdesk: 'request-tracker', ticketId: '7', url: 'http://rt.local:8080/rt/Ticket/Update.html?Action=Respond&id=7',
  subject: 'Charged twice', tags: [], requester: {}, messages: [],
  missing: ['requester.name', 'requester.email', 'status', 'priority', 'tags', 'messages'],
};

describe('mergeSnapshots: one ticket across its pages', () => {
  // The same page read by another reader: the built-in's reading stored, then an agent's repair of the host saved
  // (adapters/layered.ts marks its readings). The built-in keys messages by the page's ids, the repair by author
  // and text: merged, each message would be stored twice (10 instead of 5 on the Freshdesk demo).
  it("replaces the thread when an agent's repair reads the page the built-in read before, and back", () => {
    const builtIn = { ...display, messages: display.messages.map((m, i) => ({ ...m, id: `c-${i}` })) };
    const repaired: TicketSnapshot = { ...display, repaired: true, messages: display.messages.map((m) => ({ ...m, author: { role: m.author.role, name: 'Dana' } })) };
    expect(mergeSnapshots(builtIn, repaired).messages).toEqual(repaired.messages);
    expect(mergeSnapshots(repaired, builtIn).messages).toEqual(builtIn.messages);
    // (the same reader twice still merges: a page showing more adds to what is stored)
    expect(mergeSnapshots(builtIn, { ...builtIn, messages: builtIn.messages.slice(0, 1) }).messages).toHaveLength(3);
  });

  it("keeps the stored thread when the repaired reading of a reply page shows none", () => {
    const merged = mergeSnapshots(display, { ...replyPage, repaired: true });
    expect(merged.messages).toEqual(display.messages);
  });

  it('keeps the thread, requester and status when the reply page shows none of them', () => {
    const merged = mergeSnapshots(display, replyPage);
    expect(merged.messages).toEqual(display.messages);
    expect(merged.requester).toEqual(display.requester);
    expect(merged.status).toBe('open');
    expect(merged.url).toBe(replyPage.url);
    expect(merged.missing).toEqual(['priority', 'tags']);
    expect(merged.mergedFrom).toEqual(expect.arrayContaining(['messages', 'requester.name', 'status']));
  });

  it('takes a fuller read as it is, with no merge marks', () => {
    const fuller = { ...display, messages: [...display.messages, msg('customer', 'Any news?', '2026-12-02T09:00:00.000Z')] };
    const merged = mergeSnapshots(display, fuller);
    expect(merged.messages).toHaveLength(4);
    expect(merged.mergedFrom).toBeUndefined();
  });

  it('a window of the newest messages adds to the stored thread and never drops older ones', () => {
    const window = { ...display, messages: [display.messages[2], msg('customer', 'Thanks!', '2026-12-02T09:00:00.000Z')] };
    const merged = mergeSnapshots(display, window);
    expect(merged.messages.map((m) => m.text)).toEqual(['I was charged twice.', 'Checking with billing.', 'Refund approved.', 'Thanks!']);
  });

  it('a field the page shows wins over the stored one', () => {
    const merged = mergeSnapshots(display, { ...replyPage, status: 'resolved' });
    expect(merged.status).toBe('resolved');
  });

  it('with nothing stored, the read is stored as it came', () => {
    expect(mergeSnapshots(undefined, replyPage)).toBe(replyPage);
  });
});

describe('mergeMessages', () => {
  it('matches messages by id when they have one, else by who wrote what', () => {
    const a = [msg('customer', 'one', undefined, { id: '1' }), msg('agent', 'two')];
    const b = [msg('customer', 'one (edited)', undefined, { id: '1' }), msg('customer', 'three')];
    expect(mergeMessages(a, b).map((m) => m.text)).toEqual(['one', 'two', 'three']);
  });
});

describe('mergeSnapshots: an untitled Intercom chat stored with the old stand-in subject', () => {
  // Before untitled chats read with no subject (subjectOptional), their subject was the opening line of the first
  // customer message, cut at 100 characters. A stored chat keeps that only until the page is read again.
  const long = `Hello, ${'my order never arrived and nobody answers '.repeat(4)}please help`;
  const chat = (subject: string, first = 'Hi, my parcel is stuck in customs\nIt has been a week.'): TicketSnapshot => ({
    helpdesk: 'intercom', ticketId: '77', url: 'https://app.intercom.com/a/inbox/x/inbox/conversation/77',
    subject, tags: [], requester: { name: 'Ana Lima' },
    messages: [msg('customer', first, undefined, { id: 'p1' }), msg('agent', 'Let me check.', undefined, { id: 'p2' })],
  });
  const untitledRead = (first?: string): TicketSnapshot => ({
    ...chat('', first),
    health: { confidence: 'high', reasons: ['subject-optional', 'customer-message-found', 'roles-mixed'] },
  });

  it('the newer read with no subject replaces the stored opening line', () => {
    const merged = mergeSnapshots(chat('Hi, my parcel is stuck in customs'), untitledRead());
    expect(merged.subject).toBe('');
    expect(merged.mergedFrom ?? []).not.toContain('subject');
  });

  it('also the opening line cut at 100 characters', () => {
    const merged = mergeSnapshots(chat(`${long.slice(0, 99)}…`, long), untitledRead(long));
    expect(merged.subject).toBe('');
  });

  it('keeps a real subject read earlier (a titled chat or e-mail subject; RT reply page: subject not optional)', () => {
    expect(mergeSnapshots(chat('Parcel stuck in customs'), untitledRead()).subject).toBe('Parcel stuck in customs');
    // The same opening-line subject, but the page does not say its subject is optional: kept.
    const notOptional = { ...untitledRead(), health: { confidence: 'low' as const, reasons: ['subject-missing'] } };
    expect(mergeSnapshots(chat('Hi, my parcel is stuck in customs'), notOptional).subject).toBe('Hi, my parcel is stuck in customs');
    expect(mergeSnapshots(display, replyPage).subject).toBe('Charged twice');
    expect(mergeSnapshots(display, { ...replyPage, subject: '' }).subject).toBe('Charged twice');
  });
});

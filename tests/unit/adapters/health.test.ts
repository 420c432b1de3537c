// Reading health (issue 13, part 5): every reason code on its own, the id-vs-URL rule per helpdesk, the merge with
// an earlier read, and the content script's use of it (health on every report; insert refused on an id mismatch,
// asked first on a low reading).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { healthAfterMerge, readingHealth, ticketIdInUrl } from '../../../adapters/shared/health';
import type { Role, TicketMessage, TicketSnapshot } from '../../../adapters/types';
import { zendeskAdapter } from '../../../adapters/zendesk';
import { freshdeskAdapter } from '../../../adapters/freshdesk';
import { intercomAdapter } from '../../../adapters/intercom';
import { watchTicket, type TicketWatcher } from '../../../lib/content/watch-ticket';
import { mergeSnapshots } from '../../../lib/tickets/merge';
import { longThreadHtml } from '../../fixtures/adapters/generate';
import { FIXTURE_DIR, windowAt, parseHtml } from './helpers';

const msg = (role: Role, name?: string, text = 'Hello'): TicketMessage => ({ author: { role, ...(name ? { name } : {}) }, text });

function snap(over: Partial<TicketSnapshot> = {}): TicketSnapshot {
  return {
    helpdesk: 'zendesk',
    ticketId: '4521',
    url: 'https://acme.zendesk.com/agent/tickets/4521',
    subject: 'Printer on fire',
    tags: [],
    requester: { name: 'Maria Gonzalez' },
    messages: [msg('customer', 'Maria Gonzalez'), msg('agent', 'Sam Patel')],
    ...over,
  };
}
const ZD = 'https://acme.zendesk.com/agent/tickets/4521';

describe('reading health: each reason', () => {
  it('a complete read whose page id agrees with the URL is high, with what was found', () => {
    const h = readingHealth(snap(), ZD, { pageTicketId: '4521' });
    expect(h).toEqual({ confidence: 'high', reasons: ['id-matches-url', 'subject-found', 'customer-message-found', 'roles-mixed'] });
  });

  it('subject-missing', () => {
    expect(readingHealth(snap({ subject: '  ' }), ZD)).toMatchObject({ confidence: 'low', reasons: expect.arrayContaining(['subject-missing']) });
  });

  it('subject-optional: a page that may rightly show no subject (an untitled chat) is not low for it', () => {
    const IC = 'https://app.intercom.com/a/inbox/x/inbox/conversation/77';
    const chat = snap({ helpdesk: 'intercom', ticketId: '77', url: IC, subject: '' });
    expect(readingHealth(chat, IC, { subjectOptional: true })).toEqual({
      confidence: 'high',
      reasons: ['subject-optional', 'customer-message-found', 'roles-mixed'],
    });
    // (a title it does show is still found; without the adapter's word, no subject is a problem as before)
    expect(readingHealth({ ...chat, subject: 'Refund' }, IC, { subjectOptional: true }).reasons).toContain('subject-found');
    expect(readingHealth(chat, IC).reasons).toContain('subject-missing');
  });

  it('thread-by-layout: authors and roles read from the layout (markers gone) make a reading low, kept after a merge', () => {
    const h = readingHealth(snap(), ZD, { readByLayout: true });
    expect(h).toMatchObject({ confidence: 'low', reasons: expect.arrayContaining(['thread-by-layout', 'roles-mixed']) });
    expect(healthAfterMerge(h, snap())?.reasons).toContain('thread-by-layout');
    expect(readingHealth(snap(), ZD, { readByLayout: false }).confidence).toBe('high');
  });

  it('id-mismatch-url: the page shows another ticket than the URL', () => {
    const h = readingHealth(snap(), ZD, { pageTicketId: '4530' });
    expect(h.confidence).toBe('low');
    expect(h.reasons[0]).toBe('id-mismatch-url');
    expect(h.reasons).not.toContain('id-matches-url');
  });

  it('no page id or no URL id: nothing is said about the id either way', () => {
    expect(readingHealth(snap(), ZD).reasons.filter((r) => r.startsWith('id-'))).toEqual([]);
    expect(readingHealth(snap(), 'https://acme.zendesk.com/agent/filters/1', { pageTicketId: '4521' }).reasons.filter((r) => r.startsWith('id-'))).toEqual([]);
  });

  it('no-thread: not one message read', () => {
    const h = readingHealth(snap({ messages: [] }), ZD);
    expect(h).toMatchObject({ confidence: 'low', reasons: ['no-thread', 'subject-found'] });
  });

  it('no-customer-message', () => {
    const h = readingHealth(snap({ messages: [msg('agent', 'Sam Patel'), msg('system')] }), ZD);
    expect(h.confidence).toBe('low');
    expect(h.reasons).toContain('no-customer-message');
  });

  it('roles-one-kind: several people all read as one role, or a thread where nobody has a name', () => {
    const twoPeople = readingHealth(snap({ messages: [msg('customer', 'Maria Gonzalez'), msg('customer', 'Sam Patel')] }), ZD);
    expect(twoPeople).toMatchObject({ confidence: 'low', reasons: ['roles-one-kind', 'subject-found', 'customer-message-found'] });
    const nameless = readingHealth(snap({ messages: [msg('customer'), msg('customer'), msg('customer')] }), ZD);
    expect(nameless.reasons).toContain('roles-one-kind');
  });

  it('roles-one-kind: a built-in helpdesk thread where nobody is named, however mixed its roles (guessed from layout)', () => {
    const guessed = snap({ messages: [msg('customer'), msg('agent'), msg('customer'), msg('system')] });
    expect(readingHealth(guessed, ZD)).toMatchObject({ confidence: 'low', reasons: expect.arrayContaining(['roles-one-kind']) });
    // A custom helpdesk may mark roles without naming anyone: its own config says how it reads.
    const custom = { ...guessed, helpdesk: 'helphive', url: 'https://help.example.com/t/4521' };
    expect(readingHealth(custom, 'https://help.example.com/t/4521').reasons).toContain('roles-mixed');
  });

  it('one customer writing several times, or a single message, is not roles-one-kind', () => {
    expect(readingHealth(snap({ messages: [msg('customer', 'Maria'), msg('customer', 'maria ')] }), ZD).confidence).toBe('high');
    expect(readingHealth(snap({ messages: [msg('customer')] }), ZD).confidence).toBe('high');
  });

  it('few-messages-vs-page: far fewer messages read than message-like blocks on the page', () => {
    const h = readingHealth(snap(), ZD, { blocksOnPage: 6 });
    expect(h.confidence).toBe('low');
    expect(h.reasons).toContain('few-messages-vs-page');
    expect(readingHealth(snap(), ZD, { blocksOnPage: 3 }).reasons).toContain('messages-match-page');
    expect(readingHealth(snap(), ZD, { blocksOnPage: undefined }).reasons.some((r) => r.includes('page'))).toBe(false);
  });

  it('thread-partial: a thread the page has not rendered in full is said, and is no misread', () => {
    const h = readingHealth(snap(), ZD, { threadPartial: true });
    expect(h.confidence).toBe('high');
    expect(h.reasons.at(-1)).toBe('thread-partial');
    expect(readingHealth(snap(), ZD, { threadPartial: false }).reasons).not.toContain('thread-partial');
    // (the page decides it: a merge with an earlier, longer read keeps the note, for the page still shows part)
    expect(healthAfterMerge(h, snap())?.reasons).toContain('thread-partial');
    const low = readingHealth(snap({ subject: '' }), ZD, { threadPartial: true });
    expect([low.confidence, low.reasons[0], low.reasons.at(-1)]).toEqual(['low', 'subject-missing', 'thread-partial']);
  });

  it('lists problems first, worst first', () => {
    const h = readingHealth(snap({ subject: '', messages: [] }), ZD, { pageTicketId: '1', blocksOnPage: 5 });
    expect(h.reasons).toEqual(['id-mismatch-url', 'no-thread', 'few-messages-vs-page', 'subject-missing']);
  });
});

describe('the ticket id in the URL, per helpdesk', () => {
  it.each([
    ['zendesk', 'https://acme.zendesk.com/agent/tickets/4521?x=1', '4521'],
    ['freshdesk', 'https://acme.freshdesk.com/a/tickets/3201', '3201'],
    ['freshdesk', 'https://acme.freshdesk.com/helpdesk/tickets/77', '77'],
    ['intercom', 'https://app.intercom.com/a/inbox/acme/inbox/admin/5/conversation/215481907?view=List', '215481907'],
    ['intercom', 'https://app.intercom.com/a/apps/acme/inbox/inbox/all/conversations/77001', '77001'],
    ['helphive', 'https://support.helphive.example/desk/cases/4821', '4821'],
    ['zendesk', 'https://acme.zendesk.com/agent/filters/360001234567', undefined],
  ])('%s %s -> %s', (helpdesk, url, id) => {
    expect(ticketIdInUrl(helpdesk, url)).toBe(id);
  });

  it('a custom helpdesk: its page id agrees with any id-like part of the URL, HH-4821 with 4821', () => {
    const custom = (ticketId: string, url: string) => readingHealth(snap({ helpdesk: 'helphive', ticketId, url }), url).reasons;
    expect(custom('HH-4821', 'https://support.helphive.example/desk/cases/4821')).toContain('id-matches-url');
    expect(custom('123', 'https://x.example/queues/7/tickets/123/messages')).toContain('id-matches-url');
    expect(custom('1', 'http://rt.example/rt/Ticket/Display.html?id=1')).toContain('id-matches-url');
    expect(custom('4530', 'https://support.helphive.example/desk/cases/4821')).toContain('id-mismatch-url');
    expect(custom('HH-4530', 'https://support.helphive.example/desk/cases/4821')).toContain('id-mismatch-url');
  });
});

describe("the built-in adapters' page ticket id", () => {
  const publicPage = (name: string) => parseHtml(readFileSync(join(__dirname, '../../fixtures/public', name), 'utf8'));

  it('Zendesk: the active pane, else the selected ticket tab (public page: URL 4521, page 4530)', () => {
    const doc = publicPage('misleading/zendesk-id-mismatch.html');
    expect(zendeskAdapter.pageTicketId!(doc, 'https://acme.zendesk.com/agent/tickets/4521')).toBe('4530');
    const pane = parseHtml(longThreadHtml('zendesk', 2));
    expect(zendeskAdapter.pageTicketId!(pane, 'https://acme.zendesk.com/agent/tickets/1042')).toBe('1042');
    expect(zendeskAdapter.pageTicketId!(pane, 'https://acme.zendesk.com/agent/tickets/999')).toBe('1042');
  });

  it('Freshdesk and Intercom: the id the page carries', () => {
    expect(freshdeskAdapter.pageTicketId!(parseHtml('<div data-ticket-id="3201"></div>'), 'https://a.freshdesk.com/a/tickets/3201')).toBe('3201');
    expect(freshdeskAdapter.pageTicketId!(parseHtml('<span class="ticket-id">#88</span>'), 'https://a.freshdesk.com/a/tickets/3201')).toBe('88');
    expect(intercomAdapter.pageTicketId!(parseHtml('<div data-conversation-stream data-conversation-id="77"></div>'), 'https://app.intercom.com/a/inbox/x/inbox/conversation/77')).toBe('77');
  });
});

describe('health after a merge with an earlier read of the ticket', () => {
  it('a reply page without the thread: the stored thread makes the content codes good again, page codes stay', () => {
    const stored = snap();
    const replyPage = snap({ messages: [], subject: '' });
    replyPage.health = readingHealth(replyPage, ZD, { pageTicketId: '4521' });
    expect(replyPage.health.confidence).toBe('low');
    const merged = mergeSnapshots(stored, replyPage);
    expect(merged.health).toEqual({ confidence: 'high', reasons: ['id-matches-url', 'subject-found', 'customer-message-found', 'roles-mixed'] });
    expect(healthAfterMerge(undefined, merged)).toBeUndefined();
  });

  it('keeps the page\'s word that a subject is optional', () => {
    const IC = 'https://app.intercom.com/a/inbox/x/inbox/conversation/77';
    const chat = (over: Partial<TicketSnapshot>) => snap({ helpdesk: 'intercom', ticketId: '77', url: IC, subject: '', ...over });
    const incoming = chat({ messages: [msg('customer', 'Maria Gonzalez')] });
    incoming.health = readingHealth(incoming, IC, { subjectOptional: true });
    expect(mergeSnapshots(chat({}), incoming).health).toMatchObject({ confidence: 'high', reasons: expect.arrayContaining(['subject-optional']) });
  });

  it('keeps an id mismatch', () => {
    const incoming = snap({ messages: [] });
    incoming.health = readingHealth(incoming, ZD, { pageTicketId: '4530' });
    expect(mergeSnapshots(snap(), incoming).health?.reasons).toContain('id-mismatch-url');
  });
});


describe('the content script', () => {
  let watcher: TicketWatcher | undefined;
  afterEach(() => {
    watcher?.stop();
    vi.restoreAllMocks();
  });

  function start(url: string, html: string) {
    document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
    const inserts = vi.spyOn(zendeskAdapter, 'insert').mockResolvedValue({ ok: true, via: 'test' });
    const reported: (TicketSnapshot | null)[] = [];
    watcher = watchTicket({ doc: document, win: windowAt(url), customAdapters: () => [], report: (s) => reported.push(s) });
    return { inserts, reported };
  }

  it('reports every snapshot with its health', () => {
    const { reported } = start('https://acme.zendesk.com/agent/tickets/1042', longThreadHtml('zendesk', 4));
    expect(reported[0]?.health).toEqual({ confidence: 'high', reasons: ['id-matches-url', 'subject-found', 'customer-message-found', 'roles-mixed', 'messages-match-page'] });
  });

  it('an untitled Intercom chat reads high: its adapter says a subject is optional', () => {
    const { reported } = start('https://app.intercom.com/a/apps/tandemdemo/inbox/inbox/all/conversations/77001', readFileSync(join(FIXTURE_DIR, 'intercom/inbox-legacy.html'), 'utf8'));
    expect(reported[0]?.subject).toBe('');
    expect(reported[0]?.health).toMatchObject({ confidence: 'high', reasons: expect.arrayContaining(['subject-optional']) });
  });

  it('refuses to insert into a page whose ticket id disagrees with its URL, even when confirmed', async () => {
    // The only pane is ticket 1042; the URL says 4521.
    const { inserts, reported } = start('https://acme.zendesk.com/agent/tickets/4521', longThreadHtml('zendesk', 4));
    expect(reported[0]?.health?.reasons).toContain('id-mismatch-url');
    // (the text was written for the ticket the page shows, so only the disagreement with the URL can refuse it)
    const result = await watcher!.insert({ ticketId: '1042', host: 'acme.zendesk.com' }, 'Hi', 'cursor', true);
    expect(result).toMatchObject({ ok: false, code: 'id-mismatch' });
    expect(inserts).not.toHaveBeenCalled();
  });

  it('leaves an unsure reading to the background (which judges the ticket as stored, merged with earlier reads)', async () => {
    // One pane, consistent id, but nobody named and everybody a customer: roles-one-kind.
    const html = longThreadHtml('zendesk', 3).replace(/<span data-test-id="omni-log-item-sender">[^<]*<\/span>/g, '').replace(/type="(agent|internal)"/g, 'type="end-user"').replace(/<div data-test-id="omni-log-internal-note-tag">Internal note<\/div>/g, '');
    const { inserts, reported } = start('https://acme.zendesk.com/agent/tickets/1042', html);
    expect(reported[0]?.health).toMatchObject({ confidence: 'low', reasons: expect.arrayContaining(['roles-one-kind']) });
    expect(await watcher!.insert({ ticketId: '1042', host: 'acme.zendesk.com' }, 'Hi', 'cursor')).toEqual({ ok: true, via: 'test' });
    expect(inserts).toHaveBeenCalledTimes(1);
  });
});

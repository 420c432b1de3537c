import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshdeskAdapter } from '../../../adapters/freshdesk';
import { readingHealth } from '../../../adapters/shared/health';
import { fixtureHtml, loadFixture, parseHtml } from './helpers';

describe('freshdesk adapter: Mint UI', () => {
  const doc = loadFixture('freshdesk/mint.html');
  const t = freshdeskAdapter.readTicket(doc, 'https://tandem-demo.freshdesk.com/a/tickets/388')!;

  it('reads fields by label', () => {
    expect(t.helpdesk).toBe('freshdesk');
    expect(t.ticketId).toBe('388');
    expect(t.subject).toBe('Order #TD-55120 still not delivered after 12 days');
    expect(t.status).toBe('Open');
    expect(t.priority).toBe('Medium');
    expect(t.tags).toEqual(['shipping', 'delay', 'DPD']);
    expect(t.requester).toEqual({ name: 'Chloé Dubois', email: 'chloe.dubois@example.fr' });
    expect(t.missing).toBeUndefined();
  });

  it('reads the description and replies with roles and notes', () => {
    expect(t.messages.map((m) => [m.author.name, m.author.role, !!m.internal])).toEqual([
      ['Chloé Dubois', 'customer', false],
      [undefined, 'system', false],
      ['Rahul Mehta', 'agent', false],
      ['Rahul Mehta', 'agent', true],
      ['Chloé Dubois', 'customer', false],
    ]);
    expect(t.messages[0].at).toBe('2026-05-02T12:20:00.000Z');
    expect(t.messages[0].id).toBe('d-388');
  });

  it('keeps lines and table cells, drops quoted text and action buttons', () => {
    expect(t.messages[0].text).toBe(
      'Hello,\nI ordered a standing desk on April 20 (order #TD-55120) with express shipping. Tracking hasn\'t moved since April 24.\n' +
        "I paid €39 for express shipping — I'm worried it's lost.\n\nOrder\tTD-55120\nCarrier\tDPD",
    );
    expect(t.messages[2].text).toBe("Hi Chloé,\n\nThanks for the order number. I've opened an investigation with DPD; they usually answer within 48 hours.\n\nBest,\nRahul");
    expect(t.messages[4].text).toBe("Still nothing. This is unacceptable, I need the desk for my new job on Monday. 😤");
  });

  it('finds the Froala editor', () => {
    expect(freshdeskAdapter.findEditor(doc)?.id).toBe('froala-reply');
  });
});

describe('freshdesk adapter: newest-first thread', () => {
  it('returns messages oldest first', () => {
    const t = freshdeskAdapter.readTicket(loadFixture('freshdesk/mint-newest-first.html'), 'https://x.freshdesk.com/a/tickets/390')!;
    expect(t.messages.map((m) => m.text.split(':')[0])).toEqual(['First', 'Second', 'Third']);
    expect(t.messages.map((m) => m.author.role)).toEqual(['customer', 'customer', 'agent']);
  });
});

describe('freshdesk adapter: legacy UI', () => {
  const doc = loadFixture('freshdesk/legacy.html');
  const t = freshdeskAdapter.readTicket(doc, 'https://tandem-demo.freshdesk.com/helpdesk/tickets/77')!;

  it('reads fields from the properties list', () => {
    expect(t.ticketId).toBe('77');
    expect(t.subject).toBe('Refund for damaged headphones');
    expect(t.status).toBe('Pending');
    expect(t.priority).toBe('Urgent');
    expect(t.tags).toEqual(['refund', 'damaged']);
    expect(t.requester).toEqual({ name: 'Priya Sharma', email: 'priya.sharma@example.in' });
  });

  it('reads messages, private notes and cuts the original message', () => {
    expect(t.messages.map((m) => [m.author.name, m.author.role, !!m.internal])).toEqual([
      ['Priya Sharma', 'customer', false],
      ['Marco Rossi', 'agent', false],
      ['Marco Rossi', 'agent', true],
      ['Priya Sharma', 'customer', false],
    ]);
    expect(t.messages[0].text).toBe(
      'Hi,\nthe headphones I received (order 8812) have a cracked headband.\nI want a full refund, not a replacement.\n\nSent from my iPhone',
    );
    expect(t.messages[3].text).toBe('Photo attached. Please hurry, this was a gift.');
    expect(t.messages[0].at).toBe('2026-06-01T08:30:00.000Z');
  });

  it('finds the textarea', () => {
    expect(freshdeskAdapter.findEditor(doc)?.id).toBe('cnotes-reply-body');
  });
});

describe('freshdesk adapter: missing fields', () => {
  it('gives a partial snapshot with the id from the URL', () => {
    const t = freshdeskAdapter.readTicket(loadFixture('freshdesk/mint-missing-fields.html'), 'https://x.freshdesk.com/a/tickets/12')!;
    expect(t.ticketId).toBe('12');
    expect(t.messages).toEqual([{ author: { role: 'customer' }, text: 'Where is my parcel?' }]);
    expect(t.missing).toEqual(['subject', 'requester.name', 'requester.email', 'status', 'priority', 'tags']);
  });
});

describe("freshdesk adapter: the page's own ticket id is the open ticket's", () => {
  // A sidebar or list of the requester's other tickets may come before the ticket in the DOM, each entry with its
  // own data-ticket-id: taking the first one anywhere would say the page shows another ticket than its URL.
  const sidebar = '<aside class="requester-tickets"><ul><li data-ticket-id="1001"><a href="/a/tickets/1001">Older order</a></li><li data-ticket-id="1002"><a href="/a/tickets/1002">Refund</a></li></ul></aside>';
  const withSidebar = (html: string) => html.replace(/<body([^>]*)>/, `<body$1>${sidebar}`);
  const url = 'https://tandem-demo.freshdesk.com/a/tickets/388';

  it('Mint: the ticket root around the subject and thread, not a sidebar entry that comes first', () => {
    const doc = parseHtml(withSidebar(fixtureHtml('freshdesk/mint.html')));
    expect(doc.querySelector('[data-ticket-id]')?.getAttribute('data-ticket-id')).toBe('1001');
    expect(freshdeskAdapter.pageTicketId!(doc, url)).toBe('388');
    const t = freshdeskAdapter.readTicket(doc, url)!;
    expect(readingHealth(t, url, { pageTicketId: freshdeskAdapter.pageTicketId!(doc, url) }).reasons).toContain('id-matches-url');
  });

  it('classic: the .leftcontent root (public tuning page), a sidebar first', () => {
    const html = readFileSync(join(__dirname, '../../fixtures/public-tuning-2/freshdesk/fd-classic-requester-card-collab.html'), 'utf8');
    const doc = parseHtml(withSidebar(html));
    expect(freshdeskAdapter.pageTicketId!(doc, 'https://contoso-support.freshdesk.com/helpdesk/tickets/1184')).toBe('1184');
  });

  it('no id attribute around the ticket: the id its header shows; with none, no page id (cannot tell), never a sidebar entry', () => {
    const bare = withSidebar(fixtureHtml('freshdesk/mint.html').replace('data-ticket-id="388"', ''));
    expect(freshdeskAdapter.pageTicketId!(parseHtml(bare), url)).toBe('388');
    expect(freshdeskAdapter.pageTicketId!(parseHtml(bare.replace('<span class="ticket-id">#388</span>', '')), url)).toBeUndefined();
  });

  it('still the only data-ticket-id on a page when it is not around the thread', () => {
    const doc = parseHtml(fixtureHtml('freshdesk/mint.html').replace('data-ticket-id="388"', '').replace(/<body([^>]*)>/, '<body$1><span data-ticket-id="388"></span>'));
    expect(freshdeskAdapter.pageTicketId!(doc, url)).toBe('388');
  });
});

describe('freshdesk adapter: status and priority marks, when no property control shows them', () => {
  // The marks are gathered by several queries (one per kind: a list of them cost a page walk per selector, issue 13
  // perf): the first in document order still wins, whichever kind it is and however they nest.
  const url = 'https://acme.freshdesk.com/helpdesk/tickets/77';
  const page = (marks: string) =>
    parseHtml(`<div id="Pagearea"><h2 class="subject">Refund</h2>${marks}<div class="conversation_thread">
      <div class="conversation"><div class="commentbox"><div class="user_name">Priya Sharma</div><div class="details">Please refund.</div></div></div>
    </div></div>`);
  const props = (marks: string) => {
    const t = freshdeskAdapter.readTicket(page(marks), url)!;
    return [t.status?.toLowerCase(), t.priority?.toLowerCase()];
  };

  it('takes the first mark in the page, a title before an aria-label or the other way round', () => {
    expect(props('<span title="Status: Pending"></span><span aria-label="Status: Open"></span>')).toEqual(['pending', undefined]);
    expect(props('<span aria-label="Status: Open"></span><span title="Status: Pending"></span>')).toEqual(['open', undefined]);
  });

  it('takes an outer mark before the mark inside it, and reads each term from its own first mark', () => {
    expect(props('<div title="Priority: High"><span aria-label="Priority: Low"></span><span title="Status: Closed"></span></div>')).toEqual(['closed', 'high']);
    expect(props('<div aria-label="Status: Open"><span title="Status: Pending">x</span></div>')).toEqual(['open', undefined]);
  });

  it('reads a mark by its words only when they start with Priority or Status, in that case', () => {
    expect(props('<span title="Old status: Closed"></span><span title="status: Pending"></span><span title="Status: Open"></span>')).toEqual(['open', undefined]);
  });

  it('reads status cards beside the marks, a mark saying "Status: ..." before any card', () => {
    expect(props('<span class="status-card">Pending</span><span title="Status: Open"></span>')).toEqual(['open', undefined]);
    expect(props('<span class="status-card">Urgent</span><span class="status-card">Closed</span>')).toEqual(['closed', 'urgent']);
  });
});

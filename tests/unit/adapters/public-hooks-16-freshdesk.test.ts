// General Freshdesk rules learnt from blind batches 15 and 16 (independent resamples by an eighth and a ninth new
// writer, each doing their own public research): each test is a small page in the shape those batches' SOURCES.md
// describe (not a copy of a batch page), read by the built-in adapter, and each failed on the adapter before it
// learnt the rule.
import { describe, expect, it } from 'vitest';
import { freshdeskAdapter } from '../../../adapters/freshdesk';
import { parseHtml } from './helpers';

const MINT = 'https://acme.freshdesk.com/a/tickets/5100';
const CLASSIC = 'https://acme.freshdesk.com/helpdesk/tickets/5100';
const read = (html: string, url = MINT) => freshdeskAdapter.readTicket(parseHtml(html), url)!;
const who = (t: ReturnType<typeof read>) => t.messages.map((m) => [m.author.role, m.author.name ?? null, !!m.internal]);

/** A Mint item as freshdesk-mint-navigator sees it (`[data-album]` holding a `.ticket-details__item`), with the Kodex
 *  header line (`.sender-info [data-test-id=user-name]`); the text's wrapper has a class of no known hook, named a body. */
const item = (album: string, cls: string, author: string, verb: string, text: string, header = 'sender-info', body = 'message-body') =>
  `<div data-album="${album}" class="thread-row"><div class="ticket-details__item ${cls}">
     <div class="${header}"><span class="user-name" data-test-id="user-name">${author}</span> <span class="verb">${verb}</span> <span class="when">10:15</span></div>
     <div class="${body}"><p>${text}</p></div></div></div>`;
const mint = (thread: string) =>
  `<div class="ticket-page"><h2 class="ticket-subject-heading">Printer drops jobs</h2><div class="thread-list">${thread}</div>
   <div class="reply-editor"><div class="fr-element fr-view" contenteditable="true"></div></div>
   <aside class="requester-wrap"><div class="widget-requestor-info"><span data-test-id="user-name">Aino Laine</span></div></aside></div>`;

describe('freshdesk (batch 15): a Mint item whose text wrapper is called nothing known', () => {
  // tuning-15 SOURCES.md: `[data-album]` items holding `.ticket-details__item` (mint-navigator), `.sender-info
  // [data-test-id="user-name"]` (Kodex); the text's wrapper is the writer's own, named for a body (`.conversation-body`).
  const page = mint(
    item('701', '', 'Aino Laine', 'reported via email', 'The printer drops every second job.') +
      item('702', '', 'Marta Ruiz', 'replied', 'Please update the driver to 4.2.'),
  );
  it('reads every item with its text and author', () => {
    const t = read(page);
    expect(who(t)).toEqual([
      ['customer', 'Aino Laine', false],
      ['agent', 'Marta Ruiz', false],
    ]);
    expect(t.messages[1].text).toContain('update the driver');
    expect(t.messages[1].text).not.toContain('replied');
  });
});

describe('freshdesk (batches 11, 12, 15): a Mint item whose header line says "private note"', () => {
  // The verb "added a private note" / "replied (saved as a private note)" in the item's header, whatever the item's
  // own classes are called (tuning-15's `private-note-item`, not a public hook).
  const page = mint(
    item('711', '', 'Aino Laine', 'reported via email', 'The printer drops every second job.') +
      item('712', 'note-item', 'Marta Ruiz', 'added a private note', 'Asked the vendor about driver 4.2.') +
      item('713', 'note-item', 'Vendor Desk', 'replied (saved as a private note)', 'Driver 4.2 fixes it.') +
      item('714', '', 'Marta Ruiz', 'replied', 'Please update the driver to 4.2.'),
  );
  it('reads the notes as private, the third party\'s kept reply as the customer side', () => {
    expect(who(read(page))).toEqual([
      ['customer', 'Aino Laine', false],
      ['agent', 'Marta Ruiz', true],
      ['customer', 'Vendor Desk', true],
      ['agent', 'Marta Ruiz', false],
    ]);
  });
});

describe('freshdesk (batch 16): a private Mint item saying "replied" where the requestor class is in use', () => {
  // KCG's requestor class on the description only; the CC'd person's reply kept as a private note
  // (`ticket-details__privatenote`) carries none, its header (`.item-header` here) says "replied"; the text in `.fr-view`.
  const page = mint(
    item('d1', 'ticket-details__requestor', 'Aino Laine', 'reported via email', 'The printer drops every second job.', 'item-header', 'fr-view') +
      item('n1', '', 'Marta Ruiz', 'replied', 'Please update the driver to 4.2.', 'item-header', 'fr-view') +
      item('n2', 'ticket-details__privatenote', 'Jussi Laine', 'replied (added as a private note)', 'I handle the purchase.', 'item-header', 'fr-view') +
      item('n3', 'ticket-details__privatenote', 'Marta Ruiz', 'added a private note', 'Jussi is finance.', 'item-header', 'fr-view'),
  );
  it('reads the kept reply as the customer side, the agent note as the agent\'s', () => {
    expect(who(read(page))).toEqual([
      ['customer', 'Aino Laine', false],
      ['agent', 'Marta Ruiz', false],
      ['customer', 'Jussi Laine', true],
      ['agent', 'Marta Ruiz', true],
    ]);
  });
});

describe('freshdesk (batches 11, 16): classic conversation blocks marked private and agent_reply', () => {
  // tuning-11's `.conversation.private.agent`, tuning-16's `.conversation.private.agent_reply` / `.agent_reply` blocks
  // (`.ticket_note[data-note-id]`, Tealium userscript), the author's link to a /contacts/ page either way.
  const conv = (cls: string, id: string, author: string, href: string, text: string) =>
    `<div class="conversation ${cls} ticket_note" data-note-id="${id}"><div class="conv-header"><a class="user_name" href="${href}">${author}</a></div><div class="details conv-body"><p>${text}</p></div></div>`;
  const page = `<div id="Pagearea"><h2 class="subject">Printer drops jobs</h2><div id="all_notes" class="conversation_thread">
    ${conv('customer_reply', 'orig', 'Aino Laine', '/contacts/15', 'The printer drops every second job.')}
    ${conv('agent_reply', '31', 'Marta Ruiz', '/contacts/13', 'Please update the driver to 4.2.')}
    ${conv('private agent_reply', '32', 'Marta Ruiz', '/contacts/13', 'Known driver issue.')}
    </div><div class="sidebar"><div class="requester-info"><span class="name">Aino Laine</span></div></div></div>`;
  it('reads the agent_reply blocks as the agent\'s and the private one as a note', () => {
    expect(who(read(page, CLASSIC))).toEqual([
      ['customer', 'Aino Laine', false],
      ['agent', 'Marta Ruiz', false],
      ['agent', 'Marta Ruiz', true],
    ]);
  });
});

describe('freshdesk (batches 15, 16): the classic reply box in Redactor 2 markup', () => {
  // `.redactor-editor` (Freshdesk helper scripts' editor lists, tuning-15/16 SOURCES.md), the reply form open, the note
  // and forward forms mounted and hidden.
  const form = (id: string, hidden: boolean) =>
    `<div id="${id}-form" class="request_panel"${hidden ? ' style="display:none"' : ''}><div class="redactor-box"><div class="redactor-editor" id="${id}-editor" contenteditable="true"></div></div></div>`;
  const doc = () =>
    parseHtml(`<div id="Pagearea"><h2 class="subject">Printer drops jobs</h2><div id="all_notes"></div>${form('reply', false)}${form('note', true)}${form('forward', true)}</div>`);
  it('finds the open Redactor box', () => {
    expect(freshdeskAdapter.findEditor(doc())?.id).toBe('reply-editor');
  });
});

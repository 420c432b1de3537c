// General Freshdesk rules learnt from blind batch 20 (a writer resampling the held-out README's Freshdesk rows from
// public sources only): each test is a small page in the shape that batch's SOURCES.md describes (not a copy of a
// batch page), read by the built-in adapter, and each failed on the adapter before it learnt the rule.
import { describe, expect, it } from 'vitest';
import { freshdeskAdapter } from '../../../adapters/freshdesk';
import { parseHtml } from './helpers';

const MINT = 'https://acme.freshdesk.com/a/tickets/6300';
const CLASSIC = 'https://acme.freshdesk.com/helpdesk/tickets/6300';
const read = (html: string, url = CLASSIC) => freshdeskAdapter.readTicket(parseHtml(html), url)!;
const who = (t: ReturnType<typeof read>) => t.messages.map((m) => [m.author.role, m.author.name ?? null, !!m.internal]);

describe('freshdesk (batch 20): a classic thread row that names no author', () => {
  // Public: `.conversation` items under `[rel=activity_container]` (`#all_notes`), bodies `#ticket_original_request` /
  // `note_details_<id>`. Dispatch'r's row and status changes sit among them with no author name or link (the
  // held-out README: "dispatcher activity", system rows have `authorName: null`); the row's class is the writer's,
  // not `.activity` (here `.activity-row`), so the row is told by what it lacks: a person's reply names its writer.
  const conv = (id: string, cls: string, head: string, text: string) =>
    `<div class="conversation ${cls}"><div class="commentbox"><div class="conv-header">${head}</div><div class="details" id="${id}"><p>${text}</p></div></div></div>`;
  const page = `<div id="Pagearea"><h2 class="subject">Printer drops jobs</h2><span id="ticket-display-id">#6300</span>
    <div id="all_notes" class="conversation_thread" rel="activity_container">
      ${conv('ticket_original_request', 'requester-reply', '<a class="user_name" href="/contacts/41">Ines Calvo</a> reported via email', 'Jobs vanish from the queue.')}
      <div class="conversation activity-row"><div class="activity-icon"></div><div class="activity-text">Dispatch'r executed rule 'Printers': set Group as Hardware</div></div>
      ${conv('note_details_2', 'agent-reply', '<a class="user_name" href="/agents/7">Tom Reyes</a> replied', 'Please send the spooler log.')}
      <div class="conversation status-change"><div class="activity-text">Status changed from Open to Pending</div></div>
    </div>
    <div class="redactor_box"><div class="redactor_editor" contenteditable="true"></div></div></div>`;
  it('reads each authorless row after the description as a system message', () => {
    const t = read(page);
    expect(who(t)).toEqual([
      ['customer', 'Ines Calvo', false],
      ['system', null, false],
      ['agent', 'Tom Reyes', false],
      ['system', null, false],
    ]);
    expect(t.messages[1].text).toContain('set Group as Hardware');
  });
});

describe('freshdesk (batch 20): a Mint activity row by its BEM block, whatever its test id', () => {
  // Public: `[data-test-id="conversation-wrapper"]` items of the `ticket-details__item` block (`__requestor`,
  // `__privatenote`), `.sender-info .user`. Batches 17/18 gave the activity row the test id `activity-item`, batch 20
  // `activity-row`; both keep it in the same BEM block, `ticket-details__activity`: read it there, as a system entry.
  const wrapper = (cls: string, author: string, text: string) =>
    `<div data-test-id="conversation-wrapper" class="ticket-details__item ${cls}"><div class="ticket-details__right"><div class="conversation-header"><span class="sender-info"><a class="user" data-test-id="user-name" href="/a/contacts/9">${author}</a></span></div>
       <div data-test-conversation="conversation-text" class="text__content"><p>${text}</p></div></div></div>`;
  const page = `<div class="ticket-details-header"><h2 class="ticket-subject-heading">Drivers locked out</h2></div><div class="ticket-conversations">
      ${wrapper('ticket-details__requestor', 'Dmitri Volkov', 'Nobody can log in.')}
      <div class="ticket-details__activity activity-row" data-test-id="activity-row"><span class="activity-text">Status changed from Open to Pending by Aisha Karim</span></div>
      ${wrapper('', 'Aisha Karim', 'A fix is rolling out now.')}
    </div><div class="fr-element fr-view" contenteditable="true"></div>
    <div class="widget-requestor-info"><span data-test-id="user-name">Dmitri Volkov</span></div>`;
  it('reads it as a system message in its place', () => {
    const t = read(page, MINT);
    expect(who(t)).toEqual([
      ['customer', 'Dmitri Volkov', false],
      ['system', null, false],
      ['agent', 'Aisha Karim', false],
    ]);
    expect(t.messages[1].text).toContain('Status changed from Open to Pending');
  });
});

describe('freshdesk (batch 20): a Mint activity row among `.ticket-details__item` items in the thread', () => {
  // Public: `.ticket-details__item` items (with `__requestor`, `__privatenote`) in `.ticket-thread` /
  // `.ticket-conversation` (stored id 25303590137), no test ids. The activity row of the same BEM block sits among
  // them (batches 17, 18, 20) and is one of the thread's entries wherever the items are read by their class.
  const item = (cls: string, author: string, text: string) =>
    `<div class="ticket-details__item ${cls}"><div class="ticket-details__item__header"><span class="user-name">${author}</span></div>
       <div class="ticket-details__item__content"><p>${text}</p></div></div>`;
  const page = `<h2 class="ticket-subject-heading">Drivers locked out</h2><div class="ticket-thread">
      ${item('ticket-details__requestor', 'Dmitri Volkov', 'Nobody can log in.')}
      <div class="ticket-details__activity"><span class="activity-text">Freddy AI Agent handed the ticket over to the group Driver App</span></div>
      ${item('', 'Aisha Karim', 'A fix is rolling out now.')}
    </div><div class="fr-element fr-view" contenteditable="true"></div>`;
  it('reads it as a system message in its place', () => {
    const t = read(page, MINT);
    expect(who(t)).toEqual([
      ['customer', 'Dmitri Volkov', false],
      ['system', null, false],
      ['agent', 'Aisha Karim', false],
    ]);
    expect(t.messages[1].text).toContain('handed the ticket over');
  });
});

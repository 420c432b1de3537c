// General Freshdesk rules learnt from blind batches 17 and 18 (two new writers resampling the held-out README's brief,
// each from public sources only): each test is a small page in the shape those batches' SOURCES.md describe (not a
// copy of a batch page), read by the built-in adapter, and each failed on the adapter before it learnt the rule.
import { describe, expect, it } from 'vitest';
import { freshdeskAdapter } from '../../../adapters/freshdesk';
import { parseHtml } from './helpers';

const MINT = 'https://acme.freshdesk.com/a/tickets/5200';
const CLASSIC = 'https://acme.freshdesk.com/helpdesk/tickets/5200';
const read = (html: string, url = CLASSIC) => freshdeskAdapter.readTicket(parseHtml(html), url)!;
const who = (t: ReturnType<typeof read>) => t.messages.map((m) => [m.author.role, m.author.name ?? null, !!m.internal]);

/** A classic thread row: the body's id is Freshdesk's (`#ticket_original_request`, `note_details_<id>`: the public
 *  classic ticket-details script reads `.conversation #ticket_original_request, .conversation [id^="note_details_"]`),
 *  the row's own class and the avatar's are the writer's. */
const row = (id: string, cls: string, pic: string, author: string, label: string, text: string) =>
  `<div class="thread-row ${cls}" id="${id}"><div class="user-pic ${pic}"><img alt="" src="data:,"></div>
     <div class="commentbox"><div class="author"><a class="user_name" href="#">${author}</a> ${label}</div>
     <div class="details"><p>${text}</p></div></div></div>`;
const classic = (thread: string) =>
  `<div id="Pagearea"><div class="leftcontent" data-ticket-id="5200"><h2 class="subject">Labels print shifted</h2>
     <div class="conversation">${thread}</div>
     <div class="redactor-box"><div class="redactor-editor" contenteditable="true"></div></div></div>
   <div class="rightcontent"><div class="requester-info"><h3>Requester</h3><a class="name" href="#">Dana Whitfield</a>
     <div class="email">dana@example.com</div></div></div></div>`;

describe('freshdesk (batches 17, 18): a classic `.conversation` holding every row of the thread', () => {
  // The public classic script's `.conversation #ticket_original_request, .conversation [id^="note_details_"]`: one
  // `.conversation` around all the bodies. It is the thread, not one message: each of its rows is one.
  const page = classic(
    row('ticket_original_request', 'original', '', 'Dana Whitfield', '<span>reported via email</span>', 'Labels print 4 mm to the left.') +
      row('note_details_11', 'reply', 'agent', 'Samuel Okafor', '', 'Please set the left offset to 4 mm.') +
      row('note_details_12', 'reply', '', 'Dana Whitfield', '', 'That helps, thank you.'),
  );
  it('reads each row as a message with its author', () => {
    const t = read(page);
    expect(who(t)).toEqual([
      ['customer', 'Dana Whitfield', false],
      ['agent', 'Samuel Okafor', false],
      ['customer', 'Dana Whitfield', false],
    ]);
    expect(t.messages[1].text).toContain('left offset');
    expect(t.messages[0].text).not.toContain('offset');
  });
});

describe('freshdesk (batches 17, 18): a classic avatar or author name marked `agent`', () => {
  // A private note by an agent whose name links a contact page (batch 17: `.user_name.agent` holding
  // `/contacts/<id>`), or whose avatar is marked (batch 18: `.user-pic.agent`), as old Zendesk marks an agent's photo
  // (`.user_photo.agent`, held-out README sources): the note is the agent's, not a contact's reply kept as a note.
  const page = classic(
    row('ticket_original_request', 'original', '', 'Dana Whitfield', '', 'Labels print 4 mm to the left.') +
      `<div class="thread-row private-note" id="note_details_21"><div class="commentbox"><div class="author"><span class="user_name agent"><a href="/contacts/502">Wren Castellano</a></span> <span class="note-label">Private note</span></div>
         <div class="details"><p>Known issue DEV-1190.</p></div></div></div>` +
      row('note_details_22', 'private-note', 'agent', 'Björn Ek', '<span class="note-label">Private note</span>', 'Fix is in 3.8.2.'),
  );
  it('reads both notes as agents\' private notes', () => {
    expect(who(read(page))).toEqual([
      ['customer', 'Dana Whitfield', false],
      ['agent', 'Wren Castellano', true],
      ['agent', 'Björn Ek', true],
    ]);
  });
});

describe('freshdesk (batches 17, 18): an activity row among the classic thread rows', () => {
  // Dispatch'r (Freshdesk's rule engine) writes an activity into the thread; the held-out README counts "dispatcher
  // activity" among the page's entries and a system row has no author. Its markup is the writers' (`.activity`).
  const page = classic(
    row('ticket_original_request', 'original', '', 'Dana Whitfield', '', 'Labels print 4 mm to the left.') +
      `<div class="activity dispatcher" id="activity_5200_1"><span class="activity-icon"></span><span class="activity-text">Dispatch'r rule Hardware set priority to High</span></div>` +
      row('note_details_31', 'reply', 'agent', 'Samuel Okafor', '', 'Please set the left offset to 4 mm.'),
  );
  it('reads it as a system message with no author', () => {
    const t = read(page);
    expect(who(t)).toEqual([
      ['customer', 'Dana Whitfield', false],
      ['system', null, false],
      ['agent', 'Samuel Okafor', false],
    ]);
    expect(t.messages[1].text).toContain('set priority to High');
  });
});

describe('freshdesk (batches 17, 18): a Mint activity row between the conversation wrappers', () => {
  // Public: `[data-test-id="conversation-wrapper"]` items of `.ticket-details__item` with `.sender-info .user` and
  // `[data-test-conversation="conversation-text"]`. The activity row, in the same `data-test-id` family
  // (`activity-item`) and BEM block (`ticket-details__activity`), is the writers' markup; it is a system entry.
  const wrapper = (cls: string, author: string, text: string) =>
    `<div data-test-id="conversation-wrapper" class="ticket-details__item ${cls}"><div class="ticket-details__right"><div class="sender-info"><span class="user" data-test-id="user-name">${author}</span></div>
       <div data-test-conversation="conversation-text" class="text__content"><p>${text}</p></div></div></div>`;
  const page = `<div class="ticket-details-header"><h2 class="ticket-subject-heading">Refund missing</h2></div><div class="ticket-details">
      ${wrapper('ticket-details__requestor', 'Tomasz Wójcik', 'My refund has not arrived.')}
      <div class="ticket-details__activity" data-test-id="activity-item"><span class="activity__text">Status changed from Open to Pending by Lucía Herrera</span> <span class="timeago-units">(Thu 13 Nov)</span></div>
      ${wrapper('', 'Lucía Herrera', 'The refund was released today.')}
    </div><div class="fr-element fr-view" contenteditable="true"></div>
    <div class="widget-requestor-info"><span data-test-id="user-name">Tomasz Wójcik</span></div>`;
  it('reads it as a system message in its place', () => {
    const t = read(page, MINT);
    expect(who(t)).toEqual([
      ['customer', 'Tomasz Wójcik', false],
      ['system', null, false],
      ['agent', 'Lucía Herrera', false],
    ]);
    expect(t.messages[1].text).toContain('Status changed from Open to Pending');
  });
});

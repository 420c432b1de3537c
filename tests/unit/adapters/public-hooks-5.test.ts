// General rules learnt from tuning batch 5 (tests/fixtures/public-tuning-5/, written blind), and two id / health
// fixes: each test is a small page in the shape the batch's SOURCES.md describes, read by the built-in adapter, and
// each failed on the adapters before they learnt the rule (the rules are generic: no page of the batch is named in
// the code).
import { describe, expect, it } from 'vitest';
import { pickAdapter, type CustomAdapterConfig } from '../../../adapters';
import { freshdeskAdapter } from '../../../adapters/freshdesk';
import { intercomAdapter } from '../../../adapters/intercom';
import { zendeskAdapter } from '../../../adapters/zendesk';
import { parseHtml } from './helpers';

const ZD = (id: string) => `https://acme.zendesk.com/agent/tickets/${id}`;
const IC = (id: string) => `https://app.intercom.com/a/inbox/abc/inbox/conversation/${id}`;

describe('freshdesk: the classic "commentbox" ticket view', () => {
  // SOURCES.md (tuning-5, Freshdesk classic "commentbox", Freshdesk's own Rails view templates): the notes in
  // `div.conversation_thread#all_notes`, the description box before it and outside it (`_original_request`: a
  // `.commentbox.private-note` — the template's class, on the requester's public request — with `h2.subject`, the
  // "<name> reported …" line and `#ticket_original_request.request_mail`); a note is
  // `div#helpdesk_note_<id>.conversation` > `.commentbox` + `.commentbox-gray` (agent) / `.commentbox-requester`, and a
  // private note adds `.private-note` and `span.comment-lock` (`_note`).
  const note = (id: string, box: string, who: string, href: string, verb: string, text: string, lock = false) =>
    `<div id="helpdesk_note_${id}" class="conversation"><div class="avatar-wrap"></div><div class="commentbox ${box}">${lock ? '<span class="comment-lock"></span>' : ''}
       <div class="helpdesk_note"><div class="author-mail-detail cc_bcc_info"><a href="${href}" class="user_name">${who}</a> ${verb}
       <span class="timeago" title="Sat, 5 Dec 2026 at 9:40 AM">2 hours ago</span></div>
       <div class="details" id="note_details_${id}" data-note-id="${id}"><div class="request_mail"><p>${text}</p></div></div></div></div></div>`;
  const page = (description: string) =>
    parseHtml(`<div id="Pagearea"><div class="leftcontent ticket_show" data-ticket-id="20417"><div id="ticket-details">
      ${description}
      <div class="conversation_thread" id="all_notes" rel="activity_container">
        ${note('41', 'commentbox-gray', 'Rahul Verma', '/agents/7', 'replied', 'We have disabled that link.')}
        ${note('43', 'commentbox-requester', 'Adaeze Okonkwo', '/contacts/9', 'replied', 'Will the other customer be told?')}
        ${note('45', 'commentbox-gray private-note', 'Aisha Bello', '/agents/8', 'added a private note', 'Privacy incident PRV-118 opened.', true)}
      </div></div></div>
      <div class="rightcontent"><div class="widget"><a class="requester-name" href="/contacts/9">Adaeze Okonkwo</a></div></div></div>
      <div id="cnt-reply"><div class="redactor_editor" contenteditable="true"></div></div>`);
  const description = `<a href="/contacts/9" class="avatar-wrap"></a><div class="commentbox private-note"><h2 class="subject">Tracking link shows another order</h2>
      <div class="author-mail-detail"><a href="/contacts/9" class="user_name">Adaeze Okonkwo</a> reported <abbr>3 hours ago</abbr> via Email</div>
      <div id="ticket_original_request" class="request_mail"><p>The tracking link opens someone else's order.</p></div></div>`;
  const URL_ = 'https://lagoongoods.freshdesk.com/helpdesk/tickets/20417';

  it('reads the description box outside #all_notes as the first message, the requester\'s, public, its text only', () => {
    const t = freshdeskAdapter.readTicket(page(description), URL_)!;
    expect(t.subject).toBe('Tracking link shows another order');
    expect(t.messages[0]).toMatchObject({ author: { role: 'customer', name: 'Adaeze Okonkwo' }, text: "The tracking link opens someone else's order." });
    expect(t.messages[0].internal).toBeFalsy();
    expect(t.messages).toHaveLength(4);
  });

  it('also when the description box has a wrapper of its own (a `.conversation` before the thread)', () => {
    const t = freshdeskAdapter.readTicket(page(`<div class="conversation original-request">${description}</div>`), URL_)!;
    expect(t.messages.map((m) => m.author.name)).toEqual(['Adaeze Okonkwo', 'Rahul Verma', 'Adaeze Okonkwo', 'Aisha Bello']);
  });

  it('reads a note with the lock (an agent\'s private note) as internal; the public reply and the requester\'s reply are not', () => {
    const t = freshdeskAdapter.readTicket(page(description), URL_)!;
    expect(t.messages.slice(1).map((m) => [m.author.role, !!m.internal])).toEqual([
      ['agent', false],
      ['customer', false],
      ['agent', true],
    ]);
  });
});


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

describe('zendesk: Agent Workspace log', () => {
  // (P)/(P2): `article[data-test-id=omni-log-comment-item]`, `omni-log-item-message[type=end-user/agent/internal]`,
  // `omni-log-message-content`, the sender link, the AgentBadge on a person's avatar ("the most reliable signal":
  // stored id 52454386146), and attachments as `a[data-test-id=attachment-thumbnail]` (liferay `src/attachments.ts`).
  const item = (who: string, type: string, content: string, extra = '', badge = false) =>
    `<article data-test-id="omni-log-comment-item" aria-label="Message from ${who}"><figure data-test-id="omni-log-base-avatar"><img alt="Avatar" src="data:,">${
      badge ? '<svg data-test-id="omni-log-avatar-badge-AgentBadge" aria-hidden="true"></svg>' : ''
    }</figure><span data-test-id="omni-log-item-sender"><a data-test-id="omni-log-comment-user-link" href="/agent/users/1"><strong>${who}</strong></a></span>
      <div data-test-id="omni-log-item-message" type="${type}"><div data-test-id="omni-log-message-content">${content}</div></div>${extra}</article>`;
  const page = (log: string) =>
    parseHtml(`<main id="main_panes"><div data-ticket-id="120556" class="ticket"><div class="ticket-panes-grid-layout active" data-is-active="true">
      <div data-test-id="ticket-system-field-requester-select"><label>Requester</label><span>Layla Husseini</span></div>
      <input data-test-id="omni-header-subject" value="Conversation with Layla Husseini">
      <div data-test-id="omni-log-container"><div role="log">${log}</div></div></div></div></main>`);
  const voice = '<div><a data-test-id="attachment-thumbnail" href="#" title="voice-message.ogg"><span>voice-message.ogg</span> <span>0:42</span></a></div>';

  it('keeps a message of attachment thumbnails only, in its place, the files\' names as its text', () => {
    const t = zendeskAdapter.readTicket(page(item('Layla Husseini', 'end-user', '<p>My sofa did not arrive.</p>') + item('Layla Husseini', 'end-user', '', voice) + item('Omar Haddad', 'agent', '<p>It arrives tomorrow.</p>', '', true)), ZD('120556'))!;
    expect(t.messages.map((m) => [m.author.name, m.text])).toEqual([
      ['Layla Husseini', 'My sofa did not arrive.'],
      ['Layla Husseini', 'voice-message.ogg 0:42'],
      ['Omar Haddad', 'It arrives tomorrow.'],
    ]);
  });

  it('reads a typed agent without the agent badge as a bot where the log badges its agents, whatever its name', () => {
    const log = item('Layla Husseini', 'end-user', '<p>Where is my order?</p>') + item('Souq Bayt Assistant', 'agent', '<p>Transferring you to an agent.</p>') + item('Omar Haddad', 'agent', '<p>Hello Layla.</p>', '', true);
    expect(zendeskAdapter.readTicket(page(log), ZD('120556'))!.messages.map((m) => m.author.role)).toEqual(['customer', 'bot', 'agent']);
    // A log that badges nobody says nothing by the badge's absence: a typed agent is an agent.
    const unbadged = item('Layla Husseini', 'end-user', '<p>Where is my order?</p>') + item('Omar Haddad', 'agent', '<p>Hello Layla.</p>');
    expect(zendeskAdapter.readTicket(page(unbadged), ZD('120556'))!.messages.map((m) => m.author.role)).toEqual(['customer', 'agent']);
  });
});

describe("intercom: the page's conversation id is the open conversation's", () => {
  // A list column of other conversations, each entry carrying its own `data-conversation-id`, comes first in the DOM.
  const list = `<div class="inbox2__inbox-list-sidebar"><a data-conversation-id="901" href="/a/inbox/abc/inbox/conversation/901">Priya: my invoice is wrong</a>
    <a data-conversation-id="902" href="/a/inbox/abc/inbox/conversation/902">Tomasz: cannot log in</a></div>`;
  const open = `<div class="inbox2__conversation" data-conversation-id="777"><span data-conversation-title>Refund for order 42</span>
    <div data-part-group-id="g1" data-part-group-category="1"><div data-part-id="p1"><div class="interblocks-html"><p>Hello, I was charged twice.</p></div></div></div></div>`;

  it('is the [data-conversation-id] around the open thread, not the first in the DOM', () => {
    expect(intercomAdapter.pageTicketId!(parseHtml(list + open), IC('777'))).toBe('777');
  });

  it("and the read is the open conversation's thread (was: the list's first entry read as the conversation, no message)", () => {
    const t = intercomAdapter.readTicket(parseHtml(list + open), IC('777'))!;
    expect(t.messages.map((m) => [m.author.role, m.text])).toEqual([['customer', 'Hello, I was charged twice.']]);
  });

  it("is the page's only id when no thread hook is around it, and none when several ids and no thread tell", () => {
    expect(intercomAdapter.pageTicketId!(parseHtml('<div data-conversation-stream data-conversation-id="77"></div>'), IC('77'))).toBe('77');
    expect(intercomAdapter.pageTicketId!(parseHtml(list), IC('777'))).toBeUndefined();
  });
});

describe('a repair laid over a built-in adapter: the "read by layout" signal', () => {
  // Intercom's groups whose hooks were renamed (tuning-3 shape): the built-in finds the authors by the rows' layout.
  const row = (kind: string, who: string, at: string, id: string, text: string) =>
    `<div data-msg-cluster="1" data-cluster-kind="${kind}" class="flex flex-row"><div class="x-avatar" role="img" aria-label="${who}"></div><div class="flex flex-col">
      <div class="cluster/msg-part" data-part-id="${id}"><div class="interblocks-html"><p>${text}</p></div></div>
      <div class="x-meta"><span class="font-semibold">${who}</span><time datetime="2024-05-21T07:${at}:00Z">7:${at}am</time></div></div></div>`;
  const html = `<span data-thread-title>Kwame Mensah</span><div class="x-thread-viewport">${row('customer', 'Kwame Mensah', '40', '1', 'Our CSV export stops at 10,000 rows.')}${row('agent', 'Sven Olsen', '55', '2', 'I have enabled scheduled exports.')}</div>
    <div data-conversation-reply-composer><div class="ProseMirror" contenteditable="true"></div></div>`;
  const repair = (message: string): CustomAdapterConfig => ({
    id: 'repair-app-intercom-com',
    name: 'app.intercom.com',
    urlPatterns: ['https://app.intercom.com/*'],
    selectors: { subject: '[data-thread-title]', message, messageBody: '.interblocks-html', editor: '.ProseMirror' },
    layer: 'override',
  });

  it("passes on the built-in's signal while the thread shown is the built-in's (the repair's thread hook finds nothing)", () => {
    const doc = parseHtml(html);
    const adapter = pickAdapter(IC('215'), doc, [repair('.no-such-message')])!;
    expect(adapter.id).toBe('intercom');
    expect(adapter.readTicket(doc, IC('215'))!.messages).toHaveLength(2);
    expect(adapter.readByLayout?.(doc)).toBe(true);
  });

  it("not when the thread shown is the repair's (the agent's picked selectors, not the layout, read it)", () => {
    const doc = parseHtml(html);
    const adapter = pickAdapter(IC('215'), doc, [repair('[data-part-id]')])!;
    expect(adapter.readTicket(doc, IC('215'))!.messages).toHaveLength(2);
    expect(adapter.readByLayout?.(doc)).toBe(false);
  });
});

// General rules learnt from tuning batch 4 (tests/fixtures/public-tuning-4/, written blind): each test is a small page
// in the shape the batch's SOURCES.md describes, read by the built-in adapter, and each failed on the adapters before
// they learnt the rule (the rules are generic: no page of the batch is named in the code).
import { describe, expect, it } from 'vitest';
import { freshdeskAdapter } from '../../../adapters/freshdesk';
import { intercomAdapter } from '../../../adapters/intercom';
import { zendeskAdapter } from '../../../adapters/zendesk';
import { pickAdapter } from '../../../adapters';
import { parseHtml } from './helpers';

const ZD = (id: string) => `https://acme.zendesk.com/agent/tickets/${id}`;
const IC = (id: string) => `https://app.intercom.com/a/inbox/abc/inbox/conversation/${id}`;

describe('intercom: the older Ember inbox', () => {
  // SOURCES.md (tuning-4, Intercom, older Ember inbox): `.conversation__stream`, `.conversation__part` >
  // `.conversation__bubble-container.o__user-comment` / `.o__admin-comment`, `.conversation__bubble` >
  // `.conversation__text`, `.composer-inbox` (editor), the avatar `span.avatar__media[role=img][aria-label]`.
  const part = (id: string, kind: 'user' | 'admin', who: string, bubble: string, authorLine = true) =>
    `<div class="conversation__part ember-view" data-part-id="${id}"><div class="conversation__bubble-container o__${kind}-comment">
       <div class="conversation__part__avatar"><span class="avatar"><span class="avatar__media" role="img" aria-label="${who}">${who[0]}</span></span></div>
       <div class="conversation__bubble">${bubble}</div>
       ${authorLine ? `<div class="conversation__part__metadata"><span class="conversation__part__author">${who}</span> · <time datetime="2018-06-11T09:0${id.slice(-1)}:00Z">9:0${id.slice(-1)}am</time></div>` : ''}</div></div>`;
  const page = `<div class="conversation__main"><div class="card conversation__card o__active"><div class="conversation__card__header">
      <span>Beatriz Gonçalves</span> <span class="conversation__card__state">Open</span></div>
    <div class="conversation__stream">
      ${part('p1', 'user', 'Beatriz Gonçalves', '<div class="conversation__text"><p>I paid for Pro but the dashboard says Free.</p></div>', false)}
      ${part('p2', 'user', 'Beatriz Gonçalves', '<a class="conversation__attachment" href="https://downloads.intercomcdn.com/i/o/1/receipt.pdf">receipt.pdf</a>')}
      ${part('p3', 'admin', 'Rui Almeida', '<div class="conversation__text"><p>It was stuck in our queue; pushed it through now.</p></div>')}
      ${part('p4', 'admin', 'Operator', '<div class="conversation__text"><p>The team will get back to you in a few hours.</p></div>')}
    </div><div class="conversation__composer"><div class="composer-inbox conversation__text" contenteditable="true" role="textbox"><p><br></p></div></div></div></div>
    <div class="conversation__sidebar"><div class="user-details"><h3>Beatriz Gonçalves</h3><dl><dt>Email</dt><dd>beatriz@example.com</dd><dt>Location</dt><dd>Lisbon</dd></dl></div></div>`;
  // The older inbox's own host (dmatt/slackercom README): app.intercom.io/a/apps/<app>/inbox/inbox/conversation/<id>.
  const url = 'https://app.intercom.io/a/apps/k7w2qz4m/inbox/inbox/conversation/15929788642';

  it('is Intercom on its own host (app.intercom.io)', () => {
    expect(pickAdapter(url, parseHtml(page))?.id).toBe('intercom');
  });

  it('reads roles from the bubble container, the author from the avatar, an attachment-only part, Operator as the bot', () => {
    const t = intercomAdapter.readTicket(parseHtml(page), url)!;
    expect(t.ticketId).toBe('15929788642');
    expect(t.messages.map((m) => [m.author.role, m.author.name, m.text])).toEqual([
      ['customer', 'Beatriz Gonçalves', 'I paid for Pro but the dashboard says Free.'],
      ['customer', 'Beatriz Gonçalves', 'receipt.pdf'],
      ['agent', 'Rui Almeida', 'It was stuck in our queue; pushed it through now.'],
      ['bot', 'Operator', 'The team will get back to you in a few hours.'],
    ]);
  });

  it('reads the state label, the contact (the customer parts name them; e-mail by its label) and the composer', () => {
    const doc = parseHtml(page);
    const t = intercomAdapter.readTicket(doc, url)!;
    expect(t.status?.toLowerCase()).toBe('open');
    expect(t.requester).toEqual({ name: 'Beatriz Gonçalves', email: 'beatriz@example.com' });
    expect(intercomAdapter.findEditor(doc)?.classList.contains('composer-inbox')).toBe(true);
  });
});

describe('intercom: subject and contact in the header', () => {
  const group = (category: string, type: string, who: string, body: string) =>
    `<div data-part-group-id="g${who.length}${category}" data-part-group-category="${category}" data-author-type="${type}"><div class="inbox2__avatar" aria-label="${who}">${who[0]}</div>
     <div class="inbox2__conversation-part" data-part-id="p${who.length}${category}"><div class="inbox2__renderable-part"><div class="interblocks-html">${body}</div></div></div></div>`;
  const mail = (subject: string, text: string) =>
    `<div class="inbox2__user-email-part"><div class="channels__inbox__email-metadata-container"><span>From: Wanjiru Kamau</span> <span>Subject: ${subject}</span></div><div class="inbox2__user-email-content"><p>${text}</p></div></div>`;

  it('a chat the customer later answered by e-mail has no subject: only a conversation that started as e-mail has one', () => {
    const doc = parseHtml(`<div class="inbox2__conversation-page"><span data-conversation-title>Wanjiru Kamau</span><div data-conversation-stream>
      ${group('3', 'admin', 'Tomasz Wiśniewski', '<p>Please roll back to 5.1.</p>')}${group('1', 'user', 'Wanjiru Kamau', mail('Re: Firmware rollback', 'Thank you, it worked.'))}</div></div>`);
    expect(intercomAdapter.readTicket(doc, IC('7'))!.subject).toBe('');
    const started = parseHtml(`<div class="inbox2__conversation-page"><span data-conversation-title>Wanjiru Kamau</span><div data-conversation-stream>
      ${group('1', 'user', 'Wanjiru Kamau', mail('Firmware rollback', 'How do I roll back?'))}${group('3', 'admin', 'Tomasz Wiśniewski', '<p>Please roll back to 5.1.</p>')}</div></div>`);
    expect(intercomAdapter.readTicket(started, IC('7'))!.subject).toBe('Firmware rollback');
  });

  it("a header title that is not the contact's name (a ticket's title) is the subject; the customer parts name the contact", () => {
    const doc = parseHtml(`<div class="inbox2__conversation-page"><span data-conversation-title>Order 55-1093 arrived damaged</span><span> · Isabella Rossi · Ticket #3381</span>
      <div data-conversation-stream>${group('1', 'user', 'Isabella Rossi', '<p>The pasta machine arrived with a cracked roller.</p>')}${group('3', 'admin', 'Marco Bellini', '<p>Sorry! A replacement is on its way.</p>')}</div></div>
      <div class="inbox2__conversation-details-sidebar"><h3>Isabella Rossi</h3><dl><dt>Email</dt><dd>isabella@example.com</dd></dl></div>`);
    const t = intercomAdapter.readTicket(doc, IC('8'))!;
    expect(t.subject).toBe('Order 55-1093 arrived damaged');
    expect(t.requester.name).toBe('Isabella Rossi');
    // (an untitled chat's header shows the contact's name, maybe in full where the parts show a first name: no subject)
    const chat = parseHtml(`<div class="inbox2__conversation-page"><span data-conversation-title>Aiko Tanaka</span><div data-conversation-stream>
      ${group('1', 'user', 'Aiko', '<p>I cannot log in.</p>')}${group('3', 'admin', 'Lena Fischer', '<p>Let me check.</p>')}</div></div>`);
    expect(intercomAdapter.readTicket(chat, IC('9'))!).toMatchObject({ subject: '', requester: { name: 'Aiko Tanaka' } });
  });
});

describe('zendesk: Agent Workspace fields and composers', () => {
  // SOURCES.md (tuning-4, Zendesk, Agent Workspace): the requester field `ticket-system-field-requester-select`,
  // `status-badge-<status>`, `.ticket_status_label.<status>`, composers `omnicomposer-plain-text-ckeditor` and
  // `standalone-rich-text-ckeditor` (stored id 27202473015).
  const aw = (sidebar: string, composer: string, status = '') =>
    parseHtml(`<div data-test-id="ticket-workspace" data-ticket-id="5"><div id="ticket_sidebar">${sidebar}</div>
      <input data-test-id="omni-header-subject" value="Levy payment">${status}<div data-test-id="omni-log-container">
      <article data-test-id="omni-log-comment-item"><span data-test-id="omni-log-item-sender">Priyanka V</span><time datetime="2026-05-01T10:00:00Z">1</time>
      <div data-test-id="omni-log-item-message" type="end-user"><div data-test-id="omni-log-message-content"><p>The payment shows Data Lock.</p></div></div></article></div>
      <div class="ck ck-editor"><div class="ck-editor__editable ck-editor__editable_inline" data-test-id="${composer}" contenteditable="true" role="textbox"><p><br></p></div></div></div>`);
  const requester = (label: string) =>
    `<div data-test-id="ticket-system-field-requester-select"><label>${label}</label><div><img data-garden-id="tags.avatar" alt="priyanka@example.com" src="data:,"><span>Priyanka V</span></div></div>`;

  it("the requester field's name without the field's own label", () => {
    expect(zendeskAdapter.readTicket(aw(requester('Requester'), 'omnicomposer-rich-text-ckeditor'), ZD('5'))!.requester).toEqual({ name: 'Priyanka V', email: 'priyanka@example.com' });
    expect(zendeskAdapter.readTicket(aw(requester('요청자'), 'omnicomposer-rich-text-ckeditor'), ZD('5'))!.requester.name).toBe('Priyanka V');
  });

  it('the plain-text and standalone CKEditor composers are the reply editor', () => {
    for (const composer of ['omnicomposer-plain-text-ckeditor', 'standalone-rich-text-ckeditor']) {
      const doc = aw(requester('Requester'), composer);
      expect(zendeskAdapter.findEditor(doc)?.getAttribute('data-test-id')).toBe(composer);
    }
  });

  it("the English label On-hold is Zendesk's hold; Korean priority labels are the API's words", () => {
    const doc = aw(`${requester('Requester')}<div data-test-id="ticket-fields-priority-select"><label>우선순위</label><div data-garden-id="dropdowns.combobox.value">보통</div></div>`, 'omnicomposer-rich-text-ckeditor', '<span class="ticket_status_label hold">On-hold</span>');
    expect(zendeskAdapter.readTicket(doc, ZD('5'))).toMatchObject({ status: 'hold', priority: 'normal' });
  });
});

describe('zendesk: the older (Lotus) interface', () => {
  // SOURCES.md (tuning-2 and -4, Zendesk Lotus): `.event.is-public`, `[data-comment-id]`, `.actor .name`, `.zd-comment`,
  // `a.attachment`, newest first; a property box shows its label above its value.
  const event = (who: string, at: string, body: string, agent = false) =>
    `<div class="event is-public"><div class="comment-wrapper" data-comment-id="${at}"><div class="avatar${agent ? ' is-agent' : ''}"></div><div class="content">
     <div class="header"><div class="actor"><span class="name">${who}</span></div><time datetime="2026-12-04T0${at}:00:00Z">Friday 0${at}:00</time></div><div class="body">${body}</div></div></div></div>`;
  const page = (priority: string) =>
    parseHtml(`<div class="ember-view workspace" data-ticket-id="40521"><div class="property_box"><label>Requester</label><div><span class="name">Hương Nguyễn</span></div></div>
      <div class="property_box priority"><label>Priority</label><div class="zd-selectmenu-base-content">${priority}</div></div>
      <input data-test-id="ticket-pane-subject" value="Labels printed twice"><div class="audits"><div class="event-container">
      ${event('Kwame Mensah', '9', '<div class="comment"><div class="zd-comment"><p>Please switch Copies to 1.</p></div></div>', true)}
      ${event('Hương Nguyễn', '3', '<div class="attachments"><ul><li><a class="attachment" href="https://x.zendesk.com/attachments/token/a/?name=IMG_4410.jpg">IMG_4410.jpg</a> <span class="size">2.1 MB</span></li></ul></div>')}
      ${event('Hương Nguyễn', '2', '<div class="comment"><div class="zd-comment"><p>The printer prints every label twice.</p></div></div>')}</div></div></div>`);

  it('a comment of attachments only is still a message, in its place', () => {
    const t = zendeskAdapter.readTicket(page('-'), ZD('40521'))!;
    expect(t.messages.map((m) => [m.author.name, m.text])).toEqual([
      ['Hương Nguyễn', 'The printer prints every label twice.'],
      ['Hương Nguyễn', 'IMG_4410.jpg'],
      ['Kwame Mensah', 'Please switch Copies to 1.'],
    ]);
    expect(t.priority).toBeUndefined(); // ("-": none)
  });

  it('the priority by its label when no hook names the field', () => {
    expect(zendeskAdapter.readTicket(page('High'), ZD('40521'))!.priority?.toLowerCase()).toBe('high');
  });
});

describe('freshdesk: the classic helpdesk view', () => {
  // SOURCES.md (tuning-4, Freshdesk classic): `.leftcontent[data-ticket-id]`, `#all_notes .conversation[data-activity-id]`,
  // `#ticket_original_request`, `[id^=note_details_]`, `.details`, `.note-label`, `.widget > h3` widgets with
  // `.requester-info-sprite`; authors link to /contacts/<id> and /agents/<id>; attachments at /helpdesk/attachments/<id>.
  const conv = (id: string, kind: string, who: string, href: string, details: string, attachments = '') =>
    `<div class="conversation ${kind}" data-activity-id="${id}"><div class="conv-details"><div class="conv-header"><a class="author" href="${href}">${who}</a>
     <span class="verb">replied</span> <span class="timestamp" title="2026-11-27T0${id.slice(-1)}:00:00Z">Fri</span></div>
     <div class="details" id="note_details_${id}">${details}</div>${attachments}</div></div>`;
  const page = parseHtml(`<h2 class="subject">Faktura 2026-1187</h2><div class="leftcontent" data-ticket-id="46002"><div id="all_notes">
      ${conv('61', 'customer', 'Zdeněk Procházka', '/contacts/sVjA', '<p>The VAT rate is 21 % but should be 12 %.</p>')}
      ${conv('62', 'customer', 'Zdeněk Procházka', '/contacts/sVjA', '', '<ul class="attachments"><li class="attachment"><a href="/helpdesk/attachments/90000">faktura.pdf</a> <span class="size">88 KB</span></li></ul>')}
      ${conv('63', 'agent', 'Lucie Marešová', '/agents/GwML', '<p>Please correct the rate on item STAV-220.</p>')}</div></div>
    <div class="rightcontent"><div class="widget requester-widget"><h3>Requester Info</h3><div class="content"><span class="requester-info-sprite"></span>
      <a href="/contacts/DGXcS" class="requester-name">Zdeněk Procházka</a><div class="email">zdenek@example.com</div></div></div></div>`);
  const url = 'https://acme.freshdesk.com/helpdesk/tickets/46002';

  it('the requester from the sidebar widget, the address beside the name; authors from the conversation headers', () => {
    const t = freshdeskAdapter.readTicket(page, url)!;
    expect(t.requester).toEqual({ name: 'Zdeněk Procházka', email: 'zdenek@example.com' });
    expect(t.messages.map((m) => [m.author.name, m.author.role])).toEqual([
      ['Zdeněk Procházka', 'customer'],
      ['Zdeněk Procházka', 'customer'],
      ['Lucie Marešová', 'agent'],
    ]);
  });

  it('a reply of attachments only is a message, its text the files\' names', () => {
    expect(freshdeskAdapter.readTicket(page, url)!.messages[1].text).toBe('faktura.pdf');
  });
});

describe('freshdesk: status and priority only as cards under the subject', () => {
  // `.status-cards-container` (public SOURCES.md, stored id 3482199321): the property form collapsed, the cards
  // name the status and the priority; told apart by their words.
  const page = (cards: string) =>
    parseHtml(`<div class="ticket-details"><h2 class="ticket-subject-heading">Export fails</h2><div class="status-cards-container">${cards}</div>
      <div class="ticket-thread"><div data-album="description"><div class="ticket-details__item ticket-details__requestor"><div class="ticket-details__right">
      <a data-test-id="user-name" href="/a/contacts/1">Jürgen Weiß</a><div class="ticket-details__item__content"><p>The export stops with error 0x1F.</p></div></div></div></div></div></div>`);

  it('reads them by their words, whatever their order', () => {
    const url = 'https://acme.freshdesk.com/a/tickets/90114';
    expect(freshdeskAdapter.readTicket(page('<span class="pill">Open</span><span class="pill">Urgent</span>'), url)).toMatchObject({ status: 'open', priority: 'urgent' });
    expect(freshdeskAdapter.readTicket(page('<span>High</span><span>Resolved</span>'), url)).toMatchObject({ status: 'resolved', priority: 'high' });
  });
});

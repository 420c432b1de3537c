// General Freshdesk and Zendesk rules learnt from blind batch public-tuning-27: each test is a small page in the shape
// that set's source notes describe (not a copy of its pages), read by the built-in adapter, and each failed on the
// adapter before it learnt the rule (but the one marked as a guard).
import { describe, expect, it } from 'vitest';
import { freshdeskAdapter } from '../../../adapters/freshdesk';
import { zendeskAdapter } from '../../../adapters/zendesk';
import { parseHtml } from './helpers';

type Snapshot = NonNullable<ReturnType<typeof freshdeskAdapter.readTicket>>;
const who = (t: Snapshot) => t.messages.map((m) => [m.author.role, m.author.name ?? null, !!m.internal]);

describe('freshdesk (tuning-27): Mint description whose body block sits inside the requester album', () => {
  // Mint 2025-26: the description is a `.ticket-details__item.ticket-details__requestor` around a `[data-album="ticket_…"]`
  // wrapper holding the header (author, "reported via email") and, beside it, `[data-test-id="ticket-description"]`
  // with the text; the replies are `[data-test-id="conversation-wrapper"]` items (public Freshdesk conversation
  // extractor, stored id 69435803588). The body block is part of the album item, not a message without an author.
  const wrapper = (id: string, name: string, href: string, verb: string, text: string) =>
    `<div class="ticket-details__item"><div data-test-id="conversation-wrapper" data-album="note_${id}" class="conversation-wrapper">
       <div class="ticket-details__header"><div data-test-id="user-link" class="user"><a data-test-id="user-name" href="${href}"><b>${name}</b></a></div>
       <span data-test-id="conversation-status">${verb}</span></div>
       <div data-test-id="conversation-content"><div data-test-conversation="conversation-text"><div class="ticket_note" data-note-id="${id}"><p>${text}</p></div></div></div></div></div>`;
  const page = `<main class="ticket-details-wrapper"><div class="ticket-subject-heading"><h2 class="heading">Login broken</h2></div>
    <div class="ticket-details__items">
      <div class="ticket-details__item ticket-details__requestor"><div class="requestor-wrap" data-album="ticket_48644">
        <div class="ticket-details__header" data-test-id="ticket-description-header"><div data-test-id="user-link" class="user"><a data-test-id="user-name" href="/a/contacts/5"><b>Margaux Benali</b></a></div>
          <span data-test-id="conversation-status">a signalé par e-mail</span></div>
        <div data-test-id="ticket-description" class="ticket-description"><div class="text-content-wrapper"><div class="ticket_note" data-album="ticket_48644"><p>Nobody can log in since this morning.</p></div></div></div>
      </div></div>
      ${wrapper('1', 'Étienne Marchetti', '/a/admin/agents/7', 'a répondu', 'Fixed since 9:10.')}
    </div><div class="fr-element fr-view" contenteditable="true"></div></main>`;

  it("reads the description as the requester's message, with its author, and nothing twice", () => {
    const t = freshdeskAdapter.readTicket(parseHtml(page), 'https://acme.freshdesk.com/a/tickets/48644')!;
    expect(who(t)).toEqual([
      ['customer', 'Margaux Benali', false],
      ['agent', 'Étienne Marchetti', false],
    ]);
    expect(t.messages[0].text).toContain('Nobody can log in');
  });
});

describe('freshdesk (tuning-27): classic helpdesk page', () => {
  const CLASSIC = 'https://acme.freshdesk.com/helpdesk/tickets/3188';
  // freshconsult show/_original_request, _activity and _requester templates (catalogue row 12): the hidden
  // "new ticket" activity row (`li.conversation.activity.hide`), activity rows naming who triggered them, the
  // requester tab `#contact_info_default .requester-details` with "Email: …", and the ticket form's selects whose
  // option values are the API's numbers.
  const page = (statusOptions: string, priorityOptions: string) => `<div class="leftcontent"><div id="ticket-details-wrapper">
      <div class="commentbox"><h2 class="subject">API returns 502</h2>
        <div class="author-mail-detail"><a href="/contacts/7000" class="user_name">Anselm Koivisto</a> reported via Email</div>
        <div id="ticket_original_request" class="request_mail"><p>Bulk updates return 502.</p></div></div></div>
      <div id="all_notes" class="conversation_thread">
        <ul class="activity-list"><li class="conversation activity hide"><span class="tag">new_ticket</span><div class="details">new ticket</div></li></ul>
        <ul class="activity-list"><li class="conversation activity"><span class="tag">ticket_update</span>
          <div class="author-mail-detail"><a class="user_name" href="/users/90">Rule Router</a></div><div class="details">Group set as API</div></li></ul>
        <div id="note_1" class="conversation"><div class="commentbox commentbox-gray"><div class="helpdesk_note">
          <div class="author-mail-detail"><a href="/users/4001" class="user_name">Henrike Solberg</a> replied</div>
          <div class="details" id="note_details_1"><div class="request_mail"><p>Please send smaller batches.</p></div></div></div></div></div>
      </div>
      <div class="redactor_editor" contenteditable="true"></div></div>
    <div class="rightcontent sidebar" id="TicketProperties">
      <div id="contact_info_default" class="requester_tab"><div class="requester-details"><p><a href="/contacts/7000" class="user_name">Anselm Koivisto</a></p><p>Email: anselm.k@example.org</p></div></div>
      <label for="helpdesk_ticket_status">الحالة</label><select id="helpdesk_ticket_status" name="helpdesk_ticket[status]">${statusOptions}</select>
      <label for="helpdesk_ticket_priority">الأولوية</label><select id="helpdesk_ticket_priority" name="helpdesk_ticket[priority]">${priorityOptions}</select>
    </div>`;
  const arabic = page(
    '<option value="2">مفتوح</option><option value="3" selected>معلق</option><option value="4">تم الحل</option>',
    // (the chosen option second of three: happy-dom's selectedOptions answers the second when the third is chosen)
    '<option value="1">منخفض</option><option value="3" selected>مرتفع</option><option value="4">عاجل</option>',
  );

  it('leaves the hidden "new ticket" row out, and names no author on a system row', () => {
    const t = freshdeskAdapter.readTicket(parseHtml(arabic), CLASSIC)!;
    expect(who(t)).toEqual([
      ['customer', 'Anselm Koivisto', false],
      ['system', null, false],
      ['agent', 'Henrike Solberg', false],
    ]);
  });

  it("reads the requester's address from the classic requester tab", () => {
    expect(freshdeskAdapter.readTicket(parseHtml(arabic), CLASSIC)!.requester).toEqual({ name: 'Anselm Koivisto', email: 'anselm.k@example.org' });
  });

  it("reads status and priority by the selects' API codes, whatever language the options are in", () => {
    const t = freshdeskAdapter.readTicket(parseHtml(arabic), CLASSIC)!;
    expect([t.status, t.priority]).toEqual(['pending', 'high']);
  });

  // (a guard, passing before the rule too: the codes must not hide what they do not cover)
  it('keeps a custom status (code 6 and up) as its shown word, and an English word as shown', () => {
    const t = freshdeskAdapter.readTicket(parseHtml(page('<option value="2">Open</option><option value="6" selected>Waiting on Customer</option>', '<option value="3" selected>Low</option>')), CLASSIC)!;
    expect([t.status, t.priority]).toEqual(['Waiting on Customer', 'Low']);
  });
});

describe('zendesk (tuning-27): Lotus in a translated UI', () => {
  // Lotus (liferay-zendesk-userscript; catalogue row 25): `.workspace` panes, `.event.is-public` comments newest
  // first with `.zd-comment` bodies, the author's `.user_photo.agent` marking an agent, a requester box and select
  // menus (`.zd-selectmenu-base-content`) in fields named by their class, labelled in German.
  const event = (name: string, agent: boolean, text: string, at: string) =>
    `<div class="event is-public"><div class="user_photo${agent ? ' agent' : ''}"><img alt=""></div><div class="content">
      <div class="header"><div class="actor"><a class="name" href="/agent/users/1">${name}</a></div><time datetime="${at}">${at}</time></div>
      <div class="comment"><div class="zd-comment"><p>${text}</p></div></div></div></div>`;
  const page = `<div class="workspace ticket" data-ticket-id="41388"><div class="pane left"><div class="property_box">
      <div class="requester"><label>Anfragender</label><div class="requester_name"><a href="/agent/users/3">Friederike Oberhauser</a></div><div class="requester_email">f.ober@example.com</div></div>
      <div class="field priority"><label>Priorität</label><div class="zd-selectmenu-base-content">Hoch</div></div></div></div>
    <div class="pane right section"><header class="pane_header"><input name="subject" value="Lieferung fehlt"></header>
      <div class="event-container">
        ${event('Gregor Stein', false, 'Kommt morgen, danke.', '2019-11-05T10:00:00Z')}
        ${event('Matthias Grünwald', true, 'Der Karton wurde separat verschickt.', '2019-11-04T10:00:00Z')}
        ${event('Friederike Oberhauser', false, 'Es fehlt ein Karton.', '2019-11-04T09:00:00Z')}
      </div></div></div>`;
  const t = zendeskAdapter.readTicket(parseHtml(page), 'https://acme.zendesk.com/agent/tickets/41388')!;

  it("reads the requester from the box's name and address elements, whatever the box's label says", () => {
    expect(t.requester).toEqual({ name: 'Friederike Oberhauser', email: 'f.ober@example.com' });
  });

  it('reads the priority from the select menu of the field named for it', () => expect(t.priority).toBe('high'));

  it("takes an author whose photo is marked agent for an agent, and a CC'd person without it for a customer", () => {
    expect(who(t)).toEqual([
      ['customer', 'Friederike Oberhauser', false],
      ['agent', 'Matthias Grünwald', false],
      ['customer', 'Gregor Stein', false],
    ]);
  });
});

describe('status and priority words of a Dutch UI (tuning-28)', () => {
  it("reads Mint's Dutch priority and status labels as the API's words", () => {
    const page = `<main class="ticket-details-wrapper"><div class="ticket-subject-heading"><h2 class="heading">Factuur klopt niet</h2></div>
      <div class="ticket-conversation"><div class="ticket-details__item ticket-details__requestor"><div class="sender-info"><a data-test-id="user-name" href="/a/contacts/1">Sanne de Vries</a></div><div class="text__content"><p>De factuur klopt niet.</p></div></div></div>
      <div data-test-id="tkt-properties-status"><label>Status</label><div class="ember-power-select-trigger"><span class="ember-power-select-selected-item">Opgelost</span></div></div>
      <div data-test-id="tkt-properties-priority"><label>Prioriteit</label><div class="ember-power-select-trigger"><span class="ember-power-select-selected-item">Gemiddeld</span></div></div></main>`;
    const t = freshdeskAdapter.readTicket(parseHtml(page), 'https://acme.freshdesk.com/a/tickets/9')!;
    expect([t.status, t.priority]).toEqual(['resolved', 'medium']);
  });
});

describe('freshdesk (tuning-30): the contact panel row carrying its own test id', () => {
  it("reads the requester's address from `[data-test-id=requester-info-contact-email]` on the value itself", () => {
    const page = `<main class="ticket-details-wrapper"><div class="ticket-subject-heading"><h2 class="heading">Cobro duplicado</h2></div>
      <div class="ticket-conversation"><div class="ticket-details__item ticket-details__requestor"><div class="sender-info"><a data-test-id="user-name" href="/a/contacts/1">Lucía Ferrer</a></div><div class="text__content"><p>Me han cobrado dos veces.</p></div></div></div></main>
      <aside><div class="contact-info-widget" data-test-id="requester-info"><a data-test-id="requester-info-name" href="/a/contacts/1"><b>Lucía Ferrer</b></a>
        <div class="info-details-widget"><span class="text__infotext">Correo electrónico</span><div class="info-details-content" data-test-id="requester-info-contact-email">lucia@example.com</div></div></div></aside>`;
    expect(freshdeskAdapter.readTicket(parseHtml(page), 'https://acme.freshdesk.com/a/tickets/9')!.requester.email).toBe('lucia@example.com');
  });
});

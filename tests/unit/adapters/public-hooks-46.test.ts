// General rules learnt from public-tuning-46 to -49 (held-out set 14's Freshdesk, Zendesk and two Intercom parts,
// retired): each test is a small page in the shape its writer's source notes describe (not a copy of the pages), read
// by the built-in adapter, and each failed on the adapter before it learnt the rule.
import { describe, expect, it } from 'vitest';
import { freshdeskAdapter } from '../../../adapters/freshdesk';
import { intercomAdapter } from '../../../adapters/intercom';
import { zendeskAdapter } from '../../../adapters/zendesk';
import { parseHtml } from './helpers';

const FD_URL = 'https://acme.freshdesk.com/a/tickets/7302';
const ZD_URL = 'https://acme.zendesk.com/agent/tickets/48511';
const IC_URL = 'https://app.intercom.com/a/inbox/w2n8c0dz/inbox/shared/all/conversation/215473300000001';
const roles = (t: { messages: { author: { role: string; name?: string }; internal?: boolean }[] }) =>
  t.messages.map((m) => [m.author.role, m.author.name ?? null, !!m.internal]);

describe('freshdesk (tuning-46): Mint items named by their header line, a contact widget of its own', () => {
  const item = (cls: string, head: string, text: string) =>
    `<div class="ticket-details__item ${cls}"${cls ? ' data-test-id="ticket-description"' : ''}><div class="ticket-details__right"><div class="conversation-header">${head}</div><div data-test-conversation="conversation-text"><p>${text}</p></div></div></div>`;
  const link = (who: string, name: string, agent = false) =>
    `<div data-test-id="user-link"${agent ? ' data-test-is-agent="true"' : ''}><a data-test-id="user-name" href="/a/${who}"><b>${name}</b></a></div>`;

  it("names each item by the user link in its header line; the description's names the requester", () => {
    const page = `<section class="ticket-conversation">${item('ticket-details__requestor', link('contacts/1', 'Ingrid Solberg'), 'My export never arrives.')}
      ${item('', link('agents/7', 'Pavel Novak', true), 'Exports go out by e-mail now.')}</section>`;
    const t = freshdeskAdapter.readTicket(parseHtml(page), FD_URL)!;
    expect(t.requester.name).toBe('Ingrid Solberg');
    expect(roles(t)).toEqual([
      ['customer', 'Ingrid Solberg', false],
      ['agent', 'Pavel Novak', false],
    ]);
  });

  it("reads the requester's address from a contact details widget, and the requester's bare-named reply as the customer's", () => {
    const page = `<section class="ticket-conversation">${item('ticket-details__requestor', link('contacts/1', 'Ingrid Solberg'), 'My export never arrives.')}
      ${item('', '<span class="user">Pavel Novak</span> <span>replied</span>', 'Check your spam folder.')}
      ${item('', '<span class="user">Ingrid Solberg</span> <span>replied</span>', 'Found it, thanks.')}</section>
      <aside><div class="info-details-widget contact-info"><div><span class="text__infotext">Name</span><span class="info-details-content">Ingrid Solberg</span></div>
      <div><span class="text__infotext">Email</span><span class="info-details-content">ingrid.solberg@example.com</span></div></div></aside>`;
    const t = freshdeskAdapter.readTicket(parseHtml(page), FD_URL)!;
    expect(t.requester.email).toBe('ingrid.solberg@example.com');
    expect(t.messages.map((m) => m.author.role)).toEqual(['customer', 'agent', 'customer']);
  });
});

describe('freshdesk (tuning-46): a deleted classic note', () => {
  // freshconsult show/_note.html.erb draws `.helpdesk_note > .tag` ("This note has been deleted") only on a deleted note.
  const note = (id: number, inner: string) => `<div id="note_${id}" class="conversation"><div class="commentbox commentbox-gray"><div class="helpdesk_note">${inner}</div></div></div>`;
  const page = `<div id="ticket-details"><div class="conversation original"><div class="commentbox"><h2 class="subject">Copy of my data</h2>
      <div class="author-mail-detail"><a href="/contacts/9" class="user_name">Oskar Berg</a> reported</div><div id="ticket_original_request">Please send me my data.</div></div></div>
    <ul id="all_notes">${note(1, '<div class="tag">This note has been deleted</div>')}
      ${note(2, '<div class="author-mail-detail"><a href="/agents/4" class="user_name">Lea Graf</a> replied</div><div class="details" id="note_details_2"><div class="request_mail">We will send it within 30 days.</div></div>')}</ul></div>`;

  it('is not read as a message', () => {
    const t = freshdeskAdapter.readTicket(parseHtml(page), FD_URL)!;
    expect(t.messages.map((m) => m.text)).toEqual(['Please send me my data.', 'We will send it within 30 days.']);
  });
});

describe('zendesk (tuning-47): a sender line with the address, an avatar-named bot, a Lotus priority select, Hebrew status', () => {
  const comment = (sender: string, type: string, text: string, avatar = '') =>
    `<article data-test-id="omni-log-comment-item"><div class="avatar">${avatar}</div><div class="comment-header">${sender}</div>
      <div data-test-id="omni-log-item-message" type="${type}"><div data-test-id="omni-log-message-content" class="zd-comment"><p>${text}</p></div></div></article>`;
  const sender = (name: string, extra = '') => `<div data-test-id="omni-log-item-sender"><a data-test-id="omni-log-comment-user-link" href="/agent/users/1"><strong>${name}</strong></a></div>${extra}`;
  const pane = (log: string, fields = '') =>
    `<div data-test-id="ticket-48511" data-is-active="true" data-ticket-id="48511"><input data-test-id="omni-header-subject" value="Invoice charged twice">
      <div data-test-id="ticket-system-field-requester-select"><label>Requester</label><div>Tomas Varga</div></div>${fields}<div data-test-id="omni-log-container">${log}</div></div>`;

  it("takes the requester's address from the element beside the name on the requester's own message", () => {
    const page = pane(
      comment(sender('Tomas Varga') + '<span class="sender-email">&lt;tomas.varga@example.com&gt;</span>', 'end-user', 'I was charged twice.') +
        comment(sender('Nora Quist') + '<span>to: tomas.varga@example.org</span>', 'agent', 'Refunded.'),
    );
    expect(zendeskAdapter.readTicket(parseHtml(page), ZD_URL)!.requester.email).toBe('tomas.varga@example.com');
  });

  it("names a message with no sender line by its avatar picture's alt (a bot's, after the customer's)", () => {
    const page = pane(
      comment(sender('Tomas Varga'), 'end-user', 'I want a person.') +
        comment('<span data-test-id="omni-log-item-via">via messaging</span>', 'agent', 'Connecting you with an agent now.', '<img alt="Acme Bot" src="a.png">'),
    );
    expect(roles(zendeskAdapter.readTicket(parseHtml(page), ZD_URL)!).slice(1)).toEqual([['bot', 'Acme Bot', false]]);
  });

  it("reads a native priority select by its value, and a Hebrew status as the API's word", () => {
    const page = pane(
      comment(sender('Tomas Varga'), 'end-user', 'Hello.'),
      `<div class="ticket_priority"><label>Prioridad</label><select name="priority"><option value="low">Baja</option><option value="high" selected>Alta</option></select></div>
       <div data-test-id="ticket-fields-status-select"><label>סטטוס</label><div>פתוח</div></div>`,
    );
    const t = zendeskAdapter.readTicket(parseHtml(page), ZD_URL)!;
    expect([t.priority, t.status]).toEqual(['high', 'open']);
  });
});

describe('intercom (tuning-48, -49)', () => {
  it("reads an event row drawn beside groups in a wrapper inside the stream, and a Hebrew note label", () => {
    const group = (id: number, type: string, name: string, text: string, label = '') =>
      `<div class="flex gap-2" data-part-group-id="g${id}" data-author-type="${type}"><div class="flex flex-col"><div class="group/content-part relative" data-part-entity-id="${id}"><div class="intercom-interblocks-html"><p>${text}</p></div></div>
        <div class="text-xs"><span data-testid="admin-avatar-name">${name}</span>${label}<span>· 2d</span></div></div></div>`;
    const page = `<div data-conversation-stream><div class="mx-auto flex flex-col">${group(1, 'user', 'Dana Weiss', 'My order has not shipped.')}
      <div class="flex justify-center" data-part-entity-id="2"><div class="inbox-2__event-part"><span>Fin handed the conversation to Shipping</span> <time datetime="2026-05-11T08:02:00Z">2d</time></div></div>
      ${group(3, 'admin', 'Avi Stern', 'Pickup is tomorrow morning.', '<span class="note-label">הערה</span>')}</div></div>`;
    const t = intercomAdapter.readTicket(parseHtml(page), IC_URL)!;
    expect(t.messages.map((m) => [m.author.role, !!m.internal])).toEqual([
      ['customer', false],
      ['system', false],
      ['agent', true],
    ]);
  });

  it("reads the only address of a contact panel whose label is not English", () => {
    const page = `<main data-intercom-target="conversation-space"><div data-conversation-stream><div class="flex" data-part-group-id="g1" data-author-type="user">
      <div class="group/content-part" data-part-entity-id="1"><div class="intercom-interblocks-html"><p>The calendar does not sync.</p></div></div></div></div></main>
      <aside class="inbox-2__conversation-details-sidebar"><div class="px-6"><h2>פרטים</h2><div><p class="inbox-2__attribute__label">אימייל</p><div><span><span>noa.levi@example.com</span></span></div></div>
      <div><p class="inbox-2__attribute__label">משויך אל</p><div><span><span>איתי ברק</span></span></div></div></div></aside>`;
    expect(intercomAdapter.readTicket(parseHtml(page), IC_URL)!.requester.email).toBe('noa.levi@example.com');
  });

  describe('the older Ember inbox', () => {
    const EMBER_URL = 'https://app.intercom.io/a/apps/q7fk2m3x/inbox/inbox/conversation/9120400003';
    const page = (title: string) => `<div class="card conversation__card" data-conversation-id="9120400003"><div class="conversation__card__header inbox__card__header">
      <div class="inbox__card__header__title"><div class="conversation__card__title__text">${title}</div><a href="/a/apps/q7fk2m3x/users/5c/all-conversations"><span>Margit Holloway</span></a></div></div>
      <div class="conversation__stream"><div class="conversation__part"><div class="conversation__bubble-container o__user-comment"><div class="conversation__bubble"><div class="conversation__text"><p>Our invoice shows the old address.</p></div></div></div></div>
      <div class="conversation__part"><div class="conversation__bubble-container o__admin-comment"><div class="conversation__bubble"><div class="conversation__text"><p>Updated it for you.</p></div></div>
        <div class="conversation__part__meta"><span class="conversation__part__admin-name">Maren Holt</span> · <span>1d</span></div></div></div></div></div>`;

    it("reads the card's title text alone, not the contact's link beside it", () => {
      expect(intercomAdapter.readTicket(parseHtml(page('Invoice address still shows our old office')), EMBER_URL)!.subject).toBe('Invoice address still shows our old office');
    });

    it("names a teammate's part by the name element in its meta line", () => {
      expect(roles(intercomAdapter.readTicket(parseHtml(page('Invoice address')), EMBER_URL)!)[1]).toEqual(['agent', 'Maren Holt', false]);
    });
  });
});

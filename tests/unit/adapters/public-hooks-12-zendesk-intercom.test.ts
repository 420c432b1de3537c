// General Zendesk and Intercom rules learnt from blind batches 11-14 (independent resamples by new writers, each
// doing their own public research): each test is a small page in the shape the batches' SOURCES.md describe (not a
// copy of a batch page), read by the built-in adapter, and each failed on the adapter before it learnt the rule.
import { describe, expect, it } from 'vitest';
import { intercomAdapter } from '../../../adapters/intercom';
import { zendeskAdapter } from '../../../adapters/zendesk';
import { parseHtml } from './helpers';

const ZD = 'https://acme.zendesk.com/agent/tickets/700';
const zd = (html: string, url = ZD) => zendeskAdapter.readTicket(parseHtml(html), url)!;

/** A Lotus comment (liferay-zendesk-userscript: `.event`, `div[data-comment-id]`, `div.actor .name`, `time[title]`,
 *  `.zd-comment`). */
const lotusEvent = (id: number, who: string, kind: 'agent' | 'end_user', text: string, time: string, isPublic = true) =>
  `<div class="event${isPublic ? ' is-public' : ''}"><div data-comment-id="${id}"><div class="user_photo ${kind}"></div>
    <div class="content"><div class="header"><div class="actor"><span class="name">${who}</span></div>${time}</div>
    <div class="body"><div class="zd-comment"><p>${text}</p></div></div></div></div></div>`;

/** A Lotus ticket pane, comments newest first as Lotus lists them. */
const lotusPage = (times: string[], status = '<span class="ticket_status_label toolbar pending">Pending</span>', fields = '') => `
  <div class="ember-view workspace"><div class="pane left section"><div class="sidebar_box_container"><div class="property_box">
    <div class="ember-view form_field requester"><label>Requester</label>
      <div class="zd-selectmenu-base-content">Ravi Shankar &lt;ravi.shankar@example.com&gt;</div></div>${fields}</div></div></div>
  <div class="pane right section"><div class="ember-view" data-side-conversations-anchor-id="700">
    <div class="pane_header">${status}<input name="subject" value="Desktop app logs me out"></div>
    <div class="audits event-container">
      ${lotusEvent(3, 'Ravi Shankar', 'end_user', 'That fixed it, thank you.', times[0])}
      ${lotusEvent(2, 'Rafaela Costa', 'agent', 'Please sign out everywhere and sign in again.', times[1])}
      ${lotusEvent(1, 'Ravi Shankar', 'end_user', 'The app logs me out every 5 minutes.', times[2])}
    </div></div></div></div>`;

describe('zendesk Lotus: comments are listed newest first', () => {
  it('read oldest first when the times shown cannot be parsed ("Thursday, November 26, 2026 at 14:51")', () => {
    const times = ['16:02', '15:10', '14:51'].map((t) => `<time title="Thursday, November 26, 2026 at ${t}" datetime="">Nov 26 ${t}</time>`);
    const t = zd(lotusPage(times));
    expect(t.messages.map((m) => m.text)).toEqual([
      'The app logs me out every 5 minutes.',
      'Please sign out everywhere and sign in again.',
      'That fixed it, thank you.',
    ]);
  });

  it('read oldest first when every comment carries the same time', () => {
    const times = ['yesterday', '2 days ago', 'last week'].map((t) => `<time datetime="2025-03-04 10:00:00" title="">${t}</time>`);
    expect(zd(lotusPage(times)).messages.map((m) => m.text)[0]).toBe('The app logs me out every 5 minutes.');
  });

  it('times that do say the order still decide it (a Lotus page listing oldest first)', () => {
    const times = ['09:00', '10:00', '11:00'].map((t) => `<time datetime="2026-03-12T${t}:00Z">${t}</time>`);
    expect(zd(lotusPage(times)).messages[0].text).toBe('That fixed it, thank you.');
  });
});

describe('zendesk: the status named by a class, whatever the UI language', () => {
  const times = ['', '', ''];
  it("Lotus: the status label's class (`ticket_status_label pending` showing 保留中)", () => {
    expect(zd(lotusPage(times, '<span class="ticket_status_label toolbar pending">保留中</span>')).status).toBe('pending');
  });

  const awPage = (badge: string) => `<div data-side-conversations-anchor-id="700"><section class="omni-conversation-pane">
    <div><input aria-label="Subject" value="Invoice address">${badge}</div>
    <div data-test-id="omni-log-container"><article data-test-id="omni-log-comment-item">
      <span data-test-id="omni-log-item-sender"><strong>Aisha Bello</strong></span>
      <div data-test-id="omni-log-item-message" type="end-user"><div data-test-id="omni-log-message-content"><p>Please update it.</p></div></div>
    </article></div></section></div>`;

  it('Agent Workspace: a badge classed `status-badge status-badge-<status>`', () => {
    expect(zd(awPage('<span data-garden-id="tags.tag" class="status-badge status-badge-hold">On-hold</span>')).status).toBe('hold');
  });

  it('Agent Workspace: a `ticket-status-badge` test id, translated text', () => {
    expect(zd(awPage('<span data-test-id="ticket-status-badge" class="status-badge status-badge-solved">حل شده</span>')).status).toBe('solved');
  });
});

describe('zendesk Lotus: the requester field', () => {
  it('the address shown in the labelled field\'s "Name <address>"', () => {
    expect(zd(lotusPage(['', '', ''])).requester).toEqual({ name: 'Ravi Shankar', email: 'ravi.shankar@example.com' });
  });

  it('a translated label: the field by its class (`form_field requester_id`)', () => {
    const page = lotusPage(['', '', '']).replace(
      /<div class="ember-view form_field requester">[\s\S]*?<\/div><\/div>/,
      '<div class="ember-view form_field requester_id"><label>リクエスタ</label><div class="zd-combo-selectmenu"><span class="zd-selectmenu-base-content">佐藤 美咲</span></div><div class="requester-email">misaki.sato@example.com</div></div>',
    );
    expect(zd(page).requester).toEqual({ name: '佐藤 美咲', email: 'misaki.sato@example.com' });
  });
});

const IC = 'https://app.intercom.com/a/inbox/k7w2qz1p/inbox/shared/all/conversation/8050';
const ic = (html: string) => intercomAdapter.readTicket(parseHtml(html), IC)!;
/** An Inbox 2 conversation (Support Copilot for Intercom: `[data-conversation-id]`, the stream
 *  `[data-conversation-stream]`, `[data-inbox-conversation-header-title]`, Tailwind `group/content-part` parts,
 *  `.inbox-2__break-words` bodies), `stream` its rows. */
const icPage = (stream: string, header = '<span data-conversation-state class="rounded px-2">Open</span>') => `
  <section class="inbox-2__conversation" data-conversation-id="8050"><header class="inbox-2__conversation-header">
    <h2 data-inbox-conversation-header-title>Chidinma Okafor</h2>${header}</header>
    <div data-conversation-stream="" class="inbox-2__conversation-stream">${stream}</div>
    <div data-conversation-reply-composer><div class="ProseMirror embercom-prosemirror-composer-editor" contenteditable="true"></div></div></section>`;
const part = (text: string, head = '') =>
  `<div class="group/content-part relative rounded-xl">${head}<div class="inbox-2__break-words"><div class="interblocks-html"><p>${text}</p></div></div></div>`;

describe("intercom: the state hook's actions are not the state", () => {
  it('a state element holding the badge and its "Snooze" and "Close" buttons reads as the badge', () => {
    const header = '<div class="inbox-2__conversation-state"><span class="rounded px-2">Snoozed</span><button>Snooze</button><button>Close</button></div>';
    expect(ic(icPage(`<div class="flex justify-start">${part('Hello')}</div>`, header)).status?.toLowerCase()).toBe('snoozed');
  });
});

describe('intercom: rows without group hooks (mid-2026 Tailwind rows)', () => {
  it("the author is the row's first text outside its parts, a note's label ('added a note', 'Note') is not, and marks the note", () => {
    const t = ic(icPage(`
      <div class="justify-start gap-2"><div class="flex flex-col"><div class="text-sm"><span>Chidinma Okafor</span></div>${part('My team invites are bouncing.')}</div></div>
      <div class="justify-end gap-2"><div class="flex flex-col"><div class="text-sm"><span>Marek Dvořák</span></div>${part('Which address do they come back from?')}</div></div>
      <div class="justify-end gap-2"><div class="flex flex-col"><div class="text-sm"><span>Marek Dvořák</span> <span>added a note</span></div>${part('Their gateway blocks us.')}</div></div>
      <div class="justify-end gap-2" data-author-type="admin"><div class="flex flex-col"><div class="text-sm"><span>Note</span> <span>Sigrun Halvorsen</span></div>${part('I have the allow-list doc.')}</div></div>`));
    expect(t.messages.map((m) => [m.author.role, m.author.name, !!m.internal])).toEqual([
      ['customer', 'Chidinma Okafor', false],
      ['agent', 'Marek Dvořák', false],
      ['agent', 'Marek Dvořák', true],
      ['agent', 'Sigrun Halvorsen', true],
    ]);
  });

  it('the author as the text before the time on its line ("Nguyễn Thị Hoa · <time>")', () => {
    const row = (who: string, kind: string, text: string) => `<div class="flex" data-author-type="${kind}"><div class="flex flex-col">
      <div class="text-xs">${who} · <time datetime="2026-12-03T03:10:00Z">03:10</time></div>${part(text)}</div></div>`;
    const t = ic(icPage(row('Nguyễn Thị Hoa', 'user', 'I cannot change my currency.') + row('Marcus Lee', 'admin', 'Done.')));
    expect(t.messages.map((m) => m.author)).toMatchObject([{ role: 'customer', name: 'Nguyễn Thị Hoa' }, { role: 'agent', name: 'Marcus Lee' }]);
  });

  it('a part drawn straight in the stream, outside any row, named an event by its class, is a system line', () => {
    const t = ic(icPage(`
      <div class="flex flex-col" data-author-type="user"><div class="text-xs"><span>Astrid Lindqvist</span> · 10:01</div>${part('Can I move my booking?')}</div>
      <div class="inbox-2__event text-center" data-intercom-part-id="q3">Fin escalated to the Reservations team · 10:02</div>
      <div class="flex flex-col" data-author-type="admin"><div class="text-xs"><span>Elias Bergström</span> · 10:30</div>${part('Done!')}</div>`.replace(/class="group\/content-part/g, 'data-intercom-part-id="q" $&')));
    expect(t.messages.map((m) => m.author.role)).toEqual(['customer', 'system', 'agent']);
    expect(t.messages[1].author.name).toBeUndefined();
  });

  it("an e-mail part's own author line and note label, inside the part above its body", () => {
    const head = (who: string, label = '') => `<div class="text-xs"><span class="font-semibold">${who}</span>${label} · Nov 27, 2026, 11:04 AM</div>`;
    const t = ic(icPage(`
      <div class="flex justify-start" data-author-type="user">${part('Visitors get a certificate warning.', head('Zoë Þórsdóttir'))}</div>
      <div class="flex justify-end" data-author-type="admin">${part('Please change the CNAME.', head('Mateus Lima'))}</div>
      <div class="flex justify-end" data-author-type="admin">${part('Escalated to infra.', head('Mateus Lima', ' <span>Internal note</span>'))}</div>`));
    expect(t.messages.map((m) => [m.author.role, m.author.name, !!m.internal])).toEqual([
      ['customer', 'Zoë Þórsdóttir', false],
      ['agent', 'Mateus Lima', false],
      ['agent', 'Mateus Lima', true],
    ]);
  });
});

describe("intercom: an e-mail part's From line names its author", () => {
  it('"From: <name> <address>" in the part\'s metadata when the group shows no author', () => {
    const t = ic(icPage(`
      <div data-part-group-id="em-1" data-part-group-category="1"><div data-part-id="p1" class="inbox2__user-email-part">
        <div class="channels__inbox__email-metadata-container"><span>From: Katarzyna Wiśniewska &lt;k.wisniewska@example.com&gt;</span><span>To: support@northwind.example</span></div>
        <div class="inbox2__user-email-content"><p>The mounting kits are missing.</p></div></div></div>
      <div data-part-group-id="g2" data-part-group-category="3"><span class="inbox2__part-author">Tomasz Nowak</span>
        <div data-part-id="p2">${part('Dispatched today.')}</div></div>`).replace('Chidinma Okafor', 'Missing mounting kits PO 2026-1187'));
    expect(t.messages[0].author).toMatchObject({ role: 'customer', name: 'Katarzyna Wiśniewska' });
    expect(t.subject).toBe('Missing mounting kits PO 2026-1187');
    expect(t.requester.name).toBe('Katarzyna Wiśniewska');
  });
});

/** The older Ember inbox's 2021 conversation card (toggl/track-extension intercom.js "Intercom 2021":
 *  `[data-intercom-target="conversation-card-header"]`, `.conversation__card__title__text`; TrueAI: the
 *  `.conversation__stream`, `.conversation__bubble`, `.o__user-comment` / `.o__admin-comment` parts). */
const emberCard = (title: string, extraPart = '') => `<div class="card conversation__card" data-conversation-id="8050">
  <div data-intercom-target="conversation-card-header" class="conversation__card__header">
    <div class="conversation__card__title__text">${title}</div><button class="inbox__conversation-controls__state">Snoozed</button></div>
  <div class="conversation__stream">
    <div class="conversation__part"><div class="conversation__bubble-container o__user-comment"><div class="conversation__bubble o__user-comment">
      <div class="conversation__text"><p>We would like to move to the EU region.</p></div></div></div>
      <div class="conversation__part__meta"><span class="conversation__part__author">Rafael Oliveira</span> · <time datetime="2026-12-01T09:00:00Z">09:00</time></div></div>
    ${extraPart}
  </div></div>`;

describe('intercom: the 2021 conversation card', () => {
  it("a custom title typed into the card title's input is the subject", () => {
    expect(ic(emberCard('<input value="EU data residency migration" aria-label="Conversation title"><a href="/a/apps/x/users/1"><span>Rafael Oliveira</span></a>')).subject).toBe(
      'EU data residency migration',
    );
  });

  it('the state shown on the button beside the card title', () => {
    expect(ic(emberCard('<span>Rafael Oliveira</span>')).status?.toLowerCase()).toBe('snoozed');
  });

  it('a part holding an action line ("<name> closed the conversation") is a system event, not the customer\'s', () => {
    const action = `<div class="conversation__part"><div class="conversation__action"><div><a class="js__href-to">Hannah Keller</a> closed the conversation
      <span class="js__overlay-opener"><time datetime="2026-12-01T10:16:00Z">10:16</time></span></div></div></div>`;
    const t = ic(emberCard('<span>Rafael Oliveira</span>', action));
    expect(t.messages.map((m) => m.author.role)).toEqual(['customer', 'system']);
    expect(t.messages[1].author.name).toBeUndefined();
  });
});

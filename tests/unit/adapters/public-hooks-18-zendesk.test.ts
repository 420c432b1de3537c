// General Zendesk rules learnt from blind batches 17 and 18 (resamples of the held-out README's brief by writers who
// read only that README): each test is a small page in the shape the batches' SOURCES.md describe (not a copy of a
// batch page), read by the built-in adapter, and each failed on the adapter before it learnt the rule.
import { describe, expect, it } from 'vitest';
import { zendeskAdapter } from '../../../adapters/zendesk';
import { parseHtml } from './helpers';

const url = (id: string) => `https://acme.zendesk.com/agent/tickets/${id}`;
const zd = (html: string, id = '710') => zendeskAdapter.readTicket(parseHtml(html), url(id))!;

/** An Agent Workspace comment (`omni-log-comment-item`, typed `omni-log-item-message`, sender once per run). */
const awComment = (who: string | null, type: 'agent' | 'end-user' | 'internal', text: string, badge = false) => `
  <article data-test-id="omni-log-comment-item">${badge ? '<svg data-test-id="omni-log-avatar-badge-AgentBadge"></svg>' : ''}
    ${who ? `<span data-test-id="omni-log-item-sender"><strong>${who}</strong></span>` : ''}
    ${type === 'internal' ? '<div data-test-id="omni-log-internal-note-tag">Internal note</div>' : ''}
    <div data-test-id="omni-log-item-message" type="${type}"><div data-test-id="omni-log-message-content"><p>${text}</p></div></div></article>`;

/** One mounted ticket: `.pane[data-side-conversations-anchor-id]` around the grid (greasyfork 377063, support-toolkit). */
const awPane = (id: string, subject: string, log: string, hidden: boolean) => `
  <div class="pane is_viewing_ticket" data-side-conversations-anchor-id="${id}"${hidden ? ' style="display: none"' : ''}>
    <div class="ticket-panes-grid-layout" data-test-id="ticket-${id}-custom-layout">
      <input data-test-id="omni-header-subject" value="${subject}">
      <div data-test-id="omni-log-container" role="log">${log}</div>
      <div data-test-id="ticket-system-field-requester-select"><label>Requester</label><div data-garden-id="dropdowns.combobox.value">Ana Lima</div></div>
    </div></div>`;

const threePanes = [
  awPane('701', 'Invoice shows wrong VAT number', awComment('Ana Lima', 'end-user', 'VAT number is wrong.'), true),
  awPane('702', 'Export to CSV drops accents', awComment('Ana Lima', 'end-user', 'Accents are lost.'), true),
  awPane('710', 'Scanner logs out every hour', awComment('Ana Lima', 'end-user', 'We are logged out hourly.'), false),
].join('');
const tabs = `<a data-test-id="header-tab" data-entity-type="TICKET_ENTITY_TYPE" data-entity-id="710" data-entity-is-selected="true"><span data-test-id="header-tab-title">Scanner</span></a>`;

describe('zendesk Agent Workspace: a `.workspace` element that is not one ticket pane', () => {
  it('the header strip carrying the class (no subject, no comment) is passed over for the ticket panes', () => {
    const t = zd(`<header data-test-id="header-toolbar" class="workspace"><nav>${tabs}</nav></header><main>${threePanes}</main>`);
    expect([t.ticketId, t.subject, t.messages.map((m) => m.text)]).toEqual(['710', 'Scanner logs out every hour', ['We are logged out hourly.']]);
  });

  it('a `.workspace` wrapping the tabs and every mounted ticket (LAURA `.workspace > header`) is no pane either', () => {
    const t = zd(`<div class="workspace"><header>${tabs}</header>${threePanes}</div>`);
    expect([t.ticketId, t.subject, t.messages.length]).toEqual(['710', 'Scanner logs out every hour', 1]);
  });
});

const onePane = (log: string) => `<header>${tabs}</header><main>${awPane('710', 'Parcel marked delivered', log, false)}</main>`;
const roles = (html: string) => zd(html).messages.map((m) => [m.author.role, m.author.name ?? null, !!m.internal]);

describe('zendesk Agent Workspace: event rows of the log are system rows (held-out README: "transfer/join/status events")', () => {
  it('a row between comments that is no comment item (whatever its hook) is read in its place, no author', () => {
    const log = [
      awComment('Ana Lima', 'end-user', 'Where is my parcel?'),
      '<div data-test-id="omni-log-conversation-event" role="listitem"><span>Conversation transferred to Tier 2</span> <time datetime="2026-11-12T10:07:00Z">10:07</time></div>',
      '<div class="some-event"><span>Mara Lindgren joined the conversation</span></div>',
      awComment('Mara Lindgren', 'agent', 'Mara here, looking now.', true),
    ].join('');
    const t = zd(onePane(log));
    expect(t.messages.map((m) => [m.author.role, m.author.name ?? null, m.text])).toEqual([
      ['customer', 'Ana Lima', 'Where is my parcel?'],
      ['system', null, 'Conversation transferred to Tier 2'],
      ['system', null, 'Mara Lindgren joined the conversation'],
      ['agent', 'Mara Lindgren', 'Mara here, looking now.'],
    ]);
  });

  it('a wrapper of comments, an empty sentinel or a row hidden from screen readers is no event', () => {
    const log = `<div class="wrap">${awComment('Ana Lima', 'end-user', 'Where is my parcel?')}</div>${awComment('Mara Lindgren', 'agent', 'Looking now.', true)}<div data-test-id="convo_log_sentinel_1"></div><div aria-hidden="true">Typing…</div>`;
    expect(zd(onePane(log)).messages.map((m) => m.author.role)).toEqual(['customer', 'agent']);
  });
});

describe('zendesk Agent Workspace: a typed-agent message with no sender of its own continues the run', () => {
  it('no badge on it (no avatar either) does not make it a bot: it is the previous agent\'s', () => {
    const log = [
      awComment('Ana Lima', 'end-user', 'Where is my parcel?'),
      awComment('Mara Lindgren', 'agent', 'Mara here, looking now.', true),
      awComment(null, 'agent', 'The photo shows door 14.'),
      awComment('Acme Bot', 'agent', 'Was this helpful?'),
      awComment(null, 'agent', 'Reply 1 to 5.'),
    ].join('');
    expect(roles(onePane(log))).toEqual([
      ['customer', 'Ana Lima', false],
      ['agent', 'Mara Lindgren', false],
      ['agent', 'Mara Lindgren', false],
      ['bot', 'Acme Bot', false],
      ['bot', 'Acme Bot', false],
    ]);
  });
});

describe('zendesk classic: audit rows of the event list (newest first) are system rows, not internal notes', () => {
  it('`.event` with no author and no comment body, beside `.event.is-public` comments and an `.event.is-private` note', () => {
    const ev = (cls: string, who: string | null, text: string, at: string) =>
      `<div class="event ${cls}">${who ? `<div class="header"><span class="actor"><a class="name">${who}</a></span><time datetime="${at}">x</time></div><div class="comment zd-comment"><p>${text}</p></div>` : `<div class="audit-line"><span>${text}</span></div>`}</div>`;
    const page = `<div id="main_panes"><div class="workspace" data-ticket-id="710" style="display: block;">
      <div class="pane_header"><input name="subject" value="Doppelte Abbuchung"></div>
      <div class="property requester"><label>Requester</label><span>Sabine Krüger</span></div>
      <div class="event-container">${[
        ev('is-public', 'Katrin Vogt', 'Die Gutschrift dauert drei Tage.', '2026-10-16T08:00:00Z'),
        ev('audit', null, 'Status changed from Open to Pending by Katrin Vogt', ''),
        ev('is-private', 'Katrin Vogt', 'Zwei Buchungen mit derselben Referenz.', '2026-10-12T08:00:00Z'),
        ev('audit', null, 'Trigger Neue Anfrage bestätigen: email notification sent', ''),
        ev('is-public', 'Sabine Krüger', 'Mein Beitrag wurde zweimal abgebucht.', '2026-10-10T08:00:00Z'),
      ].join('')}</div></div></div>`;
    expect(zd(page).messages.map((m) => [m.author.role, m.author.name ?? null, !!m.internal])).toEqual([
      ['customer', 'Sabine Krüger', false],
      ['system', null, false],
      ['agent', 'Katrin Vogt', true],
      ['system', null, false],
      ['agent', 'Katrin Vogt', false],
    ]);
  });
});

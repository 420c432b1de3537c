// General Zendesk and Intercom rules learnt from blind batches 15 and 16 (independent resamples by new writers, each
// doing their own public research): each test is a small page in the shape the batches' SOURCES.md describe (not a
// copy of a batch page), read by the built-in adapter, and each failed on the adapter before it learnt the rule.
import { describe, expect, it } from 'vitest';
import { intercomAdapter } from '../../../adapters/intercom';
import { zendeskAdapter } from '../../../adapters/zendesk';
import { parseHtml } from './helpers';

const ZD = 'https://acme.zendesk.com/agent/tickets/710';
const zd = (html: string) => zendeskAdapter.readTicket(parseHtml(html), ZD)!;

/** An Agent Workspace comment (`omni-log-comment-item`, `omni-log-item-message` typed, sender, content). */
const awComment = (who: string, type: 'agent' | 'end-user', text: string, extra = '') => `
  <article data-test-id="omni-log-comment-item"><div mode="standalone" type="${type}" data-test-id="omni-log-item-message">
    <span data-test-id="omni-log-item-sender"><a href="/agent/users/1"><strong>${who}</strong></a></span>${extra}
    <div data-test-id="omni-log-message-content"><div class="zd-comment"><p>${text}</p></div></div></div></article>`;

/** An Agent Workspace pane with no status field or badge: only the composer's "Submit as <status>" button. */
const awPage = (comments: string, submit: string) => `
  <div data-test-id="ticket-710" data-ticket-id="710" data-is-active="true" data-side-conversations-anchor-id="710">
    <section data-test-id="ticket-app-layout-main-pane"><input aria-label="Subject" value="Supplier portal access">
    <div data-test-id="omni-log-container">${comments}</div>
    <footer><div data-garden-id="buttons.button_group_view"><button data-test-id="submit_button-button">${submit}</button>
      <button data-test-id="submit_button-menu-button" aria-label="Select status">▾</button></div></footer></section></div>`;

const oneComment = awComment('Mateus Conceição', 'end-user', 'Please enable portal access.');

describe('zendesk Agent Workspace: the status the submit button names', () => {
  it('"Submit as <span>Pending</span>": the element holding the status word', () => {
    expect(zd(awPage(oneComment, 'Submit as <span data-test-id="ticket-status-label">Pending</span>')).status?.toLowerCase()).toBe('pending');
  });

  it('translated ("Enviar como <span>Resuelto</span>")', () => {
    expect(zd(awPage(oneComment, 'Enviar como <span>Resuelto</span>')).status).toBe('solved');
  });

  it('the <strong> form still reads ("<div><span>Submit as <strong>Open</strong></span></div>")', () => {
    expect(zd(awPage(oneComment, '<div><span>Submit as <strong>Open</strong></span></div>')).status?.toLowerCase()).toBe('open');
  });
});

describe('zendesk Agent Workspace: an internal note marked by its header line', () => {
  it('`omni-log-internal-note-header` ("Internal note") inside the comment marks it internal', () => {
    const note = awComment('Elif Yılmaz', 'agent', 'Caller verified with PIN.', '<div data-test-id="omni-log-internal-note-header">Internal note</div>');
    const reply = awComment('Elif Yılmaz', 'agent', 'Please send the signed agreement.');
    const t = zd(awPage(note + oneComment + reply, 'Submit as <strong>Open</strong>'));
    expect(t.messages.map((m) => [m.author.role, !!m.internal])).toEqual([
      ['agent', true],
      ['customer', false],
      ['agent', false],
    ]);
  });
});

const IC = 'https://app.intercom.com/a/apps/ab12cd34/inbox/inbox/4471203/conversations/9100';
const ic = (html: string) => intercomAdapter.readTicket(parseHtml(html), IC)!;
/** The 2021 conversation card (toggl intercom.js: `[data-intercom-target="conversation-card-header"]`,
 *  `.conversation__card__title__text`), Ember stream groups (`o__for-user`, `o__for-admin`), `title` the title's
 *  markup. */
const icCard = (title: string, groups: string) => `
  <div class="card conversation__card" data-conversation-id="9100">
    <div data-intercom-target="conversation-card-header"><div class="conversation__card__title__text">${title}</div></div>
    <div class="ember-view conversation__stream">${groups}</div></div>`;
const icGroup = (side: 'user' | 'admin', who: string, parts: string[]) =>
  `<div class="conversation__part-group o__for-${side}"><div class="conversation__part-group__author"><a href="/a/apps/ab12cd34/${side === 'user' ? 'users' : 'admins'}/1">${who}</a></div>${parts
    .map((p, i) => `<div class="conversation__part o__for-${side}"><div class="conversation__part__body">${p}</div><time datetime="2024-04-10T0${i}:00:00Z">Apr 10</time></div>`)
    .join('')}</div>`;
const mateo = icGroup('user', 'Mateo Rossi', ['<p>Please change the invoice address.</p>']) + icGroup('admin', 'Sofia Andersson', ['<p>Done.</p>']);

describe('intercom: the card title is a title, not the contact, when most of its words are not the contact\'s name', () => {
  it("an e-mail's title naming the customer's company (\"Invoice address for Rossi Costruzioni\", customer Mateo Rossi)", () => {
    const t = ic(icCard('Invoice address for Rossi Costruzioni', mateo));
    expect([t.subject, t.requester.name]).toEqual(['Invoice address for Rossi Costruzioni', 'Mateo Rossi']);
  });

  it('a title that is the name (or part of it) is still the contact, not a subject', () => {
    expect([ic(icCard('Mateo Rossi', mateo)).subject, ic(icCard('Mateo Rossi', mateo)).requester.name]).toEqual(['', 'Mateo Rossi']);
    expect(ic(icCard('Ms. Rossi', mateo)).requester.name).toBe('Ms. Rossi');
  });
});

describe("intercom: a card title holding a title and a subtitle is read by its first line", () => {
  it('a ticket\'s title above "Ticket #7702 · Lars Nilsson"', () => {
    const t = ic(icCard('<h1>SSO login loop after IdP certificate rotation</h1><span>Ticket #7702 · Lars Nilsson</span>', icGroup('user', 'Lars Nilsson', ['<p>Login loop since this morning.</p>'])));
    expect([t.subject, t.requester.name]).toEqual(['SSO login loop after IdP certificate rotation', 'Lars Nilsson']);
  });

  it('the contact\'s name above "Messenger · Lagos" is the contact, no subject', () => {
    const t = ic(icCard('<h1>Olumide Adeyemi</h1><span>Messenger · Lagos</span>', icGroup('user', 'Olumide Adeyemi', ['<p>Can I get an invoice?</p>'])));
    expect([t.subject, t.requester.name]).toEqual(['', 'Olumide Adeyemi']);
  });
});

describe('intercom: a part holding only an attachment link that shows a picture is a message', () => {
  it('the Ember part `.conversation__part__attachment` with `<a><img alt="receipt.png"></a>` reads as the file, in its turn', () => {
    const t = ic(icCard('Björn Eriksson', icGroup('user', 'Björn Eriksson', [
      '<div class="conversation__part__attachment"><a href="https://downloads.intercomcdn.com/i/o/receipt.png"><img alt="receipt.png" src="data:,"></a></div>',
      '<p>this receipt was never refunded</p>',
    ])));
    expect(t.messages.map((m) => [m.author.name, m.text])).toEqual([
      ['Björn Eriksson', 'receipt.png'],
      ['Björn Eriksson', 'this receipt was never refunded'],
    ]);
  });
});

describe("intercom: a part whose own class names it a note, in any spelling, is a teammate's note", () => {
  const page = (cls: string) => `<section data-conversation-id="9100"><header data-intercom-target="conversation-card-header"><div class="conversation__card__title__text"><h1>Lars Nilsson</h1></div></header>
    <div data-conversation-stream>
      <div data-part-group-category="user"><span data-test-author-name>Lars Nilsson</span><div class="conversation-part" data-part-id="q1"><div class="part-body"><p>Login loop since this morning.</p></div></div></div>
      <div data-part-group-category="teammate"><span data-test-author-name>Erik Johansson</span><div class="conversation-part ${cls}" data-part-id="q2"><div class="part-body"><p>Customer is on the legacy SAML config.</p></div></div></div>
    </div></section>`;
  it('`conversation-part is-note` in a teammate group is internal', () => {
    expect(ic(page('is-note')).messages.map((m) => [m.author.role, !!m.internal])).toEqual([['customer', false], ['agent', true]]);
  });
  it('the BEM `conversation__part--note` still is, and a plain teammate part is not', () => {
    expect(ic(page('conversation__part--note')).messages[1].internal).toBe(true);
    expect(!!ic(page('')).messages[1].internal).toBe(false);
  });
});

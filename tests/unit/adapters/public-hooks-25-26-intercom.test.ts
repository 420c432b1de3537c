// General Intercom rules learnt from public-tuning-25 and -26 (blind batches: translated inbox UIs, e-mail subjects inside
// the first part, Ember-era cards, the List view). Each test is a small page in that shape (not a copy of the set's pages), read by
// the built-in adapter, and each failed on the adapter before it learnt the rule.
import { describe, expect, it } from 'vitest';
import { intercomAdapter } from '../../../adapters/intercom';
import { parseHtml } from './helpers';

const IC = 'https://app.intercom.com/a/inbox/ab12cd34/inbox/conversation/7701';
const ic = (html: string) => intercomAdapter.readTicket(parseHtml(html), IC)!;

const group = (id: number, category: string, who: string, body: string) =>
  `<div data-part-group-id="g${id}" data-part-group-category="${category}"><div data-part-entity-id="${id}"><div class="interblocks-html"><p>${body}</p></div></div>
   <div class="inbox2__part-group-meta"><span>${who}</span></div></div>`;
const event = (id: number, text: string) => `<div class="inbox2__event-part" data-part-entity-id="${id}"><span>${text}</span> <time datetime="2026-12-07T08:18:00Z">35 min</time></div>`;

describe('intercom (tuning-25): an event row in a stream of groups, in no group itself', () => {
  it('is a system message in its place', () => {
    const t = ic(`<div data-conversation-stream>${group(1, '1', 'Sanne de Vries', 'De resetlink werkt niet.')}${event(2, 'Fin heeft het gesprek overgedragen aan Support NL')}
      ${group(3, '3', 'Bram Jansen', 'Ik stuur een nieuwe link.')}${event(4, 'Bram Jansen heeft het gesprek gesloten')}</div>`);
    expect(t.messages.map((m) => [m.author.role, m.author.name ?? null, m.text.slice(0, 20)])).toEqual([
      ['customer', 'Sanne de Vries', 'De resetlink werkt n'],
      ['system', null, 'Fin heeft het gespre'],
      ['agent', 'Bram Jansen', 'Ik stuur een nieuwe '],
      ['system', null, 'Bram Jansen heeft he'],
    ]);
  });

  // (a guard, passing before as after: the event-row rule must not take a stream of ungrouped wrappers for events)
  it('a stream of part wrappers with no groups keeps reading its parts, not only the wrappers', () => {
    const t = ic(`<div data-conversation-stream><div data-part-entity-id="1" data-author-type="user"><div data-part-id="1-0"><p>Hola</p></div></div>
      <div data-part-entity-id="2" data-author-type="admin"><div data-part-id="2-0"><p>Buenas</p></div></div></div>`);
    expect(t.messages.map((m) => m.text)).toEqual(['Hola', 'Buenas']);
  });
});

describe('intercom (tuning-25): the contact in a translated UI', () => {
  it("the details sidebar's user section by its product-tour target gives the e-mail, whatever its labels say", () => {
    const t = ic(`<div data-conversation-stream>${group(1, '1', 'נועה ברק', 'שלום')}</div>
      <aside class="inbox2__conversation-details-sidebar"><section class="accordion-new__section" data-intercom-target="user-details"><h3>נתוני משתמש</h3>
      <div class="flex flex-row"><p class="inbox2__attribute__label">אימייל</p><div class="popover__opener"><span class="ml-2">noa.barak@example.com</span></div></div></section></aside>`);
    expect(t.requester?.email).toBe('noa.barak@example.com');
  });

  it("the 2019 Ember sidebar's rows keyed by attribute give name and e-mail", () => {
    const t = ic(`<div class="conversation__stream"><div class="conversation__part o__user ember-view"><div class="conversation__text"><p>Non ricevo le notifiche.</p></div></div></div>
      <div class="profile-sidebar-section__regular-padding"><div class="profile__attribute" data-key="name"><span class="attribute__label">Nome completo</span> <span class="t__solo-link">Lorenzo Guidi</span></div>
      <div class="profile__attribute" data-key="email"><span class="attribute__label">Posta elettronica</span> <span class="t__solo-link">lorenzo.guidi@example.org</span></div></div>`);
    expect([t.requester?.name, t.requester?.email]).toEqual(['Lorenzo Guidi', 'lorenzo.guidi@example.org']);
  });
});

describe('intercom (tuning-25): an e-mail subject labelled in the UI language', () => {
  const mail = (label: string, subject: string) =>
    `<div data-conversation-stream><div data-part-group-id="g1" data-part-group-category="1"><div data-part-entity-id="1"><div class="inbox2__user-email-part">
      <div class="channels__inbox__email-metadata-container"><div><span>De:</span><span>Larissa &lt;larissa@example.com&gt;</span></div><div><span>${label}</span><span>${subject}</span></div></div>
      <div class="interblocks-html"><p>Fomos cobrados duas vezes.</p></div></div></div></div></div>`;
  it.each([
    ['Assunto:', 'Cobrança duplicada'],
    ['Asunto:', 'Baja de dos usuarios'],
    ['נושא:', 'חשבונית כפולה'],
    ['Subject', 'Invoices older than a year'],
  ])('%s', (label, subject) => {
    expect(ic(mail(label, subject)).subject).toBe(subject);
  });
  it('a line whose label is not a subject word gives none', () => {
    expect(ic(mail('Para:', 'support@acme.example.com')).subject).toBe('');
  });
});

describe('intercom (tuning-25): the Ember composer wrapping its editor', () => {
  it('finds the editable inside `.composer-inbox`', () => {
    const doc = parseHtml(`<div class="conversation__stream"><div class="conversation__part o__user ember-view"><div class="conversation__text"><p>Hi</p></div></div></div>
      <div class="conversation__card__content-expanded__controls"><div class="composer-inbox"><div class="composer-inbox__editor" contenteditable="true" role="textbox"><p><br></p></div></div></div>`);
    expect(intercomAdapter.findEditor(doc)?.className).toBe('composer-inbox__editor');
  });
});

describe('intercom (tuning-26): the List view, its rows carrying conversation ids above a stream that carries none', () => {
  it('reads the open thread, not the first list row', () => {
    const row = (id: string, who: string, selected = '') => `<tr class="inbox2__list-view-row"${selected} data-conversation-id="${id}"><td>${who}</td><td>Preview</td></tr>`;
    const part = (inner: string) => `<div data-intercom-target="conversation-stream-content-part"><div class="intercom-interblocks"><div class="intercom-interblocks-html">${inner}</div></div></div>`;
    const t = ic(`<table><tbody>${row('7001', 'Other Customer')}${row('7701', 'Marguerite Oyelaran', ' aria-selected="true"')}</tbody></table>
      <div class="inbox2__conversation-page"><div data-conversation-stream>${part('<p>The export is empty.</p>')}
      <div data-intercom-target="conversation-stream-content-part"><span data-testid="admin-avatar-name">Felix Brandauer</span><div class="intercom-interblocks"><p>Looking now.</p></div></div></div></div>`);
    expect(t.messages.map((m) => [m.author.role, m.author.name ?? null, m.text])).toEqual([
      ['customer', null, 'The export is empty.'],
      ['agent', 'Felix Brandauer', 'Looking now.'],
    ]);
  });
});

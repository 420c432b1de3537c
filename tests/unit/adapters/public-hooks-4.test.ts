// General rules learnt from tuning batch 4 (tests/fixtures/public-tuning-4/, written blind): each test is a small page
// in the shape the batch's SOURCES.md describes, read by the built-in adapter, and each failed on the adapters before
// they learnt the rule (the rules are generic: no page of the batch is named in the code).
import { describe, expect, it } from 'vitest';
import { intercomAdapter } from '../../../adapters/intercom';
import { pickAdapter } from '../../../adapters';
import { parseHtml } from './helpers';

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

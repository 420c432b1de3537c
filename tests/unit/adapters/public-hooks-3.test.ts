// General rules learnt from tuning batch 3 (tests/fixtures/public-tuning-3/, written blind): each test is a small page
// in the shape the batch's SOURCES.md describes, read by the built-in adapter, and each failed on the adapters before
// they learnt the rule (the rules are generic: no page of the batch is named in the code).
import { describe, expect, it } from 'vitest';
import { freshdeskAdapter } from '../../../adapters/freshdesk';
import { intercomAdapter } from '../../../adapters/intercom';
import { zendeskAdapter } from '../../../adapters/zendesk';
import { findThreadByStructure, readStructuralMessages } from '../../../adapters/shared/structure';
import { parseHtml } from './helpers';

const ZD = (id: string) => `https://acme.zendesk.com/agent/tickets/${id}`;
const IC = (id: string) => `https://app.intercom.com/a/inbox/abc/inbox/conversation/${id}`;

/** One Agent Workspace comment whose message content is `body` (SOURCES.md: `omni-log-message-content`). */
const zdComment = (who: string, body: string, at: string, type: string) =>
  `<article data-test-id="omni-log-comment-item"><figure data-test-id="omni-log-base-avatar"><img alt="Avatar" src="data:,"></figure>
   <span data-test-id="omni-log-item-sender"><strong>${who}</strong></span><time datetime="2026-05-0${at}T10:00:00Z">May ${at}</time>
   <div data-test-id="omni-log-item-message" type="${type}"><div data-test-id="omni-log-message-content"><div class="zd-comment">${body}</div></div></div></article>`;

/** One Intercom part group (`data-part-group-category`, avatar `aria-label`: public/SOURCES.md). */
const icGroup = (category: string, who: string, body: string) =>
  `<div data-part-group-id="g${category}${who.length}" data-part-group-category="${category}"><div class="inbox2__avatar" role="img" aria-label="${who}"></div>
   <div class="inbox2__conversation-part" data-part-id="p${category}${who.length}"><div class="interblocks-html">${body}</div></div></div>`;

describe('messages with no words, only an image', () => {
  const photo = '<figure><a href="https://example.com/attachments/1"><img alt="" src="data:," width="240" height="320"></a></figure>';

  it('zendesk: an image-only comment is a message in its author\'s turn (the avatar outside the body does not count)', () => {
    const doc = parseHtml(`<div data-test-id="ticket-system-field-requester-select">Lucía Fernández</div>
      <input data-test-id="omni-header-subject" value="Broken zip"><div role="log">
      ${zdComment('Lucía Fernández', '<p>The zip arrived broken.</p>', '1', 'end-user')}${zdComment('Marta Ruiz', '<p>Can you send a photo?</p>', '2', 'agent')}
      ${zdComment('Lucía Fernández', photo, '3', 'end-user')}${zdComment('Marta Ruiz', '<p>Thanks, a new one is on its way.</p>', '4', 'agent')}</div>`);
    const t = zendeskAdapter.readTicket(doc, ZD('58'))!;
    expect(t.messages.map((m) => [m.author.name, m.author.role, m.text])).toEqual([
      ['Lucía Fernández', 'customer', 'The zip arrived broken.'],
      ['Marta Ruiz', 'agent', 'Can you send a photo?'],
      ['Lucía Fernández', 'customer', '[image]'],
      ['Marta Ruiz', 'agent', 'Thanks, a new one is on its way.'],
    ]);
  });

  it('intercom: an image part keeps its place; a hidden icon is no image', () => {
    const doc = parseHtml(`<div data-conversation-stream>${icGroup('1', 'Lea Novak', '<img alt="Screenshot of the error" src="data:,">')}
      ${icGroup('3', 'Tomás Herrera', '<p>Thanks for the screenshot.</p>')}${icGroup('5', 'Operator', '<img aria-hidden="true" src="data:,">')}</div>`);
    const t = intercomAdapter.readTicket(doc, IC('83'))!;
    expect(t.messages.map((m) => [m.author.role, m.text])).toEqual([
      ['customer', '[image]'],
      ['agent', 'Thanks for the screenshot.'],
    ]);
  });

  // tuning-9 (an Arabic Inbox 2 page): a part of one screenshot with no body class, the whole part read as its body;
  // an avatar image inside the part is the author's face, not what they sent.
  it('intercom: a part with only an image and no body class keeps its place; an avatar image in a part is no image', () => {
    const part = (id: string, inner: string) => `<div class="inbox2__conversation-part" data-part-id="${id}">${inner}</div>`;
    const doc = parseHtml(`<div data-conversation-stream>
      <div data-part-group-id="g1" data-part-group-category="1">${part('a', '<p>The upload fails.</p>')}${part('b', '<div class="inbox2__image-part"><img alt="" src="data:," width="320"></div>')}
        <span class="inbox2__part-group-author">Yousef Harbi</span></div>
      <div data-part-group-id="g2" data-part-group-category="3">${part('c', '<p>Please compress it.</p>')}<span class="inbox2__part-group-author">Nadia Rahman</span></div>
      <div data-part-group-id="g3" data-part-group-category="1">${part('d', '<span class="inbox2__avatar"><img src="data:,"></span>')}<span class="inbox2__part-group-author">Yousef Harbi</span></div></div>`);
    const t = intercomAdapter.readTicket(doc, IC('84'))!;
    expect(t.messages.map((m) => [m.author.name, m.author.role, m.text])).toEqual([
      ['Yousef Harbi', 'customer', 'The upload fails.'],
      ['Yousef Harbi', 'customer', '[image]'],
      ['Nadia Rahman', 'agent', 'Please compress it.'],
    ]);
  });
});

describe('the reply editor the agent can see', () => {
  // Freshdesk classic keeps its reply, note and forward forms mounted, one Redactor editor each, and shows the open
  // one (`.request_panel form[data-cnt-id]`: tuning-3 SOURCES.md, toggl freshdesk.js).
  const panel = (cnt: string, shown: boolean) =>
    `<div class="request_panel" id="${cnt}"${shown ? '' : ' style="display:none"'}><form data-cnt-id="${cnt}"><textarea id="${cnt}-body"></textarea>
     <div class="redactor_box"><div class="redactor_editor redactor_editor_${cnt}" contenteditable="true"><p>\u200b</p></div></div></form></div>`;
  const page = (open: string) =>
    parseHtml(`<div id="Pagearea"><h2 class="subject">Delivery note</h2>${['cnt-reply', 'cnt-note', 'cnt-fwd'].map((c) => panel(c, c === open)).join('')}</div>`);

  it('freshdesk: the open form\'s editor, not the first mounted one', () => {
    expect(freshdeskAdapter.findEditor(page('cnt-note'))?.className).toContain('redactor_editor_cnt-note');
    expect(freshdeskAdapter.findEditor(page('cnt-fwd'))?.className).toContain('redactor_editor_cnt-fwd');
  });

  it('with every form hidden, the first match still (insertion then says the editor is hidden)', () => {
    expect(freshdeskAdapter.findEditor(page('none'))?.className).toContain('redactor_editor_cnt-reply');
  });

  it('intercom and zendesk: a hidden composer earlier in the page does not win over the shown one', () => {
    const ic = parseHtml(`<div hidden><div class="ProseMirror embercom-prosemirror-composer-editor" contenteditable="true" id="old"></div></div>
      <div class="ProseMirror embercom-prosemirror-composer-editor" contenteditable="true" id="live"></div>`);
    expect(intercomAdapter.findEditor(ic)?.id).toBe('live');
    // (Zendesk: the plain-text comment box stays mounted and hidden while the rich editor is shown)
    const zd = parseHtml(`<div class="comment_input" style="display: none"><textarea id="plain"></textarea></div>
      <div data-test-id="ticket-rich-text-editor"><div contenteditable="true" role="textbox" id="rich"></div></div>`);
    expect(zendeskAdapter.findEditor(zd)?.id).toBe('rich');
  });
});

describe('agent UIs in other languages', () => {
  it('intercom: the contact panel labels the address "E-Mail" (German); the state badge "Offen" is open', () => {
    const doc = parseHtml(`<div class="inbox2__conversation-header"><span data-inbox-conversation-header-title>Felix Hartmann</span>
      <span class="inbox2__conversation-state">Offen</span></div>
      <div data-conversation-stream>${icGroup('1', 'Felix Hartmann', '<p>Der Kündigen-Button ist grau.</p>')}</div>
      <aside class="inbox2__conversation-details-sidebar"><div><span>Name</span><span>Felix Hartmann</span></div>
      <div><span>E-Mail</span><span>felix.hartmann@example.com</span></div></aside>`);
    const t = intercomAdapter.readTicket(doc, IC('91'))!;
    expect(t.requester).toEqual({ name: 'Felix Hartmann', email: 'felix.hartmann@example.com' });
    expect(t.status).toBe('open');
  });

  it('zendesk: a translated priority is the API value; a status badge already names it; unknown words stay as shown', () => {
    const page = (priority: string, status: string) =>
      parseHtml(`<input data-test-id="omni-header-subject" value="Jacke"><div role="log">${zdComment('Lucía', '<p>Hola, la cremallera está rota.</p>', '1', 'end-user')}</div>
        <div data-test-id="ticket-fields-priority-select">${priority}</div>${status}`);
    expect(zendeskAdapter.readTicket(page('Hoch', '<span data-test-id="status-badge-hold">En espera</span>'), ZD('58'))).toMatchObject({ priority: 'high', status: 'hold' });
    expect(zendeskAdapter.readTicket(page('Baja', ''), ZD('58'))!.priority).toBe('low');
    expect(zendeskAdapter.readTicket(page('Alta', '<span data-test-id="ticket-fields-status-view">En espera</span>'), ZD('58'))).toMatchObject({ priority: 'high', status: 'hold' });
    expect(zendeskAdapter.readTicket(page('P2 – Wichtig', ''), ZD('58'))!.priority).toBe('P2 – Wichtig');
  });

  it('freshdesk: "Gelöst" is resolved (Freshdesk\'s word, where Zendesk\'s is solved); "Mittel" is medium', () => {
    const doc = parseHtml(`<h2 class="ticket-subject-heading">Lieferschein</h2><div class="ticket-details__item ticket-details__requestor">
      <span data-test-id="user-name" class="user-name">Jana Lenz</span><div class="text__content"><p>Position 3 fehlt.</p></div></div>
      <div class="ticket-properties__field" data-test-id="tkt-properties-status"><label class="field-label">Status</label><span class="ember-power-select-selected-item">Gelöst</span></div>
      <div class="ticket-properties__field" data-test-id="priority"><label class="field-label">Priorität</label><span class="ember-power-select-selected-item">Mittel</span></div>`);
    expect(freshdeskAdapter.readTicket(doc, 'https://acme.freshdesk.com/a/tickets/44')).toMatchObject({ status: 'resolved', priority: 'medium' });
  });
});

describe('intercom: groups whose hooks were renamed (public/misleading/intercom-renamed-thread shape)', () => {
  // Parts keep `data-part-id`; the group around them lost `data-part-group-*` and its author hooks. Each part's row
  // (its ancestor just below the stream) still shows the author (avatar label, or the name on the time line) and says
  // its kind in its own attributes.
  const row = (kind: string, avatar: string, meta: string, part: string) =>
    `<div data-msg-cluster="1" data-cluster-kind="${kind}" class="flex flex-row"><div class="x-avatar"${avatar}></div><div class="flex flex-col">${part}${meta}</div></div>`;
  const part = (id: string, text: string) => `<div class="cluster/msg-part" data-part-id="${id}"><div class="interblocks-html"><p>${text}</p></div></div>`;
  const meta = (who: string, at: string) => `<div class="x-meta"><span class="font-semibold">${who}</span><span>·</span><time datetime="2024-05-21T07:${at}:00Z">7:${at}am</time></div>`;
  const page = (rows: string) => parseHtml(`<span data-thread-title>Kwame Mensah</span><div class="x-thread-viewport">${rows}</div>
    <div data-conversation-reply-composer><div class="ProseMirror" contenteditable="true"></div></div>`);
  const doc = page(
    row('customer', '', meta('Kwame Mensah', '40'), part('1', 'Our CSV export stops at 10,000 rows.')) +
      row('bot', ' role="img" aria-label="Fin"', meta('Fin', '41'), part('2', 'Exports are limited to 10,000 rows.')) +
      `<div data-msg-cluster="3" data-cluster-kind="system" class="flex justify-center"><div class="cluster/msg-part" data-part-id="3"><span class="x-event">Fin handed the conversation over</span><time datetime="2024-05-21T07:42:05Z">7:42</time></div></div>` +
      row('agent', ' role="img" aria-label="Sven Olsen"', meta('Sven Olsen', '55'), part('4', 'I have enabled scheduled exports.')),
  );
  const t = intercomAdapter.readTicket(doc, IC('215'))!;

  it('reads each part\'s author from its row and its role from the row\'s own words', () => {
    expect(t.messages.map((m) => [m.author.role, m.author.name ?? null])).toEqual([
      ['customer', 'Kwame Mensah'],
      ['bot', 'Fin'],
      ['system', null],
      ['agent', 'Sven Olsen'],
    ]);
  });

  it('says it read them by layout; a page with its group hooks does not', () => {
    expect(intercomAdapter.readByLayout?.(doc)).toBe(true);
    const hooked = parseHtml(`<div data-conversation-stream>${icGroup('1', 'Lea Novak', '<p>Hello there, my app crashes.</p>')}</div>`);
    intercomAdapter.readTicket(hooked, IC('83'));
    expect(intercomAdapter.readByLayout?.(hooked)).toBe(false);
  });
});

describe('structure: page furniture that outweighs the thread', () => {
  // A Mint ticket page whose item hooks were renamed (tuning-3 shapes): the page's own columns (header, a long
  // properties panel, a help text) are same-shaped blocks with more text than the thread, but show no time.
  const long = (words: string) => `<p>${`${words} `.repeat(12)}</p>`;
  const item = (who: string, text: string, at: string) =>
    `<div data-x="n${at}"><span class="user-name">${who}</span><time datetime="2026-12-05T12:${at}:00Z">12:${at}</time><div class="x-text"><p>${text}</p></div></div>`;
  const html = `<div class="page"><div class="col">${long('Ticket properties and SLA policy details')}</div><div class="col">${long('Contact details, company and recent tickets')}</div>
    <div class="col"><div class="x-list">${item('Amelia Clarke', 'My gift card was already redeemed, I never used it!', '00')}${item('Ruben Alves', 'Note to self: possible fraud, check with Payments.', '23')}${item('Ruben Alves', 'Payments confirm the fraud; card to be reissued.', '46')}</div>
    <div class="composer"><div contenteditable="true"></div></div></div></div>`;

  it('the thread is found: a group without times is never the best candidate', () => {
    const found = findThreadByStructure(parseHtml(html));
    expect(found?.container.className).toBe('x-list');
    expect(found?.blocks).toHaveLength(3);
  });

  it('a structural read takes the name, not the line around it (Mint: `.sender-info` holds the user-name and the verb)', () => {
    const block = (who: string, verb: string, text: string, at: string) =>
      `<div data-y="${at}"><span class="sender-info"><span data-test-id="user-name" class="user-name">${who}</span> <span>${verb}</span></span><time datetime="2026-12-05T12:${at}:00Z">12:${at}</time><p>${text}</p></div>`;
    const doc = parseHtml(`<div class="x">${block('Amelia Clarke', 'reported via email', 'My gift card was already redeemed.', '00')}${block('Ruben Alves', 'replied', 'We are checking it with Payments.', '10')}</div><div contenteditable="true"></div>`);
    expect(readStructuralMessages(findThreadByStructure(doc)!.blocks, 'Amelia Clarke').map((m) => [m.author.name, m.author.role])).toEqual([
      ['Amelia Clarke', 'customer'],
      ['Ruben Alves', 'agent'],
    ]);
  });

  it('who wrote a block: the wrappers it is made of count, record ids do not (Mint: data-album="note_<id>" on every reply)', () => {
    const block = (album: string, cls: string, who: string, text: string, at: string) =>
      `<div data-x="${album}" class="ember-view"><div class="${cls}"><span class="user-name">${who}</span><time datetime="2026-11-26T1${at}:00:00Z">1${at}:00</time><p>${text}</p></div></div>`;
    const doc = parseHtml(`<div class="x">${block('description', 'x-item x-requestor', 'Élodie Lambert', 'Labels print twice since yesterday.', '0')}
      ${block('note_9100017', 'x-item', 'Antoine Girard', 'Is automatic copy turned on in Settings?', '1')}
      ${block('note_9100068', 'x-item ticket-details__privatenote', 'Claire Dubois', 'Bug PRN-552 opened for release 5.4.', '2')}</div><div contenteditable="true"></div>`);
    expect(readStructuralMessages(findThreadByStructure(doc)!.blocks, 'Élodie Lambert').map((m) => [m.author.role, !!m.internal])).toEqual([
      ['customer', false],
      ['agent', false],
      ['agent', true],
    ]);
  });

  it('freshdesk reads it when its item hooks are gone', () => {
    const t = freshdeskAdapter.readTicket(parseHtml(`<h2 class="ticket-subject-heading">Gift card</h2>${html}`), 'https://acme.freshdesk.com/a/tickets/52')!;
    expect(t.messages.map((m) => m.author.name)).toEqual(['Amelia Clarke', 'Ruben Alves', 'Ruben Alves']);
  });
});

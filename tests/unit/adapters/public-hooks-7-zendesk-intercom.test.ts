// General rules learnt from tuning batches 7 (ticket properties in every form) and 8 (an independent resample, a
// new writer's reading of the public evidence), for Zendesk and Intercom: each test is a small page in the shape the
// batches' SOURCES.md describe, read by the built-in adapter, and each failed on the adapters before they learnt
// the rule (the rules are generic: no page of the batches is named in the code).
import { describe, expect, it } from 'vitest';
import { intercomAdapter } from '../../../adapters/intercom';
import { zendeskAdapter } from '../../../adapters/zendesk';
import { parseHtml } from './helpers';

const ZD = (id: string) => `https://acme.zendesk.com/agent/tickets/${id}`;
const IC = (id: string) => `https://app.intercom.com/a/inbox/abc/inbox/conversation/${id}`;

/** An Agent Workspace comment: sender line (with extra badges), typed message, content. */
const zdComment = (id: string, who: string, type: string, text: string, extra = '', attrs = '') =>
  `<article data-test-id="omni-log-comment-item" data-comment-id="${id}" ${attrs}><div class="hdr"><span data-test-id="omni-log-item-sender">` +
  `<a data-test-id="omni-log-comment-user-link" href="/agent/users/1"><strong>${who}</strong></a>${extra}</span>` +
  `<time data-test-id="timestamp-relative" datetime="2026-11-05T10:00:${id.slice(-2)}Z">10:00</time></div>` +
  `<div data-test-id="omni-log-item-message" type="${type}"><div data-test-id="omni-log-message-content"><p>${text}</p></div></div></article>`;

describe('zendesk (tuning batches 7 and 8)', () => {
  // toggl zendesk.js (tuning-8 SOURCES.md Z5): the 2021+ UI's subject is `input[aria-label=Subject]` in the pane
  // carrying data-side-conversations-anchor-id; ZES scripts (Z2) read the sender as `omni-log-item-sender strong`
  // and skip messages with aria-hidden="true".
  const aw = (log: string, context = '') =>
    parseHtml(`<main id="main_panes"><div data-ticket-id="51012" data-side-conversations-anchor-id="51012">
      <div class="subject-row"><input aria-label="Subject" value="API rate limit errors since Monday"></div>
      <div data-test-id="omni-log-container">${log}</div>
      <div data-test-id="ticket-rich-text-editor"><div contenteditable="true" role="textbox"></div></div>
      <aside><div data-test-id="ticket-system-field-requester-select"><label>Requester</label><div>Kwame Mensah</div></div>
      <div data-test-id="ticket-system-field-ccs"><label>CCs</label><span>Ama Owusu &lt;ama@mensah-apps.example.com&gt;</span></div></aside>
      ${context}</div></main>`);

  it('reads the subject from the input labelled "Subject"', () => {
    const t = zendeskAdapter.readTicket(aw(zdComment('9010', 'Kwame Mensah', 'end-user', 'HTTP 429 since Monday')), ZD('51012'))!;
    expect(t.subject).toBe('API rate limit errors since Monday');
  });

  it('names the sender without the badge after the name, and reads a message typed "bot" as the bot\'s', () => {
    const log = zdComment('9030', 'Kwame Mensah', 'end-user', 'my order never arrived') + zdComment('9031', 'Helper', 'bot', 'Your order number?', '<span class="badge">Bot</span>');
    const t = zendeskAdapter.readTicket(aw(log), ZD('51012'))!;
    expect(t.messages[1].author).toMatchObject({ role: 'bot', name: 'Helper' });
  });

  it('leaves out a log row hidden from screen readers (aria-hidden)', () => {
    const hiddenRow =
      '<article data-test-id="omni-log-comment-item" aria-hidden="true"><div data-test-id="omni-log-item-message" aria-hidden="true" type="system">' +
      '<div data-test-id="omni-log-message-content">Conversation transferred to Tier 1</div></div></article>';
    const log = zdComment('9030', 'Kwame Mensah', 'end-user', 'my order never arrived') + hiddenRow + zdComment('9040', 'Tane Parata', 'agent', 'Looking into it');
    const t = zendeskAdapter.readTicket(aw(log), ZD('51012'))!;
    expect(t.messages.map((m) => m.text)).toEqual(['my order never arrived', 'Looking into it']);
  });

  it("takes the requester's e-mail from the context card beside the name, never a CC'd person's", () => {
    const card = `<aside><div data-test-id="customer-context-tab-navigation"><button>User</button></div><div class="user"><h3>Kwame Mensah</h3>
      <a href="mailto:kwame@mensah-apps.example.com">kwame@mensah-apps.example.com</a></div></aside>`;
    const log = zdComment('9010', 'Kwame Mensah', 'end-user', 'HTTP 429 since Monday');
    expect(zendeskAdapter.readTicket(aw(log, card), ZD('51012'))!.requester.email).toBe('kwame@mensah-apps.example.com');
    // Without the card the page has only the CC'd colleague's address: no e-mail is better than hers.
    expect(zendeskAdapter.readTicket(aw(log), ZD('51012'))!.requester.email).toBeUndefined();
  });

  it('reads the status from the badge beside the subject, not a linked ticket\'s badge before it', () => {
    const doc = parseHtml(`<div data-ticket-id="80544"><aside><div><label>Linked problem</label><div><a href="/agent/tickets/80500">#80500 Payments outage</a>
      <div data-test-id="status-badge-open">Open</div></div></div></aside>
      <div class="main"><div class="hdr"><input data-test-id="omni-header-subject" value="Cards declined"><div data-test-id="status-badge-pending">Pending</div></div>
      <div data-test-id="omni-log-container">${zdComment('9001', 'Lea Fontaine', 'end-user', 'Cards declined with error 05')}</div></div></div>`);
    expect(zendeskAdapter.readTicket(doc, ZD('80544'))!.status).toBe('pending');
  });

  // The pre-2021 "Lotus" UI (tuning-8 SOURCES.md Z5, Z7): `.pane_header .editable .ember-view input` = subject;
  // sidebar `.property_box` fields with labels and `.zd-selectmenu-base-content` (a hidden native <select> behind it
  // in batch 7); comments with `.actor .name`, no role hooks; the comment editor `.zendesk-editor--rich-text-comment`.
  const lotus = (header: string, card = '') =>
    parseHtml(`<div class="workspace"><div class="ticket" data-ticket-id="48213">
      <div class="pane left sidebar"><div class="property_box">
        <div class="form_field"><label>Requester</label><div class="zd-selectmenu-base-content">Márta Szabó</div></div>
        <div class="form_field"><label>Priority</label><div class="zd-selectmenu"><button><span class="zd-selectmenu-base-content">Normal</span></button>
          <select style="display:none"><option>-</option><option>Low</option><option selected>Normal</option><option>High</option></select></div></div></div>${card}</div>
      <div class="pane right" data-side-conversations-anchor-id="48213"><div class="pane_header"><div class="editable"><div class="ember-view">
        <input class="ember-text-field" value="Invoice CSV export is empty"></div></div>${header}</div>
      <div class="comment_input_wrapper"><div class="editor zendesk-editor--rich-text-comment" contenteditable="true" role="textbox"></div></div>
      <div class="event-container">
        <div class="event is-public"><div data-comment-id="2"><div class="actor"><span class="name">Tobias Lindqvist</span></div>
          <time datetime="2026-11-02T09:20:00Z"></time><div class="zd-comment"><p>We could reproduce it.</p></div></div></div>
        <div class="event is-public"><div data-comment-id="1"><div class="actor"><span class="name">Márta Szabó</span></div>
          <time datetime="2026-11-02T08:14:00Z"></time><div class="zd-comment"><p>The CSV export is empty.</p></div></div></div>
      </div></div></div></div>`);

  it('reads the Lotus subject input, the requester from its labelled field, and so the other author as the agent', () => {
    const t = zendeskAdapter.readTicket(lotus(''), ZD('48213'))!;
    expect(t.subject).toBe('Invoice CSV export is empty');
    expect(t.requester.name).toBe('Márta Szabó');
    expect(t.messages.map((m) => [m.author.name, m.author.role])).toEqual([
      ['Márta Szabó', 'customer'],
      ['Tobias Lindqvist', 'agent'],
    ]);
  });

  it('reads a select menu field by the value it shows, not every option of its hidden native select', () => {
    expect(zendeskAdapter.readTicket(lotus(''), ZD('48213'))!.priority).toMatch(/^normal$/i);
  });

  it('takes the e-mail written beside the requester\'s name in the header, or in a user card under the fields', () => {
    const header = '<div class="requester"><a href="/agent/users/3811">Márta Szabó</a> <span class="email">&lt;marta@kobanya.example.com&gt;</span></div>';
    expect(zendeskAdapter.readTicket(lotus(header), ZD('48213'))!.requester.email).toBe('marta@kobanya.example.com');
    const card = '<div class="user-card"><h4>Márta Szabó</h4><ul><li><a href="mailto:marta@kobanya.example.com">marta@kobanya.example.com</a></li><li>+36 1 555</li></ul></div>';
    expect(zendeskAdapter.readTicket(lotus('', card), ZD('48213'))!.requester.email).toBe('marta@kobanya.example.com');
  });

  it('finds the comment editor by its own class', () => {
    const doc = lotus('');
    Object.defineProperty(doc, 'location', { value: new URL(ZD('48213')) });
    expect(zendeskAdapter.findEditor(doc)?.classList.contains('zendesk-editor--rich-text-comment')).toBe(true);
  });
});

describe('zendesk (tuning batches 9 and 10)', () => {
  // Agent Workspace as batches 9 and 10 draw it (their SOURCES.md: the user link inside omni-log-item-sender, the
  // assignee field, `[data-test-id="omnicomposer-plain-text-ckeditor"][contenteditable="true"]`, the composer toolbar):
  // no `type` on the messages; the sender line also shows the channel; sidebar fields with their labels inside.
  const item = (who: string, channel: string, text: string, t: string, note = false) =>
    `<article data-test-id="omni-log-comment-item"><div data-test-id="omni-log-item-sender"><a data-test-id="omni-log-comment-user-link" href="/agent/users/1">${who}</a>` +
    `<span class="channel">${channel}</span>${note ? '<div data-test-id="omni-log-internal-note-tag">Internal note</div>' : ''}</div>` +
    `<div data-test-id="omni-log-item-message"><div data-test-id="omni-log-message-content"><p>${text}</p></div></div><time datetime="2026-03-13T08:${t}:00Z"></time></article>`;
  const page = (log: string, composer: string, assignee = 'Rafael Souza') =>
    parseHtml(`<main id="main_panes"><div data-ticket-id="51620">
      <div data-test-id="ticket-sidebar"><div data-test-id="ticket-system-field-requester-select"><label>Requester</label><span>Anneliese Vogt</span></div>
        <div data-test-id="ticket-system-field-assignee-select"><label>Assignee</label><span>${assignee}</span></div>
        <div data-test-id="ticket-fields-status-select"><label>Status</label><button>On-hold</button></div>
        <div data-test-id="ticket-fields-priority-select"><label>Priority</label><button>Normal</button></div></div>
      <header><input data-test-id="omni-header-subject" value="Add admin to account"></header>
      <div data-test-id="omni-log-container">${log}</div>
      <div data-test-id="omnichannel-composer">${composer}</div></div></main>`);
  const log =
    item('Anneliese Vogt', 'Email', 'Please add my colleague as admin.', '00') +
    item('Rafael Souza', 'Email', 'Is that you, the account owner?', '40') +
    item('Jonas Brandt', 'Email', 'I am the colleague.', '50');

  it("names the sender by the user link, not the channel after it", () => {
    const t = zendeskAdapter.readTicket(page(log, ''), ZD('51620'))!;
    expect(t.messages.map((m) => m.author.name)).toEqual(['Anneliese Vogt', 'Rafael Souza', 'Jonas Brandt']);
  });

  it("reads the assignee's messages as an agent's and a CC'd person's as a customer's", () => {
    // (the page marks its agents' notes: a name that is neither the requester's nor an agent's is a CC'd customer)
    const t = zendeskAdapter.readTicket(page(log + item('Mia Berg', '', 'Checked the contract.', '52', true), ''), ZD('51620'))!;
    expect(t.messages.map((m) => m.author.role)).toEqual(['customer', 'agent', 'customer', 'agent']);
    // Nobody assigned, but Rafael wrote an internal note: an agent too.
    const t2 = zendeskAdapter.readTicket(page(log + item('Rafael Souza', '', 'Owner confirmed by phone.', '55', true), '', '-'), ZD('51620'))!;
    expect(t2.messages.map((m) => m.author.role)).toEqual(['customer', 'agent', 'customer', 'agent']);
  });

  it('reads a status and a priority field by their value, less the label inside the field', () => {
    const t = zendeskAdapter.readTicket(page(log, ''), ZD('51620'))!;
    expect([t.status, t.priority?.toLowerCase()]).toEqual(['hold', 'normal']);
  });

  it('finds the plain-text composer by its test id, an editable beside the composer toolbar, and never a disabled textarea', () => {
    const find = (composer: string) => {
      const doc = page(log, composer);
      Object.defineProperty(doc, 'location', { value: new URL(ZD('51620')) });
      return zendeskAdapter.findEditor(doc);
    };
    expect(find('<div data-test-id="omnicomposer-plain-text-ckeditor" contenteditable="true" role="textbox"></div>')?.getAttribute('data-test-id')).toBe('omnicomposer-plain-text-ckeditor');
    expect(find('<div data-test-id="omnichannel-composer-toolbar"></div><div class="x"><div id="ed" contenteditable="true" role="textbox"></div></div>')?.id).toBe('ed');
    expect(find('<div class="comment_input"><textarea disabled placeholder="Public reply"></textarea></div>')).toBeNull();
  });
});

describe('intercom (tuning batches 7 and 8)', () => {
  // Inbox 2 (tuning-8 SOURCES.md I6-I10): `[data-conversation-stream]` of `[data-part-group-id]` groups (with or
  // without `data-part-group-category`), Tailwind `group/content-part` parts, teammates `justify-end`, customers
  // `justify-start`; the header's `span[data-conversation-title]`; the `.inbox2__conversation-details-sidebar`.
  const group = (id: string, attrs: string, cls: string, parts: string, author = '') =>
    `<div data-part-group-id="${id}" ${attrs} class="flex ${cls} gap-2"><div class="inbox2__avatar"></div><div class="flex flex-col">${parts}` +
    (author ? `<div class="text-xs author-line">${author}</div>` : '') + '</div></div>';
  const part = (id: string, text: string, extra = '') =>
    `<div class="group/content-part relative ${extra}" data-part-id="${id}"><div class="prose"><p>${text}</p></div><time datetime="2026-11-08T08:${id.slice(-2)}:00Z">08:00</time></div>`;
  const event = (text: string) => `<div class="group/content-part text-xs"><span>${text}</span></div>`;
  const page = (stream: string, { title = 'Ana Girard', state = 'Snoozed', sidebar = '<h3>Ana Girard</h3><div class="contact-email">ana@example.com</div>' } = {}) =>
    parseHtml(`<div class="inbox2__conversation-page" data-conversation-id="77">
      <div class="inbox2__conversation-header flex"><div class="text-lg"><div><span class="truncate" data-conversation-title>${title}</span></div></div>
        <div class="ml-auto flex"><button class="state-button">${state}</button><button>Snooze</button></div></div>
      <div data-conversation-stream>${stream}</div>
      <div class="inbox2__composer__container"><div class="ProseMirror embercom-prosemirror-composer-editor" contenteditable="true"></div></div></div>
      <div class="inbox2__conversation-details-sidebar">${sidebar}</div>`);
  const streamBy = (customer: string) =>
    group('m1', 'data-part-group-category="1" data-author-type="user"', 'justify-start', part('m1-01', 'Le bouton ne fait rien.'), customer) +
    group('m2', 'data-part-group-category="20"', 'justify-center', event('Assigned to Team France by assignment rule')) +
    group('m3', 'data-part-group-category="3" data-author-type="admin"', 'justify-end flex-row-reverse', part('m3-03', 'Quel navigateur ?'), 'Julien Mercier') +
    group('m4', 'data-part-group-category="3" data-author-type="admin"', 'justify-end flex-row-reverse', part('m4-04', 'Likely the ad blocker.', 'o__note'), 'Julien Mercier') +
    group('m5', '', 'justify-center', event('Julien Mercier snoozed until tomorrow 09:00'));
  const stream = streamBy('Ana Girard');

  it('reads an event group whose part has no part id, and a centred one with no category as a system event', () => {
    const t = intercomAdapter.readTicket(page(stream), IC('77'))!;
    expect(t.messages.map((m) => m.author.role)).toEqual(['customer', 'system', 'agent', 'agent', 'system']);
    expect(t.messages[1].text).toBe('Assigned to Team France by assignment rule');
  });

  it('reads the same with a list of other conversations first in the DOM (the open one found after the list entry)', () => {
    const list = '<div class="inbox2__inbox-list-sidebar"><a data-conversation-id="901" href="/a/inbox/abc/inbox/conversation/901">Priya: my invoice</a></div>';
    const t = intercomAdapter.readTicket(parseHtml(list + page(stream).body.innerHTML), IC('77'))!;
    expect(t.messages.map((m) => m.author.role)).toEqual(['customer', 'system', 'agent', 'agent', 'system']);
    expect(t.messages[1].text).toBe('Assigned to Team France by assignment rule');
  });

  it("names each group's author from its author line outside the parts", () => {
    const t = intercomAdapter.readTicket(page(stream), IC('77'))!;
    expect(t.messages.map((m) => m.author.name ?? null)).toEqual(['Ana Girard', null, 'Julien Mercier', 'Julien Mercier', null]);
  });

  it("reads a part marked as a note as internal, inside a teammate's category group", () => {
    const t = intercomAdapter.readTicket(page(stream), IC('77'))!;
    expect(t.messages.map((m) => !!m.internal)).toEqual([false, false, false, true, false]);
  });

  it('reads the state shown in the header beside the title; a state "Snoozed until …" is snoozed', () => {
    expect(intercomAdapter.readTicket(page(stream, { state: 'In progress' }), IC('77'))!.status).toBe('In progress');
    // The state element itself (tuning-7: `.inbox2__conversation-state`) saying when the snooze ends
    const doc = page(stream);
    doc.querySelector('.state-button')!.outerHTML = '<span class="inbox2__conversation-state">Snoozed until Mon 9:00 AM</span>';
    expect(intercomAdapter.readTicket(doc, IC('77'))!.status).toBe('snoozed');
  });

  it("keeps a ticket title as the subject (the customer's own parts name the contact) and takes the e-mail beside the contact's name", () => {
    const t = intercomAdapter.readTicket(page(stream, { title: 'Invite button does nothing' }), IC('77'))!;
    expect(t.requester).toEqual({ name: 'Ana Girard', email: 'ana@example.com' });
    expect(t.subject).toBe('Invite button does nothing');
  });

  // The older Ember inbox (I1, I2, I12): `.conversation__part` with `o__user-comment` / `o__admin-comment` on the
  // bubble; Operator (Intercom's bot) drawn as a teammate's part; the user profile beside the stream.
  it("reads Operator's teammate-drawn parts as the bot's, and the e-mail in the profile card beside the user's name", () => {
    const emberPart = (kind: string, bubble: string, who: string, text: string, t: string) =>
      `<div class="conversation__part ${kind}"><div class="conversation__bubble"><div class="conversation__bubble__content ${bubble}"><div class="conversation__text"><p>${text}</p></div></div></div>` +
      `<div class="conversation__part__metadata"><span class="conversation__part__author">${who}</span> · <time datetime="2026-10-23T01:00:${t}Z">01:00</time></div></div>`;
    const doc = parseHtml(`<div class="conversation__main"><div class="conversation__stream">
      ${emberPart('o__user', 'o__user-comment', 'Yuki Sato', 'Hello, can you help?', '00')}
      ${emberPart('o__admin', 'o__admin-comment o__bot', 'Operator', 'What is your e-mail?', '03')}
      ${emberPart('o__user', 'o__user-comment', 'Yuki Sato', 'yuki@sato.example.com', '40')}
      ${emberPart('o__admin', 'o__admin-comment', 'Lena Hoffmann', 'Hi Yuki!', '50')}</div></div>
      <div class="user-profile"><h3>Yuki Sato</h3><dl><dt>Email</dt><dd>yuki@sato.example.com</dd><dt>Plan</dt><dd>Growth</dd></dl></div>`);
    const t = intercomAdapter.readTicket(doc, IC('78'))!;
    expect(t.messages.map((m) => m.author.role)).toEqual(['customer', 'bot', 'customer', 'agent']);
    expect(t.requester.email).toBe('yuki@sato.example.com');
  });
});

describe('intercom (tuning batches 9 and 10)', () => {
  // The older Ember inbox (tuning-10 SOURCES.md: `.conversation__stream`, `.conversation__bubble-container.o__user-comment`
  // / `.o__admin-comment`, `.o__for-admin a[href*=admins/]`, the controls `.conversation__card__content-expanded__controls`
  // with `.js_conversation_control_form`): the author is a link to the user's or teammate's profile; a run of parts
  // shows it once.
  const emberPart = (kind: string, text: string, author = '') =>
    `<div class="conversation__part"><div class="conversation__bubble-container ${kind}"><div class="conversation__bubble"><div class="conversation__text"><p>${text}</p></div></div>` +
    (author ? `<div class="meta">${author} · <span>2:14pm</span></div>` : '') + '</div></div>';
  const page = (stream: string) =>
    parseHtml(`<div class="inbox__conversation"><div class="conversation__card__content-expanded__controls"><h1 class="header-name">Chidi Okonkwo</h1>
      <form class="js_conversation_control_form"><button class="o__state">Open</button><button>Snooze</button></form></div>
      <div class="conversation__stream">${stream}</div></div>`);
  const stream =
    emberPart('o__user-comment', 'The invite link says expired.', '<a href="/a/apps/k9/users/5f2a0">Chidi Okonkwo</a>') +
    emberPart('o__user-comment', 'I sent it 5 minutes ago') +
    emberPart('o__admin-comment', 'Which address did you invite?', '<a href="/a/apps/k9/admins/4410">Lena Fischer</a>');

  it("names each part's author by the profile link, and a part with none after its author's part as theirs", () => {
    const t = intercomAdapter.readTicket(page(stream), 'https://app.intercom.io/a/apps/k9/inbox/inbox/all/conversations/2847')!;
    expect(t.messages.map((m) => [m.author.role, m.author.name])).toEqual([
      ['customer', 'Chidi Okonkwo'],
      ['customer', 'Chidi Okonkwo'],
      ['agent', 'Lena Fischer'],
    ]);
  });

  it('reads the state from the state button among the conversation controls', () => {
    expect(intercomAdapter.readTicket(page(stream), 'https://app.intercom.io/a/apps/k9/inbox/inbox/all/conversations/2847')!.status).toMatch(/^open$/i);
  });

  // Inbox 2 with the note label beside the parts (tuning-9: a teammate's group showing "Note" above its part).
  it('reads a teammate\'s group labelled "Note" as internal', () => {
    const group = (cat: string, label: string, text: string, who: string) =>
      `<div data-part-group-id="g${cat}${who.length}" data-part-group-category="${cat}" class="flex"><div class="flex flex-col">${label}` +
      `<div class="inbox2__conversation-part" data-part-id="p${who.length}"><p>${text}</p></div>` +
      `<div class="inbox2__part-group-meta"><span>${who}</span> · <time datetime="2025-03-06T02:27:00Z">11:27</time></div></div></div>`;
    const doc = parseHtml(`<div class="inbox2__conversation-page" data-conversation-id="9"><div data-conversation-stream>
      ${group('1', '', 'Can past invoices be changed?', 'Sakura Yamamoto')}
      ${group('3', '<span class="lbl">Note</span>', 'Past invoices need a manual reissue.', 'Leah Cohen')}
      ${group('3', '', 'We will reissue them today.', 'Leah Cohen Jr')}</div></div>`);
    const t = intercomAdapter.readTicket(doc, IC('9'))!;
    expect(t.messages.map((m) => !!m.internal)).toEqual([false, true, false]);
  });
});


describe('a header cut short with an ellipsis (tuning-7 Intercom, EU region page)', () => {
  const page = (title: string, tooltip: string) =>
    parseHtml(`<div class="inbox2__conversation-header"><div><span class="truncate" data-conversation-title="" title="${tooltip}">${title}</span></div></div>
      <div data-conversation-stream><div data-part-group-id="g1" data-part-group-category="1"><div class="inbox2__conversation-part" data-part-id="p1"><p>Our export stopped.</p></div></div></div>`);

  it('reads the whole name from the tooltip when it begins with the shown part', () => {
    expect(intercomAdapter.readTicket(page('Anneliese Vandenbergh…', 'Anneliese Vandenberghe-Moreau'), IC('7'))!.requester?.name)
      .toBe('Anneliese Vandenberghe-Moreau');
  });

  it('keeps the shown text when the tooltip says something else', () => {
    expect(intercomAdapter.readTicket(page('Anneliese Vandenbergh…', 'Open profile'), IC('7'))!.requester?.name)
      .toBe('Anneliese Vandenbergh…');
  });
});

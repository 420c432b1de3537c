// General Freshdesk rules learnt from blind batches 7 (ticket properties in every form) and 8 (an independent
// resample by a new writer): each test is a small page in the shape the batch's SOURCES.md describes (not a copy of
// a batch page), read by the built-in adapter, and each failed on the adapter before it learnt the rule.
import { describe, expect, it } from 'vitest';
import { freshdeskAdapter } from '../../../adapters/freshdesk';
import { parseHtml } from './helpers';

const MINT = 'https://acme.freshdesk.com/a/tickets/4100';
const CLASSIC = 'https://acme.freshdesk.com/helpdesk/tickets/4100';
const read = (html: string, url = MINT) => freshdeskAdapter.readTicket(parseHtml(html), url)!;
/** Status and priority as the scorer compares them (the value as shown, case aside). */
const props = (t: { status?: string; priority?: string }) => [t.status?.toLowerCase(), t.priority?.toLowerCase()];

/** A Mint item (`[data-album]` wrapper around a `.ticket-details__item`, tuning-8 F8/F10) with a header line. */
const mintItem = (album: string, cls: string, who: string, verb: string, text: string, requestor = '') =>
  `<div data-album="${album}" class="${cls}"><div class="ticket-details__item${requestor}"><div class="ticket-details__item__header">
     <span class="user-name">${who}</span> <span class="action-text">${verb}</span></div>
     <div class="ticket-details__item__content"><div class="text__content">${text}</div></div></div></div>`;
const mintPage = (thread: string, sidebar: string, heading = '<h2 class="ticket-subject-heading">Scanner sync stops</h2>') =>
  `<div class="ticket-details-wrapper"><div class="ticket-details-main">${heading}${thread}
     <div class="reply-editor-container"><div class="fr-element fr-view" contenteditable="true"></div></div></div>
     <div class="ticket-sidebar">${sidebar}</div></div>`;
const contactCard = `<section class="requester-info contact-info"><h4>Contact details</h4><div class="contact-name">Ana Silva</div>
     <div class="contact-email"><a href="mailto:ana.silva@example.com">ana.silva@example.com</a></div></section>`;

describe('freshdesk: ticket properties read by their labels, in whatever panel shows them', () => {
  it("reads status and priority from Mint's read-only grid of a closed ticket (label div, value div)", () => {
    // tuning-7 SOURCES.md: on a closed ticket the editable form is collapsed and a read-only label/value grid shows
    // the properties.
    const t = read(
      mintPage(
        mintItem('description', '', 'Ana Silva', 'reported via email', 'The scanner stops syncing.', ' ticket-details__requestor'),
        `<div class="ticket-properties"><div class="ticket-properties-form collapsed"><button>Show properties</button></div></div>
         <div class="ticket-properties-readonly"><h4>Properties</h4><div class="properties-grid">
           <div class="field-label">Status</div><div class="field-value">Closed</div>
           <div class="field-label">Priority</div><div class="field-value">Low</div>
           <div class="field-label">Agent</div><div class="field-value">Kofi Boateng</div></div></div>`,
      ),
    );
    expect(props(t)).toEqual(['closed', 'low']);
  });

  it('reads rows of a label and a power-select value inside the properties panel, a custom status as shown', () => {
    const t = read(
      mintPage(
        mintItem('description', '', 'Ana Silva', 'reported via email', 'The scanner stops syncing.', ' ticket-details__requestor'),
        `<section class="ticket-properties"><h4>Properties</h4>
           <div class="field"><label>Status</label><div class="ember-power-select-selected-item">Waiting on Third Party</div></div>
           <div class="field"><label>Priority</label><div class="ember-power-select-selected-item">High</div></div></section>`,
      ),
    );
    expect(props(t)).toEqual(['waiting on third party', 'high']);
  });

  it('reads a status card outside a cards container, and a priority shown only as a dot named "Priority: Urgent"', () => {
    // tuning-7: the properties form collapsed; the status as a `.status-card` pill (the `.status-cards-container`
    // family), the priority as a coloured mark whose title / aria-label says it.
    const heading = `<h2 class="ticket-subject-heading">Payroll export</h2><div class="ticket-header-meta">
        <span class="status-card status-card--status">Open</span>
        <span class="priority-indicator" title="Priority: Urgent" aria-label="Priority: Urgent" role="img"></span></div>`;
    const t = read(
      mintPage(
        mintItem('description', '', 'Ana Silva', 'reported via email', 'December is listed twice.', ' ticket-details__requestor'),
        '<div class="ticket-properties"><div class="ticket-properties-form collapsed"><button>Show properties</button></div></div>',
        heading,
      ),
    );
    expect(props(t)).toEqual(['open', 'urgent']);
  });

  it('reads the subject from the subject input when the heading is in edit mode', () => {
    const heading = `<div class="ticket-subject-edit"><label class="sr-only" for="s">Subject</label>
        <input id="s" class="ticket-subject-input" name="subject" aria-label="Subject" value="Export misses attachments"><button>Save</button></div>`;
    const t = read(mintPage(mintItem('description', '', 'Ana Silva', 'reported via email', 'Attachments are missing.', ' ticket-details__requestor'), contactCard, heading));
    expect(t.subject).toBe('Export misses attachments');
  });
});

describe('freshdesk: the requester wherever the page shows them', () => {
  const classic = (card: string, description = '') =>
    `<div id="Pagearea"><h2 class="subject">Charged twice</h2><div class="leftcontent"><div id="all_notes">
       <div class="conversation" id="ticket_original_request_section">${description}<div id="ticket_original_request"><div class="user_name">
         <a href="/contacts/1" class="author">Ana Silva</a> <span class="action-label">reported via portal</span></div>
         <div class="details">I was charged twice.</div></div></div>
       <div class="conversation" id="note_details_2"><div class="user_name"><a href="/agents/3" class="author">Mateus Lima</a>
         <span class="action-label">replied</span></div><div class="details">Refunded.</div></div></div></div>
     <div class="rightcontent">${card}</div></div>`;

  it('reads a classic requester card of "Name" / "Email" labels (`.text__infotext`, tuning-8 F4)', () => {
    const t = read(
      classic(`<div class="requester-info"><h3>Requester info</h3><div class="text__infotext">Name</div><div>Ana Silva</div>
        <div class="text__infotext">Email</div><div>ana.silva@example.com</div></div>`),
      CLASSIC,
    );
    expect(t.requester).toEqual({ name: 'Ana Silva', email: 'ana.silva@example.com' });
  });

  it("reads a contact card's name element and mailto link", () => {
    const t = read(mintPage(mintItem('description', '', 'Ana Silva', 'reported via email', 'The scanner stops.'), contactCard));
    expect(t.requester).toEqual({ name: 'Ana Silva', email: 'ana.silva@example.com' });
  });

  it('reads the e-mail from the contact hovercard the name opens (aria-describedby), when the card shows the name only', () => {
    const sidebar = `<div class="widget-requestor-info"><div class="requester-wrap">
        <a aria-describedby="hc" data-test-id="user-name" href="/a/contacts/1">Ana Silva</a></div></div>`;
    const hovercard = `<div id="hc" role="tooltip"><strong>Ana Silva</strong><span class="text__infotext">Email</span>
        <a href="mailto:ana.silva@example.com">ana.silva@example.com</a></div>`;
    const t = read(mintPage(mintItem('description', '', 'Ana Silva', 'reported via email', 'Codes arrive late.', ' ticket-details__requestor'), sidebar) + hovercard);
    expect(t.requester.email).toBe('ana.silva@example.com');
  });

  it("reads the e-mail from the description's \"From: <name> <address>\" line when the card shows the name only", () => {
    const card = '<div class="widget"><div class="content"><a href="/contacts/1" class="requester-name">Ana Silva</a></div></div>';
    const from = '<div class="email-headers"><div>From: Ana Silva &lt;ana.silva@example.com&gt;</div><div>To: help@acme.example</div></div>';
    const t = read(classic(card, from), CLASSIC);
    expect(t.requester).toEqual({ name: 'Ana Silva', email: 'ana.silva@example.com' });
  });
});

describe('freshdesk: authors from header lines, and Mint roles when no requestor class is in use', () => {
  it('cuts the action from a header read whole ("<name> reported via portal <time>"); "added a private note" is an internal note', () => {
    const note = (id: string, who: string, verb: string, text: string) =>
      `<div class="conversation" id="note_details_${id}"><div class="user_name"><a href="mailto:x@acme.example">${who}</a> ${verb}
         <span class="timestamp">2026-10-15 08:00</span></div><div class="details">${text}</div></div>`;
    const html = `<div id="Pagearea"><h2 class="subject">Wrong totals</h2><div class="leftcontent"><div id="all_notes">
        <div class="conversation"><div id="ticket_original_request"><div class="user_name">Ana Silva reported via email
          <span class="timestamp">2026-10-14 08:00</span></div><div class="details">Totals differ.</div></div></div>
        ${note('1', 'Kofi Boateng', 'added a private note', 'Drafts are counted.')}
        ${note('2', 'Kofi Boateng', 'replied', 'Tick "Include drafts".')}</div></div>
      <div class="rightcontent"><div class="requester-info"><div class="text__infotext">Name</div><div>Ana Silva</div></div></div></div>`;
    const t = read(html, CLASSIC);
    expect(t.messages.map((m) => [m.author.name, m.author.role, !!m.internal])).toEqual([
      ['Ana Silva', 'customer', false],
      ['Kofi Boateng', 'agent', true],
      ['Kofi Boateng', 'agent', false],
    ]);
  });

  it("reads Mint items by their header's user name; with no requestor class on the page, roles by direction or the requester", () => {
    const thread = [
      mintItem('desc', 'ticket-description', 'Ana Silva', 'reported via email', 'The scanner stops syncing.'),
      mintItem('c1', 'conversation-item outgoing', 'Nikolai Ivanov', 'replied', 'Please upload the log.'),
      mintItem('c2', 'conversation-item incoming', 'Liisa Korhonen', 'replied', 'Same here (I am on CC).'),
      mintItem('c3', 'conversation-item private-note', 'Nikolai Ivanov', 'added a private note', 'Escalated to ENG-5120.'),
      mintItem('c4', 'conversation-item', 'Ana Silva', 'replied', 'Thanks.'),
    ].join('');
    const t = read(mintPage(`<div class="conversation-list">${thread}</div>`, contactCard));
    expect(t.messages.map((m) => [m.author.name, m.author.role, !!m.internal])).toEqual([
      ['Ana Silva', 'customer', false],
      ['Nikolai Ivanov', 'agent', false],
      ['Liisa Korhonen', 'customer', false],
      ['Nikolai Ivanov', 'agent', true],
      ['Ana Silva', 'customer', false],
    ]);
  });

  it('reads a private item whose header says "replied" (a third party\'s reply kept as a note) as the customer\'s side, internal', () => {
    const thread = [
      mintItem('desc', 'ticket-description', 'Ana Silva', 'reported via email', 'The pallet arrived crushed.'),
      mintItem('c1', 'conversation-item private-note', 'Fernando Ruiz (FastFreight)', 'replied (added as private note)', 'We accept the claim.'),
      mintItem('c2', 'conversation-item private-note', 'Yasmin Haddad', 'added a private note', 'Carrier accepted liability.'),
    ].join('');
    const t = read(mintPage(thread, contactCard));
    expect(t.messages.slice(1).map((m) => [m.author.role, !!m.internal])).toEqual([
      ['customer', true],
      ['agent', true],
    ]);
  });

  it('keeps a message that is only an attachment list, its files as its text', () => {
    const thread = [
      mintItem('desc', 'ticket-description', 'Ana Silva', 'reported via email', 'The scanner stops syncing.'),
      mintItem('c1', 'conversation-item incoming', 'Ana Silva', 'replied', '<div class="attachment-list"><a class="attachment" href="#">bridge-log.zip</a> <span>31 MB</span></div>'),
    ].join('');
    const t = read(mintPage(thread, contactCard));
    expect(t.messages).toHaveLength(2);
    expect(t.messages[1].text).toContain('bridge-log.zip');
  });
});

describe('freshdesk: rules from blind batches 9 and 10 (two more independent writers)', () => {
  /** A Mint 2025-26 conversation wrapper (stored id 55067695980: `[data-test-id=conversation-wrapper]`,
   *  `.conversation-header`, `.sender-info`, `[data-test-conversation=conversation-text]`). */
  const wrapper = (id: string, cls: string, href: string, who: string, verb: string, text: string) =>
    `<div data-test-id="conversation-wrapper" data-album="note_${id}" class="conversation-wrapper ${cls}"><div class="ticket-details__item">
       <div class="conversation-header"><span class="sender-info"><a class="sender-name" href="${href}">${who}</a>
         <span class="sender-action">${verb}</span></span></div>
       <div data-test-id="conversation-content-wrapper"><div data-test-conversation="conversation-text">${text}</div></div></div></div>`;
  const page2026 = (thread: string, sidebar: string) =>
    `<div class="ticket-details-main"><h2 class="ticket-subject-heading">Customs documents missing</h2>
       <div data-test-id="ticket-description" class="ticket-description"><div class="ticket-details__item">
         <div class="ticket-details__item__header"><span class="sender-info"><a class="sender-name" href="/a/contacts/1">Fatima El Idrissi</a>
           <span class="sender-action">reported via email</span></span></div>
         <div class="ticket-details__item__content"><div id="ticket_original_request" class="text-content-wrapper">The invoice lacks HS codes.</div></div></div></div>
       <div class="conversation-list">${thread}</div></div><aside class="ticket-sidebar">${sidebar}</aside>`;
  const card = `<section class="contact-card" data-test-id="requester-info"><h3>Contact details</h3>
       <a class="contact-name" href="/a/contacts/1">Fatima El Idrissi</a><div class="text__infotext">Email</div><div>fatima@example.com</div></section>`;

  it("reads the sender line's link as the author, an /agents/ page as an agent's and a /contacts/ page as the customer side, also on a private note", () => {
    const thread = [
      wrapper('1', 'private-note', '/a/agents/7', 'Lukas Weber', 'added a private note', 'Forwarded to the forwarder.'),
      wrapper('2', 'private-note', '/a/contacts/9', 'Grupo Logístico', 'replied', 'HS codes 9403.60.'),
      wrapper('3', '', '/a/agents/7', 'Lukas Weber', 'replied', 'Released within 48 hours.'),
    ].join('');
    const t = read(page2026(thread, card));
    expect(t.messages.map((m) => [m.author.name, m.author.role, !!m.internal])).toEqual([
      ['Fatima El Idrissi', 'customer', false],
      ['Lukas Weber', 'agent', true],
      ['Grupo Logístico', 'customer', true],
      ['Lukas Weber', 'agent', false],
    ]);
  });

  it('reads a requester card named by `data-test-id="requester-info"` (its name element, its "Email" label)', () => {
    const t = read(page2026('', card));
    expect(t.requester).toEqual({ name: 'Fatima El Idrissi', email: 'fatima@example.com' });
  });

  it('reads status and priority pills: by their `ticket-status` / `ticket-priority` test ids, or a pill titled "Status" / "Priority"', () => {
    const byTestId = `<div class="ticket-header-pills"><span class="pill" data-test-id="ticket-status">Open</span>
       <span class="pill" data-test-id="ticket-priority">Urgent</span></div>`;
    const byTitle = `<section class="ticket-properties"><h3>Properties</h3><div class="ticket-pills"><span class="pill" title="Status">Closed</span>
       <span class="pill priority-urgent" title="Priority">Urgent</span></div></section>`;
    expect(props(read(page2026('', card + byTestId)))).toEqual(['open', 'urgent']);
    expect(props(read(page2026('', card + byTitle)))).toEqual(['closed', 'urgent']);
  });

  it("reads a classic `.sender` line's `.user-name` as the author, and a note labelled \"Private note\" (`.note-label`) as internal", () => {
    const note = (cls: string, who: string, verb: string, text: string, label = '') =>
      `<div class="ticket_note conversation ${cls}" data-note-id="${text.length}"><div class="sender"><span class="user-name">${who}</span>
         <span class="email">&lt;${who.split(' ')[0].toLowerCase()}@x.example&gt;</span> ${verb} ${label}</div><div class="details">${text}</div></div>`;
    const html = `<div id="Pagearea"><h2 class="subject">Backup fails</h2><div class="conversations">
        <div id="ticket_original_request" class="conversation"><div class="sender"><span class="user-name">Ana Sousa</span> reported via email</div>
          <div class="details">Backups fail nightly.</div></div>
        <div id="all_notes">${note('a', 'Pedro Alves', 'replied', 'Delete old snapshots.')}
          ${note('b', 'Pedro Alves', '', 'Really the expired token.', '<span class="note-label">Private note</span>')}
          ${note('c', 'Marta Costa', 'added a public note', 'Marta from billing here.')}</div></div>
      <div class="requester-info"><a class="user-name" href="/contacts/4">Ana Sousa</a></div></div>`;
    const t = read(html, CLASSIC);
    expect(t.messages.map((m) => [m.author.name, m.author.role, !!m.internal])).toEqual([
      ['Ana Sousa', 'customer', false],
      ['Pedro Alves', 'agent', false],
      ['Pedro Alves', 'agent', true],
      ['Marta Costa', 'agent', false],
    ]);
  });

  it('reads Mint `is-incoming` / `is-outgoing` items by direction, and a private item whose `.sender-info` says "replied" as a reply kept as a note', () => {
    const item = (album: string, cls: string, who: string, verb: string, text: string) =>
      `<div data-album="${album}" class="conversation-wrapper"><div class="ticket-details__item ${cls}"><div class="sender-info">
         <span data-test-id="user-name" class="user-name">${who}</span> <span class="action-text">${verb}</span></div>
         <div class="ticket-details__item__content"><div class="text__content">${text}</div></div></div></div>`;
    const thread = [
      item('desc', 'ticket-description is-incoming', 'Olumide Bakare', 'reported via Email', 'Printer stuck in a jam loop.'),
      item('c1', 'is-outgoing', 'Priya Nair', 'replied', 'I asked the vendor.'),
      item('c2', 'is-incoming', 'Kemi Bakare', 'replied', 'Same printer here (on CC).'),
      item('c3', 'private-note is-external', 'Hendrik Vos', 'replied', 'Known issue in 4.2.1.'),
    ].join('');
    const t = read(mintPage(thread, '<div class="widget-requestor-info"><span data-test-id="user-name">Olumide Bakare</span></div>'));
    expect(t.messages.map((m) => [m.author.role, !!m.internal])).toEqual([
      ['customer', false],
      ['agent', false],
      ['customer', false],
      ['customer', true],
    ]);
  });
});

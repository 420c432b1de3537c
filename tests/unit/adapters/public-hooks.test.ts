// The public hooks and general rules added beyond what the tuning sets' pages exercise (issue 13, "right on markup
// we never wrote"): each test is a small page in the shape a public source describes (the selector files cite them),
// read by the built-in adapter. Each failed on the adapters before they learnt the hook or rule.
import { describe, expect, it } from 'vitest';
import { freshdeskAdapter } from '../../../adapters/freshdesk';
import { intercomAdapter } from '../../../adapters/intercom';
import { labelledValue } from '../../../adapters/shared/dom';
import { activeCopy } from '../../../adapters/shared/structure';
import { zendeskAdapter } from '../../../adapters/zendesk';
import { parseHtml } from './helpers';

const ZD = (id: string) => `https://acme.zendesk.com/agent/tickets/${id}`;

/** One Agent Workspace comment; `extra` goes into the article (a badge, a type attribute). */
const zdComment = (who: string, text: string, at: string, extra = '', type = '') =>
  `<article data-test-id="omni-log-comment-item"><span data-test-id="omni-log-item-sender"><strong>${who}</strong></span>${extra}
   <time datetime="2026-05-0${at}T10:00:00Z">May ${at}</time>
   <div data-test-id="omni-log-item-message"${type ? ` type="${type}"` : ''}><div data-test-id="omni-log-message-content"><p>${text}</p></div></div></article>`;

const zdPane = (id: string, subject: string, comments: string, attrs = '') =>
  `<div class="ticket-panes-grid-layout" data-test-id="ticket-${id}-custom-layout" ${attrs}>
     <input data-test-id="omni-header-subject" value="${subject}">
     <div data-test-id="omni-log-container"><div role="log">${comments}</div></div></div>`;

describe('zendesk: panes found by their public hooks', () => {
  it('the ticket grid (`ticket-<id>-custom-layout`) is a pane, and the URL picks it with its id', () => {
    const doc = parseHtml(`<main>${zdPane('71', 'First ticket', zdComment('Ana', 'About the first ticket.', '1'))}${zdPane('72', 'Second ticket', zdComment('Bo', 'About the second ticket.', '2'))}</main>`);
    const t = zendeskAdapter.readTicket(doc, ZD('72'))!;
    expect(t.subject).toBe('Second ticket');
    expect(t.ticketId).toBe('72');
    expect(t.messages.map((m) => m.text)).toEqual(['About the second ticket.']);
  });

  it('main#main_panes children that carry no pane hook: the one not hidden is read (told apart by their subjects)', () => {
    const pane = (subject: string, text: string, hidden: string) =>
      `<div ${hidden}><input data-test-id="omni-header-subject" value="${subject}"><div role="log">${zdComment('Ana', text, '1')}</div></div>`;
    const doc = parseHtml(`<main id="main_panes">${pane('Hidden ticket', 'Hidden text here.', 'hidden')}${pane('Shown ticket', 'Shown text here.', '')}</main>`);
    const t = zendeskAdapter.readTicket(doc, ZD('5'))!;
    expect(t.subject).toBe('Shown ticket');
    expect(t.messages.map((m) => m.text)).toEqual(['Shown text here.']);
  });

  it('a main#main_panes child that is no ticket view does not stand in the way of the one that is', () => {
    const doc = parseHtml(`<main id="main_panes"><div class="toolbar">Views and filters for the whole team</div>
      <div><input data-test-id="omni-header-subject" value="Only ticket"><div role="log">${zdComment('Ana', 'The only thread here.', '1')}</div></div></main>`);
    expect(zendeskAdapter.readTicket(doc, ZD('5'))!.subject).toBe('Only ticket');
  });

  it('with no pane hook at all, several copies of the ticket view are told apart (hidden, inert)', () => {
    const copy = (subject: string, text: string, attrs: string) =>
      `<section ${attrs}><input data-test-id="omni-header-subject" value="${subject}"><div role="log">${zdComment('Ana', text, '1')}</div></section>`;
    const doc = parseHtml(`<div>${copy('Inert one', 'Inert text.', 'inert aria-hidden="true"')}${copy('Live one', 'Live text.', '')}</div>`);
    expect(zendeskAdapter.readTicket(doc, ZD('9'))!.subject).toBe('Live one');
  });
});

describe('zendesk: fields and roles', () => {
  it('requester e-mail from a person avatar whose alt is an address; status from the footer status view', () => {
    const doc = parseHtml(`<div data-test-id="ticket-system-field-requester-select">Kofi Mensah</div>
      <div data-test-id="ticket-fields-collaborators"><span data-garden-id="tags.avatar"><img alt="kofi@example.com"></span></div>
      <input data-test-id="omni-header-subject" value="Subject"><div role="log">${zdComment('Kofi Mensah', 'Hello there.', '1')}</div>
      <div data-test-id="ticket-fields-status-view">Pending</div>`);
    const t = zendeskAdapter.readTicket(doc, ZD('3'))!;
    expect(t.requester.email).toBe('kofi@example.com');
    expect(t.status).toBe('Pending');
  });

  const page = (badge: string) => parseHtml(`<div data-test-id="ticket-system-field-requester-select">Kofi Mensah</div>
    <input data-test-id="omni-header-subject" value="Subject"><div role="log">
    ${zdComment('Kofi Mensah', 'My panel is down.', '1')}${zdComment('Sofia Marchetti', 'We are on it.', '2', badge)}${zdComment('Adaeze Obi', 'Same here (cc).', '3')}</div>`);

  it('where the page marks nobody, a named author other than the requester is an agent', () => {
    expect(zendeskAdapter.readTicket(page(''), ZD('3'))!.messages.map((m) => m.author.role)).toEqual(['customer', 'agent', 'agent']);
  });

  it('where the page marks its agents (the avatar badge), an unmarked non-requester stays a customer (a CC)', () => {
    const badge = '<svg data-test-id="omni-log-avatar-badge-AgentBadge"></svg>';
    expect(zendeskAdapter.readTicket(page(badge), ZD('3'))!.messages.map((m) => m.author.role)).toEqual(['customer', 'agent', 'customer']);
  });
});

describe('intercom: current markup without group ids', () => {
  const part = (side: string, text: string) =>
    `<div class="flex ${side}"><div class="inbox-2__conversation-part"><div class="interblocks-html"><p>${text}</p></div></div></div>`;
  const doc = parseHtml(`<div class="inbox-2__conversation-header"><span data-inbox-conversation-header-title>Noor Aziz</span></div>
    <div class="inbox-2__conversation-stream">${part('justify-start', 'My bookings disappeared.')}${part('justify-end', 'Let me restore them.')}</div>`);
  const t = intercomAdapter.readTicket(doc, 'https://app.intercom.com/a/inbox/abc/inbox/admin/1/conversation/55')!;

  it('parts by their class, the side of their row as the role (Copilot "Method 2")', () => {
    expect(t.messages.map((m) => [m.author.role, m.text])).toEqual([
      ['customer', 'My bookings disappeared.'],
      ['agent', 'Let me restore them.'],
    ]);
  });

  it('a stream column kept at the bottom (flex-col justify-end) says nothing about sides', () => {
    const col = parseHtml(`<div class="inbox-2__conversation-stream"><div class="flex flex-col justify-end"><div><div class="inbox-2__conversation-part"><div class="interblocks-html"><p>Hello, anyone there?</p></div></div></div></div></div>`);
    const read = intercomAdapter.readTicket(col, 'https://app.intercom.com/a/inbox/abc/inbox/admin/1/conversation/56')!;
    expect(read.messages.map((m) => m.author.role)).toEqual(['customer']);
  });

  it('the header title is the contact name when no panel names one', () => {
    expect(t.requester.name).toBe('Noor Aziz');
  });
});

describe('freshdesk: public hooks of classic and Mint', () => {
  it('classic conversations under #Pagearea with #ticket_original_request / note_details_ bodies', () => {
    const doc = parseHtml(`<div id="Pagearea"><h2 class="subject">Printer jams</h2>
      <div class="conversation"><span class="user_name">Ana Ruiz</span><div id="ticket_original_request">The printer jams every morning.</div></div>
      <div class="conversation"><span class="user_name">Leo Park</span><div id="note_details_77">Please send a photo of the tray.</div></div>
      <div class="requester-info"><div class="requester-name">Ana Ruiz</div></div></div>`);
    const t = freshdeskAdapter.readTicket(doc, 'https://acme.freshdesk.com/helpdesk/tickets/12')!;
    expect(t.messages.map((m) => [m.author.name, m.author.role, m.text])).toEqual([
      ['Ana Ruiz', 'customer', 'The printer jams every morning.'],
      ['Leo Park', 'agent', 'Please send a photo of the tray.'],
    ]);
  });

  it('Mint items outside a named thread, and the requester e-mail from the contact row', () => {
    const item = (cls: string, who: string, text: string) =>
      `<div class="ticket-details__item ${cls}"><span class="sender-info"><span data-test-id="user-name">${who}</span></span><div class="ticket-details__item__content">${text}</div></div>`;
    const doc = parseHtml(`<h2 class="ticket-subject-heading">Refund</h2><div class="somewhere">${item('ticket-details__requestor', 'Ana Ruiz', 'Where is my refund?')}${item('', 'Leo Park', 'Sent today.')}</div>
      <div class="widget-requestor-info"><div data-test-id="requester-info-contact-email"><span class="info-details-content">ana@example.com</span></div></div>`);
    const t = freshdeskAdapter.readTicket(doc, 'https://acme.freshdesk.com/a/tickets/12')!;
    expect(t.messages.map((m) => [m.author.name, m.author.role])).toEqual([
      ['Ana Ruiz', 'customer'],
      ['Leo Park', 'agent'],
    ]);
    expect(t.requester.email).toBe('ana@example.com');
  });
});

describe('shared helpers', () => {
  it('labelledValue: the element after a leaf whose text is the label, whatever the row markup', () => {
    const doc = parseHtml('<aside><div><span>Name</span><span>Ana</span></div><div><span>Email</span><span>ana@example.com</span></div></aside>');
    expect(labelledValue(doc.querySelector('aside'), 'email')?.textContent).toBe('ana@example.com');
    expect(labelledValue(doc.querySelector('aside'), 'phone')).toBeNull();
  });

  it('activeCopy: one copy is the whole page (undefined); of several, the one carrying the URL id', () => {
    const doc = parseHtml('<div><section data-ticket-display-id="1"><h2>A</h2></section><section data-ticket-display-id="2"><h2>B</h2></section></div>');
    const hs = Array.from(doc.querySelectorAll('h2'));
    expect(activeCopy(hs.slice(0, 1), '2')).toBeUndefined();
    expect(activeCopy(hs, '2')?.getAttribute('data-ticket-display-id')).toBe('2');
  });
});

describe('signatures are not the message', () => {
  const sig = '<div class="gmail_signature" data-smartmail="gmail_signature">-- <br>Kai Müller<br>Operations Lead</div>';
  const said = 'Could you also correct the October invoice?';

  it('intercom, freshdesk and zendesk leave a Gmail signature out of the text', () => {
    const ic = parseHtml(`<div data-conversation-stream><div data-part-group-id="1" data-part-group-category="1"><div data-part-id="a"><div class="interblocks-html"><p>${said}</p>${sig}</div></div></div></div>`);
    const fd = parseHtml(`<h2 class="ticket-subject-heading">Invoice</h2><div class="ticket-thread"><div class="ticket-details__item ticket-details__requestor"><div class="ticket-details__item__content"><p>${said}</p>${sig}</div></div></div>`);
    const zd = parseHtml(`<input data-test-id="omni-header-subject" value="Invoice"><div role="log">${zdComment('Kai Müller', `${said}</p>${sig}<p>`, '1')}</div>`);
    const texts = [
      intercomAdapter.readTicket(ic, 'https://app.intercom.com/a/inbox/abc/inbox/admin/1/conversation/55')!.messages[0].text,
      freshdeskAdapter.readTicket(fd, 'https://acme.freshdesk.com/a/tickets/12')!.messages[0].text,
      zendeskAdapter.readTicket(zd, ZD('4'))!.messages[0].text,
    ];
    expect(texts).toEqual([said, said, said]);
  });
});

describe('intercom: a group author shown only on its time line', () => {
  it('is the first worded item before the group time, outside the parts; event groups get none', () => {
    const group = (cat: string, line: string, text: string) =>
      `<div data-part-group-id="g${cat}" data-part-group-category="${cat}"><div data-part-id="p${cat}"><div class="interblocks-html"><p>${text}</p></div></div><div class="x-line">${line}</div></div>`;
    const doc = parseHtml(`<div data-conversation-stream>${group('1', '<em>Noor Aziz</em><i>·</i><time datetime="2026-11-08T09:06:00Z">09:06</time>', 'My bookings are gone.')}${group('3', '<i>·</i><b>Ana Lima</b><time datetime="2026-11-08T09:10:00Z">09:10</time>', 'Restoring them now.')}<div data-part-group-id="e" data-part-group-category="20"><div data-part-id="pe"><span class="inbox2__event-text">Ana Lima assigned this conversation</span> <time datetime="2026-11-08T09:11:00Z">09:11</time></div></div></div>`);
    const t = intercomAdapter.readTicket(doc, 'https://app.intercom.com/a/inbox/abc/inbox/admin/1/conversation/55')!;
    expect(t.messages.map((m) => [m.author.name ?? null, m.author.role])).toEqual([
      ['Noor Aziz', 'customer'],
      ['Ana Lima', 'agent'],
      [null, 'system'],
    ]);
  });
});

describe('freshdesk: Mint 2025-26 conversation wrappers without item classes', () => {
  it('reads the description and each wrapper, its .user author, and a private note from the header verb', () => {
    const wrap = (album: string, who: string, verb: string, text: string) =>
      `<div data-test-id="conversation-wrapper" data-album="${album}"><div class="conversation-header"><span class="user">${who}</span>
       <span data-test-id="conversation-status">${verb}</span></div><div data-test-id="conversation-content-wrapper">
       <div data-test-conversation="conversation-text">${text}</div></div></div>`;
    const doc = parseHtml(`<h2 class="ticket-subject-heading">Booking moved</h2><div class="ticket-details-wrapper">
      <div data-album="ticket_900"><span class="user">Rosa Lind</span><div class="text-content-wrapper">My booking moved by itself.</div></div>
      ${wrap('note_1', 'Emil Berg', 'replied', 'We are checking the channel manager.')}${wrap('note_2', 'Emil Berg', 'added a private note', 'Sync job failed at 02:00.')}</div>
      <div class="widget-requestor-info"><div class="requester-wrap"><span data-test-id="user-name">Rosa Lind</span></div></div>`);
    const t = freshdeskAdapter.readTicket(doc, 'https://acme.freshdesk.com/a/tickets/900')!;
    expect(t.messages.map((m) => [m.author.name, m.author.role, !!m.internal, m.text])).toEqual([
      ['Rosa Lind', 'customer', false, 'My booking moved by itself.'],
      ['Emil Berg', 'agent', false, 'We are checking the channel manager.'],
      ['Emil Berg', 'agent', true, 'Sync job failed at 02:00.'],
    ]);
  });
});

describe('two copies of a subject that nothing tells apart', () => {
  it('the page is read whole, as before (a sticky header repeating the subject), in Freshdesk and Zendesk', () => {
    const fd = parseHtml(`<header><h2 class="ticket-subject-heading">Refund</h2></header><main><h2 class="ticket-subject-heading">Refund</h2>
      <div class="ticket-thread"><div class="ticket-details__item ticket-details__requestor"><div class="ticket-details__item__content">Where is my refund?</div></div></div></main>`);
    expect(freshdeskAdapter.readTicket(fd, 'https://acme.freshdesk.com/a/tickets/12')!.messages).toHaveLength(1);
    const zd = parseHtml(`<header><input data-test-id="omni-header-subject" value="Refund"></header><main><input data-test-id="omni-header-subject" value="Refund">
      <div role="log">${zdComment('Ana', 'Where is my refund?', '1')}</div></main>`);
    expect(zendeskAdapter.readTicket(zd, ZD('12'))!.messages).toHaveLength(1);
  });
});

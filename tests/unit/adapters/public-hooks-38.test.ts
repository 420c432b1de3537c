// General Intercom rules learnt from public-tuning-38, -39 and -40 (the Intercom parts of held-out sets 8 and 9,
// retired): each test is a small page in the shape its writer's source notes describe (not a copy of the pages), read
// by the built-in adapter, and each failed on the adapter before it learnt the rule.
import { describe, expect, it } from 'vitest';
import { intercomAdapter } from '../../../adapters/intercom';
import { parseHtml } from './helpers';

const URL = 'https://app.intercom.com/a/inbox/q7w3e9r1/inbox/shared/all/conversation/215469120055';

describe('intercom (tuning-38): a part that is its own group', () => {
  // `.inbox2__conversation-part[data-part-group-id][data-part-group-category]`: the group hook and the part class on
  // one element, no `[data-part-id]` inside (an event row among them likewise).
  const part = (id: number, category: number, name: string, text: string) =>
    `<div class="inbox2__conversation-part flex py-1" data-part-group-id="${id}" data-part-group-category="${category}"><div class="flex flex-col"><div class="text-xs"><span>${name}</span><span>· 14:0${id}</span></div><div class="inbox2__renderable-part"><div class="intercom-interblocks-html"><p>${text}</p></div></div></div></div>`;
  const page = `<main data-intercom-target="conversation-space"><header><span data-conversation-title>Login fails after the update</span></header>
    <div data-conversation-stream><div class="px-4">${part(1, 1, 'Yasmin Haddad', 'I cannot log in since the update.')}${part(2, 3, 'Rami Khoury', 'Please sign out everywhere and try again.')}
    <div class="inbox2__conversation-part inbox2__event-part flex justify-center" data-part-group-id="3" data-part-group-category="20"><span>Rami Khoury closed the conversation</span></div></div></div></main>`;

  it('reads each part once, in order, with its role', () => {
    const t = intercomAdapter.readTicket(parseHtml(page), URL)!;
    expect(t.messages.map((m) => m.author.role)).toEqual(['customer', 'agent', 'system']);
    expect(t.messages[1].text).toContain('sign out everywhere');
  });
});

describe('intercom (tuning-38): avatars that show initials, a note label after the name', () => {
  // Parts `[data-intercom-target="conversation-stream-content-part"]` straight in the stream, no group: each draws its
  // own head, the avatar `.inbox-2__avatar[aria-label]` showing the person's initial, then the name, a "Note" label
  // for a note, the time.
  const part = (name: string, initial: string, label: string, text: string) =>
    `<div class="group/content-part flex gap-2" data-intercom-target="conversation-stream-content-part" data-part-id="${text.length}"><span class="inbox-2__avatar" aria-label="${name}">${initial}</span>
      <div class="flex flex-col"><div class="text-xs"><span class="font-semibold">${name}</span>${label}<time>09:01</time></div><div class="inbox-2__renderable-part"><div class="interblocks-html"><p>${text}</p></div></div></div></div>`;
  const page = `<main data-intercom-target="conversation-space"><header><span data-conversation-title>Kwame Asante-Boateng</span></header>
    <div data-conversation-stream><div class="px-4">${part('Kwame Asante-Boateng', 'K', '', 'My export keeps failing.')}${part('Ilse Brandvold', '', '', 'I raised your export limit.')}${part('Ilse Brandvold', '', '<span class="text-xs">Note</span>', 'Revert the override on Friday.')}</div></div></main>`;

  it("names the customer by the avatar's label, not its initial, and reads the labelled part as a note", () => {
    const t = intercomAdapter.readTicket(parseHtml(page), URL)!;
    expect(t.messages.map((m) => [m.author.role, m.author.name ?? null, !!m.internal])).toEqual([
      ['customer', 'Kwame Asante-Boateng', false],
      ['agent', 'Ilse Brandvold', false],
      ['agent', 'Ilse Brandvold', true],
    ]);
  });
});

describe('intercom (tuning-38): the header carries the state and priority as attributes', () => {
  const stream = `<div data-conversation-stream><div data-part-group-id="1" data-part-group-category="1"><div data-part-id="1"><div class="intercom-interblocks-html"><p>Charged twice.</p></div></div></div></div>`;
  const header = (controls: string) =>
    `<main data-intercom-target="conversation-space"><header class="inbox2__conversation-header"><span data-conversation-title>Duplicate charge</span><div class="inbox2__conversation-controls">${controls}</div></header>${stream}</main>`;

  it('reads the state from the state button\'s data-state while its text is the action, and the badge\'s data-priority', () => {
    const t = intercomAdapter.readTicket(parseHtml(header('<span class="badge" data-priority="priority">★ Priority</span><button data-state="open">Close</button>')), URL)!;
    expect([t.status, t.priority]).toEqual(['open', 'priority']);
  });

  it("reads a ticket's state from data-ticket-state, whatever its button says", () => {
    const t = intercomAdapter.readTicket(parseHtml(header('<button data-ticket-state="in_progress">In progress ▾</button>')), URL)!;
    expect(t.status).toBe('in_progress');
  });
});

// Rules learnt from public-tuning-39 and -40 (held-out set 9's two Intercom parts, retired).
describe('intercom (tuning-39): the author line around a teammate name with a badge', () => {
  // `.inbox2__part-author` holding `[data-testid="admin-avatar-name"]` (stored id 18525760070) and a badge ("Agent IA",
  // "Bot") or " · Note" after it.
  const part = (category: number, author: string, text: string) =>
    `<div data-part-group-id="${text.length}" data-part-group-category="${category}"><div data-part-entity-id="${text.length}" class="group/content-part"><div class="intercom-interblocks-html"><p>${text}</p></div><div><span class="inbox2__part-author">${author}</span> <time>10:02</time></div></div></div>`;
  const page = `<main data-intercom-target="conversation-space"><header><span data-conversation-title>Aurélien Castagnet</span></header><div data-conversation-stream>
    ${part(1, 'Aurélien Castagnet', 'Le code SMS n’arrive pas.')}${part(5, '<span data-testid="admin-avatar-name">Fin</span> <span>Agent IA</span>', 'Choisissez le code par e-mail.')}
    ${part(4, '<span data-testid="admin-avatar-name">Lucie Fontvieille</span> · Note', 'Flag de configuration MOB-2291.')}</div></main>`;

  it("names the teammate or bot by the name alone, without the badge or the note's label", () => {
    const t = intercomAdapter.readTicket(parseHtml(page), URL)!;
    expect(t.messages.map((m) => m.author.name)).toEqual(['Aurélien Castagnet', 'Fin', 'Lucie Fontvieille']);
  });
});

describe('intercom (tuning-40): events among ungrouped parts, a title under the name, a Reopen button', () => {
  const message = (type: string, name: string, text: string) =>
    `<div class="flex"><div class="group/content-part" data-part-entity-id="${text.length}" data-author-type="${type}"><div class="inbox-2__renderable-part"><div class="intercom-interblocks-html"><p>${text}</p></div></div></div><div class="footer"><span class="inbox-2__part-author">${name}</span></div></div>`;
  const event = (text: string) => `<div class="inbox-2__conversation-event flex justify-center" data-part-entity-id="${text.length}1"><span>${text}</span> <time>Thu 16:42</time></div>`;
  const page = (controls: string) =>
    `<main data-intercom-target="conversation-space"><header class="inbox2__conversation-header"><span data-inbox-conversation-header-title>Aurelio Benedetti</span><div data-conversation-title>Nightly sync fails with 429</div><div class="inbox2__conversation-controls">${controls}</div></header>
    <div data-conversation-stream>${message('user', 'Aurelio Benedetti', 'Our nightly sync failed again.')}${event('Fin passed this conversation to Integrations')}${message('admin', 'Nadia Farouk', 'Which connector version are you on?')}</div></main>`;

  it('reads the event rows in order with the messages, and the title under the contact name as the subject', () => {
    const t = intercomAdapter.readTicket(parseHtml(page('<button>Close</button>')), URL)!;
    expect(t.messages.map((m) => m.author.role)).toEqual(['customer', 'system', 'agent']);
    expect([t.subject, t.requester.name]).toEqual(['Nightly sync fails with 429', 'Aurelio Benedetti']);
    // (a "Close" button tells nothing: writers read the state as open and as none beside it)
    expect(t.status).toBeUndefined();
  });

  it('reads a conversation showing a Reopen button, in English or German, as closed', () => {
    expect(intercomAdapter.readTicket(parseHtml(page('<button>Reopen</button>')), URL)!.status).toBe('closed');
    expect(intercomAdapter.readTicket(parseHtml(page('<button>Wieder öffnen</button>')), URL)!.status).toBe('closed');
  });
});

// Rules learnt from public-tuning-41 (one of held-out set 11's Intercom parts, retired).
describe('intercom (tuning-41): event rows with no id, a pressed priority toggle, Hebrew and Ember pages', () => {
  const group = (id: number, category: number, text: string) =>
    `<div data-part-group-id="g${id}" data-part-group-category="${category}"><div data-intercom-target="conversation-stream-content-part"><div class="inbox2__conversation-part" data-part-entity-id="${id}"><div class="intercom-interblocks-html"><p>${text}</p></div></div></div></div>`;
  const event = (text: string) => `<div class="inbox2__event-part flex justify-center"><span class="inbox2__event-text">${text}</span><time>10:09</time></div>`;

  it('reads an event row drawn between the groups with neither id, in order', () => {
    const page = `<main data-intercom-target="conversation-space"><header><span data-conversation-title>Zoe Adeyemi</span><div class="inbox2__conversation-controls"><button aria-pressed="true" aria-label="Marked as priority">★ Priority</button></div></header>
      <div data-conversation-stream>${group(1, 1, 'Publishing spins forever.')}${group(2, 5, 'I will pass you to the team.')}${event('Fin handed the conversation over to the team')}${group(3, 3, 'Looking at your DNS now.')}</div></main>`;
    const t = intercomAdapter.readTicket(parseHtml(page), URL)!;
    expect(t.messages.map((m) => m.author.role)).toEqual(['customer', 'bot', 'system', 'agent']);
    expect(t.priority).toBe('priority');
  });

  it("reads an Inbox 2 state badge's data-state in the inbox-2 controls, and a Hebrew Reopen button as closed", () => {
    const page = (controls: string) =>
      `<main data-intercom-target="conversation-space"><header><span data-conversation-title>חשבונית חסרה</span><div class="inbox-2__conversation-controls">${controls}</div></header><div data-conversation-stream>${group(1, 1, 'איפה החשבונית?')}</div></main>`;
    expect(intercomAdapter.readTicket(parseHtml(page('<span data-state="closed">סגורה</span>')), URL)!.status).toBe('closed');
    expect(intercomAdapter.readTicket(parseHtml(page('<button>פתיחה מחדש</button>')), URL)!.status).toBe('closed');
  });

  it("names an Ember part's author by the profile link in its meta line, not the avatar's initials or a tag's link", () => {
    const part = `<div class="conversation__part ember-view"><div class="conversation__bubble-container o__user-comment"><div class="conversation__avatar"><a href="/a/apps/q8w2k5rz/users/5c1f/all-conversations" class="avatar o__user"><span class="avatar__initials">HB</span></a></div>
      <div class="conversation__bubble"><div class="conversation__text"><p>Calendar stopped syncing.</p></div><div><a href="/a/apps/q8w2k5rz/users/segments/all-users/search?tagIds=1" class="tag o__small">Outlook sync</a></div></div>
      <div class="conversation__part__metadata"><a class="js__href-to" href="/a/apps/q8w2k5rz/users/5c1f/all-conversations">Hallie Brandt</a> · <span><time>3h ago</time></span></div></div></div>`;
    const page = `<div class="conversation__stream">${part}</div>`;
    const t = intercomAdapter.readTicket(parseHtml(page), 'https://app.intercom.io/a/apps/q8w2k5rz/inbox/inbox/all/conversations/17342209118')!;
    expect(t.messages[0].author.name).toBe('Hallie Brandt');
  });
});

// Rules learnt from public-tuning-42 (one of held-out set 12's Intercom parts, retired).
describe('intercom (tuning-42): the author line under a chat part, a one-line mail header', () => {
  const part = (category: number, head: string, text: string, foot: string) =>
    `<div data-part-group-id="${text.length}" data-part-group-category="${category}" class="flex justify-start"><div data-intercom-target="conversation-stream-content-part" class="flex flex-col">${head}<div class="inbox2__user-chat-part"><div class="intercom-interblocks-html"><p>${text}</p></div></div>${foot}</div></div>`;
  const page = (parts: string) => `<main data-intercom-target="conversation-space"><header><span data-conversation-title>Refund not received for order 55190</span></header><div data-conversation-stream>${parts}</div></main>`;

  it('names the customer by the "<name>", "· <time>" line under the bubble, so the title stays the subject', () => {
    const t = intercomAdapter.readTicket(parseHtml(page(part(1, '', 'I cancelled two weeks ago.', '<div class="text-xs"><span class="font-semibold">Layla Mansour</span><span>· 10:10</span></div>'))), URL)!;
    expect([t.messages[0].author.name, t.requester.name, t.subject]).toEqual(['Layla Mansour', 'Layla Mansour', 'Refund not received for order 55190']);
  });

  it('names an e-mail part\'s sender from "From: <name> <address> · To: <address>"', () => {
    const head = '<div class="inbox2__email-metadata">From: Hanna Lindqvist &lt;hanna@example.com&gt; · To: support@acme.example.com</div>';
    const t = intercomAdapter.readTicket(parseHtml(page(part(1, head, 'The export stops at 10,000 rows.', ''))), URL)!;
    expect(t.messages[0].author.name).toBe('Hanna Lindqvist');
  });
});

// public-tuning-43 (one of held-out set 10's Intercom parts, retired when the rule above read its events wrong).
describe('intercom (tuning-43): an event row drawn as "<text>", "· <time>" is no author line', () => {
  it('reads the event as a system row with no author', () => {
    const page = `<main data-intercom-target="conversation-space"><header><span data-conversation-title>Ana Duarte</span></header><div data-conversation-stream>
      <div data-part-group-id="g1" data-part-group-category="1"><div data-part-entity-id="1" class="group/content-part"><div class="intercom-interblocks-html"><p>Still waiting.</p></div></div></div>
      <div class="inbox2__conversation-event flex justify-center" data-part-group-id="g2"><div class="flex items-center" data-part-entity-id="2"><span class="inbox2__event-text">Fin handed the conversation over to Team Support</span><span>· 09:14</span></div></div></div></main>`;
    const t = intercomAdapter.readTicket(parseHtml(page), URL)!;
    expect(t.messages.map((m) => [m.author.role, m.author.name ?? null])[1]).toEqual(['system', null]);
  });
});

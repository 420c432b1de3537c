// General Freshdesk rules learnt from public-tuning-24 (the first held-out set, retired to tuning): each test is a
// small page in the shape that set's source notes describe (not a copy of its pages), read by the built-in adapter,
// and each failed on the adapter before it learnt the rule.
import { describe, expect, it } from 'vitest';
import { freshdeskAdapter } from '../../../adapters/freshdesk';
import { parseHtml } from './helpers';

const MINT = 'https://acme.freshdesk.com/a/tickets/20400';
const read = (html: string) => freshdeskAdapter.readTicket(parseHtml(html), MINT)!;
const who = (t: ReturnType<typeof read>) => t.messages.map((m) => [m.author.role, m.author.name ?? null, !!m.internal]);

describe('freshdesk (tuning-24): Mint items inside `.conversation-item` wrappers, activity rows beside them', () => {
  // Public: Mint's thread `.ticket-conversation` of `[data-album]` items (freshdesk-mint-navigator) each holding its
  // `.ticket-details__item`, whose kind is its BEM modifier: `__requestor` (a non-agent's), `__privatenote` (KCG);
  // the author in `.sender-info [data-test-id="user-name"]`, the text in `.text__content`. The item inside the wrapper
  // is the message: its modifier says a private note, and the thread's `.ticket-details__activity` rows, beside the
  // wrappers rather than in one, are system rows in their place.
  const item = (album: string, kind: string, who: string, href: string, verb: string, text: string) =>
    `<div class="conversation-item" data-album="${album}"><div class="ticket-details__item ticket-details__${kind}">
       <div class="sender-info"><a data-test-id="user-name" class="user-name" href="${href}">${who}</a> <span class="action-label">${verb}</span></div>
       <div class="text__content"><p>${text}</p></div></div></div>`;
  const activity = (album: string, text: string) =>
    `<div class="ticket-details__activity" data-album="${album}"><span class="activity-icon"></span><span class="activity-text">${text}</span> <time datetime="2026-06-10T08:00:00Z" class="timeago">10:00</time></div>`;
  const page = (thread: string) => `<div class="ticket-details"><div class="ticket-details-header"><h2 class="ticket-subject-heading">Wrong delivery address</h2></div>
      <div class="ticket-conversation">
        <div class="ticket-description conversation-item" data-album="desc"><div class="ticket-details__item ticket-details__requestor">
          <div class="sender-info"><a data-test-id="user-name" class="user-name" href="/a/contacts/4">Camille Moreau</a> <span class="action-label">reported via email</span></div>
          <div id="ticket_original_request" class="text__content"><p>Please fix the address.</p></div></div></div>
        ${thread}
      </div><div class="reply-box"><div class="fr-element fr-view" contenteditable="true"></div></div></div>
      <div class="ticket-contact-sidebar"><div data-test-id="requester-info-contact-email"><span class="info-details-content">camille@example.org</span></div></div>`;

  it('reads a wrapped item marked ticket-details__privatenote as an internal note', () => {
    const t = read(page([
      item('1', 'privatenote', 'Julien Marchand', '/a/admin/agents/3', 'added a private note', 'Not shipped yet.'),
      item('2', 'agent', 'Julien Marchand', '/a/admin/agents/3', 'replied', 'I can change it.'),
      item('3', 'requestor', 'Camille Moreau', '/a/contacts/4', 'replied', 'Thanks!'),
    ].join('')));
    expect(who(t)).toEqual([
      ['customer', 'Camille Moreau', false],
      ['agent', 'Julien Marchand', true],
      ['agent', 'Julien Marchand', false],
      ['customer', 'Camille Moreau', false],
    ]);
  });

  it('reads the note by its modifier class when its header line names no note (a translated verb)', () => {
    const t = read(page(item('1', 'privatenote', 'Julien Marchand', '/a/admin/agents/3', 'a ajouté une note', 'Étiquette régénérée.')));
    expect(who(t)[1]).toEqual(['agent', 'Julien Marchand', true]);
  });

  it("reads the thread's activity rows between the wrappers as system messages in their place", () => {
    const t = read(page([
      item('1', 'agent', 'Freddy AI Agent', '/a/admin/agents/9', 'replied', 'Did clearing cookies help?'),
      activity('activity-2', 'Ticket escalated to SSO Engineering by rule Escalate SSO outages'),
      item('3', 'agent', 'Ingrid Solberg', '/a/admin/agents/5', 'replied', 'Could you send a HAR file?'),
      activity('activity-4', 'Status changed from Open to Pending by Ingrid Solberg'),
      item('5', 'privatenote', 'Kenji Watanabe', '/a/admin/agents/6', 'added a private note', 'Hotfix deployed.'),
    ].join('')));
    expect(who(t)).toEqual([
      ['customer', 'Camille Moreau', false],
      ['bot', 'Freddy AI Agent', false],
      ['system', null, false],
      ['agent', 'Ingrid Solberg', false],
      ['system', null, false],
      ['agent', 'Kenji Watanabe', true],
    ]);
    expect(t.messages[2].text).toContain('Ticket escalated to SSO Engineering');
    expect(t.messages[4].text).toContain('Status changed from Open to Pending');
  });
});

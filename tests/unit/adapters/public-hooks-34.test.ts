// General Intercom rules learnt from public-tuning-34 (held-out set 4b's Intercom pages, retired) and blind batch 32:
// each test is a small page in the shape their source notes describe (not a copy of their pages), read by the
// built-in adapter, and each failed on the adapter before it learnt the rule.
import { describe, expect, it } from 'vitest';
import { intercomAdapter } from '../../../adapters/intercom';
import { parseHtml } from './helpers';

const URL = 'https://app.intercom.com/a/inbox/abcd1234/inbox/shared/all/conversation/215470338812345';
const EMBER = 'https://app.intercom.io/a/apps/q7x2kd9m/inbox/inbox/all/conversations/18934477120';

describe('intercom (tuning-34): Inbox 2 beside its conversation list', () => {
  // The list's header names the inbox's filter ("Open"); the details sidebar (ShiftZen: `p.inbox2__attribute__label`
  // rows) keys its e-mail row `data-key="email"` (catalogue row 17's key, here on the row's value itself).
  const page = `<section class="inbox-2__conversation-list"><header><span>Open</span><span>Newest</span></header><a href="/a/inbox/abcd1234/inbox/shared/all/conversation/2">Other</a></section>
    <div data-intercom-target="conversation-space"><header class="inbox-2__conversation-header"><span class="inbox-2__conversation-title">Gerrit Vandamme</span></header>
      <div data-conversation-stream><div data-part-group-id="1"><div data-part-id="801" data-intercom-target="conversation-stream-content-part"><div class="inbox-2__user-email-part"><div class="intercom-interblocks-html"><p>Invoice is wrong.</p></div></div></div></div></div></div>
    <div class="details"><p class="inbox-2__attribute__label">Email</p><div data-key="email"><span class="truncate"><span>gerrit@example.org</span></span></div></div>`;
  const t = intercomAdapter.readTicket(parseHtml(page), URL)!;

  it("reads the requester's address from the row keyed email", () => expect(t.requester.email).toBe('gerrit@example.org'));

  it("does not take the list's filter title for the conversation's state", () => expect(t.status).toBeUndefined());
});

describe('intercom (tuning-34): the Ember inbox names a run of parts once, under its last bubble', () => {
  const part = (kind: string, text: string, meta: string) =>
    `<div class="ember-view conversation__part o__part-${kind}-comment"><div class="conversation__bubble-container"><div class="conversation__bubble o__${kind}-comment"><div class="conversation__text"><p>${text}</p></div></div></div>${meta ? `<div class="conversation__part__meta">${meta} · <span class="conversation__part__timestamp">8:15 AM</span></div>` : ''}</div>`;
  const page = `<div class="conversation__view__stream-wrapper" data-conversation-id="18934477120"><div class="ember-view conversation__stream">
    ${part('user', 'Does the Team plan include SSO?', '<a href="/a/apps/q7x2kd9m/users/5b2f/all-conversations">Kwame Lind</a>')}
    ${part('bot', 'The team typically replies in a few hours.', '<span class="conversation__bot-name">Operator</span>')}
    ${part('admin', 'SSO is part of the Business plan.', '')}
    ${part('admin', 'Happy to set up a trial.', '<a href="/a/apps/q7x2kd9m/admins/2207114">Sofie Lindqvist</a>')}
    </div></div>`;

  it("names the bot by its meta line's bot name, and the run's first part by the name under its last", () => {
    const t = intercomAdapter.readTicket(parseHtml(page), EMBER)!;
    expect(t.messages.map((m) => [m.author.role, m.author.name ?? null])).toEqual([
      ['customer', 'Kwame Lind'],
      ['bot', 'Operator'],
      ['agent', 'Sofie Lindqvist'],
      ['agent', 'Sofie Lindqvist'],
    ]);
  });
});

describe('intercom (tuning-35): the details sheet says the state', () => {
  // ShiftZen (stored id 36204049485): `.inbox2__conversation-details-sidebar-sheet` of `p.inbox2__attribute__label`
  // rows, their values in `.popover__opener span`; the row "Status" in the UI's language.
  it('reads a German "Status: Offen" row of the details sheet as open, when the header shows no state', () => {
    const page = `<div data-intercom-target="conversation-space"><header><span data-conversation-title>Rechnung falsch</span><div><button>Schließen</button></div></header>
      <div data-conversation-stream><div data-part-group-id="1"><div data-part-id="1" data-intercom-target="conversation-stream-content-part"><div class="intercom-interblocks-html"><p>Die Rechnung ist falsch.</p></div></div></div></div></div>
      <aside class="inbox2__conversation-details-sidebar-sheet"><div><p class="inbox2__attribute__label">Status</p><div><span class="popover__opener"><span class="ml-2 truncate">Offen</span></span></div></div></aside>`;
    expect(intercomAdapter.readTicket(parseHtml(page), URL)!.status).toBe('open');
  });
});

describe('intercom (tuning-36): Inbox 2 parts named by their kind, avatars drawn by style', () => {
  // Each part a `[data-intercom-target="conversation-stream-content-part"]` with no part group around it, its avatar
  // `.inbox2__avatar[aria-label]` with no text (a picture by its style: stored id 45282487857), its bubble
  // `inbox2__<kind>-part` as ShiftZen names the e-mail and note parts (`user-part`, `bot-part` by the same pattern).
  const part = (kind: string, name: string, text: string) =>
    `<div data-intercom-target="conversation-stream-content-part" data-part-id="${text.length}"><div class="inbox2__avatar" aria-label="${name}" style="background-color: #c4b5fd"></div>
      <div class="inbox2__${kind}-part"><div class="intercom-interblocks"><div class="intercom-interblocks-html"><p>${text}</p></div></div></div></div>`;
  const page = `<main data-intercom-target="conversation-space"><header data-intercom-target="inbox-header"><span data-conversation-title>Change delivery address</span></header>
    <div data-conversation-stream><div class="conversation-stream">${part('user', 'Yara Haddad', 'Can I change the address?')}${part('bot', 'Fin', 'Yes, from your order page.')}${part('user', 'Yara Haddad', 'I cannot find it there.')}</div></div></main>`;

  it('names each part by its avatar and reads the bot part as the bot, the user parts as the customer', () => {
    const t = intercomAdapter.readTicket(parseHtml(page), URL)!;
    expect(t.messages.map((m) => [m.author.role, m.author.name ?? null])).toEqual([
      ['customer', 'Yara Haddad'],
      ['bot', 'Fin'],
      ['customer', 'Yara Haddad'],
    ]);
    expect([t.subject, t.requester.name]).toEqual(['Change delivery address', 'Yara Haddad']);
  });
});

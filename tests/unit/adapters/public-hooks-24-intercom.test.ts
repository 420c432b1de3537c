// General Intercom rules learnt from public-tuning-24 (the first held-out set, retired to tuning): its older Ember
// inbox card names each part's author in `.conversation__author` on the part's meta line, and shows the contact in
// the `.inbox__user-profile` sidebar. Each test is a small page in that shape (not a copy of the set's page), read by
// the built-in adapter, and each failed on the adapter before it learnt the rule.
import { describe, expect, it } from 'vitest';
import { intercomAdapter } from '../../../adapters/intercom';
import { parseHtml } from './helpers';

const IC = 'https://app.intercom.com/a/apps/ab12cd34/inbox/inbox/conversation/5501';
const ic = (html: string) => intercomAdapter.readTicket(parseHtml(html), IC)!;
const kinds = (t: ReturnType<typeof ic>) => t.messages.map((m) => [m.author.role, !!m.internal, m.author.name ?? null]);

/** An Ember part: avatar initials, a meta line (`meta`) and its comment text (`.intercom-comment-body`). */
const part = (mods: string, meta: string, text: string, id: number) => `
  <div class="conversation__part ${mods} ember-view" data-conversation-part-id="${id}">
    <div class="conversation__part__avatar avatar"><span class="avatar__initials">${text[0]}</span></div>
    <div class="conversation__part__content">
      <div class="conversation__part__meta">${meta} <time class="conversation__part__time" datetime="2025-05-0${id % 9}T10:00:00Z">10:00</time></div>
      <div class="conversation__message intercom-comment-body"><p>${text}</p></div>
    </div>
  </div>`;
const author = (who: string) => `<span class="conversation__author">${who}</span>`;
const card = (parts: string, profile = '') => `
  <div class="inbox">
    <div class="card conversation__card o__expanded" data-conversation-id="5501">
      <div class="inbox__card__header"><div class="inbox__card__header__title">Amara Nwosu</div></div>
      <div class="conversation__card__content-expanded"><div class="conversation__stream"><div class="conversation__parts">${parts}</div></div>
        <div class="conversation__card__content-expanded__controls"><div class="ProseMirror embercom-prosemirror-composer-editor" contenteditable="true" role="textbox"></div></div>
      </div>
    </div>
    ${profile}
  </div>`;

describe("intercom: the older Ember part's author is its `.conversation__author`", () => {
  it('customer, Operator, teammate and a teammate\'s note each named by their meta line', () => {
    const t = ic(
      card(
        part('o__user', author('Amara Nwosu'), 'My invoice shows the wrong VAT number.', 1) +
          part('o__admin o__bot', author('Operator'), 'The team will be back in an hour.', 2) +
          `<div class="conversation__part o__event ember-view" data-conversation-part-id="3"><div class="conversation__part__event-text">Lena Vogt assigned this conversation to Billing</div></div>` +
          part('o__admin', author('Lena Vogt'), 'I have corrected it and sent a new invoice.', 4) +
          part('o__admin o__note', `${author('Lena Vogt')} <span class="conversation__part__note-label">added a note</span>`, 'VAT id fixed in Stripe too.', 5),
      ),
    );
    expect(kinds(t)).toEqual([
      ['customer', false, 'Amara Nwosu'],
      ['bot', false, 'Operator'],
      ['system', false, null],
      ['agent', false, 'Lena Vogt'],
      ['agent', true, 'Lena Vogt'],
    ]);
    expect(t.requester.name).toBe('Amara Nwosu');
  });

  it("a part's text is its comment body: no avatar initials, no note label", () => {
    const t = ic(card(part('o__admin o__note', `${author('Lena Vogt')} <span class="conversation__part__note-label">added a note</span>`, 'VAT id fixed in Stripe too.', 5)));
    expect(t.messages.map((m) => m.text)).toEqual(['VAT id fixed in Stripe too.']);
  });
});

describe('intercom: the older Ember inbox\'s `.inbox__user-profile` sidebar names the contact', () => {
  const profile = `<div class="inbox__user-profile"><div class="user-profile__name">Amara Nwosu</div>
    <dl class="user-profile__attributes"><dt>Email</dt><dd><a href="mailto:amara.nwosu@example.com">amara.nwosu@example.com</a></dd><dt>Plan</dt><dd>Pro</dd></dl>
    <div class="user-profile__teammates"><h4>Also viewing</h4><span>Lena Vogt</span></div></div>`;

  it('its name line and its "Email" row, when no part of the customer names them', () => {
    // (the customer's parts carry no author line here: only the sidebar names the contact)
    const t = ic(card(part('o__user', '', 'My invoice shows the wrong VAT number.', 1) + part('o__admin', author('Lena Vogt'), 'Corrected.', 2), profile));
    expect(t.requester).toEqual({ name: 'Amara Nwosu', email: 'amara.nwosu@example.com' });
  });

  it('its "Email" row whatever name the sidebar shows (a nickname beside the address)', () => {
    const nick = profile.replace('<div class="user-profile__name">Amara Nwosu</div>', '<div class="user-profile__name">Amy</div>');
    const t = ic(card(part('o__user', author('Amara Nwosu'), 'My invoice shows the wrong VAT number.', 1), nick));
    expect(t.requester.email).toBe('amara.nwosu@example.com');
  });
});

describe("intercom: an older Ember part's meta line \"<name> · <time>\" names its author", () => {
  const bubble = (side: string, meta: string, text: string) => `
    <div class="conversation__part ember-view"><div class="conversation__bubble-container o__${side}-comment">
      <div class="conversation__bubble"><div class="conversation__text"><p>${text}</p></div></div>
      <div class="conversation__part__metadata">${meta}</div></div></div>`;
  const page = (parts: string) => `<div class="card conversation__card"><div class="conversation__stream ember-view">${parts}</div>
    <div class="composer-inbox conversation__text" contenteditable="true" role="textbox"><p><br></p></div></div>`;

  it('customer and teammate named by the text before the separator; an event beside its time has no author', () => {
    const t = ic(
      page(
        bubble('user', 'Kwame Asante · <time datetime="2020-02-03T10:00:00Z">Feb 3</time>', 'The reset link never arrives.') +
          bubble('admin', 'Sofia Marin • <time datetime="2020-02-03T10:05:00Z">Feb 3</time>', 'I sent a new one just now.') +
          `<div class="conversation__part o__event ember-view"><span class="conversation__event__text">Sofia Marin snoozed this conversation</span> <time datetime="2020-02-03T10:06:00Z">Feb 3</time></div>`,
      ),
    );
    expect(kinds(t)).toEqual([
      ['customer', false, 'Kwame Asante'],
      ['agent', false, 'Sofia Marin'],
      ['system', false, null],
    ]);
  });
});

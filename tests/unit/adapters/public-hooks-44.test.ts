// General Intercom rules learnt from public-tuning-44 and -45 (the two Intercom parts of held-out set 13, retired):
// each test is a small page in the shape its writer's source notes describe (not a copy of the pages), read by the
// built-in adapter, and each failed on the adapter before it learnt the rule.
import { describe, expect, it } from 'vitest';
import { intercomAdapter } from '../../../adapters/intercom';
import { parseHtml } from './helpers';

const URL = 'https://app.intercom.com/a/inbox/h6n0dq4s/inbox/admin/6120044/conversation/215473004100001';
const read = (html: string, url = URL) => intercomAdapter.readTicket(parseHtml(html), url)!;
const authors = (html: string) => read(html).messages.map((m) => [m.author.role, m.author.name ?? null]);

describe('intercom (tuning-44): a group head whose avatar shows an initial, with no label', () => {
  // Each group: a head row (avatar showing one letter, then the name), then its Tailwind parts with the author type.
  const group = (id: number, initial: string, name: string, type: string, text: string) =>
    `<div class="flex flex-col" data-part-group-id="g${id}"><div class="flex gap-2 text-sm"><span class="inbox-2__avatar">${initial}</span><span>${name}</span></div>
      <div class="group/content-part relative" data-part-entity-id="${id}" data-author-type="${type}"><div class="inbox-2__break-words"><div class="interblocks-html"><p>${text}</p></div></div><time datetime="2026-05-04T10:0${id}:00Z">10:0${id}</time></div></div>`;
  const page = `<div dir="rtl"><div class="inbox-2__conversation-header"><span data-inbox-conversation-header-title>מיכל אלון</span></div>
    <div data-conversation-stream>${group(1, 'מ', 'מיכל אלון', 'user', 'החשבון שלי ננעל.')}${group(2, 'ד', 'דניאל כץ', 'admin', 'שחררתי את הנעילה.')}</div>
    <aside><div class="inbox-2__profile-card"><div class="inbox-2__avatar">מ</div><h2>מיכל אלון</h2></div></aside></div>`;

  it('names each author by the name beside the avatar, not its initial', () => {
    expect(authors(page)).toEqual([
      ['customer', 'מיכל אלון'],
      ['agent', 'דניאל כץ'],
    ]);
  });

  it("so the header's title, the contact's name, is no subject", () => {
    const t = read(page);
    expect(t.requester.name).toBe('מיכל אלון');
    expect(t.subject).toBe('');
  });
});

describe('intercom (tuning-45): parts that carry the group id themselves, under a wrapper with the author row', () => {
  const part = (id: number, type: string, text: string) =>
    `<div class="group/content-part relative flex flex-col" data-part-group-id="c-${id}" data-part-entity-id="${id}" data-author-type="${type}"><div class="rounded-xl p-3"><div class="inbox-2__break-words"><p>${text}</p></div></div><div class="text-xs">10:0${id}</div></div>`;
  const wrapper = (name: string, type: string, ...parts: string[]) =>
    `<div class="flex flex-col" data-part-group-wrapper=""><div class="flex items-center gap-2" data-author-type="${type}"><span class="inbox-2__avatar" aria-label="${name}"></span><span class="text-sm">${name}</span></div>${parts.join('')}</div>`;
  const page = `<div data-conversation-stream>${wrapper('Ayla Demir', 'user', part(1, 'user', 'I was charged twice.'), part(2, 'user', 'Screenshot attached.'))}
    <div class="group/content-part flex justify-center" data-part-group-id="c-3" data-part-entity-id="3" data-author-type="system"><div class="inbox-2__break-words">Fin handed the conversation to Billing</div></div>
    ${wrapper('Tomasz Nowak', 'admin', part(4, 'admin', 'I refunded the second charge.'))}</div>`;

  it('names each part by the row above it in its wrapper; the event between the wrappers gets no author', () => {
    expect(authors(page)).toEqual([
      ['customer', 'Ayla Demir'],
      ['customer', 'Ayla Demir'],
      ['system', null],
      ['agent', 'Tomasz Nowak'],
    ]);
  });
});

describe('intercom (tuning-44, -45): the older Ember card list', () => {
  const EMBER_URL = 'https://app.intercom.io/a/apps/p2m7wx0d/inbox/inbox/conversation/9120400002';
  const card = (id: number, contact: string, title: string, expanded: string) =>
    `<div class="card conversation__card ${expanded ? 'o__expanded' : 'o__in-list'} ember-view" data-conversation-id="91204000${id}">
      <div class="conversation__card__header"><a href="/a/apps/p2m7wx0d/users/5a${id}"><span>${contact}</span></a></div>
      <div class="conversation__card__title__text inbox__card__header__title">${title}</div>${expanded}</div>`;
  const thread = `<div class="conversation__card__state">Closed by Marta Ruiz · <button class="btn">Reopen</button></div>
    <div class="conversation__stream"><div class="conversation__part o__for-user ember-view" data-part-id="1"><div class="conversation__text"><p>My parcel never arrived.</p></div>
      <a class="conversation__part__author" href="/a/apps/p2m7wx0d/users/5a02/all-conversations"><span>Oskar Lindqvist</span></a></div></div>`;
  const page = `<div class="inbox__cards">${card(1, 'Priya Raman', 'Password reset', '')}${card(2, 'Oskar Lindqvist', 'Lost parcel', thread)}</div>`;

  it("takes the requester from the open card's header, not the first card's in the list", () => {
    expect(read(page, EMBER_URL).requester.name).toBe('Oskar Lindqvist');
  });

  it('reads the state line "Closed by <teammate>" as closed', () => {
    expect(read(page, EMBER_URL).status).toBe('closed');
  });
});

// General Intercom rules learnt from blind batches 17 and 18 (two resamples of the held-out README's brief, each
// writer doing their own public research): each test is a small page in the shape the batches' SOURCES.md describe
// (not a copy of a batch page), read by the built-in adapter, and each failed on the adapter before it learnt the rule.
import { describe, expect, it } from 'vitest';
import { intercomAdapter } from '../../../adapters/intercom';
import { parseHtml } from './helpers';

const IC = 'https://app.intercom.com/a/apps/ab12cd34/inbox/inbox/conversation/5510';
const ic = (html: string) => intercomAdapter.readTicket(parseHtml(html), IC)!;
const kinds = (t: ReturnType<typeof ic>) => t.messages.map((m) => [m.author.role, !!m.internal, m.author.name ?? null]);

/** One comment of the older Ember inbox drawn straight in `.conversation__stream` (Tag Enforcer userscript: the
 *  stream's children are `ember-view`s, `.conversation__bubble-container.o__user-comment`, `.conversation__bubble__meta`). */
const bubble = (kind: 'user' | 'admin', who: string, text: string, textClass = '') => `
  <div class="ember-view conversation__bubble-container o__${kind}-comment"><div class="conversation__bubble o__${kind}">
    <div class="conversation__text${textClass}"><p>${text}</p></div></div>
    <div class="conversation__bubble__meta"><span>${who}</span> <span>5m</span></div></div>`;
/** The Ember card layout: a list of other conversations' cards first, then the open one (toggl/clockify intercom.js:
 *  `.card.conversation__card.o__in-list`, `.inbox__card__header__title`, the expanded card's controls). */
const emberPage = (stream: string) => `
  <div class="inbox__conversation-list"><div class="card conversation__card o__in-list" data-conversation-id="5501">
    <div class="conversation__card__title__text">Other Person</div><div>Another question entirely, a long one</div></div></div>
  <div class="card conversation__card" data-conversation-id="5510">
    <div class="inbox__card__header"><div class="inbox__card__header__title">Jonas Falk</div></div>
    <div class="conversation__stream">${stream}</div>
    <div class="conversation__card__content-expanded__controls">
      <div class="ProseMirror embercom-prosemirror-composer-editor" contenteditable="true" role="textbox"><p><br></p></div></div></div>`;

describe('intercom Ember inbox: each child of the stream is one part when no part hook matches', () => {
  // (the event row says what it is in its class words, as every writer's event rows do: kindFromAttributes)
  it('comments and the event row between them are read in order, authors from the bubble meta line', () => {
    const t = ic(
      emberPage(
        bubble('user', 'Jonas Falk', 'My export stopped working this morning.') +
          '<div class="ember-view conversation__event"><span>Mia Berg assigned this conversation to Data team</span></div>' +
          bubble('admin', 'Mia Berg', 'Thanks Jonas, looking into it now.'),
      ),
    );
    expect(t.messages.map((m) => m.text)).toEqual([
      'My export stopped working this morning.',
      'Mia Berg assigned this conversation to Data team',
      'Thanks Jonas, looking into it now.',
    ]);
    expect(t.messages.map((m) => m.author.name ?? null)).toEqual(['Jonas Falk', null, 'Mia Berg']);
    expect(t.messages[0].author.role).toBe('customer');
    expect(t.messages[2].author.role).toBe('agent');
    expect(t.requester.name).toBe('Jonas Falk');
  });

  it('bubble containers straight in the stream without the Ember class are the parts too', () => {
    const t = ic(emberPage((bubble('user', 'Jonas Falk', 'My export stopped working.') + bubble('admin', 'Mia Berg', 'Looking into it now.')).replaceAll('ember-view ', '')));
    expect(kinds(t)).toEqual([
      ['customer', false, 'Jonas Falk'],
      ['agent', false, 'Mia Berg'],
    ]);
  });

  it("a teammate's bubble whose text block is a note's (`.conversation__text.o__note`) is an internal note", () => {
    const t = ic(emberPage(bubble('user', 'Jonas Falk', 'Any news on the export?') + bubble('admin', 'Mia Berg', 'Same bug as last week, see the incident.', ' o__note')));
    expect(kinds(t)).toEqual([
      ['customer', false, 'Jonas Falk'],
      ['agent', true, 'Mia Berg'],
    ]);
  });
});

/** A group of the newest markup (Support Copilot CHANGELOG: `data-part-group-id`, `data-author-type` on the group,
 *  Tailwind `group/content-part` parts, no category, no alignment classes). */
const group = (type: string | null, head: string, text: string) => `
  <div data-part-group-id="g-${text.length}"${type ? ` data-author-type="${type}"` : ''} class="flex flex-col gap-1">${head}
    <div class="group/content-part relative" data-part-entity-id="p-${text.length}"><div class="inbox-2__break-words"><div class="interblocks-html"><p>${text}</p></div></div></div></div>`;
const tailwindPage = (groups: string) => `
  <div class="inbox-2__conversation-page" data-conversation-id="5510">
    <div data-intercom-target="inbox-header"><span data-inbox-conversation-header-title>سارة الأحمد</span></div>
    <div data-testid="conversation-stream-scroll-container">${groups}</div>
    <div data-conversation-reply-composer><div class="ProseMirror" contenteditable="true"></div></div></div>`;
const name = (n: string) => `<div class="flex items-center gap-2"><span class="font-semibold">${n}</span></div>`;

describe("intercom newest markup: an event's group is a system row", () => {
  it('`data-author-type="system"`', () => {
    const t = ic(tailwindPage(group('user', name('سارة الأحمد'), 'طلبي لم يصل بعد.') + group('system', '', 'Conversation assigned to Billing') + group('admin', name('Omar Said'), 'سأتحقق الآن.')));
    expect(kinds(t)).toEqual([
      ['customer', false, 'سارة الأحمد'],
      ['system', false, null],
      ['agent', false, 'Omar Said'],
    ]);
  });

  it('a group with no author type and no author line, where the other groups name their author type', () => {
    const t = ic(tailwindPage(group('user', name('سارة الأحمد'), 'طلبي لم يصل بعد.') + group(null, '', 'Conversation snoozed until tomorrow') + group('admin', name('Omar Said'), 'سأتحقق الآن.')));
    expect(kinds(t)).toEqual([
      ['customer', false, 'سارة الأحمد'],
      ['system', false, null],
      ['agent', false, 'Omar Said'],
    ]);
  });
});

describe("intercom e-mail: the metadata's Subject line with its label drawn apart, no colon", () => {
  it('"<span>Subject</span> <span>…</span>" gives the subject', () => {
    const t = ic(`
      <div class="inbox2__conversation-page" data-conversation-id="5510">
        <span data-inbox-conversation-header-title>Ana Lima</span>
        <div data-conversation-stream><div data-part-group-id="g0" data-part-group-category="1"><span class="inbox2__part-group__author">Ana Lima</span>
          <div data-part-entity-id="p0" class="inbox2__user-email-part"><div class="channels__inbox__email-metadata-container">
            <div><span>From</span> <span>Ana Lima &lt;ana@example.com&gt;</span></div><div><span>Subject</span> <span>Refund for order 4471</span></div></div>
            <div class="interblocks-html"><p>Hello, I returned the parcel last week.</p></div></div></div></div></div>`);
    expect(t.subject).toBe('Refund for order 4471');
  });
});

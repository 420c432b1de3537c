// General Intercom rules learnt from blind batch 23 (a resample of the held-out README's Intercom rows by a writer who
// read only that README and public sources, asked to make the other plausible choices): each test is a small page in
// the shape the batch's SOURCES.md describes (not a copy of a batch page), read by the built-in adapter, and each
// failed on the adapter before it learnt the rule.
import { describe, expect, it } from 'vitest';
import { intercomAdapter } from '../../../adapters/intercom';
import { parseHtml } from './helpers';

const IC = 'https://app.intercom.com/a/inbox/ab12cd34/inbox/conversation/8801';
const ic = (html: string) => intercomAdapter.readTicket(parseHtml(html), IC)!;
const kinds = (t: ReturnType<typeof ic>) => t.messages.map((m) => [m.author.role, !!m.internal, m.author.name ?? null]);

/** A newest-Inbox part group (`data-part-group-id`, `data-author-type`, `group/content-part` parts: Support Copilot's
 *  hooks) with its author row (`head`, invented markup) above the parts. */
const group = (id: string, type: string, head: string, ...texts: string[]) => `
  <div class="flex flex-col gap-1" data-part-group-id="${id}" data-author-type="${type}">
    ${head ? `<div class="flex gap-2 text-xs">${head} <span>·</span> <span>2h</span></div>` : ''}
    ${texts.map((t, i) => `<div class="group/content-part" data-part-entity-id="${id}${i}"><div class="inbox-2__break-words interblocks-html"><p>${t}</p></div></div>`).join('')}
  </div>`;
const stream = (groups: string) => `<div data-testid="conversation-stream-scroll-container"><div data-conversation-stream="">${groups}</div></div>
  <div data-conversation-reply-composer><div class="ProseMirror embercom-prosemirror-composer-editor" contenteditable="true" role="textbox"><p></p></div></div>`;
const name = (who: string) => `<span class="font-semibold">${who}</span>`;

describe('intercom: a conversation the page keeps mounted but hidden is not the open one', () => {
  it('a background tab with `hidden`, before the open conversation, with its own stream', () => {
    const t = ic(`<div class="inbox-2__conversation-page">
      <section hidden data-conversation-id="9900">${stream(group('z1', 'user', name('Other Person'), 'Text of another conversation.'))}</section>
      <h2 data-inbox-conversation-header-title>Hala Farouk</h2>
      ${stream(group('g1', 'user', name('Hala Farouk'), 'We need twenty more seats.') + group('g2', 'admin', name('Tarek Hamdan'), 'I will send a quote.'))}
    </div>`);
    expect(kinds(t)).toEqual([
      ['customer', false, 'Hala Farouk'],
      ['agent', false, 'Tarek Hamdan'],
    ]);
  });

  it('a stale expanded card with `display:none` among the older inbox list cards', () => {
    const card = (id: string, style: string, who: string, text: string) => `
      <div class="card conversation__card o__expanded" data-conversation-id="${id}" style="${style}">
        <div class="conversation__parts"><div class="conversation__part o__user-comment"><div class="conversation__part__content">${text}</div>
        <span class="conversation__part__author">${who}</span></div></div>
        <div class="inbox__conversation-controls__inserter"><div class="composer-borderless" contenteditable="true" role="textbox"></div></div></div>`;
    const t = ic(`<div class="conversation__list">
      <div class="card conversation__card o__in-list" data-conversation-id="6201"><div class="conversation__card__summary">Invoice missing</div></div>
      ${card('7001', 'display:none', 'Old Person', 'Old hidden thread text')}
      ${card('6204', '', 'Jonas Keller', 'The CSV export stops at 5000 rows.')}</div>`);
    expect(t.messages.map((m) => m.text)).toEqual(['The CSV export stops at 5000 rows.']);
    expect(t.messages[0].author.name).toBe('Jonas Keller');
  });
});

describe("intercom: the older inbox's reply inserter holds the editor, whatever the editable's class", () => {
  it('`.inbox__conversation-controls__inserter [contenteditable]` (saadq/intercom-code)', () => {
    const doc = parseHtml(`<div class="card conversation__card o__expanded" data-conversation-id="6204">
      <div class="conversation__parts"><div class="conversation__part o__user-comment"><div class="conversation__part__content">Hello</div></div></div>
      <div class="inbox__conversation-controls"><div class="inbox__conversation-controls__inserter">
        <div class="composer-borderless embercom-composer" contenteditable="true" role="textbox"></div></div></div></div>`);
    expect(intercomAdapter.findEditor(doc)?.classList.contains('embercom-composer')).toBe(true);
  });
});

describe('intercom newest Inbox: author types and note labels', () => {
  it("the REST API's `ai_agent` author type is Fin, a bot (not a teammate)", () => {
    const t = ic(stream(group('g1', 'contact', name('Youssef Mansour'), 'My parcel is late.') + group('g2', 'ai_agent', name('Fin'), 'Sorry for the delay.') + group('g3', 'teammate', name('Salma Youssef'), 'Let me check.')));
    expect(kinds(t)).toEqual([
      ['customer', false, 'Youssef Mansour'],
      ['bot', false, 'Fin'],
      ['agent', false, 'Salma Youssef'],
    ]);
  });

  it("a teammate's group labelled as a note in the UI's language (Arabic \"ملاحظة\", Spanish \"Nota interna\") is internal, and the label is not its author", () => {
    const label = (l: string) => `<span class="rounded bg-yellow-100 px-1">${l}</span> `;
    const t = ic(stream(group('g1', 'user', name('Omar Khatib'), 'I am locked out.') + group('g2', 'admin', label('ملاحظة') + name('عمر الخطيب'), 'Locked after five failed attempts.', 'I will unlock it.') + group('g3', 'admin', label('Nota interna') + name('Lucía Pérez'), 'Known issue.')));
    expect(kinds(t)).toEqual([
      ['customer', false, 'Omar Khatib'],
      ['agent', true, 'عمر الخطيب'],
      ['agent', true, 'عمر الخطيب'],
      ['agent', true, 'Lucía Pérez'],
    ]);
  });
});

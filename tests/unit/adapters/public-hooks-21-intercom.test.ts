// General Intercom rules learnt from blind batch 19 (a resample of the held-out README's Intercom rows by a writer who
// read only that README and public sources): each test is a small page in the shape the batch's SOURCES.md describes
// (not a copy of a batch page), read by the built-in adapter, and each failed on the adapter before it learnt the rule.
import { describe, expect, it } from 'vitest';
import { intercomAdapter } from '../../../adapters/intercom';
import { parseHtml } from './helpers';

const IC = 'https://app.intercom.com/a/apps/ab12cd34/inbox/inbox/conversation/7710';
const ic = (html: string) => intercomAdapter.readTicket(parseHtml(html), IC)!;
const kinds = (t: ReturnType<typeof ic>) => t.messages.map((m) => [m.author.role, !!m.internal, m.author.name ?? null]);

/** One comment of the older Ember inbox, a child of `.conversation__stream` (Tag Enforcer userscript: `span.ember-view`
 *  children, `.conversation__bubble-container.o__user-comment / .o__admin-comment`, `.conversation__bubble`,
 *  `.conversation__text`, `.conversation__bubble__meta`). `mod` is added to the container and the bubble. */
const bubble = (kind: 'user' | 'admin', who: string, text: string, mod = '') => `
  <span class="ember-view"><div class="conversation__bubble-container o__${kind}-comment${mod} ember-view">
    <div class="conversation__bubble${mod}"><div class="conversation__text"><p>${text}</p></div>
    <div class="conversation__bubble__meta"><span>${who}</span> <time>10:02</time></div></div></div></span>`;
const emberPage = (stream: string) => `
  <div class="card conversation__card o__in-list" data-conversation-id="7710">
    <div class="conversation__card__title__text">Lena Vogt</div>
    <div class="conversation__stream">${stream}</div>
    <div class="conversation__card__content-expanded__controls">
      <div class="conversation__text"><div class="ProseMirror embercom-prosemirror-composer-editor" contenteditable="true"><p><br></p></div></div></div></div>`;

describe("intercom Ember inbox: a teammate's bubble with the `o__note` modifier is an internal note", () => {
  it('on the bubble container and the bubble (not only on the text block)', () => {
    const t = ic(
      emberPage(
        bubble('user', 'Lena Vogt', 'The PDF export stops at 80 percent.') +
          bubble('admin', 'Karl Brandt', 'Same timeout as the image bug last week.', ' o__note') +
          bubble('admin', 'Karl Brandt', 'Hi Lena, I have raised the limit for your account.'),
      ),
    );
    expect(kinds(t)).toEqual([
      ['customer', false, 'Lena Vogt'],
      ['agent', true, 'Karl Brandt'],
      ['agent', false, 'Karl Brandt'],
    ]);
  });
});

/** A group of the newest markup (Support Copilot CHANGELOG: `data-part-group-id`, `data-author-type` on the group,
 *  Tailwind `group/content-part` parts inside `data-part-entity-id` wrappers, no category, no alignment classes); the
 *  author once per group, below its parts. `partClass` is each part's content class (ShiftZen: `inbox2__note-part`). */
const group = (type: string, who: string, partClass: string, texts: string[]) => `
  <div data-part-group-id="g-${who.length}-${texts.length}" data-author-type="${type}" class="flex flex-col gap-1">
    ${texts.map((text, i) => `<div data-part-entity-id="p-${text.length}-${i}"><div class="group/content-part relative flex flex-col">
      <div class="${partClass} rounded-lg p-3"><div class="inbox-2__break-words"><div class="intercom-interblocks-html"><p>${text}</p></div></div></div></div></div>`).join('')}
    <div class="inbox-2__part-group__meta"><span class="inbox-2__avatar"></span><span>${who}</span></div></div>`;
const tailwindPage = (groups: string) => `
  <div class="inbox-2__conversation-page" data-conversation-id="7710">
    <div data-intercom-target="inbox-header"><span data-inbox-conversation-header-title>ليلى حداد</span></div>
    <div data-testid="conversation-stream-scroll-container"><div data-conversation-stream>${groups}</div></div>
    <div data-conversation-reply-composer><div class="ProseMirror" contenteditable="true"></div></div></div>`;

describe("intercom newest markup: a part whose content is `.inbox-2__note-part` (or `.inbox2__note-part`) is a teammate's note", () => {
  it.each(['inbox-2__note-part', 'inbox2__note-part'])('%s in a group of `data-author-type="admin"`', (noteClass) => {
    const t = ic(
      tailwindPage(
        group('user', 'ليلى حداد', 'inbox-2__user-comment-part', ['لم يصل طلبي بعد.']) +
          group('admin', 'سامي العلي', noteClass, ['الطرد عالق في المستودع.', 'طلبت إعادة الجدولة.']) +
          group('admin', 'سامي العلي', 'inbox-2__admin-comment-part', ['سيصلك الطلب غداً.']),
      ),
    );
    expect(kinds(t)).toEqual([
      ['customer', false, 'ليلى حداد'],
      ['agent', true, 'سامي العلي'],
      ['agent', true, 'سامي العلي'],
      ['agent', false, 'سامي العلي'],
    ]);
  });
});

describe("intercom newest markup: a teammate's part that shows a note's label above its text is a note, whatever its classes", () => {
  it('"Note" inside each part of a group of `data-author-type="admin"` (groups named by their hook, not rows)', () => {
    const labelled = (text: string) => `<span class="text-xs font-semibold">Note</span><div class="inbox-2__break-words"><p>${text}</p></div>`;
    const t = ic(
      tailwindPage(
        group('user', 'ليلى حداد', 'rounded', ['لم يصل طلبي بعد.']) +
          `<div data-part-group-id="g-notes" data-author-type="admin" class="flex flex-col gap-1">
            <div data-part-entity-id="n1"><div class="group/content-part relative">${labelled('الطرد عالق في المستودع.')}</div></div>
            <div data-part-entity-id="n2"><div class="group/content-part relative">${labelled('طلبت إعادة الجدولة.')}</div></div>
            <div><span>سامي العلي</span></div></div>` +
          group('admin', 'سامي العلي', 'rounded', ['سيصلك الطلب غداً.']),
      ),
    );
    expect(kinds(t)).toEqual([
      ['customer', false, 'ليلى حداد'],
      ['agent', true, 'سامي العلي'],
      ['agent', true, 'سامي العلي'],
      ['agent', false, 'سامي العلي'],
    ]);
    expect(t.messages[1].text).toBe('الطرد عالق في المستودع.');
  });
});

describe('intercom newest markup: a part holding only a file link named an attachment by its class is a message', () => {
  it('`<a class="attachment">` beside an empty body (a log file sent alone) is read, named by the file', () => {
    const attachment = `<div data-part-group-id="g-file" data-author-type="user" class="flex flex-col gap-1">
      <div data-part-entity-id="f1"><div class="group/content-part relative"><div class="interblocks-html"></div>
        <a class="attachment" href="https://downloads.intercomcdn.com/i/o/app-log-0312.zip">app-log-0312.zip</a></div></div>
      <div><span>ليلى حداد</span></div></div>`;
    const t = ic(tailwindPage(group('user', 'ليلى حداد', 'rounded', ['هذا ملف السجل.']) + attachment + group('admin', 'سامي العلي', 'rounded', ['شكراً، وصل الملف.'])));
    expect(kinds(t)).toEqual([
      ['customer', false, 'ليلى حداد'],
      ['customer', false, 'ليلى حداد'],
      ['agent', false, 'سامي العلي'],
    ]);
    expect(t.messages[1].text).toBe('app-log-0312.zip');
  });
});

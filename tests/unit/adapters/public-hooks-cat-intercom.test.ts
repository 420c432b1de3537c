// Intercom hooks from the public selector catalogue (branch i13-sources, notes/public-selector-catalogue.md, the
// Intercom table) that the adapter did not know. Each page is modelled on the public source's own use of the hook
// ("stored id N" = a file of the public-code index): what the hook sits inside and what it holds. Each test failed on
// main before the hook was taught.
import { describe, expect, it } from 'vitest';
import { intercomAdapter } from '../../../adapters/intercom';
import { parseHtml } from './helpers';

const IC = 'https://app.intercom.com/a/inbox/ab12cd34/inbox/conversation/7301';
const ic = (html: string) => intercomAdapter.readTicket(parseHtml(html), IC)!;
const kinds = (t: ReturnType<typeof ic>) => t.messages.map((m) => [m.author.role, m.author.name ?? null]);

/** An Inbox 2 part as ShiftZen v9 (stored id 36204049485) and the "Intercom AI Helper" v4.2 (stored id 18525760070)
 *  walk it: `div[data-intercom-target="conversation-stream-content-part"]`, a teammate's holding
 *  `[data-testid="admin-avatar-name"]`, its text in `.intercom-interblocks` / `.intercom-interblocks-html`. No
 *  `data-part-*` attribute, no Tailwind `group/content-part` class. */
const part = (inner: string) => `<div data-intercom-target="conversation-stream-content-part" class="flex flex-col">${inner}</div>`;
const blocks = (text: string) => `<div class="intercom-interblocks"><div class="intercom-interblocks-paragraph"><p>${text}</p></div></div>`;
const adminHead = (name: string) => `<div class="flex items-center gap-2"><span class="avatar"><img alt="" src="a.png"></span><span data-testid="admin-avatar-name">${name}</span></div>`;
const when = '<div class="text-xs"><time datetime="2025-05-02T09:00:00Z">9:00</time></div>';
const page = (parts: string, header = '') => `
  <div class="inbox2__conversation-page">
    ${header}
    <div class="overflow-y-auto"><div class="mx-auto max-w-[1000px]">${parts}</div></div>
    <div class="inbox2__composer__container"><div class="ProseMirror embercom-prosemirror-composer-editor" contenteditable="true" role="textbox"></div></div>
  </div>`;

describe('intercom catalogue: the part hook `[data-intercom-target="conversation-stream-content-part"]`', () => {
  it('reads each part it names as one message, with no data-part-* attribute and no Tailwind part class', () => {
    const t = ic(
      page(
        part(`<div class="intercom-interblocks"><div class="intercom-interblocks-paragraph"><p>My card was charged twice for May.</p></div></div><time datetime="2025-05-02T09:00:00Z">9:00</time>`) +
          part(`${adminHead('Lena Vogt')}${blocks('Sorry about that, I have refunded the second charge.')}<time datetime="2025-05-02T09:05:00Z">9:05</time>`) +
          part(`${blocks('Thank you!')}<time datetime="2025-05-02T09:07:00Z">9:07</time>`),
      ),
    );
    expect(t.messages.map((m) => m.text)).toEqual(['My card was charged twice for May.', 'Sorry about that, I have refunded the second charge.', 'Thank you!']);
  });
});

describe('intercom catalogue: author and role hooks inside a part', () => {
  it('`[data-testid="admin-avatar-name"]` names the teammate and makes the part a teammate\'s (stored id 18525760070)', () => {
    const t = ic(page(part(blocks('Is the refund on its way?')) + part(`${adminHead('Lena Vogt')}${blocks('Yes, it left today.')}`) + part(blocks('Great.'))));
    expect(kinds(t)).toEqual([
      ['customer', null],
      ['agent', 'Lena Vogt'],
      ['customer', null],
    ]);
  });

  it('`.inbox2__admin-email-part` is a teammate\'s e-mail and `.inbox2__user-email-part` a customer\'s (stored id 36204049485)', () => {
    // (the customer's part shows the customer's avatar, named: a named part is no longer taken for a teammate's; the
    // part's time line beside the e-mail block)
    const mail = (cls: string, text: string, who = '') =>
      part(`${when}<div class="${cls}">${who && `<span class="inbox2__avatar" role="img" aria-label="${who}">${who[0]}</span>`}<div class="intercom-interblocks"><div class="intercom-interblocks-html"><p>${text}</p></div></div></div>`);
    const t = ic(
      page(
        mail('inbox2__user-email-part', 'Please send me the May invoice again.', 'Amara Nwosu') +
          mail('inbox2__admin-email-part', 'Here it is, attached.') +
          mail('inbox2__user-email-part', 'Got it, thanks.', 'Amara Nwosu') +
          mail('inbox2__admin-email-part', 'You are welcome.'),
      ),
    );
    expect(t.messages.map((m) => m.author.role)).toEqual(['customer', 'agent', 'customer', 'agent']);
    expect(t.messages.map((m) => m.text)).toEqual(['Please send me the May invoice again.', 'Here it is, attached.', 'Got it, thanks.', 'You are welcome.']);
  });

  it('`.inbox-2__user-email-part` (the 2026 prefix: COPILOT, stored id 70503028210) is a customer\'s e-mail', () => {
    const t = ic(
      page(
        part(`${when}<div class="inbox-2__admin-email-part"><div class="intercom-interblocks"><p>Your order has shipped.</p></div></div>`) +
          part(`${when}<div class="inbox-2__user-email-part"><span class="inbox2__avatar" role="img" aria-label="Amara Nwosu"></span><div class="intercom-interblocks"><p>Where is it now?</p></div></div>`),
      ),
    );
    expect(t.messages.map((m) => m.author.role)).toEqual(['agent', 'customer']);
  });
});

describe('intercom catalogue: body hooks', () => {
  // Known part hooks here (`data-part-group-*`, `data-part-id`), so that only the body hook is on trial.
  const group = (category: string, author: string, body: string) => `
    <div data-part-group-id="g${author.length}${body.length}" data-part-group-category="${category}">
      <div class="inbox2__part-group-meta"><span>${author}</span></div>
      <div data-part-id="p${body.length}"><div class="inbox2__part-toolbar"><span>Seen</span></div>${body}</div>
    </div>`;
  const stream = (groups: string) => `<div class="inbox2__conversation"><div data-conversation-stream>${groups}</div></div>`;

  it('`.intercom-interblocks` is the text, not the toolbar beside it (stored ids 36204049485, 18525760070)', () => {
    const t = ic(stream(group('user', 'Amara Nwosu', blocks('The app logs me out every hour.'))));
    expect(t.messages.map((m) => m.text)).toEqual(['The app logs me out every hour.']);
  });

  it('`.intercom-interblocks-html` is the text (stored ids 18525760070, 42430175079)', () => {
    const t = ic(stream(group('teammate', 'Lena Vogt', '<div class="intercom-interblocks-html"><p>Please update to 4.2.</p></div>')));
    expect(t.messages.map((m) => m.text)).toEqual(['Please update to 4.2.']);
  });

  it('`.inbox2__message-content` is the text when no other body hook names it (stored id 36204049485)', () => {
    const t = ic(stream(group('user', 'Amara Nwosu', '<div class="inbox2__message-content">Still logged out.</div>')));
    expect(t.messages.map((m) => m.text)).toEqual(['Still logged out.']);
  });
});

describe('intercom catalogue: title and requester hooks', () => {
  // (the customer's group names its author: a header title that is not the customer's name is the conversation's title)
  const stream = `<div data-conversation-stream><div data-part-group-id="g1" data-part-group-category="user"><div class="inbox2__part-group-meta"><span>Amara Nwosu</span></div><div data-part-id="p1"><div class="interblocks-html"><p>Hello</p></div></div></div></div>`;

  it("the older inbox card's `.inbox__card__header__title` is the title (toggl/track-extension intercom.js)", () => {
    const t = ic(`<div class="card conversation__card"><div class="inbox__card__header"><div class="inbox__card__header__title">Refund for order 5512</div></div>${stream}</div>`);
    expect(t.subject).toBe('Refund for order 5512');
  });

  it("Inbox 2's `.text-lg.u__one-truncated-line > div > span` is the title (clockify intercom, stored id 14728842013)", () => {
    const t = ic(`<div class="inbox2__conversation-page"><div class="text-lg u__one-truncated-line"><div><span>Refund for order 5512</span></div></div>${stream}</div>`);
    expect(t.subject).toBe('Refund for order 5512');
  });

  it("the header's `.inbox-2__conversation-header span` is the contact's name (greasyfork 454464 \"ich\", stored id 17051965945)", () => {
    const t = ic(`<div class="inbox-2__conversation-page"><div class="inbox-2__conversation-header"><span>Amara Nwosu</span></div>${stream.replace('data-part-group-category="user"', 'data-part-group-category="teammate"').replace('Amara Nwosu', 'Lena Vogt')}</div>`);
    expect(t.requester.name).toBe('Amara Nwosu');
    expect(t.subject).toBe('');
  });

  it("the older inbox card header's user link names the requester (Intercom reporter extension, stored id 38685826447)", () => {
    const t = ic(
      `<div class="card conversation__card"><div class="conversation__card__header"><a href="/a/apps/ab12cd34/users/5f1e/all-conversations"><span>Amara Nwosu</span></a></div>${stream.replace('data-part-group-category="user"', 'data-part-group-category="teammate"').replace('Amara Nwosu', 'Lena Vogt')}</div>`,
    );
    expect(t.requester.name).toBe('Amara Nwosu');
  });
});

describe('intercom catalogue: conversation root', () => {
  it('`[data-intercom-target="conversation-space"]` holds the open conversation: its groups say who wrote them, so an untyped, authorless group is an event (stored ids 61772247758, 26149089461)', () => {
    const g = (id: number, attrs: string, inner: string) => `<div data-part-group-id="g${id}" ${attrs}><div data-part-id="p${id}">${inner}</div></div>`;
    const t = ic(`
      <div data-intercom-target="conversation-space">
        ${g(1, 'data-author-type="user"', '<span class="inbox2__avatar" role="img" aria-label="Amara Nwosu"></span><div class="interblocks-html"><p>My parcel is late.</p></div>')}
        ${g(2, '', '<div class="interblocks-html"><p>Lena Vogt assigned this conversation to Shipping</p></div>')}
        ${g(3, 'data-author-type="admin"', '<span class="inbox2__avatar" role="img" aria-label="Lena Vogt"></span><div class="interblocks-html"><p>It is on its way.</p></div>')}
      </div>`);
    expect(t.messages.map((m) => m.author.role)).toEqual(['customer', 'system', 'agent']);
  });
});

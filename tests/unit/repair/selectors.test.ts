// Selector derivation for "Fix how Tandem reads this page" on fixture pages: stable names win over generated ones
// and positions, every selector finds the picked element again, and the message selector covers the whole thread.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createCustomAdapter } from '../../../adapters/custom';
import { pickAdapter } from '../../../adapters/index';
import { buildRepairConfig, policyEntryOf } from '../../../lib/repair/build';
import { loadFixture } from '../adapters/helpers';
import { messageCandidateOf, messageSelector, uniqueSelector } from '../../../lib/repair/selectors';

const HELPHIVE = readFileSync(resolve('tests/fixtures/custom-helpdesk/helphive.html'), 'utf8');

// A page as modern apps write it: generated class names (CSS modules, styled-components), ids with numbers, and
// data-* attributes that name what things are.
const GENERATED = `
<main class="css-1x9f3k2">
  <h1 class="Title_root__3xYz1 sc-a1b2c3" data-field="subject" id="ember482">Refund for order 77</h1>
  <section class="css-0a8d7f" data-region="thread">
    <article class="Msg_root__9kLm2 is-active" data-entry="message" data-id="5501" id="msg-5501">
      <span class="css-77aa1b" data-part="author">Ana Ruiz</span><div class="css-1q2w3e">Where is my refund? It has been three weeks since I sent it back.</div>
    </article>
    <article class="Msg_root__9kLm2" data-entry="message" data-id="5502" id="msg-5502">
      <span class="css-77aa1b" data-part="author">Tom (Support)</span><div class="css-1q2w3e">Sorry, checking with finance now and will write back today.</div>
    </article>
    <article class="Msg_root__9kLm2" data-entry="message" data-id="5503" id="msg-5503">
      <span class="css-77aa1b" data-part="author">Ana Ruiz</span><div class="css-1q2w3e">Thanks, waiting for your answer then.</div>
    </article>
  </section>
  <aside><article class="Msg_root__9kLm2" data-entry="related">Related ticket</article></aside>
  <div class="css-5t6y7u"><div contenteditable="true" class="css-8i9o0p" data-slate-editor="true" role="textbox" aria-label="Reply"></div></div>
</main>`;

// Nothing stable at all: the derivation has to fall back on positions, and says so.
const BARE = `<div><div><span>Subject here</span></div><div><div><b>A</b><p>First message text here</p></div><div><b>B</b><p>Second message text here</p></div></div><div><span>Reply</span><textarea></textarea></div></div>`;

function load(html: string) {
  document.documentElement.innerHTML = `<head></head><body>${html}</body>`;
}

describe('selector derivation', () => {
  beforeEach(() => load(''));

  it('prefers stable attributes and word-like classes to generated names and positions, and re-matches', () => {
    load(GENERATED);
    const subject = document.querySelector('h1')!;
    const derived = uniqueSelector(subject, document)!;
    expect(derived.selector).toBe('[data-field="subject"]');
    expect(derived.positional).toBe(false);
    expect(document.querySelectorAll(derived.selector)).toHaveLength(1);
    expect(document.querySelector(derived.selector)).toBe(subject);
    const editor = uniqueSelector(document.querySelector('[contenteditable]')!, document)!;
    expect(editor.selector).not.toMatch(/css-|nth-/);
    expect(document.querySelector(editor.selector)).toBe(document.querySelector('[contenteditable]'));
  });

  it('generalises the picked message to the whole thread, without positions, ids or things outside it', () => {
    load(GENERATED);
    const second = document.querySelectorAll('[data-region="thread"] article')[1];
    const derived = messageSelector(second, document)!;
    expect(derived.selector).not.toMatch(/nth-|5502|msg-|__9kLm2/);
    const found = Array.from(document.querySelectorAll(derived.selector));
    expect(found).toHaveLength(3);
    expect(found).toContain(second);
    // (the aside's look-alike article is not a message of this thread)
    expect(found.some((el) => el.closest('aside'))).toBe(false);
  });

  it('a click inside a message means the whole message', () => {
    load(HELPHIVE.replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, ''));
    const words = document.querySelectorAll('.hh-words')[2];
    expect(messageCandidateOf(words)).toBe(words.closest('li'));
  });

  it('builds a config from four picks on HelpHive that reads the ticket (every message, authors, editor)', () => {
    load(HELPHIVE.replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, ''));
    // (the customer's second message: the picker asks for one of the customer's)
    const message = document.querySelectorAll('.hh-entry')[3];
    const built = buildRepairConfig(
      { subject: document.querySelector('.hh-title')!, message, author: message.querySelector('.hh-who')!, editor: document.querySelector('#reply')! },
      document,
      'https://helphive-custom.zendesk.com/tickets/88',
    );
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.config).toMatchObject({
      id: 'repair-helphive-custom-zendesk-com',
      urlPatterns: ['https://helphive-custom.zendesk.com/*'],
      layer: 'override',
      selectors: {
        subject: '.hh-title', message: '.hh-entry', messageAuthor: '.hh-who', messageBody: '.hh-words', editor: '#reply',
        // what sets the customer's messages apart, and the first customer's author as the requester
        agentMessage: '.hh-entry:not(.from-customer)', requester: '.hh-entry.from-customer .hh-who',
      },
    });
    expect(built.positional).toEqual([]);
    const snap = createCustomAdapter(built.config).readTicket(document, 'https://helphive-custom.zendesk.com/tickets/88')!;
    expect(snap.subject).toBe('Parcel arrived crushed');
    expect(snap.messages).toHaveLength(4);
    expect(snap.messages[0]).toMatchObject({ author: { name: 'Maren Okafor', role: 'customer' }, text: 'The parcel arrived crushed.\nTwo of the four mugs are broken.' });
    expect(snap.messages.map((m) => m.author.role)).toEqual(['customer', 'agent', 'agent', 'customer']);
    expect(snap.requester.name).toBe('Maren Okafor');
    // The policy entry is the plain custom config (no layering flag, which the policy schema does not know).
    const entry = JSON.parse(policyEntryOf(built.config));
    expect(entry.layer).toBeUndefined();
    expect(entry.selectors.subject).toBe('.hh-title');
  });

  it('with nothing stable to name, falls back on positions and says which selectors depend on them', () => {
    load(BARE);
    const msgs = document.querySelectorAll('p');
    const message = msgs[0].parentElement!;
    const built = buildRepairConfig(
      { subject: document.querySelector('span')!, message, author: message.querySelector('b')!, editor: document.querySelector('textarea')! },
      document,
      'https://desk.example.test/t/1',
    );
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.positional).toEqual(expect.arrayContaining(['subject', 'message']));
    // (the thread's container needs a position; the message part itself never has one)
    expect(built.config.selectors.message).toMatch(/ > div$/);
    expect(document.querySelector(built.config.selectors.subject)).toBe(document.querySelector('span'));
    expect(document.querySelectorAll(built.config.selectors.message)).toHaveLength(2);
    // Nothing sets the customer's messages apart: the first message's author is the requester, as the picked
    // customer (A) is that author...
    expect(built.config.selectors.requester).toBe(`${built.config.selectors.message} b`);
    expect(built.config.selectors.agentMessage).toBeUndefined();
    const snap = createCustomAdapter(built.config).readTicket(document, 'https://desk.example.test/t/1')!;
    expect(snap.messages.map((m) => m.author.role)).toEqual(['customer', 'agent']);
    // ...and nothing is guessed when the picked customer (B) did not write the first message.
    const second = msgs[1].parentElement!;
    const other = buildRepairConfig(
      { subject: document.querySelector('span')!, message: second, author: second.querySelector('b')!, editor: document.querySelector('textarea')! },
      document,
      'https://desk.example.test/t/1',
    );
    expect(other.ok && other.config.selectors.requester).toBeUndefined();
  });

  it('refuses an author outside the picked message', () => {
    load(HELPHIVE.replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, ''));
    const built = buildRepairConfig(
      { subject: document.querySelector('.hh-title')!, message: document.querySelectorAll('.hh-entry')[0], author: document.querySelectorAll('.hh-who')[1], editor: document.querySelector('#reply')! },
      document,
      'https://helphive-custom.zendesk.com/tickets/88',
    );
    expect(built).toMatchObject({ ok: false, problems: ['author'] });
  });
});

describe('override layered over the built-in adapter', () => {
  it('the picked subject and thread win, the ticket keeps the built-in id; fields the override leaves out come from the built-in', async () => {
    const document = loadFixture('zendesk/agent-workspace.html');
    const url = 'https://tandem-demo.zendesk.com/agent/tickets/1042';
    const builtIn = pickAdapter(url, document)!;
    const base = builtIn.readTicket(document, url)!;
    expect(base).toBeTruthy();
    // An override that reads the subject from somewhere else and leaves the requester out.
    document.body.insertAdjacentHTML('afterbegin', '<h4 class="fixed-subject">Repaired subject</h4>');
    const override = {
      id: 'repair-tandem-demo-zendesk-com', name: 'tandem-demo.zendesk.com', urlPatterns: ['https://tandem-demo.zendesk.com/*'], layer: 'override' as const,
      selectors: { subject: '.fixed-subject', message: '.no-such-message', messageBody: ':not(*)', editor: '.no-such-editor' },
    };
    const layered = pickAdapter(url, document, [override])!;
    const snap = layered.readTicket(document, url)!;
    expect(layered.id).toBe(builtIn.id);
    expect(snap.subject).toBe('Repaired subject');
    expect(snap.ticketId).toBe(base.ticketId);
    expect(snap.helpdesk).toBe(base.helpdesk);
    expect(snap.requester).toEqual(base.requester);
    // (the override found no message: the built-in's thread stands)
    expect(snap.messages).toEqual(base.messages);
  });

  it('an override wins over a custom config for the same host, wherever it sits in the list', () => {
    const document = loadFixture('zendesk/agent-workspace.html');
    document.body.insertAdjacentHTML('afterbegin', '<h4 class="fixed-subject">Repaired subject</h4>');
    const url = 'https://tandem-demo.zendesk.com/agent/tickets/1042';
    const sel = { message: '.none', messageBody: '.none', editor: '.none' };
    const custom = { id: 'admin-desk', name: 'Admin', urlPatterns: ['https://tandem-demo.zendesk.com/*'], selectors: { ...sel, subject: 'title' } };
    const override = { id: 'repair-x', name: 'x', urlPatterns: ['https://tandem-demo.zendesk.com/*'], layer: 'override' as const, selectors: { ...sel, subject: '.fixed-subject' } };
    expect(pickAdapter(url, document, [custom, override])!.readTicket(document, url)!.subject).toBe('Repaired subject');
    // (without the layer mark it is an ordinary custom config: the first that matches wins)
    const { layer: _l, ...plain } = override;
    expect(pickAdapter(url, document, [custom, plain])!.id).toBe('admin-desk');
  });
});

describe('picks inside web components and frames', () => {
  it('Orbit Desk (shadow roots in an iframe in a shadow root): selectors cross with >>> and read the ticket', async () => {
    const { loadLiveFixture } = await import('../adapters/helpers');
    const doc = loadLiveFixture('custom/orbit.html');
    const header = doc.querySelector('od-shell')!.shadowRoot!.querySelector('od-ticket-header')!.shadowRoot!;
    const frame = doc.querySelector('od-shell')!.shadowRoot!.querySelector('iframe#agent') as HTMLIFrameElement;
    const frameDoc = frame.contentDocument!;
    // (a browser gives a same-origin frame's window its iframe as frameElement; happy-dom does not)
    Object.defineProperty(frameDoc.defaultView!, 'frameElement', { value: frame });
    const timeline = frameDoc.querySelector('od-timeline')!.shadowRoot!;
    const message = timeline.querySelectorAll('od-message')[3];
    const picks = {
      subject: header.querySelector('h1')!,
      message,
      author: message.shadowRoot!.querySelector('.od-author')!,
      editor: frameDoc.querySelector('od-composer')!.shadowRoot!.querySelector('.od-editor')!,
    };
    const url = 'https://orbit-custom.zendesk.com/tickets/5120';
    const built = buildRepairConfig(picks, doc, url);
    expect(built).toMatchObject({ ok: true });
    if (!built.ok) return;
    const s = built.config.selectors;
    expect(s.subject).toContain(' >>> ');
    expect(s.message).toMatch(/ >>> od-message(\[data-id\])?$/);
    expect(s.messageAuthor).toBe('.od-author');
    const adapter = createCustomAdapter(built.config);
    const snap = adapter.readTicket(doc, url)!;
    expect(snap.subject).toBe('Two-factor codes never arrive by SMS');
    expect(snap.messages).toHaveLength(4);
    expect(snap.messages.map((m) => m.author.name)).toEqual(['Aroha Ngata', 'Tomás Herrera', 'Tomás Herrera', 'Aroha Ngata']);
    expect(snap.messages[0].text).toContain('Since Monday no two-factor code reaches my phone.');
    expect(snap.messages[0].text).toContain('My number is the same as before');
    expect(adapter.findEditor(doc)).toBe(picks.editor);
    expect(s.agentMessage).toMatch(/^od-message(\[data-id\])?:not\(\[from="customer"\]\)$/);
    expect(snap.messages.map((m) => m.author.role)).toEqual(['customer', 'agent', 'agent', 'customer']);
    expect(snap.requester.name).toBe('Aroha Ngata');
  });
});

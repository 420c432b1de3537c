// The per-message read cache (adapters/shared/read-cache.ts) must never hand back stale data. Each test reads a
// page, changes it the way a helpdesk does (edit a message, add/remove/move messages, flip a class, navigate to
// another ticket), reads again, and checks the result against what is now on the page — both by direct
// assertions and against a read of a copy of the document (a copy has no cache, so it is read from scratch).
import { describe, expect, it } from 'vitest';
import { adapters } from '../../../adapters';
import { createCustomAdapter, type CustomAdapterConfig } from '../../../adapters/custom';
import { readMessages, type MessageSpec } from '../../../adapters/shared/read';
import { dropReadCache, readCacheFor } from '../../../adapters/shared/read-cache';
import type { HelpdeskAdapter } from '../../../adapters/types';
import { longThreadHtml, type LongThreadKind } from '../../fixtures/adapters/generate';
import { fixtureHtml, loadFixture, parseHtml } from './helpers';

const byId = (id: string) => adapters.find((a) => a.id === id)!;
const custom = createCustomAdapter(JSON.parse(fixtureHtml('custom/helphive.config.json')) as CustomAdapterConfig);

interface Case { name: string; adapter: HelpdeskAdapter; kind: LongThreadKind; url: string; message: string; body: string; thread: string }
const cases: Case[] = [
  { name: 'zendesk', adapter: byId('zendesk'), kind: 'zendesk', url: 'https://tandem-demo.zendesk.com/agent/tickets/1042',
    message: '[data-test-id="omni-log-comment-item"]', body: '[data-test-id="omni-log-message-content"]', thread: '[data-test-id="omni-log-container"]' },
  { name: 'intercom', adapter: byId('intercom'), kind: 'intercom', url: 'https://app.intercom.com/a/inbox/tandemdemo/inbox/conversation/215',
    message: '[data-part-group-id]', body: '.interblocks-html', thread: '[data-testid="conversation-stream-scroll-container"]' },
  { name: 'freshdesk mint', adapter: byId('freshdesk'), kind: 'freshdesk', url: 'https://tandem-demo.freshdesk.com/a/tickets/388',
    message: '.conversation-item', body: '.conversation-item__body', thread: '.ticket-conversation' },
  { name: 'freshdesk legacy', adapter: byId('freshdesk'), kind: 'freshdesk-legacy', url: 'https://tandem-demo.freshdesk.com/helpdesk/tickets/77',
    message: '.conversation', body: '.details', thread: '.conversation_thread' },
  { name: 'custom', adapter: custom, kind: 'custom', url: 'https://support.helphive.example/desk/cases/4821',
    message: '.hh-entry', body: '.hh-entry-text', thread: '.hh-timeline' },
];

/** A read from scratch: the same markup in a new document, which has no cache. */
function freshRead(c: Case, doc: Document) {
  return c.adapter.readTicket(parseHtml(doc.documentElement.outerHTML), c.url);
}

/** Reads through the cache and checks it agrees with a read from scratch. */
function readChecked(c: Case, doc: Document) {
  const cached = c.adapter.readTicket(doc, c.url);
  expect(cached).toEqual(freshRead(c, doc));
  return cached!;
}

describe('read cache', () => {
  it('is active in the test DOM (otherwise the tests below would prove nothing)', () => {
    const doc = parseHtml(longThreadHtml('freshdesk', 5));
    expect(readCacheFor(doc)).not.toBeNull();
    let parsed = 0;
    const spec: MessageSpec = { body: ['.conversation-item__body'], id: () => String(++parsed), classify: () => ({ role: 'customer' }) };
    const items = () => Array.from(doc.querySelectorAll('.conversation-item'));
    expect(readMessages(items(), spec)).toHaveLength(5);
    expect(parsed).toBe(5);
    readMessages(items(), spec);
    expect(parsed).toBe(5); // nothing changed: nothing reparsed
    doc.querySelectorAll('.conversation-item__body')[2].append(' edited');
    const again = readMessages(items(), spec);
    expect(parsed).toBe(6); // only the edited message
    expect(again[2].text).toMatch(/edited$/);
    items()[1].classList.add('is-hovered'); // a class no selector names
    readMessages(items(), spec);
    expect(parsed).toBe(6);
    items()[1].setAttribute('data-conversation-id', '77'); // any other attribute: reparsed (ids read attributes)
    readMessages(items(), spec);
    expect(parsed).toBe(7);
  });

  for (const c of cases) {
    describe(c.name, () => {
      const setup = () => {
        const doc = parseHtml(longThreadHtml(c.kind, 30));
        const first = readChecked(c, doc);
        expect(first.messages).toHaveLength(30);
        return { doc, bodies: () => Array.from(doc.querySelectorAll(c.body)), messages: () => Array.from(doc.querySelectorAll(c.message)) };
      };

      it('sees a message edited in place (text node changed, same length)', () => {
        const { doc, bodies } = setup();
        const p = bodies()[4].querySelector('p')!;
        const textNode = p.firstChild as Text;
        const before = textNode.data;
        textNode.data = before.replace('Message 5', 'Massage 5'); // same length: a length signature would miss it
        const t = readChecked(c, doc);
        expect(t.messages[4].text).toContain('Massage 5');
        expect(t.messages[4].text).not.toContain('Message 5:');
      });

      it('sees a message body replaced', () => {
        const { doc, bodies } = setup();
        bodies()[7].innerHTML = '<p>Completely new words</p><ul><li>one</li><li>two</li></ul>';
        const t = readChecked(c, doc);
        expect(t.messages[7].text).toBe('Completely new words\n\n- one\n- two');
      });

      it('sees messages added and removed', () => {
        const { doc, messages } = setup();
        const thread = doc.querySelector(c.thread)!;
        const extra = parseHtml(longThreadHtml(c.kind, 32)).querySelectorAll(c.message)[31];
        // (a new message from the same markup, with its own text)
        extra.querySelector(c.body)!.innerHTML = '<p>Brand new reply</p>';
        thread.append(doc.importNode(extra, true));
        let t = readChecked(c, doc);
        expect(t.messages).toHaveLength(31);
        expect(t.messages[30].text).toBe('Brand new reply');

        messages()[0].remove();
        messages()[10].remove();
        t = readChecked(c, doc);
        expect(t.messages).toHaveLength(29);
        expect(t.messages[0].text).toContain('Message 2:');
        expect(t.messages.some((m) => m.text.includes('Message 12:'))).toBe(false);
      });

      it('sees messages moved (reordered) and a whole thread swapped for another ticket\'s', () => {
        const { doc, messages } = setup();
        const thread = doc.querySelector(c.thread)!;
        // Move the 3rd message to the end (times then say the thread is out of order: the read must agree anyway).
        thread.append(messages()[2]);
        readChecked(c, doc);
        // SPA navigation: the thread's contents replaced by another ticket's, in the same container.
        const other = parseHtml(longThreadHtml(c.kind, 12));
        for (const b of other.querySelectorAll(c.body)) b.innerHTML = `<p>Other ticket: ${b.textContent?.slice(0, 20)}</p>`;
        thread.innerHTML = other.querySelector(c.thread)!.innerHTML;
        const t = readChecked(c, doc);
        expect(t.messages).toHaveLength(12);
        expect(t.messages.every((m) => m.text.startsWith('Other ticket:'))).toBe(true);
      });

      it('sees the same message elements reused with new content (navigation that recycles nodes)', () => {
        const { doc, bodies } = setup();
        bodies().forEach((b, i) => {
          b.textContent = `Recycled ${i}`;
        });
        const t = readChecked(c, doc);
        expect(t.messages.map((m) => m.text)).toEqual(Array.from({ length: 30 }, (_, i) => `Recycled ${i}`));
      });

      it('sees an author renamed and a role flipped by a class or attribute', () => {
        const { doc, messages } = setup();
        const authorSel = '[data-test-id="omni-log-item-sender"], [data-part-author-name], .conversation-item__user-name, .user_name, .hh-who';
        const author = messages()[0].querySelector(authorSel)!;
        author.textContent = 'Renamed Person';
        let t = readChecked(c, doc);
        expect(t.messages[0].author.name).toBe('Renamed Person');
        // Flip message 3 (an agent reply) into an internal note the way each helpdesk marks one.
        const m = messages()[3];
        if (c.kind === 'zendesk') m.querySelector('[data-test-id="omni-log-item-message"]')!.setAttribute('type', 'internal');
        if (c.kind === 'zendesk') m.insertAdjacentHTML('afterbegin', '<div data-test-id="omni-log-internal-note-tag">Internal note</div>');
        if (c.kind === 'intercom') m.setAttribute('data-part-group-category', 'note');
        if (c.kind === 'freshdesk') {
          m.className = 'conversation-item conversation-item--private';
          m.setAttribute('data-test-conversation', 'private-note');
        }
        if (c.kind === 'freshdesk-legacy') m.className = 'conversation private-note';
        if (c.kind === 'custom') m.classList.add('hh-entry--private');
        t = readChecked(c, doc);
        expect(t.messages[3].internal).toBe(true);
      });
    });
  }

  it('zendesk: switching the active workspace tab reads the other ticket, and back again', () => {
    const doc = loadFixture('zendesk/agent-workspace.html');
    const zd = byId('zendesk');
    const a = zd.readTicket(doc, 'https://tandem-demo.zendesk.com/agent/tickets/1042')!;
    const b = zd.readTicket(doc, 'https://tandem-demo.zendesk.com/agent/tickets/1038')!;
    expect(b.subject).toBe('Export to CSV times out');
    expect(b.messages).toHaveLength(1);
    // Edit the hidden ticket's message, then go back and forth.
    const hidden = doc.querySelector('[data-ticket-id="1038"] [data-test-id="omni-log-message-content"]')!;
    hidden.textContent = 'Edited while hidden';
    expect(zd.readTicket(doc, 'https://tandem-demo.zendesk.com/agent/tickets/1042')).toEqual(a);
    expect(zd.readTicket(doc, 'https://tandem-demo.zendesk.com/agent/tickets/1038')!.messages[0].text).toBe('Edited while hidden');
  });

  it('a class on an ancestor that a marker selector names is seen (context change), one it does not name is not needed', () => {
    const doc = parseHtml(`<div id="t"><section class="side"><div class="m"><p>one</p></div><div class="m"><p>two</p></div></section>
      <section class="side"><div class="m"><p>three</p></div></section></div>`);
    let parsed = 0;
    const spec: MessageSpec = {
      body: ['p'],
      id: () => String(++parsed),
      markers: { agent: { selectors: ['.agent-side .m'], where: 'any' } },
      classify: (_el, _n, markers) => ({ role: markers.has('agent') ? 'agent' : 'customer' }),
    };
    const read = () => readMessages(Array.from(doc.querySelectorAll('.m')), spec).map((m) => m.author.role);
    expect(read()).toEqual(['customer', 'customer', 'customer']);
    const sides = doc.querySelectorAll('section');
    sides[1].classList.add('agent-side');
    expect(read()).toEqual(['customer', 'customer', 'agent']);
    const afterContextChange = parsed;
    sides[0].classList.add('hovered'); // a class no selector names: no reparse needed
    expect(read()).toEqual(['customer', 'customer', 'agent']);
    expect(parsed).toBe(afterContextChange);
    sides[1].classList.remove('agent-side');
    expect(read()).toEqual(['customer', 'customer', 'customer']);
  });

  it('selectors that depend on siblings are re-matched after any change around the messages', () => {
    const doc = parseHtml('<ul><li class="m"><p>a</p></li><li class="m"><p>b</p></li></ul>');
    const spec: MessageSpec = {
      body: ['p'],
      markers: { first: { selectors: ['.m:first-child'], where: 'self' } },
      classify: (_el, _n, markers) => ({ role: markers.has('first') ? 'agent' : 'customer' }),
    };
    const read = () => readMessages(Array.from(doc.querySelectorAll('.m')), spec).map((m) => `${m.text}:${m.author.role}`);
    expect(read()).toEqual(['a:agent', 'b:customer']);
    doc.querySelector('ul')!.insertAdjacentHTML('afterbegin', '<li class="m"><p>z</p></li>');
    expect(read()).toEqual(['z:agent', 'a:customer', 'b:customer']);
  });

  it('dropReadCache stops the cache; reads stay right', () => {
    const c = cases[0];
    const doc = parseHtml(longThreadHtml(c.kind, 5));
    readChecked(c, doc);
    dropReadCache(doc);
    doc.querySelector(c.body)!.textContent = 'After drop';
    expect(readChecked(c, doc).messages[0].text).toBe('After drop');
  });
});

// The custom adapter on helpdesks built from web components and frames: selectors that find nothing in the
// document are looked for in open shadow roots and same-origin frames; `a >>> b` says where explicitly. Reading,
// the per-message read cache, the live preview and the editor lookup must all work in there.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createCustomAdapter,
  previewCustomAdapter,
  selectorError,
  validateCustomAdapterConfig,
  type CustomAdapterConfig,
} from '../../adapters/custom';
import { DeepQuery, FULL_SCAN_MS, dropDeepQueryState, parsePiercing, whereIs } from '../../adapters/shared/deep-query';
import { readMessages, type MessageSpec } from '../../adapters/shared/read';
import { runCustomPreview } from '.';
import { attachDeclarativeShadowRoots, fixtureHtml, liveDocument, loadLiveFixture } from '../../tests/unit/adapters/helpers';

const config = JSON.parse(fixtureHtml('custom/orbit.config.json')) as CustomAdapterConfig;
const URL_TICKET = 'https://desk.orbit.example/tickets/5120';

/** The frame of the Orbit page, and the shadow root holding its messages. */
function orbitParts(doc: Document) {
  const shell = doc.querySelector('od-shell')!.shadowRoot!;
  const frameDoc = shell.querySelector('iframe')!.contentDocument!;
  const timeline = frameDoc.querySelector('od-timeline')!.shadowRoot!;
  return { shell, frameDoc, timeline, messages: () => Array.from(timeline.querySelectorAll('od-message')) };
}

/** A message as the page's own script would add one: a web component drawing its author in its shadow root. */
function newMessage(doc: Document, author: string, text: string, at: string): Element {
  const m = doc.createElement('od-message');
  m.setAttribute('from', 'customer');
  m.attachShadow({ mode: 'open' }).innerHTML = `<header><b class="od-author">${author}</b> <time datetime="${at}">now</time></header><div class="od-text"><slot></slot></div>`;
  const p = doc.createElement('p');
  p.textContent = text;
  m.append(p);
  return m;
}

describe('selectors with >>>', () => {
  it('splits into alternatives and parts, leaving >>> in quotes and brackets alone', () => {
    expect(parsePiercing('hh-app >>> .timeline')).toEqual([['hh-app', '.timeline']]);
    expect(parsePiercing('a>>>b >>> c, d')).toEqual([['a', 'b', 'c'], ['d']]);
    expect(parsePiercing('[title=">>>"], a')).toBeNull();
    expect(parsePiercing('.plain, .css')).toBeNull();
  });

  it('are valid, and a broken part is named', () => {
    expect(selectorError('hh-app >>> .timeline')).toBeNull();
    expect(selectorError('iframe#agent >>> hh-ticket >>> .subject, .fallback')).toBeNull();
    expect(selectorError('hh-app >>> .x[')).toBe('has a part after the first ">>>" that is not a valid CSS selector: ".x["');
    expect(selectorError('hh-app!! >>> .x')).toBe('has a part before the first ">>>" that is not a valid CSS selector: "hh-app!!"');
    expect(selectorError('hh-app[ >>> .x')).toBe('is not a valid CSS selector'); // an open bracket swallows the rest
    expect(selectorError('a >>> b >>> c)')).toBe('has a part after ">>>" number 2 that is not a valid CSS selector: "c)"');
    expect(selectorError('>>> .x')).toMatch(/^has nothing before ">>>"/);
    expect(selectorError('hh-app >>>')).toBe('has nothing after ">>>"');
    expect(selectorError('a >>> >>> b')).toBe('has two ">>>" with nothing between them');
  });

  it('are checked part by part without a DOM too (the service worker validates managed policy)', () => {
    vi.stubGlobal('document', undefined);
    try {
      expect(selectorError('hh-app >>> .timeline')).toBeNull();
      expect(selectorError('hh-app >>> .x[')).toMatch(/after the first ">>>" that is not a valid CSS selector/);
      expect(selectorError('hh-app >>>')).toBe('has nothing after ">>>"');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('are reported by validateCustomAdapterConfig against the field', () => {
    const r = validateCustomAdapterConfig({ ...config, selectors: { ...config.selectors, message: 'od-timeline >>> [', editor: 'x >>>' } });
    expect(r).toEqual({
      ok: false,
      errors: [
        'selectors.message "od-timeline >>> [" has a part after the first ">>>" that is not a valid CSS selector: "["',
        'selectors.editor "x >>>" has nothing after ">>>"',
      ],
    });
  });
});

describe('DeepQuery', () => {
  // m1..m6 in document order: in the document, in a shadow root, in a root nested in it, after that nested host,
  // in a frame, and in a shadow root inside the frame.
  function page() {
    const doc = liveDocument(`<!doctype html><body>
      <x-a><template shadowrootmode="open"><i class="m" data-n="1"></i><x-b><template shadowrootmode="open"><i class="m" data-n="2"></i></template></x-b><i class="m" data-n="3"></i></template></x-a>
      <iframe id="f" srcdoc="<i class=&quot;m&quot; data-n=&quot;4&quot;></i><x-c><template shadowrootmode=&quot;open&quot;><i class=&quot;m&quot; data-n=&quot;5&quot;></i></template></x-c>"></iframe>
      <x-closed></x-closed><div class="wrap"><i class="t" data-n="6"></i></div></body>`);
    doc.querySelector('x-closed')!.attachShadow({ mode: 'closed' }).innerHTML = '<i class="m" data-n="99"></i>';
    return doc;
  }
  const ns = (els: Element[]) => els.map((e) => e.getAttribute('data-n'));

  it('uses the document first, and searches shadow roots and frames, in document order, only when that finds nothing', () => {
    const doc = page();
    const q = new DeepQuery();
    expect(ns(q.find(doc, '.m'))).toEqual(['1', '2', '3', '4', '5']); // never the closed root's
    expect(ns(q.find(doc, '.t'))).toEqual(['6']);
    expect(q.first(doc, '.m')?.getAttribute('data-n')).toBe('1');
    // A nested root's match that comes before its host's tree's own.
    const early = liveDocument(`<x-a><template shadowrootmode="open"><x-b><template shadowrootmode="open"><i class="m" data-n="0"></i></template></x-b><i class="m" data-n="1"></i></template></x-a>`);
    expect(new DeepQuery().first(early, '.m')?.getAttribute('data-n')).toBe('0');
    expect(ns(new DeepQuery().find(early, '.m'))).toEqual(['0', '1']);
    doc.body.insertAdjacentHTML('afterbegin', '<i class="m" data-n="0"></i>');
    expect(ns(new DeepQuery().find(doc, '.m'))).toEqual(['0']);
    expect(new DeepQuery().first(doc, '.m')?.getAttribute('data-n')).toBe('0');
  });

  it('goes into a shadow root or frame with >>>, and into the subtree of an element that has neither', () => {
    const doc = page();
    const q = new DeepQuery();
    expect(ns(q.find(doc, 'x-a >>> .m'))).toEqual(['1', '3']); // found in x-a's own root: deeper roots not searched
    expect(ns(q.find(doc, 'x-a >>> .none, x-a >>> x-b >>> .m'))).toEqual(['2']);
    expect(ns(q.find(doc, 'x-a >>> x-b >>> .m'))).toEqual(['2']);
    expect(ns(q.find(doc, 'iframe#f >>> .m'))).toEqual(['4']);
    expect(ns(q.find(doc, 'iframe#f >>> .x-none, iframe#f >>> x-c >>> .m'))).toEqual(['5']);
    expect(ns(q.find(doc, 'iframe#f >>> x-c >>> .m, x-a >>> x-b >>> .m'))).toEqual(['2', '5']);
    expect(ns(q.find(doc, 'div.wrap >>> .t'))).toEqual(['6']);
    expect(q.find(doc, 'x-closed >>> .m')).toEqual([]);
    expect(q.find(doc, 'x-nothing >>> .m')).toEqual([]);
    const inFrame = q.find(doc, 'iframe#f >>> x-c >>> .m')[0];
    expect(q.matches(inFrame, 'iframe#f >>> .m')).toBe(true);
    expect(q.matches(inFrame, 'x-a >>> .m')).toBe(false);
    expect(whereIs(inFrame)).toEqual([{ kind: 'frame', host: 'iframe#f' }, { kind: 'shadow', host: 'x-c' }]);
  });

  it('stops at its limits instead of walking a huge page', () => {
    const withHosts = () => {
      const doc = liveDocument('<!doctype html><body></body>');
      for (let i = 0; i < 20; i++) {
        const host = doc.createElement('x-item');
        host.attachShadow({ mode: 'open' }).innerHTML = `<i class="m" data-n="${i}"></i>`;
        doc.body.append(host);
      }
      return doc;
    };
    const byRoots = new DeepQuery({ elements: 1_000_000, roots: 5, depth: 12 });
    expect(byRoots.find(withHosts(), '.m')).toHaveLength(5);
    expect(byRoots.truncated).toBe(true);
    const byElements = new DeepQuery({ elements: 10, roots: 100, depth: 12 });
    const doc = withHosts();
    expect(byElements.find(doc, '.m').length).toBeLessThan(20);
    expect(byElements.truncated).toBe(true);
    expect(new DeepQuery().find(doc, '.m')).toHaveLength(20); // a cut-short look is not trusted next time
    let nested: Element = doc.body;
    for (let i = 0; i < 5; i++) {
      const host = doc.createElement('x-nest');
      (nested.shadowRoot ?? nested).append(host);
      host.attachShadow({ mode: 'open' });
      nested = host;
    }
    nested.shadowRoot!.innerHTML = '<b class="deepest"></b>';
    expect(new DeepQuery({ elements: 1000, roots: 100, depth: 3 }).find(doc, '.deepest')).toEqual([]);
    expect(new DeepQuery().find(doc, '.deepest')).toHaveLength(1);
  });

  it('looks at every element of a page once, then only at what was added (and again now and then)', () => {
    const doc = liveDocument(`<!doctype html><body>${'<div><p>plain</p></div>'.repeat(50)}</body>`);
    const wholePage = vi.spyOn(doc, 'querySelectorAll');
    const scans = () => wholePage.mock.calls.filter(([sel]) => sel === '*').length;
    expect(new DeepQuery().find(doc, '.m')).toEqual([]);
    expect(scans()).toBe(1);
    expect(new DeepQuery().find(doc, '.m')).toEqual([]);
    expect(scans()).toBe(1); // nothing changed: nothing looked at
    // A web component added: found without looking at the whole page again.
    const added = doc.createElement('div');
    added.innerHTML = '<x-late></x-late>';
    added.firstElementChild!.attachShadow({ mode: 'open' }).innerHTML = '<i class="m" data-n="late"></i>';
    doc.body.append(added);
    expect(new DeepQuery().find(doc, '.m').map((e) => e.getAttribute('data-n'))).toEqual(['late']);
    expect(scans()).toBe(1);
    // Removed: gone.
    added.remove();
    expect(new DeepQuery().find(doc, '.m')).toEqual([]);
    // A shadow root attached to an element already there makes no mutation record: a later full look finds it.
    doc.querySelector('div')!.attachShadow({ mode: 'open' }).innerHTML = '<i class="m" data-n="upgraded"></i>';
    expect(new DeepQuery().find(doc, '.m')).toEqual([]);
    const later = Date.now() + FULL_SCAN_MS + 1;
    const clock = vi.spyOn(Date, 'now').mockReturnValue(later);
    expect(new DeepQuery().find(doc, '.m').map((e) => e.getAttribute('data-n'))).toEqual(['upgraded']);
    expect(scans()).toBe(2);
    clock.mockRestore();
    // Torn down (extension reloaded): nothing kept is trusted any more.
    dropDeepQueryState();
    expect(new DeepQuery().find(doc, '.m')).toHaveLength(1);
    expect(scans()).toBe(3);
    wholePage.mockRestore();
  });
});

describe('custom adapter on a helpdesk made of web components and an iframe (Orbit Desk)', () => {
  const adapter = createCustomAdapter(config);

  it('reads every field and message from shadow roots inside and outside the frame', () => {
    const t = adapter.readTicket(loadLiveFixture('custom/orbit.html'), URL_TICKET)!;
    expect(t).toMatchObject({
      helpdesk: 'orbit',
      ticketId: '5120',
      // `od-shell >>> .od-subject`: the ticket's subject, not the queue's (which a plain selector finds first)
      subject: 'Two-factor codes never arrive by SMS',
      status: 'Open', // drawn in the od-chip's own shadow root
      priority: 'Urgent',
      tags: ['2fa', 'sms', 'login'],
      requester: { name: 'Aroha Ngata', email: 'aroha.ngata@example.co.nz' }, // from the card's shadow root
    });
    expect(t.missing).toBeUndefined();
    expect(t.messages.map((m) => [m.id, m.author.name, m.author.role, !!m.internal, m.at])).toEqual([
      ['m1', 'Aroha Ngata', 'customer', false, '2026-09-14T08:05:00.000Z'],
      ['m2', 'Tomás Herrera', 'agent', false, '2026-09-14T09:12:00.000Z'],
      ['m3', 'Tomás Herrera', 'agent', true, '2026-09-14T09:14:00.000Z'],
      ['m4', 'Aroha Ngata', 'customer', false, '2026-09-15T07:40:00.000Z'],
    ]);
    // Text shown through each message's <slot>, paragraphs kept; the quoted earlier reply left out.
    expect(t.messages[0].text).toBe('Since Monday no two-factor code reaches my phone.\n\nMy number is the same as before: +64 21 555 0147.');
    expect(t.messages[3].text).toBe('It is One NZ. Still nothing this morning 😟');
  });

  it('with a plain selector, takes the match in the document first', () => {
    const plain = createCustomAdapter({ ...config, selectors: { ...config.selectors, subject: '.od-subject' } });
    expect(plain.readTicket(loadLiveFixture('custom/orbit.html'), URL_TICKET)!.subject).toBe('Refund for a double charge');
  });

  it('reads message parts inside each message first, then inside its components', () => {
    const doc = loadLiveFixture('custom/orbit.html');
    const { messages } = orbitParts(doc);
    const light = doc.createElement('b');
    light.className = 'od-author';
    light.textContent = 'Light DOM author';
    messages()[1].prepend(light);
    const t = adapter.readTicket(doc, URL_TICKET)!;
    expect(t.messages.map((m) => m.author.name)).toEqual(['Aroha Ngata', 'Light DOM author', 'Tomás Herrera', 'Aroha Ngata']);
  });

  it('reads message parts given with >>> relative to each message, in bulk and one message at a time', () => {
    const explicit = createCustomAdapter({
      ...config,
      selectors: { ...config.selectors, messageBody: ':scope >>> .od-text', messageAuthor: 'od-message >>> .od-author', messageTime: ':scope >>> time' },
    });
    const doc = loadLiveFixture('custom/orbit.html');
    const expected = adapter.readTicket(loadLiveFixture('custom/orbit.html'), URL_TICKET)!;
    expect(explicit.readTicket(doc, URL_TICKET)).toEqual(expected); // first read: bulk
    const { messages } = orbitParts(doc);
    messages()[3].querySelector('p')!.textContent = 'Changed.';
    const again = explicit.readTicket(doc, URL_TICKET)!; // one changed message: read on its own
    expect(again.messages[3]).toEqual({ ...expected.messages[3], text: 'Changed.' });
    expect(again.messages.slice(0, 3)).toEqual(expected.messages.slice(0, 3));
  });

  it('finds the editable element in the composer’s shadow root, inside the frame', () => {
    const editor = adapter.findEditor(loadLiveFixture('custom/orbit.html'))!;
    expect(editor.className).toBe('od-editor');
    expect(editor.isContentEditable || editor.getAttribute('contenteditable') === 'true').toBe(true);
    expect(whereIs(editor)).toEqual([
      { kind: 'shadow', host: 'od-shell' },
      { kind: 'frame', host: 'iframe#agent' },
      { kind: 'shadow', host: 'od-composer' },
    ]);
  });

  it('names the shadow roots and frames it read from, for the watcher', () => {
    const doc = loadLiveFixture('custom/orbit.html');
    adapter.readTicket(doc, URL_TICKET);
    const { shell, frameDoc, timeline } = orbitParts(doc);
    const roots = adapter.watchRoots!(doc).map((r) => r.root);
    expect(roots).toContain(shell);
    expect(roots).toContain(frameDoc);
    expect(roots).toContain(timeline);
  });

  it('never serves stale text from the read cache after changes inside shadow roots and the frame', () => {
    const doc = loadLiveFixture('custom/orbit.html');
    const { frameDoc, timeline, messages } = orbitParts(doc);
    expect(adapter.readTicket(doc, URL_TICKET)!.messages).toHaveLength(4);
    // Slotted text (in the timeline's shadow root), an author in a message's own shadow root, a new message.
    messages()[0].querySelector('p')!.textContent = 'Edited in the timeline';
    messages()[1].shadowRoot!.querySelector('.od-author')!.textContent = 'Renamed agent';
    messages()[2].toggleAttribute('note', false);
    timeline.append(newMessage(frameDoc, 'Aroha Ngata', 'A fifth message.', '2026-09-15T09:00:00Z'));
    const t = adapter.readTicket(doc, URL_TICKET)!;
    expect(t.messages).toHaveLength(5);
    expect(t.messages[0].text).toBe('Edited in the timeline\n\nMy number is the same as before: +64 21 555 0147.');
    expect(t.messages[1].author.name).toBe('Renamed agent');
    expect(t.messages[2].internal).toBeUndefined();
    expect(t.messages[4]).toMatchObject({ text: 'A fifth message.', author: { name: 'Aroha Ngata', role: 'customer' } });
    // A message removed from the shadow root is gone too.
    messages()[0].remove();
    expect(adapter.readTicket(doc, URL_TICKET)!.messages.map((m) => m.text)[0]).toMatch(/^Kia ora Aroha/);
  });

  it('caches messages inside shadow roots, and re-parses only the one that changed in there', () => {
    const doc = loadLiveFixture('custom/orbit.html');
    const { messages } = orbitParts(doc);
    let parsed = 0;
    const q = () => new DeepQuery();
    const spec = (): MessageSpec => ({ author: ['.od-author'], body: ['.od-text'], id: () => String(++parsed), classify: () => ({ role: 'customer' }), query: q() });
    expect(readMessages(messages(), spec(), orbitParts(doc).timeline)).toHaveLength(4);
    expect(parsed).toBe(4);
    readMessages(messages(), spec(), orbitParts(doc).timeline);
    expect(parsed).toBe(4); // nothing changed: nothing reparsed (the cache is really in use here)
    messages()[2].shadowRoot!.querySelector('.od-author')!.append(' (away)');
    const again = readMessages(messages(), spec(), orbitParts(doc).timeline);
    expect(parsed).toBe(5);
    expect(again[2].author.name).toBe('Tomás Herrera (away)');
  });
});

describe('previewCustomAdapter on Orbit Desk', () => {
  it('shows what each selector found and where: which shadow roots and frames it is in', () => {
    const doc = loadLiveFixture('custom/orbit.html');
    const p = previewCustomAdapter(config, doc);
    expect(p.subject).toEqual({
      selector: 'od-shell >>> .od-subject',
      count: 1,
      firstText: 'Two-factor codes never arrive by SMS',
      where: [{ kind: 'shadow', host: 'od-shell' }, { kind: 'shadow', host: 'od-ticket-header' }],
    });
    expect(p.message).toMatchObject({ count: 4, where: [{ kind: 'shadow', host: 'od-shell' }, { kind: 'frame', host: 'iframe#agent' }, { kind: 'shadow', host: 'od-timeline' }] });
    expect(p.messageBody).toMatchObject({ count: 1, firstText: 'Since Monday no two-factor code reaches my phone.\n\nMy number is the same as before: +64 21 555 0147.' });
    expect(p.messageAuthor).toMatchObject({ count: 1, firstText: 'Aroha Ngata' });
    expect(p.messageAuthor?.where?.at(-1)).toEqual({ kind: 'shadow', host: 'od-message' });
    expect(p.requester).toMatchObject({ count: 1, firstText: 'Aroha Ngata aroha.ngata@example.co.nz' });
    expect(p.editor).toMatchObject({ count: 1 });
    expect(p.internalMessage?.count).toBe(1);
    expect(p.agentMessage?.count).toBe(2);
  });

  it('says which part of a >>> selector came up empty', () => {
    const doc = loadLiveFixture('custom/orbit.html');
    const p = previewCustomAdapter({ ...config, selectors: { ...config.selectors, subject: 'od-shel >>> .od-subject', status: 'od-shell >>> .od-state', tags: 'od-shell >>> od-ticket-header >>> .nope' } }, doc);
    expect(p.subject).toMatchObject({ count: 0, error: 'nothing matches "od-shel"' });
    expect(p.status).toMatchObject({ count: 0, error: '"od-shell" found 1, but nothing inside it (shadow root, frame or subtree) matches ".od-state"' });
    expect(p.tags).toMatchObject({ count: 0, error: '"od-ticket-header" found 1, but nothing inside it (shadow root, frame or subtree) matches ".nope"' });
  });

  it('describes the editor and where it is, in the options page’s preview run', () => {
    const r = runCustomPreview(config, loadLiveFixture('custom/orbit.html'), URL_TICKET);
    expect(r.editor).toBe('div.od-editor');
    expect(r.editorWhere).toEqual([{ kind: 'shadow', host: 'od-shell' }, { kind: 'frame', host: 'iframe#agent' }, { kind: 'shadow', host: 'od-composer' }]);
    expect(r.snapshot).toMatchObject({ subject: 'Two-factor codes never arrive by SMS', messageCount: 4, internalCount: 1, missing: [] });
  });
});

describe('test helper: declarative shadow roots', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));
  it('attaches them like a browser parser (otherwise the tests above would read nothing)', () => {
    const doc = liveDocument('<x-a><template shadowrootmode="open"><b>in</b></template><i>light</i></x-a>');
    const host = doc.querySelector('x-a')!;
    expect(host.shadowRoot?.innerHTML).toBe('<b>in</b>');
    expect(host.innerHTML).toBe('<i>light</i>');
    attachDeclarativeShadowRoots(doc); // idempotent
    expect(host.shadowRoot?.innerHTML).toBe('<b>in</b>');
  });
});

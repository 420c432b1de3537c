// One observer of the helpdesk page (adapters/shared/page-observer.ts; issue 18 item 5): the watcher, the read
// cache and the deep query subscribe to a single MutationObserver, each with its own filter, and every read
// flushes it for all of them. Orbit Desk is the page that needs all three: web components (shadow roots) and a
// same-origin frame, read by a custom adapter.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CustomAdapterConfig } from '../../../adapters/custom';
import { DeepQuery, dropDeepQueryState } from '../../../adapters/shared/deep-query';
import { subscribeToPage } from '../../../adapters/shared/page-observer';
import { dropReadCache } from '../../../adapters/shared/read-cache';
import { watchTicket, type TicketWatcher } from '../../../lib/content/watch-ticket';
import { fixtureHtml, liveDocument, loadLiveFixture } from './helpers';

const config = JSON.parse(fixtureHtml('custom/orbit.config.json')) as CustomAdapterConfig;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

type ObserverWindow = Window & typeof globalThis;

/** Counts the MutationObservers made with any of these windows' constructors (each window has its own), and
 *  what each was asked to observe and how often it was disconnected. */
function countObservers(windows: ObserverWindow[]) {
  const made: MutationObserver[] = [];
  const observed: [MutationObserver, Node][] = [];
  const disconnected: MutationObserver[] = [];
  const restore: (() => void)[] = [];
  for (const w of new Set(windows)) {
    const Raw = w.MutationObserver;
    w.MutationObserver = class extends Raw {
      constructor(callback: MutationCallback) {
        super(callback);
        made.push(this);
      }
      override observe(target: Node, options?: MutationObserverInit) {
        observed.push([this, target]);
        super.observe(target, options);
      }
      override disconnect() {
        disconnected.push(this);
        super.disconnect();
      }
    };
    restore.push(() => (w.MutationObserver = Raw));
  }
  return { made, observed, disconnected, restore: () => restore.forEach((r) => r()) };
}

/** The Orbit page in a document of its own, its frame, and a watcher on it with the custom adapter. */
function orbit() {
  const doc = loadLiveFixture('custom/orbit.html');
  const frame = doc.querySelector('od-shell')!.shadowRoot!.querySelector('iframe')!;
  const frameDoc = frame.contentDocument!;
  const timeline = () => frameDoc.querySelector('od-timeline')!.shadowRoot!;
  return { doc, frame, frameDoc, timeline };
}

function start(doc: Document) {
  const win = {
    location: { href: 'https://desk.orbit.example/tickets/5120' },
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (t: number) => clearTimeout(t),
    MutationObserver: (doc.defaultView as ObserverWindow).MutationObserver,
    addEventListener: () => {},
    removeEventListener: () => {},
  } as unknown as Window;
  const reports: string[][] = [];
  const watcher = watchTicket({ doc, win, customAdapters: () => [config], report: (s) => reports.push(s?.messages.map((m) => m.text) ?? []) });
  return { watcher, reports };
}

function newMessage(doc: Document, text: string): Element {
  const m = doc.createElement('od-message');
  m.setAttribute('from', 'customer');
  m.attachShadow({ mode: 'open' }).innerHTML = '<div class="od-text"><slot></slot></div>';
  m.append(text);
  return m;
}

describe('the page observer', () => {
  let watcher: TicketWatcher | undefined;
  afterEach(() => {
    watcher?.stop();
    watcher = undefined;
    vi.restoreAllMocks();
  });

  it('is the only MutationObserver on a page the watcher, the read cache and the deep query all watch', async () => {
    const { doc, frameDoc, timeline } = orbit();
    const count = countObservers([window as ObserverWindow, doc.defaultView as ObserverWindow, frameDoc.defaultView as ObserverWindow]);
    try {
      const started = start(doc);
      watcher = started.watcher;
      // All three at work: the first read went through the deep query (shadow roots, the frame) into the read
      // cache, and the watcher observes the roots it was told of.
      expect(started.reports).toHaveLength(1);
      expect(started.reports[0]).toHaveLength(4);
      new DeepQuery().find(doc, '.od-text');
      expect(count.made).toHaveLength(1);
      // It observes the document, the frame's document and the shadow roots (each once).
      const roots = count.observed.map(([, root]) => root);
      expect(roots).toContain(doc);
      expect(roots).toContain(frameDoc);
      expect(roots).toContain(timeline());
      expect(new Set(roots).size).toBe(roots.length);
      expect(new Set(count.observed.map(([observer]) => observer))).toEqual(new Set(count.made));

      // And each still hears what it needs: a new message inside a shadow root in the frame is reported (the
      // watcher), read from the new node (the deep query found its web component), the rest from the cache.
      timeline().append(newMessage(frameDoc, 'Any news?'));
      await wait(450);
      expect(started.reports).toHaveLength(2);
      expect(started.reports[1].at(-1)).toBe('Any news?');
      expect(count.made).toHaveLength(1);
    } finally {
      count.restore();
    }
  });

  it('stops when the last of them leaves (the content script torn down)', () => {
    const { doc, frameDoc } = orbit();
    const count = countObservers([window as ObserverWindow, doc.defaultView as ObserverWindow, frameDoc.defaultView as ObserverWindow]);
    try {
      watcher = start(doc).watcher;
      expect(count.made).toHaveLength(1);
      watcher.stop();
      watcher = undefined;
      expect(count.disconnected).toEqual(count.made);
      // A new watcher gets an observer of its own again.
      watcher = start(doc).watcher;
      expect(count.made).toHaveLength(2);
      expect(count.disconnected).toHaveLength(1);
    } finally {
      count.restore();
    }
  });

  it('a read takes the queued records for everyone: the watcher still hears of a change a read saw first', async () => {
    const { doc, timeline } = orbit();
    const started = start(doc);
    watcher = started.watcher;
    const text = timeline().querySelector('od-message p')!;
    text.textContent = 'Edited just before a read';
    // Read at once, in the same task: the read cache must see the edit (flushed for it), and the records it
    // flushed must still reach the watcher.
    expect(watcher.readNow()!.messages[0].text).toMatch(/^Edited just before a read/);
    const reportsAfterRead = started.reports.length;
    text.textContent = 'Edited again';
    await wait(450);
    expect(started.reports.length).toBe(reportsAfterRead + 1);
    expect(started.reports.at(-1)![0]).toMatch(/^Edited again/);
  });

  it('hands each subscriber only the records its filter asks for, from the trees it observes', () => {
    const doc = liveDocument('<!doctype html><body><div id="a"></div><x-host></x-host></body>');
    const shadow = doc.querySelector('x-host')!.attachShadow({ mode: 'open' });
    const all: MutationRecord[] = [];
    const childList: MutationRecord[] = [];
    const watched: MutationRecord[] = [];
    const subs = [
      subscribeToPage(doc, (r) => all.push(...r))!,
      subscribeToPage(doc, (r) => childList.push(...r), { types: ['childList'] })!,
      subscribeToPage(doc, (r) => watched.push(...r), { attributes: ['hidden'] })!,
    ];
    subs.forEach((s) => s.observe(doc));
    subs[0].observe(shadow); // only the first looks into the shadow root
    const a = doc.getElementById('a')!;
    a.setAttribute('title', 'hover text');
    a.toggleAttribute('hidden', true);
    a.append('text');
    shadow.append(doc.createElement('p'));
    subs[1].flush(); // any subscriber's flush serves all of them
    expect(all.map((r) => r.type)).toEqual(['attributes', 'attributes', 'childList', 'childList']);
    expect(childList.map((r) => r.target)).toEqual([a]);
    expect(watched.map((r) => r.attributeName ?? r.type)).toEqual(['hidden', 'childList']);
    expect(all[0].oldValue).toBeNull(); // old values recorded (the read cache compares classes)
    subs.forEach((s) => s.unsubscribe());
  });
});

// (the module's other users clean up after themselves; this file's page may be shared with nothing else)
afterEach(() => {
  dropDeepQueryState();
  dropReadCache(document);
});

// The content script's watcher: typing in the reply editor must not cause reads, a new message must be reported
// once after the debounce, and nothing is read while the tab is hidden.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { zendeskAdapter } from '../../../adapters/zendesk';
import { dequal as sameData } from 'dequal/lite';
import { watchTicket, type TicketWatcher } from '../../../lib/content/watch-ticket';
import { longThreadHtml } from '../../fixtures/adapters/generate';
import type { CustomAdapterConfig } from '../../../adapters/custom';
import { fixtureHtml, loadLiveFixture } from '../adapters/helpers';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('watchTicket', () => {
  let watcher: TicketWatcher | undefined;
  afterEach(() => {
    watcher?.stop();
    vi.restoreAllMocks();
  });

  function start() {
    document.documentElement.innerHTML = new DOMParser().parseFromString(longThreadHtml('zendesk', 20), 'text/html').documentElement.innerHTML;
    const reads = vi.spyOn(zendeskAdapter, 'readTicket');
    const reports: number[] = [];
    watcher = watchTicket({ doc: document, win: window, customAdapters: () => [], report: (s) => reports.push(s?.messages.length ?? -1) });
    return { reads, reports };
  }

  it('reads once at start, then once per burst of changes, and reports only changes', async () => {
    const { reads, reports } = start();
    expect(reads).toHaveBeenCalledTimes(1);
    expect(reports).toEqual([20]);
    const thread = document.querySelector('[data-test-id="omni-log-container"]')!;
    for (let i = 0; i < 5; i++) thread.append(thread.children[1].cloneNode(true));
    await wait(450);
    expect(reads).toHaveBeenCalledTimes(2);
    expect(reports).toEqual([20, 25]);
    document.body.classList.toggle('some-class'); // a change elsewhere: read, but the ticket is the same
    await wait(450);
    expect(reads).toHaveBeenCalledTimes(3);
    expect(reports).toEqual([20, 25]);
  });

  it('typing in the reply editor causes no read', async () => {
    const { reads } = start();
    const editor = zendeskAdapter.findEditor(document)!;
    expect(editor).not.toBeNull();
    for (let i = 0; i < 30; i++) {
      editor.append(document.createTextNode('x'));
      if (i % 10 === 9) editor.append(document.createElement('br'));
      await wait(5);
    }
    await wait(450);
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('does not read while the tab is hidden, and reads when it is shown again', async () => {
    const { reads, reports } = start();
    const hidden = vi.spyOn(document, 'hidden', 'get').mockReturnValue(true);
    document.querySelector('[data-test-id="omni-log-message-content"]')!.textContent = 'Edited while hidden';
    await wait(450);
    expect(reads).toHaveBeenCalledTimes(1);
    hidden.mockReturnValue(false);
    document.dispatchEvent(new Event('visibilitychange'));
    await wait(450);
    expect(reads).toHaveBeenCalledTimes(2);
    expect(reports).toHaveLength(2);
  });
});

describe('watchTicket on a helpdesk made of web components and an iframe (custom adapter, Orbit Desk)', () => {
  const config = JSON.parse(fixtureHtml('custom/orbit.config.json')) as CustomAdapterConfig;
  let watcher: TicketWatcher | undefined;
  afterEach(() => watcher?.stop());

  // The page in a document of its own; the watcher is told it is at Orbit's URL.
  function start() {
    const doc = loadLiveFixture('custom/orbit.html');
    const win = {
      location: { href: 'https://desk.orbit.example/tickets/5120' },
      setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
      clearTimeout: (t: number) => clearTimeout(t),
      MutationObserver,
      addEventListener: () => {},
      removeEventListener: () => {},
    } as unknown as Window;
    const reports: string[][] = [];
    watcher = watchTicket({ doc, win, customAdapters: () => [config], report: (s) => reports.push(s?.messages.map((m) => m.text) ?? []) });
    const frame = doc.querySelector('od-shell')!.shadowRoot!.querySelector('iframe')!;
    const timeline = () => frame.contentDocument!.querySelector('od-timeline')!.shadowRoot!;
    return { doc, frame, timeline, reports };
  }

  it('reports a message added inside a shadow root in the frame, and an edit inside a message’s shadow root', async () => {
    const { frame, timeline, reports } = start();
    expect(reports).toHaveLength(1);
    expect(reports[0]).toHaveLength(4);
    const fd = frame.contentDocument!;
    const m = fd.createElement('od-message');
    m.setAttribute('from', 'customer');
    m.attachShadow({ mode: 'open' }).innerHTML = '<div class="od-text"><slot></slot></div>';
    m.append('Any news?');
    timeline().append(m);
    await wait(450);
    expect(reports).toHaveLength(2);
    expect(reports[1]).toHaveLength(5);
    expect(reports[1][4]).toBe('Any news?');
    // Text drawn in a web component inside a message: the timeline's observer does not see this one.
    const chip = fd.createElement('od-chip');
    chip.attachShadow({ mode: 'open' }).textContent = 'draft';
    m.append(chip);
    await wait(450);
    chip.shadowRoot!.textContent = ' (edited)';
    await wait(450);
    expect(reports.at(-1)![4]).toBe('Any news? (edited)');
  });

  it('follows the frame to a new document', async () => {
    const { frame, reports } = start();
    frame.srcdoc = '<od-message from="customer"><p>Only message of the next ticket.</p></od-message>';
    await wait(450);
    expect(reports.at(-1)).toEqual(['Only message of the next ticket.']);
  });
});

describe('dequal, as the watcher and the background compare snapshots with it', () => {
  it('compares snapshots deeply and never calls different data equal', () => {
    const a = { ticketId: '1', messages: [{ author: { role: 'customer' }, text: 'hi' }] };
    expect(sameData(a, structuredClone(a))).toBe(true);
    expect(sameData(a, { ...a, messages: [{ author: { role: 'agent' }, text: 'hi' }] })).toBe(false);
    expect(sameData(a, { ...a, messages: [] })).toBe(false);
    expect(sameData({ x: undefined, y: 1 }, { y: 1, z: 2 })).toBe(false);
    expect(sameData([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameData(null, {})).toBe(false);
  });
});

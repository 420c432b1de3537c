// The content scripts as built: a built-in helpdesk's own (lib/content/built-in.ts: its adapter and the custom one)
// and the generic one on custom hosts (lib/content/generic.ts: the custom adapter and the built-ins' detectors, which
// hands a page a built-in recognises to that helpdesk's script). The background's side: senders.test.ts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const sent: { type: string; data?: unknown }[] = [];
let configs: unknown[] = [];
const removeAllListeners = vi.fn();
vi.mock('../../../lib/content/messaging', () => ({
  sendMessage: vi.fn(async (type: string, data?: unknown) => {
    sent.push({ type, data });
    return type === 'getCustomAdapters' ? configs : undefined;
  }),
  onMessage: vi.fn(),
  removeAllListeners: () => removeAllListeners(),
}));

import { startBuiltInContentScript } from '../../../lib/content/built-in';
import { builtInHelpdeskOf, startGenericContentScript } from '../../../lib/content/generic';
import { zendeskAdapter } from '../../../adapters/zendesk';
import { longThreadHtml } from '../../fixtures/adapters/generate';

const flush = async () => {
  for (let i = 0; i < 4; i++) await new Promise((r) => setTimeout(r, 0));
};
const config = (urlPatterns: string[], layer?: string) => ({
  id: 'acme-desk',
  name: 'Acme desk',
  urlPatterns,
  layer,
  selectors: { subject: 'h1', message: '.comment', messageBody: '.comment', editor: 'textarea' },
});
const reports = () => sent.filter((m) => m.type === 'reportSnapshot').map((m) => m.data as { helpdesk?: string; snapshot: { subject: string } | null });
const handOffs = () => sent.filter((m) => m.type === 'loadHelpdeskScript').map((m) => m.data);

let invalidate: (() => void) | undefined;
const ctx = { onInvalidated: (cb: () => void) => ((invalidate = cb), () => {}) };
const manifestMatches = (matches: string[]) =>
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'x', version: '1', content_scripts: [{ matches, js: ['x.js'] }] } as never);

beforeEach(() => {
  sent.length = 0;
  configs = [];
  removeAllListeners.mockClear();
  history.replaceState(null, '', '/agent/tickets/12');
  document.documentElement.innerHTML = new DOMParser().parseFromString(longThreadHtml('zendesk', 5), 'text/html').documentElement.innerHTML;
  manifestMatches(['https://*.zendesk.com/*']);
});
afterEach(() => {
  invalidate?.();
  invalidate = undefined;
});

describe("a built-in helpdesk's own script", () => {
  it('reads with its adapter, and keeps reading as the page changes', async () => {
    const watcher = startBuiltInContentScript({ ...zendeskAdapter, detect: () => true }, ctx);
    await flush();
    expect(reports().at(-1)?.helpdesk).toBe('zendesk');
    expect(watcher.readNow(true)?.messages.length).toBe(5);
    const thread = document.querySelector('[data-test-id="omni-log-container"]')!;
    const before = reports().length;
    thread.append(thread.children[1].cloneNode(true));
    await new Promise((r) => setTimeout(r, 500));
    expect(reports().length).toBe(before + 1);
    expect(handOffs()).toEqual([]);
  });

  it("reads with an admin's config that names this page (it carries the custom adapter)", async () => {
    configs = [config([`${location.origin}/agent/*`])];
    startBuiltInContentScript({ ...zendeskAdapter, detect: () => true }, ctx);
    await flush();
    expect(reports().at(-1)?.helpdesk).toBe('acme-desk');
    expect(handOffs()).toEqual([]);
  });
  it("reports nothing before the configs came: an agent's repair of this page is the first reading stored", async () => {
    const thread = '[data-test-id="omni-log-container"] > *';
    configs = [{ ...config([`${location.origin}/agent/*`], 'override'), selectors: { subject: 'title', message: thread, messageBody: thread, editor: 'textarea' } }];
    startBuiltInContentScript({ ...zendeskAdapter, detect: () => true }, ctx);
    await flush();
    // (the built-in alone gives its messages the page's comment ids; the repair's reading has none)
    expect(zendeskAdapter.readTicket(document, location.href)?.messages.every((m) => m.id)).toBe(true);
    const read = reports().map((r) => (r.snapshot as unknown as { messages: { id?: string }[] }).messages);
    expect(read.length).toBeGreaterThan(0);
    expect(read.every((messages) => messages.length === 5 && messages.every((m) => !m.id))).toBe(true);
  });
});

describe('the generic script on a custom host', () => {
  it("hands a page a built-in recognises to that helpdesk's script, having stopped and reported nothing", async () => {
    expect(builtInHelpdeskOf(location.href, document)).toBe('zendesk'); // (Agent Workspace markup, not the host)
    startGenericContentScript(ctx);
    await flush();
    expect(handOffs()).toEqual(['zendesk']);
    expect(removeAllListeners).toHaveBeenCalled();
    expect(reports()).toEqual([]);
    const thread = document.querySelector('[data-test-id="omni-log-container"]')!;
    thread.append(thread.children[1].cloneNode(true)); // (a running watcher would report this)
    await new Promise((r) => setTimeout(r, 500));
    expect(reports()).toEqual([]);
  });

  it("reads with an admin's config for this URL, which beats the built-in's guess, and hands nothing over", async () => {
    configs = [config([`${location.origin}/agent/*`])];
    startGenericContentScript(ctx);
    await flush();
    expect(handOffs()).toEqual([]);
    expect(reports().at(-1)?.helpdesk).toBe('acme-desk');
  });

  it("hands over when an agent's repair of this URL is to be laid over the built-in", async () => {
    configs = [config([`${location.origin}/agent/*`], 'override'), config([`${location.origin}/*`])];
    startGenericContentScript(ctx);
    await flush();
    expect(handOffs()).toEqual(['zendesk']);
  });

  it('reports no ticket on a page neither a config nor a built-in knows', async () => {
    document.body.innerHTML = '<h1>Order 12</h1><p>Nothing here</p>';
    startGenericContentScript(ctx);
    await flush();
    expect(handOffs()).toEqual([]);
    expect(reports().at(-1)?.snapshot).toBeNull();
  });

  it("stays out of a page whose own script the manifest loads (a custom pattern wider than the helpdesk's hosts)", async () => {
    manifestMatches([`${location.origin}/*`]);
    expect(startGenericContentScript(ctx)).toBeUndefined();
    await flush();
    expect(sent).toEqual([]);
  });
});

// One contract, every adapter: the built-ins and a custom adapter configured for a made-up helpdesk.
import { describe, expect, it } from 'vitest';
import { createCustomAdapter, validateCustomAdapterConfig, type CustomAdapterConfig } from '../../../adapters/custom';
import { adapters } from '../../../adapters';
import type { HelpdeskAdapter, TicketSnapshot } from '../../../adapters/types';
import { longThreadHtml } from '../../fixtures/adapters/generate';
import { fixtureHtml, liveDocument, loadFixture, loadLiveFixture, parseHtml as parseHtmlPlain } from './helpers';

const customConfig = JSON.parse(fixtureHtml('custom/helphive.config.json')) as CustomAdapterConfig;
const custom = createCustomAdapter(customConfig);
// A helpdesk made of web components with its thread in an iframe: pages built as a browser builds them.
const orbitConfig = JSON.parse(fixtureHtml('custom/orbit.config.json')) as CustomAdapterConfig;
const orbit = createCustomAdapter(orbitConfig);

interface Case {
  adapter: HelpdeskAdapter;
  url: string;
  fixture: string;
  messages: number;
  internal: number;
  longKind: Parameters<typeof longThreadHtml>[0];
  /** A field the one-message page built by longThreadHtml lacks once its heading is removed. */
  partialMissing: string;
  /** How its pages are made into documents (default: DOMParser, which attaches no shadow roots, loads no frames). */
  parse?: (html: string) => Document;
  load?: (fixture: string) => Document;
}

const byId = (id: string) => adapters.find((a) => a.id === id)!;
const cases: Case[] = [
  { adapter: byId('zendesk'), url: 'https://tandem-demo.zendesk.com/agent/tickets/1042', fixture: 'zendesk/agent-workspace.html', messages: 5, internal: 1, longKind: 'zendesk', partialMissing: 'subject' },
  { adapter: byId('intercom'), url: 'https://app.intercom.com/a/inbox/tandemdemo/inbox/conversation/215', fixture: 'intercom/inbox.html', messages: 6, internal: 1, longKind: 'intercom', partialMissing: 'tags' },
  { adapter: byId('freshdesk'), url: 'https://tandem-demo.freshdesk.com/a/tickets/388', fixture: 'freshdesk/mint.html', messages: 5, internal: 1, longKind: 'freshdesk', partialMissing: 'subject' },
  { adapter: byId('freshdesk'), url: 'https://tandem-demo.freshdesk.com/helpdesk/tickets/77', fixture: 'freshdesk/legacy.html', messages: 4, internal: 1, longKind: 'freshdesk-legacy', partialMissing: 'subject' },
  { adapter: custom, url: 'https://support.helphive.example/desk/cases/4821', fixture: 'custom/helphive.html', messages: 4, internal: 1, longKind: 'custom', partialMissing: 'subject' },
  { adapter: orbit, url: 'https://desk.orbit.example/tickets/5120', fixture: 'custom/orbit.html', messages: 4, internal: 1, longKind: 'custom-shadow', partialMissing: 'subject',
    parse: liveDocument, load: loadLiveFixture },
];

const GARBAGE = [
  '',
  '<html><body></body></html>',
  '<div><<<>>>&&& <script>throw new Error("x")</script><p>unclosed',
  '<table><tr><td>' + '<div>'.repeat(500) + 'deep' + '</div>'.repeat(500),
  '<article data-test-id="omni-log-comment-item"></article><div data-part-id></div><div class="conversation-item"></div><li class="hh-entry"></li>',
];

function expectSnapshotShape(t: TicketSnapshot, adapterId: string, url: string) {
  expect(t.helpdesk).toBe(adapterId);
  expect(t.url).toBe(url);
  expect(typeof t.ticketId).toBe('string');
  expect(typeof t.subject).toBe('string');
  expect(Array.isArray(t.tags)).toBe(true);
  expect(typeof t.requester).toBe('object');
  expect(Array.isArray(t.messages)).toBe(true);
  for (const m of t.messages) {
    expect(['customer', 'agent', 'bot', 'system']).toContain(m.author.role);
    expect(m.text.length).toBeGreaterThan(0);
    expect(m.text).toBe(m.text.trim());
    if (m.at !== undefined) expect(new Date(m.at).toISOString()).toBe(m.at);
    if (m.internal !== undefined) expect(m.internal).toBe(true);
  }
  if (t.missing) for (const f of t.missing) expect(['ticketId', 'subject', 'requester.name', 'requester.email', 'status', 'priority', 'tags', 'messages']).toContain(f);
}

describe.each(cases)('adapter contract: $adapter.id on $fixture', (c) => {
  const parseHtml = c.parse ?? parseHtmlPlain;
  const doc = (c.load ?? loadFixture)(c.fixture);

  it('detects its page and not the others', () => {
    expect(c.adapter.detect(c.url, doc)).toBe(true);
    const blank = document.implementation.createHTMLDocument('');
    expect(c.adapter.detect('https://www.example.org/blog/post-1', blank)).toBe(false);
  });

  it('reads a complete, well-formed snapshot', () => {
    const t = c.adapter.readTicket(doc, c.url)!;
    expect(t).not.toBeNull();
    expectSnapshotShape(t, c.adapter.id, c.url);
    expect(t.ticketId).not.toBe('');
    expect(t.subject).not.toBe('');
    expect(t.requester.name).toBeTruthy();
    expect(t.requester.email).toMatch(/@/);
    expect(t.messages).toHaveLength(c.messages);
    expect(t.messages.filter((m) => m.internal)).toHaveLength(c.internal);
    expect(t.messages.every((m) => !m.internal || m.author.role === 'agent')).toBe(true);
    expect(t.messages.some((m) => m.author.role === 'customer')).toBe(true);
    expect(t.messages.some((m) => m.author.role === 'agent')).toBe(true);
  });

  it('gives messages oldest first', () => {
    const t = c.adapter.readTicket(doc, c.url)!;
    const times = t.messages.map((m) => m.at).filter(Boolean).map((s) => Date.parse(s!));
    expect(times.length).toBeGreaterThan(1);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('is pure: reading twice gives the same snapshot and leaves the DOM untouched', () => {
    const before = doc.body.innerHTML;
    expect(c.adapter.readTicket(doc, c.url)).toEqual(c.adapter.readTicket(doc, c.url));
    expect(doc.body.innerHTML).toBe(before);
  });

  it('never throws on garbage or empty documents', () => {
    for (const html of GARBAGE) {
      const d = parseHtml(html);
      expect(() => c.adapter.readTicket(d, c.url)).not.toThrow();
      expect(() => c.adapter.detect(c.url, d)).not.toThrow();
      expect(() => c.adapter.findEditor(d)).not.toThrow();
      const t = c.adapter.readTicket(d, c.url);
      if (t) expectSnapshotShape(t, c.adapter.id, c.url);
    }
    expect(() => c.adapter.readTicket(document.implementation.createHTMLDocument(''), 'not a url')).not.toThrow();
    // A document whose methods throw (a page mid-teardown) still yields null, not an exception.
    const hostile = new Proxy(doc, { get: () => { throw new Error('detached'); } });
    expect(c.adapter.readTicket(hostile, c.url)).toBeNull();
  });

  it('reports missing fields on a partial page', () => {
    const d = parseHtml(longThreadHtml(c.longKind, 1).replace(/<h1[^>]*>.*?<\/h1>|<h2[^>]*>.*?<\/h2>/g, ''));
    const t = c.adapter.readTicket(d, c.url);
    expect(t).not.toBeNull();
    expect(t!.messages).toHaveLength(1);
    expect(t!.missing).toContain(c.partialMissing);
    expect(t!.ticketId).not.toBe('');
  });

  it('reads a long thread completely, in order, with every 10th message internal', () => {
    const d = parseHtml(longThreadHtml(c.longKind, 200));
    const t = c.adapter.readTicket(d, c.url)!;
    expect(t.messages).toHaveLength(200);
    expect(t.messages[0].text.startsWith('Message 1:')).toBe(true);
    expect(t.messages[199].text.startsWith('Message 200:')).toBe(true);
    expect(t.messages.filter((m) => m.internal)).toHaveLength(20);
    expect(t.messages[1].author.role).toBe('agent');
    expect(t.messages[0].author.role).toBe('customer');
    expect(t.messages[0].text).toBe('Message 1: the invoice for order 10000 shows two charges.\n\nLine two of message 1 🙂\nwith a break.');
  });

  it('finds an editor on its page, and insert reports "no editor" where there is none', async () => {
    expect(c.adapter.findEditor(doc)).not.toBeNull();
    const r = await c.adapter.insert(parseHtml('<p>no editor</p>'), 'Hi', 'cursor');
    expect(r.ok).toBe(false);
    expect(r).toMatchObject({ ok: false, code: 'no-editor' });
    expect(r.reason).toBeTruthy();
  });
});

describe('the custom config fixtures', () => {
  it.each([customConfig, orbitConfig])('$id is valid', (config) => {
    expect(validateCustomAdapterConfig(config)).toEqual({ ok: true, config, warnings: [] });
  });
});

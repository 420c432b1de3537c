// The Request Tracker preset on pages saved from a real RT 5 (tests/fixtures/adapters/rt/README.md), and the
// custom-adapter features it stands on: roles from the requester, internal notes by the words the page shows,
// subjects without RT's "#id:" prefix, ports in match patterns, the visible editor.
import { describe, expect, it } from 'vitest';
import { createCustomAdapter, validateCustomAdapterConfig } from '../../../adapters/custom';
import { readFileSync } from 'node:fs';
import { RT_HOST_PROBLEMS, requestTrackerBase, requestTrackerConfig } from '../../../adapters/presets/request-tracker';
import { checkMatchPattern, urlMatchesPatterns } from '../../../adapters/shared/match-pattern';
import { isRendered, readEditorText } from '../../../adapters/editor/inspect';
import { loadFixture, parseHtml } from './helpers';

const config = requestTrackerConfig('127.0.0.1:8080')!;
const adapter = createCustomAdapter(config);

describe('Request Tracker preset', () => {
  it('makes a valid config for a host with a port, matching only that port', () => {
    expect(config.urlPatterns).toEqual(['http://127.0.0.1:8080/rt/Ticket/Display.html*', 'http://127.0.0.1:8080/rt/Ticket/Update.html*']);
    expect(validateCustomAdapterConfig(config)).toMatchObject({ ok: true, warnings: [] });
    expect(adapter.detect('http://127.0.0.1:8080/rt/Ticket/Display.html?id=1', document)).toBe(true);
    expect(adapter.detect('http://127.0.0.1:9090/rt/Ticket/Display.html?id=1', document)).toBe(false);
    expect(adapter.detect('http://127.0.0.1:8080/rt/Search/Results.html', document)).toBe(false);
  });

  it('reads the hosts people type', () => {
    expect(requestTrackerBase('rt.example.com')).toEqual({ ok: true, base: 'https://rt.example.com/rt' });
    expect(requestTrackerBase('https://rt.example.com/helpdesk/')).toEqual({ ok: true, base: 'https://rt.example.com/helpdesk' });
    expect(requestTrackerBase('localhost:8080')).toEqual({ ok: true, base: 'http://localhost:8080/rt' });
    expect(requestTrackerBase('ftp://rt.example.com')).toMatchObject({ ok: false, code: 'not-http' });
    expect(requestTrackerBase('  ')).toMatchObject({ ok: false, code: 'no-host' });
    expect(requestTrackerBase('rt example com')).toMatchObject({ ok: false, code: 'not-a-host' });
  });

  it('each refusal has its text in en, es, de, fr (the options page says it in the agent\'s language)', () => {
    for (const lang of ['en', 'es', 'de', 'fr']) {
      const m = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
      for (const code of RT_HOST_PROBLEMS) expect(m[`chPresetHost_${code.replaceAll('-', '_')}`]?.message, `${lang} ${code}`).toBeTruthy();
    }
  });

  it("reads RT's Display page: the customer, the agent's reply and the internal comment apart", () => {
    const t = adapter.readTicket(loadFixture('rt/display.html'), 'http://127.0.0.1:8080/rt/Ticket/Display.html?id=1')!;
    expect(t.ticketId).toBe('1');
    expect(t.subject).toBe('Invoice charged twice this month');
    expect(t.requester).toEqual({ name: 'Dana Whitfield', email: 'dana.whitfield@example.com' });
    expect(t.status).toBe('open');
    expect(t.messages.map((m) => [m.author.role, !!m.internal, m.author.name])).toEqual([
      ['customer', false, 'Dana Whitfield'],
      ['agent', false, 'root (Enoch Root)'],
      ['agent', true, 'root (Enoch Root)'],
    ]);
    expect(t.messages[0].text).toContain('charged twice for invoice INV-2291');
    expect(t.messages[0].at).toMatch(/^2026-12-06T/);
  });

  it("reads RT's reply page: id and subject, no thread (the background keeps the stored one)", () => {
    const doc = loadFixture('rt/update.html');
    const t = adapter.readTicket(doc, 'http://127.0.0.1:8080/rt/Ticket/Update.html?Action=Respond&id=1')!;
    expect(t.ticketId).toBe('1');
    expect(t.subject).toBe('Invoice charged twice this month');
    expect(t.messages).toEqual([]);
  });
});

describe('custom adapters without an agent selector', () => {
  const page = (body: string) => parseHtml(`<h1>Case</h1><div class="req">Ann Lee &lt;ann@example.com&gt;</div><div id="t">${body}</div><textarea id="r"></textarea>`);
  const base = { id: 'x', name: 'X', urlPatterns: ['https://x.example/*'], selectors: { subject: 'h1', requester: '.req', message: '.m', messageAuthor: '.a', messageBody: '.b', editor: '#r' } };

  it('a message by the requester is the customer’s, by anybody else named an agent’s', () => {
    const t = createCustomAdapter(base).readTicket(page(
      '<div class="m"><span class="a">Ann Lee</span><p class="b">Help</p></div>' +
      '<div class="m"><span class="a">Bo (Support)</span><p class="b">On it</p></div>' +
      '<div class="m"><span class="a">A. Lee &lt;ANN@example.com&gt;</span><p class="b">Thanks</p></div>'), 'https://x.example/1')!;
    expect(t.messages.map((m) => m.author.role)).toEqual(['customer', 'agent', 'customer']);
  });

  it('internal notes by the words in their header, never by the same words in the body', () => {
    const t = createCustomAdapter({ ...base, internalPhrases: ['Comments added'] }).readTicket(page(
      '<div class="m"><span class="a">Bo</span> - Comments added<p class="b">Refund ok</p></div>' +
      '<div class="m"><span class="a">Ann Lee</span><p class="b">Comments added to my form</p></div>'), 'https://x.example/1')!;
    expect(t.messages.map((m) => [m.author.role, !!m.internal])).toEqual([['agent', true], ['customer', false]]);
  });
});

describe('match patterns with ports', () => {
  it('accepts a port and honours it; a pattern without one matches every port', () => {
    expect(checkMatchPattern('http://helpdesk.local:8080/rt/*')).toEqual({ ok: true, pattern: 'http://helpdesk.local:8080/rt/*' });
    expect(urlMatchesPatterns('http://helpdesk.local:8080/rt/x', ['http://helpdesk.local:8080/rt/*'])).toBe(true);
    expect(urlMatchesPatterns('http://helpdesk.local:8081/rt/x', ['http://helpdesk.local:8080/rt/*'])).toBe(false);
    expect(urlMatchesPatterns('https://h.example/x', ['https://h.example:443/*'])).toBe(true);
    expect(urlMatchesPatterns('http://helpdesk.local:8081/rt/x', ['http://helpdesk.local/rt/*'])).toBe(true);
    expect(checkMatchPattern('http://h:99999/*').ok).toBe(false);
  });

  it('a bad pattern in an admin config is dropped alone, with its reason; the rest applies', () => {
    const r = validateCustomAdapterConfig({ ...requestTrackerConfig('rt.example.com'), urlPatterns: ['http://onprem:8080/rt/*', 'not a pattern'] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config.urlPatterns).toEqual(['http://onprem:8080/rt/*']);
    expect(r.warnings).toEqual([expect.stringMatching(/^urlPatterns\[1\] "not a pattern" is not a valid match pattern/)]);
    // Typed by a person (the options form): an error to fix instead.
    expect(validateCustomAdapterConfig({ ...requestTrackerConfig('rt.example.com'), urlPatterns: ['http://onprem:8080/rt/*', 'not a pattern'] }, { strict: true }).ok).toBe(false);
  });
});

describe('editors', () => {
  it('a hidden field is never the target; from a list the rendered editor wins', () => {
    const doc = parseHtml('<textarea id="hidden" style="display:none"></textarea><div id="rich" contenteditable="true"></div>');
    const ed = createCustomAdapter({ id: 'y', name: 'Y', urlPatterns: ['https://y.example/*'], selectors: { subject: 'h1', message: '.m', messageBody: '.b', editor: '#hidden, #rich' } });
    expect(ed.findEditor(doc)?.id).toBe('rich');
    expect(isRendered(doc.getElementById('hidden')!)).toBe(false);
    const only = createCustomAdapter({ id: 'z', name: 'Z', urlPatterns: ['https://y.example/*'], selectors: { subject: 'h1', message: '.m', messageBody: '.b', editor: '#hidden' } });
    expect(only.findEditor(doc)).toBeNull();
  });

  it("a placeholder written into the editable is not the agent's text", () => {
    const doc = parseHtml('<div id="a" contenteditable="true" class="cke_editable placeholder">Type your message here</div><div id="b" contenteditable="true" data-placeholder="Reply…">Reply…</div><div id="c" contenteditable="true">Kept</div>');
    expect(readEditorText(doc.getElementById('a')!)).toBe('');
    expect(readEditorText(doc.getElementById('b')!)).toBe('');
    expect(readEditorText(doc.getElementById('c')!).trim()).toBe('Kept');
  });
});

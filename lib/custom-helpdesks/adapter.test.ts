import { describe, expect, it } from 'vitest';
import {
  createCustomAdapter,
  previewCustomAdapter,
  ticketIdFromUrl,
  validateCustomAdapterConfig,
  type CustomAdapterConfig,
} from '../../adapters/custom';
import { fixtureHtml, loadFixture, parseHtml } from '../../tests/unit/adapters/helpers';

const config = JSON.parse(fixtureHtml('custom/helphive.config.json')) as CustomAdapterConfig;
const URL_CASE = 'https://support.helphive.example/desk/cases/4821';

describe('custom adapter reading a made-up helpdesk', () => {
  const adapter = createCustomAdapter(config);
  const t = adapter.readTicket(loadFixture('custom/helphive.html'), URL_CASE)!;

  it('reads fields, taking the id from its element and the email from a mailto link', () => {
    expect(t.helpdesk).toBe('helphive');
    expect(t.ticketId).toBe('HH-4821');
    expect(t.subject).toBe('Invoice PDF shows the wrong VAT number');
    expect(t.status).toBe('Waiting on us');
    expect(t.priority).toBe('P2');
    expect(t.tags).toEqual(['invoices', 'vat', 'eu']);
    expect(t.requester).toEqual({ name: 'Krzysztof Nowak', email: 'k.nowak@firma.example.pl' });
  });

  it('reads author, email in text, time, role and internal flag inside each message', () => {
    expect(t.messages.map((m) => [m.id, m.author.name, m.author.email, m.author.role, !!m.internal, m.at])).toEqual([
      ['e1', 'Krzysztof Nowak', 'k.nowak@firma.example.pl', 'customer', false, '2026-07-01T08:00:00.000Z'],
      ['e2', 'Eva Novak', undefined, 'agent', false, '2026-07-01T09:30:00.000Z'],
      ['e3', 'Eva Novak', undefined, 'agent', true, '2026-07-01T09:31:00.000Z'],
      ['e4', 'Krzysztof Nowak', 'k.nowak@firma.example.pl', 'customer', false, '2026-07-02T07:10:00.000Z'],
    ]);
    expect(t.messages[0].text).toBe('Our invoices show VAT PL123 instead of PL5260250274.\nOur auditor needs corrected copies by Friday.');
  });

  it('takes the editable element inside an editor wrapper', () => {
    expect(adapter.findEditor(loadFixture('custom/helphive.html'))?.id).toBe('hh-editor');
  });

  it('falls back to the URL for the ticket id and to the whole message for its body', () => {
    const minimal = createCustomAdapter({
      ...config,
      selectors: { subject: 'h1', message: '.msg', messageBody: '.nope', messageAuthor: '.by', editor: 'textarea' },
    });
    const d = parseHtml('<h1>Hello</h1><div class="msg"><span class="by">Ann</span> Text of the message</div><div class="msg">Second<div class="msg">nested</div></div>');
    const snap = minimal.readTicket(d, 'https://help.example.com/t/98765?tab=1')!;
    expect(snap.ticketId).toBe('98765');
    expect(snap.messages.map((m) => [m.author.name, m.text])).toEqual([
      ['Ann', 'Text of the message'],
      [undefined, 'Second\nnested'],
    ]);
    expect(snap.missing).toEqual(['requester.name', 'requester.email', 'status', 'priority', 'tags']);
  });

  it('never throws on invalid selectors in an unvalidated config', () => {
    const broken = createCustomAdapter({ ...config, selectors: { ...config.selectors, subject: '##', message: 'div[', messageBody: ':::' } });
    expect(() => broken.readTicket(loadFixture('custom/helphive.html'), URL_CASE)).not.toThrow();
    expect(broken.readTicket(loadFixture('custom/helphive.html'), URL_CASE)).toBeNull();
  });

  it('detects by its URL patterns only', () => {
    const blank = document.implementation.createHTMLDocument('');
    expect(adapter.detect(URL_CASE, blank)).toBe(true);
    expect(adapter.detect('https://support.helphive.example/desk/reports', blank)).toBe(false);
    expect(adapter.detect('http://support.helphive.example/desk/cases/1', blank)).toBe(false);
  });
});

describe('validateCustomAdapterConfig', () => {
  it('reports every problem instead of throwing', () => {
    const r = validateCustomAdapterConfig({
      id: 'zendesk',
      name: '',
      urlPatterns: ['not a pattern', 'https://ok.example/*'],
      selectors: { subject: 'h1[', message: '.m', messageBody: '', editor: '>>', bogus: 'x', status: 42 },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      'id "zendesk" is taken by a built-in adapter',
      'name is required',
      expect.stringMatching(/^urlPatterns\[0\] "not a pattern" is not a valid match pattern/),
      'selectors.subject "h1[" is not a valid CSS selector',
      'selectors.messageBody is required',
      'selectors.editor ">>" is not a valid CSS selector',
      'selectors.status must be a string',
      'selectors.bogus is not a known selector',
    ]);
  });

  it('rejects non-objects and trims values', () => {
    expect(validateCustomAdapterConfig(null)).toEqual({ ok: false, errors: ['config must be an object'] });
    expect(validateCustomAdapterConfig('x').ok).toBe(false);
    const r = validateCustomAdapterConfig({ ...config, name: '  HelpHive  ', selectors: { ...config.selectors, status: '' } });
    expect(r.ok && r.config.name).toBe('HelpHive');
    expect(r.ok && 'status' in r.config.selectors).toBe(false);
  });
});

describe('previewCustomAdapter', () => {
  it('shows what each selector finds, per message for message parts', () => {
    const p = previewCustomAdapter(config, loadFixture('custom/helphive.html'));
    expect(p.subject).toEqual({ selector: '.hh-case-title', count: 1, firstText: 'Invoice PDF shows the wrong VAT number' });
    expect(p.message?.count).toBe(4);
    expect(p.messageAuthor).toEqual({ selector: '.hh-who', count: 1, firstText: 'Krzysztof Nowak <k.nowak@firma.example.pl>' });
    expect(p.internalMessage?.count).toBe(1);
    expect(p.agentMessage?.count).toBe(2);
    expect(p.editor?.count).toBe(1);
  });

  it('reports invalid and unmatched selectors without throwing', () => {
    const p = previewCustomAdapter({ ...config, selectors: { ...config.selectors, status: 'span[', message: '.none' } }, loadFixture('custom/helphive.html'));
    expect(p.status?.error).toBe('span[ is not a valid CSS selector');
    expect(p.message?.count).toBe(0);
    expect(p.messageBody?.error).toMatch(/no message matched/);
  });
});

describe('ticketIdFromUrl', () => {
  it.each([
    ['https://x.example/tickets/123', '123'],
    ['https://x.example/case/ABC-77/details', 'ABC-77'],
    ['https://x.example/view?id=55', '55'],
    ['https://x.example/#/tickets/900', '900'],
    ['https://x.example/inbox', undefined],
  ])('%s -> %s', (url, id) => expect(ticketIdFromUrl(url)).toBe(id));
});

describe('custom adapter when its message selector finds far fewer messages than the page shows', () => {
  const adapter = createCustomAdapter(config);
  /** The helphive page after a redesign renamed the message class on all but `keep` of its four entries. */
  function renamedAllBut(keep: number): Document {
    const doc = loadFixture('custom/helphive.html');
    const entries = [...doc.querySelectorAll(config.selectors.message)];
    expect(entries.length).toBe(4);
    for (const el of entries.slice(keep)) el.className = 'entry-v2';
    return doc;
  }

  it('reads the thread by its structure when one of four messages still matches', () => {
    const t = adapter.readTicket(renamedAllBut(1), URL_CASE)!;
    expect(t.messages.map((m) => m.text.split('\n')[0])).toEqual([
      'Our invoices show VAT PL123 instead of PL5260250274.',
      expect.any(String),
      expect.any(String),
      expect.any(String),
    ]);
    expect(t.messages.length).toBe(4);
  });

  it('keeps the named selectors\' read when they miss only one message', () => {
    const t = adapter.readTicket(renamedAllBut(3), URL_CASE)!;
    // Named selectors' read: ids and the internal flag come from the admin's selectors, not from structure.
    expect(t.messages.map((m) => m.id)).toEqual(['e1', 'e2', 'e3']);
  });
});

import { describe, expect, it } from 'vitest';
import { intercomAdapter } from '../../../adapters/intercom';
import { loadFixture } from './helpers';

const URL_215 = 'https://app.intercom.com/a/inbox/tandemdemo/inbox/conversation/215';

describe('intercom adapter: current inbox', () => {
  const doc = loadFixture('intercom/inbox.html');
  const t = intercomAdapter.readTicket(doc, URL_215)!;

  it('reads the conversation fields', () => {
    expect(t.helpdesk).toBe('intercom');
    expect(t.ticketId).toBe('215');
    expect(t.subject).toBe("Can't log in — 2FA codes never arrive");
    expect(t.status).toBe('open');
    expect(t.priority).toBe('priority');
    expect(t.tags).toEqual(['2fa', 'login']);
    expect(t.requester).toEqual({ name: '田中 愛子', email: 'aiko.tanaka@example.jp' });
    expect(t.missing).toBeUndefined();
  });

  it('reads parts with group authors, categories and notes', () => {
    expect(t.messages.map((m) => [m.id, m.author.name, m.author.role, !!m.internal])).toEqual([
      ['p1', '田中 愛子', 'customer', false],
      ['p2', '田中 愛子', 'customer', false],
      ['p3', 'Fin', 'bot', false],
      ['p4', 'Lena Fischer', 'agent', false],
      ['p5', 'Lena Fischer', 'agent', true],
      ['p6', '田中 愛子', 'customer', false],
    ]);
    expect(t.messages[0].at).toBe('2026-04-14T06:58:00.000Z');
    expect(t.messages[0].author.email).toBe('aiko.tanaka@example.jp');
  });

  it('keeps <br> line breaks and drops chrome and quotes', () => {
    expect(t.messages[0].text).toBe("Hello, I can't log in since yesterday. The 2FA code by SMS never arrives 😟\n\nI have a client demo at 3pm — please help!!");
    expect(t.messages[1].text).toBe('My phone number is +81 90-1234-5678\nand the account is aiko.tanaka@example.jp');
    expect(t.messages[3].text).not.toContain('Reply');
    expect(t.messages[5].text).toBe("Any news? It's urgent.");
  });

  it('finds the ProseMirror composer', () => {
    expect(intercomAdapter.findEditor(doc)?.id).toBe('composer');
  });

  it('detects Intercom URLs in every region', () => {
    const blank = document.implementation.createHTMLDocument('');
    expect(intercomAdapter.detect(URL_215, blank)).toBe(true);
    expect(intercomAdapter.detect('https://app.eu.intercom.com/a/inbox/x/inbox/conversation/1', blank)).toBe(true);
    expect(intercomAdapter.detect('https://www.intercom.com/pricing', blank)).toBe(false);
  });
});

describe('intercom adapter: legacy inbox, right-to-left', () => {
  const doc = loadFixture('intercom/inbox-legacy.html');
  const t = intercomAdapter.readTicket(doc, 'https://app.intercom.com/a/apps/tandemdemo/inbox/inbox/all/conversations/77001')!;

  it('reads fields; an untitled chat (its header shows the customer) has no subject, and none is "missing"', () => {
    expect(t.ticketId).toBe('77001');
    // The subject is what the page shows: the header names the customer, not a subject (the panel shows the
    // opening line instead, for display only).
    expect(t.subject).toBe('');
    expect(t.status).toBe('Snoozed');
    expect(t.requester).toEqual({ name: 'נועה לוי', email: 'noa.levi@example.co.il' });
    expect(t.tags).toEqual([]);
    expect(t.missing).toBeUndefined();
  });

  it('reads roles from BEM modifiers and strips the quoted reply', () => {
    expect(t.messages.map((m) => [m.author.role, !!m.internal])).toEqual([
      ['customer', false],
      ['system', false],
      ['agent', false],
      ['agent', true],
      ['bot', false],
    ]);
    expect(t.messages[2].text).toBe('היי נועה, אפשר לנסות לאפס את הסיסמה?');
    expect(t.messages[0].at).toBe('2026-01-20T10:00:00.000Z');
    expect(t.messages[4].at).toBeUndefined();
  });
});

describe('intercom adapter: subject', () => {
  it('says a subject is optional on its pages (an untitled chat shows none)', () => {
    expect(intercomAdapter.subjectOptional?.(loadFixture('intercom/inbox-legacy.html'), URL_215)).toBe(true);
  });

  it('an untitled chat whose header shows no title has no subject, not its opening line', () => {
    const doc = loadFixture('intercom/inbox.html');
    doc.querySelectorAll('[data-inbox-conversation-header-title], [data-conversation-title], .inbox2__conversation-title').forEach((el) => el.remove());
    const t = intercomAdapter.readTicket(doc, URL_215)!;
    expect(t.subject).toBe('');
    expect(t.messages[0].text).toContain("Hello, I can't log in");
    expect(t.missing ?? []).not.toContain('subject');
  });
});

describe('intercom adapter: missing fields', () => {
  it('gives a partial snapshot', () => {
    const t = intercomAdapter.readTicket(loadFixture('intercom/missing-fields.html'), 'https://app.intercom.com/a/inbox/x/inbox/')!;
    expect(t.ticketId).toBe('999');
    expect(t.subject).toBe('');
    expect(t.messages).toHaveLength(1);
    expect(t.missing).toEqual(['requester.name', 'requester.email', 'status', 'priority', 'tags']);
  });
});

import { describe, expect, it } from 'vitest';
import { zendeskAdapter } from '../../../adapters/zendesk';
import { loadFixture } from './helpers';

const URL_1042 = 'https://tandem-demo.zendesk.com/agent/tickets/1042';

describe('zendesk adapter: Agent Workspace', () => {
  const doc = loadFixture('zendesk/agent-workspace.html');
  const t = zendeskAdapter.readTicket(doc, URL_1042)!;

  it('reads the active ticket fields', () => {
    expect(t.helpdesk).toBe('zendesk');
    expect(t.ticketId).toBe('1042');
    expect(t.subject).toBe('Charged twice for my March invoice');
    expect(t.status).toBe('Open');
    expect(t.priority).toBe('High');
    expect(t.tags).toEqual(['billing', 'double_charge', 'refund']);
    expect(t.requester).toEqual({ name: 'Maria Gonzalez', email: 'maria.gonzalez@example.com' });
    expect(t.missing).toBeUndefined();
  });

  it('reads only the active tab, never the hidden one', () => {
    expect(t.messages.some((m) => m.text.includes('CSV'))).toBe(false);
    const other = zendeskAdapter.readTicket(doc, 'https://tandem-demo.zendesk.com/agent/tickets/1038')!;
    expect(other.subject).toBe('Export to CSV times out');
    expect(other.messages).toHaveLength(1);
    expect(other.requester.email).toBe('tom@becker.example');
  });

  it('reads messages oldest first with roles, times and internal notes', () => {
    expect(t.messages.map((m) => [m.author.name, m.author.role, !!m.internal])).toEqual([
      ['Maria Gonzalez', 'customer', false],
      ['Answer Bot', 'bot', false],
      ['Sam Patel', 'agent', false],
      ['Sam Patel', 'agent', true],
      ['Maria Gonzalez', 'customer', false],
    ]);
    expect(t.messages[0].at).toBe('2026-03-03T09:12:00.000Z');
    expect(t.messages[0].id).toBe('5001');
    expect(t.messages[0].author.email).toBe('maria.gonzalez@example.com');
  });

  it('keeps line structure, HTML text and emoji, and drops quotes and chrome', () => {
    const first = t.messages[0].text;
    expect(first).toBe(
      'Hi,\n\nI was charged twice for my March invoice (INV-2026-0312): $49.00 on March 1st and again on March 2nd.\n' +
        'This is the second time this happens 😡 and I want the duplicate refunded today.\n\n- Card ending 4242\n- Plan: Team, monthly\n\nMaria',
    );
    expect(t.messages[2].text).not.toContain('Show more');
    const last = t.messages[4].text;
    expect(last).toBe("It's been a day and still nothing. If this isn't fixed I'll cancel & dispute it with my bank.");
  });
});

describe('zendesk adapter: classic markup, RTL and non-Latin names', () => {
  const doc = loadFixture('zendesk/classic.html');
  const t = zendeskAdapter.readTicket(doc, 'https://tandem-demo.zendesk.com/agent/tickets/2211')!;

  it('reads fields from the old markup', () => {
    expect(t.subject).toBe('لم يصلني المبلغ المسترد / Refund not received');
    expect(t.status).toBe('pending');
    expect(t.priority).toBe('Normal');
    expect(t.tags).toEqual(['refund', 'arabic']);
    expect(t.requester).toEqual({ name: 'عمر الفاروق', email: 'omar.alfarouq@example.sa' });
  });

  it('reads roles, RTL text and private comments', () => {
    expect(t.messages.map((m) => [m.author.name, m.author.role, !!m.internal])).toEqual([
      ['عمر الفاروق', 'customer', false],
      ['李小龙', 'agent', false],
      ['李小龙', 'agent', true],
      ['עומר כהן', 'customer', false],
    ]);
    expect(t.messages[0].text).toBe('مرحباً، طلبت استرداد المبلغ قبل أسبوعين ولم يصلني شيء حتى الآن.\n\nشكراً');
    expect(t.messages[0].at).toBe('2026-02-10T09:00:00.000Z');
  });

  it('finds the classic textarea editor', () => {
    expect(zendeskAdapter.findEditor(doc)?.id).toBe('classic-reply');
  });
});

describe('zendesk adapter: missing fields', () => {
  it('returns a partial snapshot naming what is missing', () => {
    const doc = loadFixture('zendesk/missing-fields.html');
    const t = zendeskAdapter.readTicket(doc, 'https://tandem-demo.zendesk.com/agent/tickets/3001')!;
    expect(t.ticketId).toBe('3001');
    expect(t.subject).toBe('');
    expect(t.requester.name).toBe('Ana Lima');
    expect(t.messages).toHaveLength(1);
    expect(t.messages[0].author.role).toBe('customer');
    expect(t.missing).toEqual(['subject', 'requester.email', 'status', 'priority', 'tags']);
  });
});

describe('zendesk adapter: editor and insert', () => {
  it('finds the editor of the active ticket only', () => {
    const doc = loadFixture('zendesk/agent-workspace.html');
    expect(zendeskAdapter.findEditor(doc)?.id).toBe('editor-1042');
  });

  it('insert without an editor explains what to do', async () => {
    const doc = loadFixture('zendesk/missing-fields.html');
    const r = await zendeskAdapter.insert(doc, 'Hello', 'cursor');
    expect(r).toMatchObject({ ok: false, code: 'no-editor' });
    expect(r.reason).toBeTruthy();
  });
});

describe('zendesk adapter: long thread fixture', () => {
  it('reads all 60 comments in order', () => {
    const t = zendeskAdapter.readTicket(loadFixture('zendesk/long-thread.html'), URL_1042)!;
    expect(t.messages).toHaveLength(60);
    expect(t.messages.map((m) => Number(m.id))).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(t.messages.filter((m) => m.internal).map((m) => m.id)).toEqual(['10', '20', '30', '40', '50', '60']);
  });
});

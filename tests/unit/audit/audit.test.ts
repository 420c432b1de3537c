import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import { TandemDB } from '../../../lib/db';
import { audit, auditToCsv, auditToJson, listAudit, sanitizeDetail } from '../../../lib/audit';

describe('audit', () => {
  let db: TandemDB;
  beforeEach(() => {
    db = new TandemDB(`audit-${Math.random()}`);
  });

  it('records action, ticket and metadata, never content unless policy allows', async () => {
    await audit(db, 'draft_inserted', { ticketKey: 'zendesk:1', detail: { draftId: 'd1', via: 'execCommand', chars: 420, text: 'Dear Maria, your card 4111…' }, content: 'Dear Maria, your card 4111…' }, { now: 1000 });
    await audit(db, 'alert_shown', { ticketKey: 'zendesk:1', detail: { kind: 'legal_threat', evidence: 'I will sue', note: 'x'.repeat(500) } }, { now: 2000 });
    const rows = await db.audit.orderBy('at').toArray();
    expect(rows[0]).toMatchObject({ at: 1000, action: 'draft_inserted', ticketKey: 'zendesk:1', detail: { draftId: 'd1', via: 'execCommand', chars: 420 } });
    expect(JSON.stringify(rows)).not.toMatch(/Maria|sue|xxxx/);

    await audit(db, 'draft_inserted', { ticketKey: 'zendesk:2', detail: { draftId: 'd2' }, content: 'Dear Maria' }, { now: 3000, includeContent: true });
    expect((await listAudit(db, { ticketKey: 'zendesk:2' }))[0].detail).toEqual({ draftId: 'd2', content: 'Dear Maria' });
  });

  it('sanitizes nested metadata and keeps short lists', () => {
    expect(sanitizeDetail({ counts: { tickets: 2, body: 'secret' }, kinds: ['anger', 'urgency'], messages: ['hi'] })).toEqual({
      counts: { tickets: 2 },
      kinds: ['anger', 'urgency'],
    });
  });

  it('lists newest first with filters', async () => {
    for (const [at, action] of [[1, 'a'], [2, 'b'], [3, 'a']] as const) await audit(db, action, {}, { now: at });
    expect((await listAudit(db)).map((r) => r.at)).toEqual([3, 2, 1]);
    expect((await listAudit(db, { action: 'a', limit: 1 })).map((r) => r.at)).toEqual([3]);
    expect((await listAudit(db, { since: 2 })).map((r) => r.at)).toEqual([3, 2]);
  });
});

describe('export', () => {
  const entries = [
    { id: 1, at: Date.UTC(2026, 0, 2, 3, 4, 5), action: 'draft_inserted', ticketKey: 'zendesk:1', detail: { via: 'paste, then "typing"', note: 'line 1\nline 2' } },
    { id: 2, at: Date.UTC(2026, 0, 3), action: '=HYPERLINK("http://evil.test")', ticketKey: '+cmd', detail: undefined },
  ];

  it('CSV escapes quotes, commas and newlines, and defuses formulas; it parses back to the same cells', () => {
    const csv = auditToCsv(entries);
    expect(csv.split('\r\n')[0]).toBe('id,at,action,ticketKey,detail');
    expect(csv).toContain('"{""via"":""paste, then \\""typing\\"""",""note"":""line 1\\nline 2""}"');
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(parsed).toHaveLength(3);
    expect(parsed[1]).toEqual(['1', '2026-01-02T03:04:05.000Z', 'draft_inserted', 'zendesk:1', JSON.stringify(entries[0].detail)]);
    expect(parsed[2][2]).toBe(`'=HYPERLINK("http://evil.test")`);
    expect(parsed[2][3]).toBe(`'+cmd`);
  });

  it('JSON has ISO times and round-trips', () => {
    const json = JSON.parse(auditToJson(entries));
    expect(json[0]).toEqual({ id: 1, at: '2026-01-02T03:04:05.000Z', action: 'draft_inserted', ticketKey: 'zendesk:1', detail: entries[0].detail });
    expect(json[1].ticketKey).toBe('+cmd');
    expect(json[1].detail).toEqual({});
  });
});

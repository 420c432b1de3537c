import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../lib/db';
import { analyticsTotalsExport, bucketStart, computeAnalytics, savedSecondsFor } from '../../../lib/analytics';

const DAY = 86_400_000;
const MON = Date.UTC(2026, 10, 16); // Monday 16 Nov 2026, 00:00 UTC
const e = (at: number, action: string, ticketKey?: string, detail?: Record<string, unknown>): AuditEntry => ({ at, action, ticketKey, detail });

describe('computeAnalytics', () => {
  const log: AuditEntry[] = [
    e(MON + 9 * 3600_000, 'ticket_opened', 'z:1'),
    e(MON + 9 * 3600_000 + 20_000, 'draft_generated', 'z:1'),
    e(MON + 9 * 3600_000 + 60_000, 'draft_inserted', 'z:1', { chars: 600 }), // 60 s after opening
    e(MON + 9 * 3600_000 + 90_000, 'draft_inserted', 'z:1', { chars: 100 }), // second insert: not a new wait
    e(MON + 9 * 3600_000 + 120_000, 'draft_sent', 'z:1', { edited: true }),
    e(MON + 10 * 3600_000, 'ticket_opened', 'z:2'),
    e(MON + 10 * 3600_000 + 180_000, 'snippet_inserted', 'z:2', { chars: 50 }), // 180 s
    e(MON + 10 * 3600_000 + 200_000, 'alert_shown', 'z:2', { kind: 'anger' }),
    e(MON + DAY + 3600_000, 'ticket_opened', 'z:3'),
    e(MON + DAY + 3600_000 + 100_000, 'summary_inserted', 'z:3', { chars: 400 }), // 100 s
    e(MON + DAY + 3600_000 + 200_000, 'draft_sent', 'z:3', { edited: false }),
    e(MON + 7 * DAY, 'draft_generated', 'z:4'), // next week
    // Connectors (issue 16): one call the agent approved, one that ran on its own, one looked up from the form.
    e(MON + 10 * 3600_000 + 210_000, 'tool_call', 'z:2', { approvedBy: 'agent', source: 'ai', outcome: 'ok' }),
    e(MON + 10 * 3600_000 + 220_000, 'tool_call', 'z:2', { approvedBy: 'auto', source: 'ai', outcome: 'ok' }),
    e(MON + 10 * 3600_000 + 230_000, 'tool_call', 'z:2', { approvedBy: 'agent', source: 'lookup', outcome: 'ok' }),
  ];

  it('totals: counts, median open-to-insert, time saved from the stated model', () => {
    const { totals } = computeAnalytics(log, { by: 'day', timeZoneOffsetMinutes: 0 });
    expect(totals).toMatchObject({
      ticketsOpened: 3, draftsGenerated: 2, draftsInserted: 2, draftsSent: 2, draftsEditedBeforeSending: 1,
      snippetsInserted: 1, summariesInserted: 1, alertsShown: 1, toolCalls: 3, toolApprovals: 1,
    });
    expect(totals.medianMsOpenToInsert).toBe(100_000); // of 60 s, 100 s, 180 s
    // 600 chars = 180 s typing - 20 s review = 160; 100 -> 10; 50 -> 0 (review costs more); 400 -> 100. 270 s = 4.5 min
    expect(totals.estimatedMinutesSaved).toBe(4.5);
    expect(savedSecondsFor(50)).toBe(0);
  });

  it('buckets by local day and by ISO week', () => {
    const days = computeAnalytics(log, { by: 'day', timeZoneOffsetMinutes: 0 }).buckets;
    expect(days.map((b) => [new Date(b.start).toISOString().slice(0, 10), b.draftsInserted, b.ticketsOpened])).toEqual([
      ['2026-11-16', 2, 2], ['2026-11-17', 0, 1], ['2026-11-23', 0, 0],
    ]);
    const weeks = computeAnalytics(log, { by: 'week', timeZoneOffsetMinutes: 0 }).buckets;
    expect(weeks.map((b) => [new Date(b.start).toISOString().slice(0, 10), b.draftsGenerated])).toEqual([['2026-11-16', 1], ['2026-11-23', 1]]);
    // 23:30 UTC Sunday is already Monday in Berlin (UTC+1, offset -60): it falls in the next local week.
    const sundayNight = MON + 6 * DAY + 23.5 * 3600_000;
    expect(bucketStart(sundayNight, 'week', 0)).toBe(MON);
    expect(bucketStart(sundayNight, 'week', -60)).toBe(MON + 7 * DAY - 3600_000);
  });

  it('a period filter keeps only its events; no pair gives a null median', () => {
    const { totals } = computeAnalytics(log, { by: 'day', since: MON + 7 * DAY, timeZoneOffsetMinutes: 0 });
    expect(totals.draftsGenerated).toBe(1);
    expect(totals.medianMsOpenToInsert).toBeNull();
  });

  it('the export holds totals and the period only, never ticket keys', () => {
    const { totals } = computeAnalytics(log, { by: 'week', timeZoneOffsetMinutes: 0 });
    const text = analyticsTotalsExport(totals, { since: MON, until: MON + 14 * DAY });
    expect(JSON.parse(text)).toMatchObject({ period: { from: '2026-11-16T00:00:00.000Z' }, totals: { draftsInserted: 2 } });
    expect(text).not.toMatch(/z:\d/);
  });
});

// Local analytics, computed from the audit log only (nothing leaves the browser, no extra tracking): how much
// Tandem is used and what it saves, by day or week. The events it reads, and who writes them:
//   ticket_opened     { ticketKey }                         panel shows a ticket (once per opening)
//   draft_generated   { ticketKey, detail: { draftId } }
//   draft_inserted    { ticketKey, detail: { draftId, chars } }
//   summary_inserted  { ticketKey, detail: { chars } }
//   snippet_inserted  { ticketKey, detail: { chars } }
//   draft_sent        { ticketKey, detail: { draftId, edited: boolean } }   the agent's reply went out; edited
//                     tells whether it differed from the inserted draft
//   alert_shown       { ticketKey, detail: { kind } }
//   tool_call         { ticketKey, detail: { connector, tool, approvedBy: 'agent' | 'auto' | 'none', outcome } }  issue 16
import type { AuditEntry } from '../db';

const DAY_MS = 86_400_000;

/** The time-saved model, stated so an admin can judge it: typing at ~40 words (200 characters) a minute,
 *  minus the time spent reading an inserted text before sending. An estimate, labelled as such in the UI. */
export const TIME_SAVED_MODEL = { typingCharsPerMinute: 200, reviewSecondsPerInsert: 20 } as const;

export interface AnalyticsTotals {
  ticketsOpened: number;
  draftsGenerated: number;
  draftsInserted: number;
  draftsSent: number;
  draftsEditedBeforeSending: number;
  summariesInserted: number;
  snippetsInserted: number;
  alertsShown: number;
  /** Tool calls of connectors (issue 16), whatever their outcome, and those the agent approved with a click. */
  toolCalls: number;
  toolApprovals: number;
  /** Median time from opening a ticket to the first insertion into it; null without any pair. */
  medianMsOpenToInsert: number | null;
  estimatedMinutesSaved: number;
}

export interface AnalyticsBucket extends AnalyticsTotals {
  /** Start of the day / week (Monday), in ms, local to `timeZoneOffsetMinutes`. */
  start: number;
}

export interface AnalyticsOptions {
  by: 'day' | 'week';
  since?: number;
  until?: number;
  /** As Date#getTimezoneOffset (minutes behind UTC); buckets follow the agent's calendar. */
  timeZoneOffsetMinutes?: number;
}

const INSERT_ACTIONS = new Set(['draft_inserted', 'summary_inserted', 'snippet_inserted']);

function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function charsOf(e: AuditEntry): number {
  const n = e.detail?.chars;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : 0;
}

export function savedSecondsFor(chars: number): number {
  return Math.max(0, (chars / TIME_SAVED_MODEL.typingCharsPerMinute) * 60 - TIME_SAVED_MODEL.reviewSecondsPerInsert);
}

function totalsOf(entries: AuditEntry[]): AnalyticsTotals {
  const count = (action: string) => entries.filter((e) => e.action === action).length;
  // Open -> first insertion: walk in time order, remembering the latest opening per ticket not yet "used".
  const openedAt = new Map<string, number>();
  const waits: number[] = [];
  let savedSeconds = 0;
  for (const e of [...entries].sort((a, b) => a.at - b.at)) {
    if (e.action === 'ticket_opened' && e.ticketKey) openedAt.set(e.ticketKey, e.at);
    else if (INSERT_ACTIONS.has(e.action)) {
      savedSeconds += savedSecondsFor(charsOf(e));
      const opened = e.ticketKey ? openedAt.get(e.ticketKey) : undefined;
      if (opened !== undefined) {
        waits.push(e.at - opened);
        openedAt.delete(e.ticketKey!);
      }
    }
  }
  const sent = entries.filter((e) => e.action === 'draft_sent');
  return {
    ticketsOpened: count('ticket_opened'),
    draftsGenerated: count('draft_generated'),
    draftsInserted: count('draft_inserted'),
    draftsSent: sent.length,
    draftsEditedBeforeSending: sent.filter((e) => e.detail?.edited === true).length,
    summariesInserted: count('summary_inserted'),
    snippetsInserted: count('snippet_inserted'),
    alertsShown: count('alert_shown'),
    toolCalls: count('tool_call'),
    toolApprovals: entries.filter((e) => e.action === 'tool_call' && e.detail?.approvedBy === 'agent' && e.detail?.source !== 'lookup').length,
    medianMsOpenToInsert: median(waits),
    estimatedMinutesSaved: Math.round(savedSeconds / 6) / 10,
  };
}

/** Start of the bucket holding `at`: local midnight, or local Monday midnight for weeks. */
export function bucketStart(at: number, by: 'day' | 'week', timeZoneOffsetMinutes: number): number {
  const shift = -timeZoneOffsetMinutes * 60_000;
  const localDay = Math.floor((at + shift) / DAY_MS);
  // 1970-01-01 was a Thursday: day 0 -> weekday index 3 when Monday is 0.
  const day = by === 'week' ? localDay - ((localDay + 3) % 7) : localDay;
  return day * DAY_MS - shift;
}

/** Totals over the period and per day / week (only buckets with activity). Openings before `since` still count
 *  for the time-to-insert of insertions inside the period. */
export function computeAnalytics(entries: AuditEntry[], options: AnalyticsOptions): { totals: AnalyticsTotals; buckets: AnalyticsBucket[] } {
  const since = options.since ?? 0;
  const until = options.until ?? Number.MAX_SAFE_INTEGER;
  const offset = options.timeZoneOffsetMinutes ?? new Date().getTimezoneOffset();
  const inPeriod = entries.filter((e) => e.at >= since && e.at <= until);
  const groups = new Map<number, AuditEntry[]>();
  for (const e of inPeriod) {
    const start = bucketStart(e.at, options.by, offset);
    groups.set(start, [...(groups.get(start) ?? []), e]);
  }
  const buckets = [...groups.entries()].sort(([a], [b]) => a - b).map(([start, list]) => ({ start, ...totalsOf(list) }));
  return { totals: totalsOf(inPeriod), buckets };
}

/** What an admin may allow agents to export: totals and the period, nothing per ticket. */
export function analyticsTotalsExport(totals: AnalyticsTotals, period: { since: number; until: number }): string {
  return JSON.stringify(
    { period: { from: new Date(period.since).toISOString(), to: new Date(period.until).toISOString() }, timeSavedModel: TIME_SAVED_MODEL, totals },
    null,
    2,
  );
}

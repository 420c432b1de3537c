// The audit log: what Tandem did, per ticket and time, in IndexedDB (table `audit`). It records actions and
// metadata (ids, counts, kinds, how text was inserted), never customer content — unless the organisation's
// policy says the log may keep it (`auditIncludeContent`). Both guards live here so a caller cannot leak text
// by passing it in the wrong field.
import Papa from 'papaparse';
import type { AuditEntry, TandemDB, TicketKey } from '../db';

export type AuditAction =
  | 'ticket_opened'
  | 'draft_generated'
  | 'draft_sent'
  | 'draft_inserted'
  | 'summary_inserted'
  | 'snippet_inserted'
  | 'alert_shown'
  | 'ai_alerts_requested'
  | 'policy_applied'
  | 'retention_purged'
  | 'local_data_deleted'
  | 'settings_changed'
  | 'tool_call';

export interface AuditInput {
  ticketKey?: TicketKey;
  /** Metadata: ids, counts, kinds, durations. Long strings and content-like fields are dropped unless allowed. */
  detail?: Record<string, unknown>;
  /** Customer-facing text (the inserted reply, alert evidence). Stored only when `includeContent` is true. */
  content?: string;
}

export interface AuditOptions {
  /** From effective settings: `auditIncludeContent`. */
  includeContent?: boolean;
  now?: number;
}

/** Field names that hold text from or for the customer. */
const CONTENT_FIELDS = new Set(['text', 'body', 'content', 'message', 'messages', 'reply', 'draft', 'snippet', 'evidence', 'subject', 'email', 'name', 'requester', 'prompt', 'passage']);
/** Longer than an id, a model name or a reason: likely prose, so not metadata. */
const MAX_METADATA_CHARS = 160;

/** Metadata only: drops content fields and long strings (reporting that they were dropped, not what they held). */
export function sanitizeDetail(detail: Record<string, unknown> | undefined, includeContent = false): Record<string, unknown> | undefined {
  if (!detail) return undefined;
  if (includeContent) return structuredCloneSafe(detail);
  const clean: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(detail)) {
    if (CONTENT_FIELDS.has(key.toLowerCase())) continue;
    if (typeof value === 'string') {
      if (value.length <= MAX_METADATA_CHARS) clean[key] = value;
    } else if (typeof value === 'number' || typeof value === 'boolean' || value === null) {
      clean[key] = value;
    } else if (Array.isArray(value) && value.every((v) => typeof v === 'string' && v.length <= MAX_METADATA_CHARS)) {
      clean[key] = [...value];
    } else if (Array.isArray(value) && value.every((v) => typeof v === 'number')) {
      clean[key] = [...value];
    } else if (typeof value === 'object' && value) {
      const nested = sanitizeDetail(value as Record<string, unknown>, false);
      if (nested && Object.keys(nested).length) clean[key] = nested;
    }
  }
  return clean;
}

function structuredCloneSafe(v: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(v)) as Record<string, unknown>;
}

/** Append one entry. Never throws: an audit failure must not break drafting or insertion. */
export async function audit(db: TandemDB, action: AuditAction | (string & {}), input: AuditInput = {}, options: AuditOptions = {}): Promise<number | undefined> {
  const entry: AuditEntry = { at: options.now ?? Date.now(), action };
  if (input.ticketKey) entry.ticketKey = input.ticketKey;
  const detail = sanitizeDetail(input.detail, options.includeContent);
  if (options.includeContent && input.content !== undefined) {
    entry.detail = { ...(detail ?? {}), content: input.content };
  } else if (detail && Object.keys(detail).length) {
    entry.detail = detail;
  }
  try {
    return (await db.audit.add(entry)) as number;
  } catch (err) {
    console.warn('Tandem: could not write the audit log', err);
    return undefined;
  }
}

export interface AuditQuery {
  since?: number;
  until?: number;
  ticketKey?: TicketKey;
  action?: string;
  limit?: number;
}

/** Newest first. */
export async function listAudit(db: TandemDB, q: AuditQuery = {}): Promise<AuditEntry[]> {
  let rows = await db.audit
    .where('at')
    .between(q.since ?? 0, q.until ?? Number.MAX_SAFE_INTEGER, true, true)
    .reverse()
    .toArray();
  if (q.ticketKey) rows = rows.filter((r) => r.ticketKey === q.ticketKey);
  if (q.action) rows = rows.filter((r) => r.action === q.action);
  return q.limit ? rows.slice(0, q.limit) : rows;
}

/** Delete entries older than `days`; returns how many went. */
export async function purgeAudit(db: TandemDB, days: number, now = Date.now()): Promise<number> {
  return db.audit.where('at').below(now - days * 86_400_000).delete();
}

export function auditToJson(entries: AuditEntry[]): string {
  return JSON.stringify(
    entries.map((e) => ({ id: e.id, at: new Date(e.at).toISOString(), action: e.action, ticketKey: e.ticketKey ?? null, detail: e.detail ?? {} })),
    null,
    2,
  );
}

/** RFC 4180 CSV (quotes, commas, newlines escaped by Papa Parse). Cells that a spreadsheet would run as a formula
 *  (=, +, -, @, tab, CR) are prefixed with a quote so an exported log cannot execute anything when opened. */
export function auditToCsv(entries: AuditEntry[]): string {
  return Papa.unparse(
    {
      fields: ['id', 'at', 'action', 'ticketKey', 'detail'],
      data: entries.map((e) => [e.id ?? '', new Date(e.at).toISOString(), e.action, e.ticketKey ?? '', e.detail ? JSON.stringify(e.detail) : '']),
    },
    { escapeFormulae: true, newline: '\r\n' },
  );
}

// The look-up form without the AI: a form from a read-only tool's input schema, pre-filled with the order numbers,
// e-mail addresses and ids the ticket mentions. Pure helpers (the panel and the background share them).
import type { ActionFailureCode } from '../action-failure';
import type { TicketSnapshot } from '../../adapters/types';
import type { JsonSchemaObject, StoredToolCall, ToolDef } from './types';

/** What the panel needs of a tool to draw its form (never a header or URL). */
export interface LookupTool {
  apiName: string;
  tool: string;
  connectorName: string;
  description: string;
  inputSchema: JsonSchemaObject;
}

export interface LookupReply {
  ok: boolean;
  callId?: string;
  message?: string;
  /** Why it did not run, as a code the panel translates (lib/action-failure.ts). */
  code?: ActionFailureCode;
  params?: string[];
  /** The call ran and failed: its reason as the tool-error code the panel translates (./tool-error-text.ts). */
  toolError?: Pick<StoredToolCall, 'error' | 'errorCode' | 'errorParams' | 'status'>;
}

export const toLookupTool = (t: ToolDef): LookupTool => ({ apiName: t.apiName, tool: t.tool, connectorName: t.connectorName, description: t.description, inputSchema: t.inputSchema });

export interface TicketIdentifiers {
  emails: string[];
  orders: string[];
  ids: string[];
}

const MAX_SCAN_CHARS = 50_000;
// Linear patterns: one bounded class per part, nothing nested.
const EMAIL_RE = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}/g;
// "#A-10234", "ORD-55812", "order 10234": letters (up to 4), an optional dash, then 4-12 digits.
const ORDER_RE = /(?<![\w-])#?[A-Z]{0,4}-?\d{4,12}\b/g;
// Ids such as "acct_9f2k1", "usr-77ab12": a prefix, _ or -, then 4-24 letters/digits with at least one digit.
const ID_RE = /\b[a-z]{2,8}[_-](?=[a-z0-9]{0,23}\d)[a-z0-9]{4,24}\b/gi;

/** The identifiers a ticket mentions: requester e-mail first, then in order of appearance, no repeats. */
export function ticketIdentifiers(ticket: Pick<TicketSnapshot, 'requester' | 'messages' | 'subject'>): TicketIdentifiers {
  const text = [ticket.subject ?? '', ...ticket.messages.map((m) => m.text)].join('\n').slice(0, MAX_SCAN_CHARS);
  const uniq = (xs: string[]) => [...new Set(xs)].slice(0, 10);
  const emails = uniq([...(ticket.requester.email ? [ticket.requester.email.toLowerCase()] : []), ...[...text.matchAll(EMAIL_RE)].map((m) => m[0].toLowerCase())]);
  const orders = uniq([...text.matchAll(ORDER_RE)].map((m) => m[0].replace(/^#/, '')));
  const ids = uniq([...text.matchAll(ID_RE)].map((m) => m[0]).filter((id) => !emails.some((e) => e.includes(id.toLowerCase()))));
  return { emails, orders, ids };
}

/** A value for each input property the ticket can fill: e-mail-ish names get the e-mail, order-ish the order... */
export function prefill(schema: JsonSchemaObject, ids: TicketIdentifiers): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(schema.properties ?? {})) {
    const n = name.toLowerCase();
    const value = n.includes('email') || n.includes('mail')
      ? ids.emails[0]
      : n.includes('order')
        ? ids.orders[0]
        : n.includes('account') || n.includes('customer') || n.includes('user') || n === 'id' || n.endsWith('_id')
          ? ids.ids[0] ?? ids.emails[0] ?? ids.orders[0]
          : undefined;
    if (value) out[name] = value;
  }
  return out;
}

/** Form strings -> the tool's input, typed as its schema says (numbers, booleans); empty fields left out. */
export function formToArgs(schema: JsonSchemaObject, form: Record<string, string>): { args: Record<string, unknown>; missing: string[] } {
  const args: Record<string, unknown> = {};
  for (const [name, prop] of Object.entries(schema.properties ?? {})) {
    const raw = (form[name] ?? '').trim();
    if (!raw) continue;
    if (prop.type === 'number' || prop.type === 'integer') {
      const num = Number(raw);
      args[name] = Number.isFinite(num) ? num : raw;
    } else if (prop.type === 'boolean') args[name] = raw === 'true';
    else args[name] = raw.slice(0, 500);
  }
  const missing = (schema.required ?? []).filter((r) => args[r] === undefined);
  return { args, missing };
}

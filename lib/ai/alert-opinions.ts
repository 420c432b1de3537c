// Runs the AI's second opinion over a ticket's new customer messages (issue 15): each message text is asked about
// once (cached in Dexie by ticket key + message hash), one request at a time per ticket (a newer snapshot waits
// for the one in flight and then runs once, with whatever is still new), audited like any request (metadata only,
// unless policy lets the log keep content). Offline, without a key or with the feature off, nothing is sent and the
// local alerts stand alone.
import type Anthropic from '@anthropic-ai/sdk';
import type { TicketSnapshot } from '../../adapters/types';
import { audit } from '../audit';
import { ticketKeyOf, type StoredAiAlerts, type TandemDB, type TicketKey } from '../db';
import { classifyMessage, type AiClassification } from './alerts';
import type { AiSettings } from './types';

/** At most this many not-yet-asked customer messages per run, newest first: opening an old ticket with 80 customer
 *  messages must not send 80 requests. */
export const MAX_MESSAGES_PER_RUN = 3;

export interface OpinionSettings extends Pick<AiSettings, 'apiKey' | 'baseUrl' | 'redact'> {
  /** The feature switch (settings `features.aiAlerts`, lockable by policy) — false sends nothing. */
  enabled: boolean;
  alertsModel?: string;
  auditIncludeContent?: boolean;
}

export interface OpinionDeps {
  db: TandemDB;
  loadSettings(): Promise<OpinionSettings>;
  isOnline(): boolean;
  client?: Anthropic;
  fetch?: typeof fetch;
  now?: () => number;
  /** Injected for tests (counts requests in flight). */
  classify?: typeof classifyMessage;
}

/** FNV-1a over the text, twice with different seeds: a stable 64-bit key for "this exact message text". */
export function messageHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

const isCustomer = (m: TicketSnapshot['messages'][number]) => m.author?.role === 'customer' && !m.internal && typeof m.text === 'string' && m.text.trim() !== '';

export interface OpinionRunner {
  /** Ask about the snapshot's new customer messages. Resolves when this ticket's queue is idle again. */
  request(snapshot: TicketSnapshot): Promise<void>;
  /** Requests in flight now, across tickets (for tests and the bench). */
  inFlight(): number;
}

export function createOpinionRunner(deps: OpinionDeps): OpinionRunner {
  const classify = deps.classify ?? classifyMessage;
  const now = deps.now ?? Date.now;
  // Per ticket: the run in flight and the newest snapshot that arrived meanwhile.
  const lanes = new Map<TicketKey, { running: Promise<void>; pending: TicketSnapshot | null }>();
  let inFlight = 0;

  async function runOnce(snapshot: TicketSnapshot): Promise<void> {
    const settings = await deps.loadSettings();
    if (!settings.enabled || !settings.apiKey || !deps.isOnline()) return;
    const key = ticketKeyOf(snapshot);
    const customer = snapshot.messages.map((m, index) => ({ m, index })).filter(({ m }) => isCustomer(m));
    const todo: { index: number; text: string; hash: string }[] = [];
    for (let i = customer.length - 1; i >= 0 && todo.length < MAX_MESSAGES_PER_RUN; i--) {
      const { m, index } = customer[i]!;
      const hash = messageHash(m.text);
      if (await deps.db.aiAlerts.get([key, hash])) continue;
      todo.push({ index, text: m.text, hash });
    }
    for (const item of todo) {
      if (!deps.isOnline()) return;
      let result: AiClassification | undefined;
      let failure: string | undefined;
      inFlight++;
      try {
        result = await classify({
          settings, text: item.text, requesterName: snapshot.requester?.name, client: deps.client, fetch: deps.fetch,
        });
      } catch (err) {
        failure = (err as { kind?: string }).kind ?? 'error';
      } finally {
        inFlight--;
      }
      await audit(
        deps.db,
        'ai_alerts_requested',
        {
          ticketKey: key,
          detail: {
            model: result?.model ?? settings.alertsModel ?? 'default', messageIndex: item.index, ok: !!result,
            ...(failure ? { error: failure } : {}), kinds: result?.alerts.map((a) => a.kind) ?? [], redactions: result?.redactions ?? 0,
          },
          content: result?.alerts.map((a) => `${a.kind}: ${a.evidence}`).join('\n'),
        },
        { includeContent: settings.auditIncludeContent },
      );
      // A failed request is not cached: the next snapshot asks again.
      if (!result) continue;
      const row: StoredAiAlerts = { ticketKey: key, messageHash: item.hash, messageIndex: item.index, model: result.model, alerts: result.alerts, at: now() };
      await deps.db.aiAlerts.put(row);
    }
  }

  function request(snapshot: TicketSnapshot): Promise<void> {
    const key = ticketKeyOf(snapshot);
    const lane = lanes.get(key);
    if (lane) {
      // One in flight per ticket: remember only the newest snapshot; it runs when the current run ends.
      lane.pending = snapshot;
      return lane.running;
    }
    const entry = { running: Promise.resolve(), pending: null as TicketSnapshot | null };
    entry.running = (async () => {
      let next: TicketSnapshot | null = snapshot;
      try {
        while (next) {
          entry.pending = null;
          await runOnce(next).catch(() => undefined);
          next = entry.pending;
        }
      } finally {
        lanes.delete(key);
      }
    })();
    lanes.set(key, entry);
    return entry.running;
  }

  return { request, inFlight: () => inFlight };
}

/** The AI's alerts for the messages of a snapshot, matched by text (a message edited since is not shown). */
export function aiAlertsFor(snapshot: TicketSnapshot, rows: StoredAiAlerts[]): { kind: string; severity: 'info' | 'warning' | 'critical'; evidence: string; messageIndex: number }[] {
  const byHash = new Map(rows.map((r) => [r.messageHash, r]));
  const out: { kind: string; severity: 'info' | 'warning' | 'critical'; evidence: string; messageIndex: number }[] = [];
  snapshot.messages.forEach((m, index) => {
    if (!isCustomer(m)) return;
    const row = byHash.get(messageHash(m.text));
    if (row) for (const a of row.alerts) out.push({ ...a, messageIndex: index });
  });
  return out;
}

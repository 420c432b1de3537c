// The AI's second opinion in bench:sentiment (issue 15): every message of a set goes through the real opinion
// runner (real @anthropic-ai/sdk, real Dexie on fake-indexeddb) against the local mock Messages API, and the AI's
// alerts are joined to the local ones as the panel shows them. The mock answers with a keyword stand-in, not a
// model: this measures the protocol (requests, cache, latency, that nothing breaks), not the AI's quality.
import 'fake-indexeddb/auto';
import type { TicketSnapshot } from '../adapters/types';
import { aiAlertsFor, createOpinionRunner } from '../lib/ai/alert-opinions';
import { TandemDB, ticketKeyOf } from '../lib/db';
import { assessTicket, type AlertKind } from '../lib/sentiment';
import { startMockAnthropic } from '../tests/mock-anthropic/server';
import { INDEPENDENT_KINDS, type IndependentMessage } from './sentiment-independent';

export interface AiRunFigures {
  perKind: { kind: AlertKind; precision: number; recall: number; tp: number; fp: number; fn: number }[];
  requests: number;
  cachedRepeats: number;
  meanRequestMs: number;
}

export async function runWithAiSecondOpinion(msgs: IndependentMessage[]): Promise<AiRunFigures> {
  const mock = await startMockAnthropic();
  const db = new TandemDB(`bench-ai-${process.pid}`);
  try {
    const runner = createOpinionRunner({
      db, isOnline: () => true,
      loadSettings: async () => ({ enabled: true, apiKey: 'sk-bench', baseUrl: mock.url, redact: true }),
    });
    const counts = new Map(INDEPENDENT_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
    const t0 = performance.now();
    const snapshots: TicketSnapshot[] = msgs.map((m) => ({
      helpdesk: 'bench', host: 'bench.test', ticketId: m.id, url: `https://bench.test/${m.id}`, subject: '', tags: [], requester: {},
      messages: [{ author: { role: 'customer' }, text: m.text }],
    }));
    for (const s of snapshots) await runner.request(s);
    const elapsed = performance.now() - t0;
    const requests = mock.requests.filter((r) => r.path.startsWith('/v1/messages')).length;
    // Asking again is answered from the cache: no new request.
    for (const s of snapshots.slice(0, 50)) await runner.request(s);
    const cachedRepeats = mock.requests.filter((r) => r.path.startsWith('/v1/messages')).length - requests;
    for (let i = 0; i < msgs.length; i++) {
      const s = snapshots[i]!;
      const rows = await db.aiAlerts.where('ticketKey').equals(ticketKeyOf(s)).toArray();
      const predicted = new Set<string>([...assessTicket(s).alerts.map((a) => a.kind), ...aiAlertsFor(s, rows).map((a) => a.kind)]);
      for (const k of INDEPENDENT_KINDS) {
        const c = counts.get(k)!;
        const gold = msgs[i]!.labels.includes(k);
        if (gold && predicted.has(k)) c.tp++;
        else if (gold) c.fn++;
        else if (predicted.has(k)) c.fp++;
      }
    }
    return {
      perKind: INDEPENDENT_KINDS.map((kind) => {
        const c = counts.get(kind)!;
        return { kind, ...c, precision: c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1, recall: c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1 };
      }),
      requests,
      cachedRepeats,
      meanRequestMs: elapsed / Math.max(1, requests),
    };
  } finally {
    db.close();
    await mock.close();
  }
}

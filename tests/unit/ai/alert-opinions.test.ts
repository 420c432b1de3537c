// @vitest-environment node
// The AI's second opinion on alerts (issue 15), end to end below the UI: the real @anthropic-ai/sdk against the
// local mock Messages API (which answers the forced report_alerts tool call with a tool_use block), real Dexie on
// fake-indexeddb. Checks one short structured request, the small default model, redaction out and restoration
// back, the per-message cache, one request in flight per ticket, the audit entry, and that off / offline / no key
// send nothing.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TicketSnapshot } from '../../../adapters/types';
import { ALERT_TOOL_NAME, classifyMessage, DEFAULT_ALERTS_MODEL } from '../../../lib/ai/alerts';
import { aiAlertsFor, createOpinionRunner, type OpinionSettings } from '../../../lib/ai/alert-opinions';
import { ticketKeyOf } from '../../../lib/db';
import { startMockAnthropic, type MockAnthropic } from '../../mock-anthropic/server';
import { freshDb } from '../drafts/helpers';

let mock: MockAnthropic;
beforeAll(async () => {
  mock = await startMockAnthropic();
});
afterAll(() => mock.close());
beforeEach(() => {
  mock.setScenario('ok');
  mock.requests.length = 0;
});

const alertRequests = () => mock.requests.filter((r) => r.path.startsWith('/v1/messages') && r.body?.tools?.some((t: { name: string }) => t.name === ALERT_TOOL_NAME));

function snapshot(texts: string[], id = '42'): TicketSnapshot {
  return {
    helpdesk: 'zendesk', host: 'acme.zendesk.com', ticketId: id, url: `https://acme.zendesk.com/agent/tickets/${id}`, subject: 'Help',
    tags: [], requester: { name: 'Dana Whitfield', email: 'dana@example.com' },
    messages: texts.map((text, i) => ({ author: { role: i % 2 === 1 ? ('agent' as const) : ('customer' as const) }, text })),
  };
}

function setup(over: Partial<OpinionSettings> = {}, online = true) {
  const db = freshDb();
  const settings: OpinionSettings = { apiKey: 'sk-test', baseUrl: mock.url, redact: true, enabled: true, ...over };
  const runner = createOpinionRunner({ db, loadSettings: async () => settings, isOnline: () => online });
  return { db, runner, settings };
}

describe('classifyMessage through the SDK', () => {
  it('sends one forced tool call to the small model, redacted, and restores the evidence', async () => {
    const result = await classifyMessage({
      settings: { apiKey: 'sk-test', baseUrl: mock.url, redact: true },
      text: 'Write to dana@example.com. I am talking to my lawyer about this.',
    });
    const [req] = alertRequests();
    expect(alertRequests()).toHaveLength(1);
    expect(req!.body.model).toBe(DEFAULT_ALERTS_MODEL);
    expect(req!.body.stream).toBeFalsy();
    expect(req!.body.tool_choice).toEqual({ type: 'tool', name: ALERT_TOOL_NAME });
    expect(req!.body.max_tokens).toBeLessThanOrEqual(400);
    // Redacted on the way out...
    expect(JSON.stringify(req!.body)).not.toContain('dana@example.com');
    // ...and the customer's own words back in the panel.
    expect(result.alerts).toEqual([{ kind: 'legal_threat', severity: 'critical', evidence: 'I am talking to my lawyer about this.' }]);
    expect(result.redactions).toBeGreaterThan(0);
  });

  it('drops an alert whose evidence the customer never wrote', async () => {
    mock.setScenario('invent_citation');
    const result = await classifyMessage({ settings: { apiKey: 'sk-test', baseUrl: mock.url, redact: false }, text: 'Please get me a manager.' });
    expect(result.alerts.map((a) => a.kind)).toEqual(['human_requested']);
  });

  it('restores a redacted value quoted in the evidence', async () => {
    const result = await classifyMessage({ settings: { apiKey: 'sk-test', baseUrl: mock.url, redact: true }, text: 'Call me back on +1 415 555 0132, I need a manager.' });
    expect(result.alerts[0]!.evidence).toBe('Call me back on +1 415 555 0132, I need a manager.');
  });

  it('a refused key is an AiError the caller can ignore (no alerts, no throw past the runner)', async () => {
    mock.setScenario('auth');
    await expect(classifyMessage({ settings: { apiKey: 'sk-bad', baseUrl: mock.url, redact: false }, text: 'lawyer' })).rejects.toMatchObject({ kind: 'auth' });
  });
});

describe('the opinion runner', () => {
  it('asks once per customer message, caches by message, audits, and the panel reads it back', async () => {
    const { db, runner } = setup();
    const s = snapshot(['My workspace is down, this is urgent.', 'Looking into it.', 'Third time I write: I want a manager.']);
    await runner.request(s);
    expect(alertRequests()).toHaveLength(2);
    const rows = await db.aiAlerts.where('ticketKey').equals(ticketKeyOf(s)).toArray();
    expect(rows).toHaveLength(2);
    const shown = aiAlertsFor(s, rows);
    expect(shown).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: 'urgency', messageIndex: 0 }),
      expect.objectContaining({ kind: 'human_requested', messageIndex: 2, evidence: 'Third time I write: I want a manager.' }),
    ]));
    // Same messages again: answered from the cache.
    await runner.request(s);
    expect(alertRequests()).toHaveLength(2);
    // A new customer message: one more request, for it only.
    await runner.request(snapshot([...s.messages.map((m) => m.text), 'Sure.', 'I will call my lawyer.']));
    expect(alertRequests()).toHaveLength(3);
    const log = await db.audit.where('action').equals('ai_alerts_requested').toArray();
    expect(log).toHaveLength(3);
    expect(log[0]!.detail).toMatchObject({ ok: true });
    // Metadata only by default: no customer words in the log.
    expect(JSON.stringify(log)).not.toContain('manager.');
  });

  it('never has more than one request in flight per ticket', async () => {
    mock.setScenario({ name: 'slow', delayMs: 150 });
    const { runner } = setup();
    const texts = ['Is this urgent enough? It is down.'];
    const seen: number[] = [];
    const timer = setInterval(() => seen.push(runner.inFlight()), 10);
    const a = runner.request(snapshot(texts));
    const b = runner.request(snapshot([...texts, 'ok', 'Now I want a manager.']));
    const c = runner.request(snapshot([...texts, 'ok', 'Now I want a manager.', 'ok', 'And my lawyer.']));
    await Promise.all([a, b, c]);
    clearInterval(timer);
    expect(Math.max(...seen)).toBe(1);
    // The newest snapshot ran after the first; the middle one was folded into it.
    expect(alertRequests().length).toBe(3);
  });

  it('sends nothing when the feature is off, offline, or without a key', async () => {
    for (const [over, online] of [[{ enabled: false }, true], [{}, false], [{ apiKey: undefined }, true]] as const) {
      const { db, runner } = setup(over, online);
      await runner.request(snapshot(['I want a manager now.']));
      expect(await db.aiAlerts.count()).toBe(0);
    }
    expect(alertRequests()).toHaveLength(0);
  });

  it('does not cache a failed request: the next snapshot asks again', async () => {
    mock.setScenario(['server_error']);
    const { db, runner } = setup();
    const s = snapshot(['I want a manager now.']);
    await runner.request(s);
    expect(await db.aiAlerts.count()).toBe(0);
    await runner.request(s);
    expect(await db.aiAlerts.count()).toBe(1);
    const log = await db.audit.where('action').equals('ai_alerts_requested').toArray();
    expect(log.map((e) => e.detail?.ok)).toEqual([false, true]);
  });
});

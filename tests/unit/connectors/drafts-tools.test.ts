// @vitest-environment node
// Issue 16 end to end below the UI: the drafting service offers the connectors' tools, the (local) model asks with a
// placeholder, the call runs with the real value restored, the result goes back redacted with the SAME placeholders
// (no personal data reaches the model), the draft cites the fact, and approvals / limits / interruptions behave.
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AiSettings } from '../../../lib/ai/types';
import { createDraftService } from '../../../lib/drafts/service';
import { createToolsProvider } from '../../../lib/connectors/provider';
import { mergeConnectors } from '../../../lib/connectors/settings';
import type { ConnectorPolicy } from '../../../lib/connectors/policy';
import type { ToolAutonomy } from '../../../lib/connectors/types';
import { settings as baseSettings, ticket } from '../ai/helpers';
import { freshDb, seedTicket, waitFor } from '../drafts/helpers';
import { CUSTOMER, startLocalMcp, startLocalModel, type LocalMcp, type LocalModel } from './helpers';

let mcp: LocalMcp;
let model: LocalModel | undefined;
beforeAll(async () => {
  mcp = await startLocalMcp();
});
afterAll(() => mcp.close());
afterEach(async () => {
  await model?.close();
  model = undefined;
  mcp.setMode('ok');
});

type Plan = Parameters<typeof startLocalModel>[0];

async function setup(plan: Plan, opts: { autonomy?: ToolAutonomy; policy?: ConnectorPolicy; tools?: string[] } = {}) {
  model = await startLocalModel(plan);
  const db = freshDb();
  const stored = await seedTicket(db, ticket());
  const settings: AiSettings = { ...baseSettings, baseUrl: model.url };
  const policy: ConnectorPolicy = opts.policy ?? { connectors: [{ id: 'shop', name: 'Shop', kind: 'mcp', url: mcp.url, tools: opts.tools ?? ['get_order', 'get_account_status', 'add_account_note'] }] };
  const tools = createToolsProvider({ load: async () => mergeConnectors(policy, { connectors: [], autonomy: opts.autonomy ?? 'checkpoint' }) });
  const service = createDraftService({ db, loadSettings: async () => settings, getSnippets: async () => [], throttleMs: 0, tools, retry: { maxAttempts: 1 } });
  return { db, service, tools, ticketKey: stored.key };
}

/** The agent's "Go on" at every checkpoint (checkpoint autonomy pauses after calls that ran on their own). */
function goOnAtCheckpoints(db: import('../../../lib/db').TandemDB, tools: { approvals: { decide(id: string, ok: boolean): boolean } }) {
  let stopped = false;
  const seen: string[] = [];
  void (async () => {
    while (!stopped) {
      const rows = [...(await db.drafts.toArray()), ...(await db.chats.toArray())] as { checkpoint?: string }[];
      for (const r of rows) if (r.checkpoint && tools.approvals.decide(r.checkpoint, true)) seen.push(r.checkpoint);
      await new Promise((r) => setTimeout(r, 5));
    }
  })();
  return { seen, stop: () => (stopped = true) };
}

/** The first turn asks for a tool; later turns answer with the results. */
const askOnce =
  (name: string, input: Record<string, unknown>): Plan =>
  (_body, turn) =>
    turn === 1 ? { name, input } : null;

describe('tools in a draft', () => {
  it('checkpoint: a read-only call runs with the real e-mail, the result reaches the model redacted, the draft cites the fact', async () => {
    const { db, service, tools, ticketKey } = await setup(askOnce('get_account_status', { email: '$EMAIL' }));
    const res = await service.run({ action: { kind: 'draft', ticketKey } });
    expect(res.ok).toBe(true);
    // Checkpoint: the call ran on its own, then the answer waits for the agent to look at the fact.
    const waiting = await waitFor(async () => (await db.drafts.get(res.draftId!))?.checkpoint);
    expect(model!.requests.length).toBe(1);
    expect((await db.toolCalls.toArray())[0].status).toBe('done');
    expect(tools.approvals.decide(waiting, true)).toBe(true);
    await service.idle();
    const row = (await db.drafts.get(res.draftId!))!;
    expect(row.status).toBe('done');

    // The tool got the real value, restored locally from the placeholder the model used.
    expect(mcp.calls.at(-1)).toEqual({ tool: 'get_account_status', args: { email: CUSTOMER.email } });
    // The model was offered the tools, and asked with a placeholder.
    const [first, second] = model!.requests as { tools?: { name: string }[]; messages: unknown[] }[];
    expect(first.tools?.map((t) => t.name)).toEqual(['get_order', 'get_account_status', 'add_account_note']);
    const sent = JSON.stringify(second);
    expect(sent).toMatch(/Fact \[1\] Shop\/get_account_status/);
    // Personal data in the tool's result (e-mail, a phone number) never reached the model: count must be 0.
    const leaks = [CUSTOMER.email, '+44 20 7946 0958', '7946 0958', CUSTOMER.phone].filter((v) => model!.requests.some((r) => JSON.stringify(r).includes(v)));
    expect(leaks).toEqual([]);
    // ...and the same placeholder stands for the same e-mail in the ticket and in the result.
    const placeholder = /\[EMAIL_1_[a-z0-9]{4}\]/.exec(JSON.stringify(first))![0];
    expect(sent.split(placeholder).length).toBeGreaterThan(2);

    // The agent sees the real values, and the draft cites the fact like a snippet.
    expect(row.text).toContain(CUSTOMER.email);
    expect(row.text).toContain('[1]');
    expect(row.text).not.toContain('Let me check that.'); // the model's narration is not part of the reply
    expect(row.citations).toEqual([expect.objectContaining({ n: 1, title: 'Shop/get_account_status' })]);
    const calls = await db.toolCalls.where('ticketKey').equals(ticketKey).toArray();
    expect(calls).toEqual([expect.objectContaining({ status: 'done', approvedBy: 'auto', n: 1, rowId: res.draftId, readOnly: true })]);
    expect(calls[0].facts).toEqual(expect.arrayContaining([{ key: 'plan', value: 'pro' }]));
    // Audited: connector, tool, who approved, duration, outcome, bytes — and no content by default.
    const entry = (await db.audit.toArray()).find((e) => e.action === 'tool_call')!;
    expect(entry.detail).toMatchObject({ connector: 'shop', tool: 'get_account_status', approvedBy: 'auto', outcome: 'ok' });
    expect(typeof entry.detail!.durationMs).toBe('number');
    expect(entry.detail!.bytesIn).toBeGreaterThan(0);
    expect(JSON.stringify(entry)).not.toContain(CUSTOMER.email);
  });

  it('supervised: the call waits for the agent; approve runs it', async () => {
    const { db, service, tools, ticketKey } = await setup(askOnce('get_order', { order_id: '100234' }), { autonomy: 'supervised' });
    const before = mcp.calls.length;
    const res = await service.run({ action: { kind: 'draft', ticketKey } });
    const pending = await waitFor(async () => (await db.toolCalls.toArray()).find((c) => c.status === 'pending'));
    expect(pending).toMatchObject({ tool: 'get_order', args: { order_id: '100234' }, readOnly: true });
    await new Promise((r) => setTimeout(r, 100));
    expect(mcp.calls.length).toBe(before); // nothing ran without the click
    expect(tools.approvals.decide(pending.id, true)).toBe(true);
    await service.idle();
    expect(mcp.calls.length).toBe(before + 1);
    expect((await db.toolCalls.get(pending.id))).toMatchObject({ status: 'done', approvedBy: 'agent' });
    expect((await db.drafts.get(res.draftId!))?.status).toBe('done');
  });

  it('a changing call waits for a click even at autonomous; deny runs nothing and the model is told', async () => {
    const { db, service, tools, ticketKey } = await setup(askOnce('add_account_note', { email: '$EMAIL', note: 'called' }), {
      autonomy: 'autonomous',
      policy: { toolAutonomy: 'autonomous', connectors: [{ id: 'shop', name: 'Shop', kind: 'mcp', url: mcp.url }] },
    });
    const before = mcp.calls.length;
    const res = await service.run({ action: { kind: 'draft', ticketKey } });
    const pending = await waitFor(async () => (await db.toolCalls.toArray()).find((c) => c.status === 'pending'));
    expect(pending.readOnly).toBe(false);
    tools.approvals.decide(pending.id, false);
    await service.idle();
    expect(mcp.calls.length).toBe(before);
    expect(await db.toolCalls.get(pending.id)).toMatchObject({ status: 'denied', errorKind: 'denied', errorCode: 'declined' });
    expect(JSON.stringify(model!.requests[1])).toContain('The agent declined this call.');
    expect((await db.drafts.get(res.draftId!))?.status).toBe('done');
  });

  it('a tool policy does not allow is never offered', async () => {
    const { service, ticketKey } = await setup(() => null, { tools: ['get_order'] });
    await service.run({ action: { kind: 'draft', ticketKey } });
    await service.idle();
    const offered = (model!.requests[0] as { tools?: { name: string }[] }).tools?.map((t) => t.name);
    expect(offered).toEqual(['get_order']);
  });

  it('a model that keeps asking is stopped at the per-request limit', async () => {
    const { db, service, ticketKey } = await setup(() => ({ name: 'get_order', input: { order_id: '100234' } }), {
      autonomy: 'autonomous',
      policy: { toolAutonomy: 'autonomous', connectors: [{ id: 'shop', name: 'Shop', kind: 'mcp', url: mcp.url }] },
    });
    const res = await service.run({ action: { kind: 'draft', ticketKey } });
    await service.idle();
    const row = (await db.drafts.get(res.draftId!))!;
    expect(row.errorKind).toBe('tool_limit');
    expect(row.error).toMatch(/more than 5 look-ups/);
    expect(await db.toolCalls.count()).toBe(5);
  });

  it('a failing tool is reported on its card and to the model with a reason but no data', async () => {
    mcp.setMode('tool_error');
    const { db, service, ticketKey } = await setup(askOnce('get_account_status', { email: '$EMAIL' }));
    await service.run({ action: { kind: 'draft', ticketKey } });
    await service.idle();
    const [call] = await db.toolCalls.toArray();
    expect(call).toMatchObject({ status: 'error', errorKind: 'tool_error', errorCode: 'reported', errorParams: [expect.stringContaining('get_account_status'), expect.any(String)] });
    const toModel = JSON.stringify(model!.requests[1]);
    expect(toModel).toContain('The tool reported an error.');
    expect(toModel).not.toContain(CUSTOMER.email);
  });

  it('a huge result is capped at 8 KB before it goes to the model', async () => {
    mcp.setMode('huge');
    const { db, service, tools, ticketKey } = await setup(askOnce('get_order', { order_id: '100234' }));
    const go = goOnAtCheckpoints(db, tools);
    await service.run({ action: { kind: 'draft', ticketKey } });
    await service.idle();
    go.stop();
    const messages = (model!.requests[1] as { messages: { content: unknown }[] }).messages;
    const toolResult = JSON.stringify(messages.at(-1));
    expect(toolResult.length).toBeLessThan(9 * 1024);
    expect(toolResult).toContain('result cut at 8 KB');
    expect((await db.toolCalls.toArray())[0].capped).toBe(true);
  });

  it('a worker restart leaves a pending call interrupted, never run', async () => {
    const { db, service, ticketKey } = await setup(askOnce('get_order', { order_id: '100234' }), { autonomy: 'supervised' });
    await service.run({ action: { kind: 'draft', ticketKey } });
    const pending = await waitFor(async () => (await db.toolCalls.toArray()).find((c) => c.status === 'pending'));
    const before = mcp.calls.length;
    // A new worker: a fresh service over the same database (the old one's waits are gone with it).
    const restarted = createDraftService({ db, loadSettings: async () => ({ ...baseSettings, baseUrl: model!.url }), getSnippets: async () => [] });
    await restarted.recoverInterrupted();
    expect(await db.toolCalls.get(pending.id)).toMatchObject({ status: 'interrupted', errorKind: 'interrupted', errorCode: 'restarted' });
    service.stop((await db.drafts.toArray())[0].id);
    await service.idle();
    expect(mcp.calls.length).toBe(before);
  });
});

describe('autonomy levels', () => {
  it('autonomous: a read-only call runs and the answer goes on without a checkpoint', async () => {
    const { db, service, ticketKey } = await setup(askOnce('get_order', { order_id: '100234' }), {
      autonomy: 'autonomous',
      policy: { toolAutonomy: 'autonomous', connectors: [{ id: 'shop', name: 'Shop', kind: 'mcp', url: mcp.url }] },
    });
    const res = await service.run({ action: { kind: 'draft', ticketKey } });
    await service.idle();
    expect((await db.drafts.get(res.draftId!))?.status).toBe('done');
  });

  it('checkpoint: "Stop here" ends the answer with the facts kept, and nothing more is asked', async () => {
    const { db, service, tools, ticketKey } = await setup(askOnce('get_order', { order_id: '100234' }));
    const res = await service.run({ action: { kind: 'draft', ticketKey } });
    const waiting = await waitFor(async () => (await db.drafts.get(res.draftId!))?.checkpoint);
    tools.approvals.decide(waiting, false);
    await service.idle();
    const row = (await db.drafts.get(res.draftId!))!;
    expect(row.errorKind).toBe('stopped');
    expect(row.checkpoint).toBeUndefined();
    expect(model!.requests.length).toBe(1);
    expect((await db.toolCalls.toArray())[0].status).toBe('done');
  });
});

describe('tools in the co-work chat', () => {
  it('the chat keeps its narration and cites the fact', async () => {
    const { db, service, tools, ticketKey } = await setup(askOnce('get_order', { order_id: '100234' }));
    const go = goOnAtCheckpoints(db, tools);
    const res = await service.run({ action: { kind: 'chat', ticketKey, message: 'What is the status of the order?' } });
    await service.idle();
    go.stop();
    expect(go.seen.length).toBe(1);
    const row = (await db.chats.get(res.chatId!))!;
    expect(row.status).toBe('done');
    expect(row.text).toMatch(/^Let me check that\./);
    expect(row.text).toContain('[1]');
    expect(row.citations?.[0]).toMatchObject({ n: 1, title: 'Shop/get_order' });
  });
});

describe('without the AI', () => {
  it('a look-up from the panel (no key) becomes a fact that feeds the offline draft', async () => {
    const { runLookup } = await import('../../../lib/connectors/calls');
    const { openToolbox } = await import('../../../lib/connectors/registry');
    const db = freshDb();
    const stored = await seedTicket(db, ticket());
    const toolbox = await openToolbox([{ id: 'shop', name: 'Shop', kind: 'mcp', url: mcp.url, tools: ['get_order', 'add_account_note'] }]);
    // A changing tool is refused from the form, and nothing runs.
    const before = mcp.calls.length;
    const refused = await runLookup({ db, toolbox, signal: new AbortController().signal, ticketKey: stored.key, nextN: () => 1 }, 'add_account_note', { email: 'x@y.z', note: 'n' });
    expect(refused).toMatchObject({ status: 'error', errorKind: 'not_allowed', errorCode: 'lookup-read-only' });
    expect(mcp.calls.length).toBe(before);
    const call = await runLookup({ db, toolbox, signal: new AbortController().signal, ticketKey: stored.key, nextN: () => 1 }, 'get_order', { order_id: '100234' });
    await toolbox.close();
    expect(call).toMatchObject({ status: 'done', source: 'lookup', approvedBy: 'agent' });
    const service = createDraftService({ db, loadSettings: async () => ({ ...baseSettings, apiKey: undefined }), getSnippets: async () => [] });
    const res = await service.run({ action: { kind: 'draft', ticketKey: stored.key } });
    expect(res.mode).toBe('offline');
    const row = (await db.drafts.get(res.draftId!))!;
    expect(row.text).toMatch(/I checked our records:\n- order_id: 100234, status: refund_pending, amount: 49.99.* \[1\]/);
    expect(row.citations).toEqual([expect.objectContaining({ n: 1, title: 'Shop/get_order' })]);
  });
});

describe('"What will be sent?"', () => {
  it('lists the tools offered, with what each may do', async () => {
    const { service, ticketKey } = await setup(() => null, { tools: ['get_order', 'add_account_note'] });
    const preview = await service.preview({ action: { kind: 'draft', ticketKey } });
    expect(preview.text).toMatch(/Tools offered \(2; autonomy: checkpoint\)/);
    expect(preview.text).toMatch(/- get_order \(Shop; read-only\)/);
    expect(preview.text).toMatch(/- add_account_note \(Shop; may change data: runs only after you approve\)/);
    expect(preview.text).not.toMatch(/hidden_admin/);
  });
});

describe('a stream cut while the model is asking for a tool (the shared mock Messages API, scenario tool_cut)', () => {
  it('stops and says so (the text so far kept), runs no tool and leaves no call waiting', async () => {
    const { startMockAnthropic } = await import('../../mock-anthropic/server');
    const api = await startMockAnthropic();
    try {
      api.setScenario('tool_cut');
      const db = freshDb();
      const stored = await seedTicket(db, ticket());
      const policy: ConnectorPolicy = { connectors: [{ id: 'shop', name: 'Shop', kind: 'mcp', url: mcp.url, tools: ['get_order', 'get_account_status'] }] };
      const tools = createToolsProvider({ load: async () => mergeConnectors(policy, { connectors: [], autonomy: 'autonomous' }) });
      const service = createDraftService({ db, loadSettings: async () => ({ ...baseSettings, baseUrl: api.url }), getSnippets: async () => [], throttleMs: 0, tools, retry: { maxAttempts: 1 } });
      const before = mcp.calls.length;
      await service.run({ action: { kind: 'draft', ticketKey: stored.key } });
      await service.idle();
      const [draft] = await db.drafts.toArray();
      // Cut streams end "incomplete" (the text so far kept, the reason said), as any other cut stream does.
      expect(draft).toMatchObject({ status: 'incomplete', errorKind: 'cut', text: 'Let me check that.' });
      expect(draft.error).toContain('cut off');
      // The half-streamed call never ran, and nothing waits for an approval that cannot come.
      expect(mcp.calls.length).toBe(before);
      expect((await db.toolCalls.toArray()).filter((c) => c.status === 'pending' || c.status === 'running')).toEqual([]);
    } finally {
      await api.close();
    }
  });
});

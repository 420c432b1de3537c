// @vitest-environment node
// The chat exchange alone: its own database, clock, ids and runs, the local mock API; no drafting service.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AiSettings } from '../ai/types';
import { answerQueuedChat, chat, chatHistory, type ChatDeps } from './chat';
import { QUEUE_JOB_KIND } from './queue';
import { createDraftRuns } from './runs';
import { freshDb, seedTicket } from '../../tests/unit/drafts/helpers';
import { startMockAnthropic, type MockAnthropic } from '../../tests/mock-anthropic/server';
import { settings as baseSettings, snippets } from '../../tests/unit/ai/helpers';

let mock: MockAnthropic;
beforeAll(async () => {
  mock = await startMockAnthropic({ deltaDelayMs: 0 });
});
afterAll(() => mock.close());

async function setup(over: Partial<AiSettings> = {}) {
  const db = freshDb();
  const stored = await seedTicket(db);
  const settings: AiSettings = { ...baseSettings, baseUrl: mock.url, ...over };
  let id = 0;
  const runs = createDraftRuns();
  const now = () => 100;
  const newId = () => `row-${++id}`;
  const deps: ChatDeps = {
    db,
    now,
    newId,
    loadSettings: async () => settings,
    loadTicket: async (key) => (await db.tickets.get(key))!,
    getSnippets: async () => snippets,
    track: runs.track,
    stream: { db, now, newId, throttleMs: 0, retry: { maxAttempts: 1 }, sleep: async () => {} },
  };
  return { db, deps, runs, key: stored.key };
}

const turns = async (deps: ChatDeps, key: string) => await deps.db.chats.where('ticketKey').equals(key).sortBy('at');

describe('chat exchange', () => {
  it('adds the user turn and streams the answer into an assistant row right after it, each turn after the last', async () => {
    const { deps, runs, key } = await setup();
    const first = await chat(deps, key, '  Where is the refund?  ', 'status', true);
    expect(first).toMatchObject({ ok: true, mode: 'ai' });
    expect(runs.running.has(first.chatId!)).toBe(true);
    await runs.idle();
    const second = await chat(deps, key, 'And the label?', undefined, true);
    await runs.idle();
    const rows = await turns(deps, key);
    expect(rows.map((r) => [r.role, r.status])).toEqual([['user', 'done'], ['assistant', 'done'], ['user', 'done'], ['assistant', 'done']]);
    expect(rows[0]).toMatchObject({ text: 'Where is the refund?', starter: 'status', at: 100 });
    expect(rows.map((r) => r.at)).toEqual([100, 101, 102, 103]);
    expect(rows[3].id).toBe(second.chatId);
    expect(rows[3].text.length).toBeGreaterThan(0);
  });

  it('the history leaves out failed answers and turns from after the message', async () => {
    const { db, key } = await setup();
    await db.chats.bulkAdd([
      { id: 'a', ticketKey: key, role: 'user', text: 'one', status: 'done', at: 1 },
      { id: 'b', ticketKey: key, role: 'assistant', text: 'broken', status: 'error', at: 2 },
      { id: 'c', ticketKey: key, role: 'assistant', text: 'two', status: 'done', at: 3 },
      { id: 'd', ticketKey: key, role: 'user', text: 'later', status: 'done', at: 9 },
    ]);
    expect(await chatHistory(db, key, 5)).toEqual([
      { role: 'user', content: 'one' },
      { role: 'assistant', content: 'two' },
    ]);
  });

  it('offline, the user turn is kept and its answer queued; answering it later streams the answer', async () => {
    const { db, deps, runs, key } = await setup();
    const queued = await chat(deps, key, 'Hello?', undefined, false);
    expect(queued).toMatchObject({ ok: true, mode: 'queued' });
    expect(await db.chats.get(queued.chatId!)).toMatchObject({ role: 'user', queued: true });
    expect((await db.queue.toArray()).map((j) => [j.kind, j.payload])).toEqual([[QUEUE_JOB_KIND, { chatUserId: queued.chatId }]]);
    await answerQueuedChat(deps, queued.chatId!);
    await runs.idle();
    const rows = await turns(deps, key);
    expect(rows[0].queued).toBeUndefined();
    expect(rows[1]).toMatchObject({ role: 'assistant', status: 'done' });
  });

  it('without an API key the answer row says so and nothing streams', async () => {
    const { deps, runs, key } = await setup({ apiKey: undefined });
    const result = await chat(deps, key, 'Hi', undefined, true);
    expect(result).toMatchObject({ ok: false, code: 'no-api-key' });
    expect(runs.running.size).toBe(0);
    expect((await turns(deps, key))[1]).toMatchObject({ role: 'assistant', status: 'error', errorKind: 'auth' });
  });
});

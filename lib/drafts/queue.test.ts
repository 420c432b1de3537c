import { describe, expect, it } from 'vitest';
import { drainQueuedJobs, enqueueAction, enqueueChatAnswer, QUEUE_JOB_KIND } from './queue';
import type { DraftActionRequest, DraftActionResult, DraftRow } from './types';
import { freshDb } from '../../tests/unit/drafts/helpers';

describe('offline queue', () => {
  it('runs the jobs in order, clears the queued label first, marks a refused action failed, and empties the queue', async () => {
    const db = freshDb();
    let t = 0;
    const now = () => ++t;
    const row: DraftRow = { id: 'd1', ticketKey: 't', kind: 'reply', text: 'x', versions: [], status: 'queued', queuedAction: 'Shorter', basedOnCustomerMessages: 1, createdAt: 1, updatedAt: 1 };
    await db.drafts.add(row);
    await db.drafts.add({ ...row, id: 'd2' });
    await enqueueAction(db, now, { kind: 'regenerate', draftId: 'd1' });
    await enqueueChatAnswer(db, now, 'u1');
    await enqueueAction(db, now, { kind: 'continue', draftId: 'd2' });
    await db.queue.add({ createdAt: now(), kind: 'someone-else', payload: {} });
    const seen: string[] = [];
    const state = { draining: false };
    const run = async ({ action }: DraftActionRequest): Promise<DraftActionResult> => {
      const id = 'draftId' in action ? action.draftId : '';
      seen.push(`${action.kind}:${id}:${(await db.drafts.get(id))?.queuedAction ?? 'cleared'}`);
      return id === 'd2' ? { ok: false, message: 'No API key is set.' } : { ok: true };
    };
    const started = await drainQueuedJobs({ db, state, run, answerQueuedChat: async (id) => void seen.push(`chat:${id}`) });
    expect(started).toBe(2);
    expect(seen).toEqual(['regenerate:d1:cleared', 'chat:u1', 'continue:d2:cleared']);
    expect(await db.drafts.get('d2')).toMatchObject({ status: 'error', error: 'No API key is set.' });
    expect((await db.queue.toArray()).map((j) => j.kind)).toEqual(['someone-else']);
    expect(state.draining).toBe(false);
  });

  it('a job that throws is dropped, and a drain already running is not doubled', async () => {
    const db = freshDb();
    await enqueueChatAnswer(db, () => 1, 'gone');
    const n = await drainQueuedJobs({ db, state: { draining: false }, run: async () => ({ ok: true }), answerQueuedChat: async () => { throw new Error('ticket gone'); } });
    expect(n).toBe(0);
    expect(await db.queue.count()).toBe(0);
    await db.queue.add({ createdAt: 2, kind: QUEUE_JOB_KIND, payload: { chatUserId: 'u' } });
    const busy = await drainQueuedJobs({ db, state: { draining: true }, run: async () => ({ ok: true }), answerQueuedChat: async () => {} });
    expect(busy).toBe(0);
    expect(await db.queue.count()).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { recoverInterruptedRows, INTERRUPTED_MESSAGE } from './recovery';
import type { ChatRow, DraftRow } from './types';
import { freshDb } from '../../tests/unit/drafts/helpers';

function draft(id: string, extra: Partial<DraftRow>): DraftRow {
  return { id, ticketKey: 't', kind: 'reply', text: '', versions: [], status: 'streaming', basedOnCustomerMessages: 1, createdAt: 1, updatedAt: 1, ...extra };
}

describe('crash recovery', () => {
  it('marks rows a killed worker left streaming, keeps their text, and leaves rows streaming here alone', async () => {
    const db = freshDb();
    await db.drafts.bulkAdd([
      draft('partial', { text: 'Half a repl', retryAt: 99, checkpoint: 'checkpoint:partial:1' }),
      draft('nothing', {}),
      draft('live', { text: 'streaming in this worker' }),
      draft('finished', { text: 'Done.', status: 'done' }),
    ]);
    const chat: ChatRow = { id: 'c1', ticketKey: 't', role: 'assistant', text: 'So far', status: 'streaming', at: 2 };
    await db.chats.add(chat);
    const count = await recoverInterruptedRows(db, new Map([['live', {}]]), () => 10);
    expect(count).toBe(3);
    const partial = (await db.drafts.get('partial'))!;
    expect(partial).toMatchObject({ status: 'incomplete', text: 'Half a repl', error: INTERRUPTED_MESSAGE, errorKind: 'interrupted' });
    expect(partial.retryAt).toBeUndefined();
    expect(partial.checkpoint).toBeUndefined();
    expect(await db.drafts.get('nothing')).toMatchObject({ status: 'error', errorKind: 'interrupted' });
    expect(await db.drafts.get('live')).toMatchObject({ status: 'streaming' });
    expect(await db.drafts.get('finished')).toMatchObject({ status: 'done' });
    expect(await db.chats.get('c1')).toMatchObject({ status: 'incomplete', text: 'So far', errorKind: 'interrupted' });
  });
});

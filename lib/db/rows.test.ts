// Each table is typed with the one row type its code uses (issue 18, item 4): reading a draft or a chat turn needs
// no cast. Checked by the type checker (`npx tsc --noEmit`, part of `npm test`); the round trip below checks at run
// time that a full row is stored and read back as it was written (the stored shape did not change: no migration).
import 'fake-indexeddb/auto';
import type { Table } from 'dexie';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ChatRow, DraftRow } from '../drafts/types';
import type { StoredToolCall } from '../connectors/types';
import { TandemDB } from './index';

type RowOf<T> = T extends Table<infer Row, infer _Key, infer _Insert> ? Row : never;

describe('Dexie rows', () => {
  it('drafts, chats and tool calls are typed with the rows their code writes', () => {
    expectTypeOf<RowOf<TandemDB['drafts']>>().toEqualTypeOf<DraftRow>();
    expectTypeOf<RowOf<TandemDB['chats']>>().toEqualTypeOf<ChatRow>();
    expectTypeOf<RowOf<TandemDB['toolCalls']>>().toEqualTypeOf<StoredToolCall>();
  });

  it('a draft row with every field comes back as written', async () => {
    const db = new TandemDB(`rows-${Math.random()}`);
    const row: DraftRow = {
      id: 'd1', ticketKey: 'zendesk:acme.zendesk.com:1', kind: 'reply', text: 'Hi', status: 'done', basedOnCustomerMessages: 1,
      citations: [{ n: 1, articleId: 'a', title: 'A' }], createdAt: 1, updatedAt: 2, origin: { kind: 'draft', guidance: 'calm' },
      versions: [{ text: 'Hello', at: 1, instruction: 'Draft', instructionCode: { code: 'draft' } }], instructionCode: { code: 'draft' },
    };
    await db.drafts.put(row);
    const back = await db.drafts.get('d1');
    expect(back).toEqual(row);
    const chat: ChatRow = { id: 'c1', ticketKey: row.ticketKey, role: 'user', text: 'why?', at: 3, queued: true };
    await db.chats.put(chat);
    expect(await db.chats.get('c1')).toEqual(chat);
    db.close();
  });
});

// The offline draft writer alone: its own database, clock and ids.
import { describe, expect, it } from 'vitest';
import type { StoredToolCall } from '../connectors/types';
import { writeOfflineDraft } from './offline-draft';
import { freshDb, seedTicket } from '../../tests/unit/drafts/helpers';
import { snippets } from '../../tests/unit/ai/helpers';

describe('offline draft', () => {
  it('writes a done offline row for the ticket, says why, cites the knowledge and the facts tools found', async () => {
    const db = freshDb();
    const stored = await seedTicket(db);
    const call = (id: string, status: StoredToolCall['status'], facts?: StoredToolCall['facts']) =>
      ({ id, ticketKey: stored.key, connectorId: 'shop', connectorName: 'Shop', tool: 'get_order', readOnly: true, args: {}, status, source: 'lookup', facts, createdAt: 1 }) as StoredToolCall;
    await db.toolCalls.bulkAdd([call('c1', 'done', [{ key: 'Order status', value: 'Refund sent 2026-11-21' }]), call('c2', 'error', [{ key: 'x', value: 'never shown' }])]);
    const id = await writeOfflineDraft({ db, now: () => 42, newId: () => 'off-1', getSnippets: async () => snippets }, stored, 'Tom Becker', 'offline');
    expect(id).toBe('off-1');
    const row = (await db.drafts.get(id))!;
    expect(row).toMatchObject({ kind: 'offline', status: 'done', ticketKey: stored.key, basedOnCustomerMessages: stored.customerMessageCount, instruction: 'Offline draft', instructionCode: { code: 'offline' }, createdAt: 42, updatedAt: 42, versions: [] });
    expect(row.offlineLabel!.startsWith('You are offline. ')).toBe(true);
    expect(row.text).toContain('Refund sent 2026-11-21');
    expect(row.text).not.toContain('never shown');
    expect(row.citations!.map((c) => c.title)).toEqual(['Refund timelines', 'How to return an item', 'Shop/get_order']);
  });
});

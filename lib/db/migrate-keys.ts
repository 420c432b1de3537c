// Database version 2: ticket keys were `${helpdesk}:${ticketId}`, so #4521 of one helpdesk account and #4521 of
// another shared drafts, chats and alerts, and every ticket without an id shared one key. Keys now carry the
// account host (lib/ticket-identity.ts). The host of an old key is the one of the ticket it names (its stored
// snapshot's URL). Rows of an id-less ticket are mixed from any number of tickets: they are dropped, except the
// audit log, which is history and keeps its words. Rows whose ticket is gone (retention) cannot be placed: they
// keep their old key and match nothing; retention removes them in time.
import type { Transaction } from 'dexie';
import type { TicketSnapshot } from '../../adapters/types';
import { identityProblem, ticketHostOf, ticketKeyOf } from '../ticket-identity';

interface Keyed {
  ticketKey?: string;
}

export async function migrateTicketKeys(tx: Transaction): Promise<void> {
  const tickets = tx.table('tickets');
  const rows = (await tickets.toArray()) as { key: string; snapshot: TicketSnapshot }[];
  const moved = new Map<string, string>();
  const dropped = new Set<string>();
  for (const row of rows) {
    const snapshot = row.snapshot;
    if (!snapshot || identityProblem(snapshot)) dropped.add(row.key);
    else moved.set(row.key, ticketKeyOf(snapshot));
  }
  await tickets.bulkDelete(rows.map((r) => r.key));
  await tickets.bulkAdd(
    rows.filter((r) => moved.has(r.key)).map((r) => ({ ...r, key: moved.get(r.key)!, snapshot: { ...r.snapshot, host: ticketHostOf(r.snapshot) } })),
  );

  /** Rewrites `ticketKey` in place; says whether the row goes. */
  const rekey = (row: Keyed): 'keep' | 'drop' => {
    if (!row.ticketKey) return 'keep';
    if (dropped.has(row.ticketKey)) return 'drop';
    row.ticketKey = moved.get(row.ticketKey) ?? row.ticketKey;
    return 'keep';
  };
  for (const name of ['tabs', 'drafts', 'chats']) {
    await tx.table(name).toCollection().modify((row: Keyed, ctx: { value?: unknown }) => {
      if (rekey(row) === 'drop') delete ctx.value;
    });
  }
  await tx.table('audit').toCollection().modify((row: Keyed) => {
    if (row.ticketKey && moved.has(row.ticketKey)) row.ticketKey = moved.get(row.ticketKey);
  });
  // The ticket key is part of these tables' primary keys: delete and put again.
  for (const name of ['kbFeedback', 'dismissedAlerts']) {
    const table = tx.table(name);
    const all = (await table.toArray()) as Keyed[];
    await table.clear();
    await table.bulkPut(all.filter((row) => rekey(row) === 'keep'));
  }
  // Work queued offline names tickets in its payload (draft, summary and chat actions).
  await tx.table('queue').toCollection().modify((job: { payload?: { action?: Keyed } }, ctx: { value?: unknown }) => {
    const action = job.payload?.action;
    if (action && rekey(action) === 'drop') delete ctx.value;
  });
}

import { TandemDB, ticketKeyOf, type StoredTicket } from '../../../lib/db';
import type { TicketSnapshot } from '../../../adapters/types';
import { countCustomerMessages } from '../../../lib/background/tickets';
import { ticket } from '../ai/helpers';

let dbCounter = 0;
export function freshDb(): TandemDB {
  dbCounter += 1;
  return new TandemDB(`drafts-test-${dbCounter}-${Math.random().toString(36).slice(2)}`);
}

export async function seedTicket(db: TandemDB, snapshot: TicketSnapshot = ticket()): Promise<StoredTicket> {
  const row: StoredTicket = {
    key: ticketKeyOf(snapshot),
    snapshot,
    firstSeenAt: 1,
    updatedAt: 1,
    customerMessageCount: countCustomerMessages(snapshot),
  };
  await db.tickets.put(row);
  return row;
}

/** A promise plus its resolver: lets a test hold the service at a point (a retry wait). */
export function deferred<T = void>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

export async function waitFor<T>(fn: () => Promise<T | undefined | false>, timeoutMs = 3000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() - start > timeoutMs) throw new Error('waitFor timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

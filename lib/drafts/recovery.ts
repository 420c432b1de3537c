// Crash recovery: MV3 kills an idle or crashed worker mid-stream, leaving rows that say 'streaming' forever. At
// worker start they are marked incomplete (text kept) or failed (no text); rows whose stream runs in this worker
// are left alone, and tool calls are recovered only when nothing runs here.
import type { TandemDB } from '../db';
import { recoverInterruptedCalls } from '../connectors/calls';
import type { RowErrorFields } from '../ai/error-codes';

export const INTERRUPTED_MESSAGE = 'Tandem was restarted while this was being written. The text so far is kept; continue it or regenerate it.';

/** Mark rows left 'streaming' by a killed worker; returns how many. `running`: the streams of this worker. */
export async function recoverInterruptedRows(db: TandemDB, running: Pick<ReadonlyMap<string, unknown>, 'has' | 'size'>, now: () => number): Promise<number> {
  let count = 0;
  const mark = <T extends RowErrorFields & { id: string; text: string; status?: string; error?: string; errorKind?: string; retryAt?: number; checkpoint?: string }>(r: T) => {
    count++;
    r.status = r.text ? 'incomplete' : 'error';
    r.error = INTERRUPTED_MESSAGE;
    r.errorCode = 'interrupted';
    delete r.errorParams;
    delete r.errorNote;
    delete r.errorNoteParams;
    r.errorKind = 'interrupted';
    delete r.retryAt;
    // A checkpoint wait died with the worker: nothing is waiting for the agent's go-ahead any more.
    delete r.checkpoint;
  };
  await db.transaction('rw', db.drafts, db.chats, async () => {
    await db.drafts.filter((r) => r.status === 'streaming' && !running.has(r.id)).modify((r) => mark(r));
    await db.chats.filter((r) => r.status === 'streaming' && !running.has(r.id)).modify((r) => mark(r));
  });
  // Tool calls a killed worker left waiting or running: shown as interrupted, never run again.
  if (!running.size) await recoverInterruptedCalls(db, now());
  return count;
}

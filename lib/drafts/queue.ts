// The offline queue: actions asked for while offline wait in db.queue (one kind of job, QUEUE_JOB_KIND) and run in
// order when the network returns. A job is deleted after it ran, not before: a worker killed in between finds it
// again. How a job runs (a draft action, or answering a chat turn) is the service's, passed in.
import type { TandemDB } from '../db';
import type { DraftAction, DraftActionRequest, DraftActionResult } from './types';

export const QUEUE_JOB_KIND = 'drafts.run';

export interface QueuedJobPayload {
  action?: DraftAction;
  chatUserId?: string;
}

/** Queue a draft action to run when the network returns. */
export async function enqueueAction(db: TandemDB, now: () => number, action: DraftAction): Promise<void> {
  await db.queue.add({ createdAt: now(), kind: QUEUE_JOB_KIND, payload: { action } });
}

/** Queue the answer to a chat turn sent while offline. */
export async function enqueueChatAnswer(db: TandemDB, now: () => number, chatUserId: string): Promise<void> {
  await db.queue.add({ createdAt: now(), kind: QUEUE_JOB_KIND, payload: { chatUserId } });
}

export interface DrainDeps {
  db: TandemDB;
  /** The shared flag that keeps two drains from running the same jobs. */
  state: { draining: boolean };
  run(request: DraftActionRequest): Promise<DraftActionResult>;
  answerQueuedChat(userId: string): Promise<void>;
}

/** Run the queued jobs in order; returns how many were started. */
export async function drainQueuedJobs(deps: DrainDeps): Promise<number> {
  const { db, state } = deps;
  if (state.draining) return 0;
  state.draining = true;
  let started = 0;
  try {
    const jobs = await db.queue.orderBy('createdAt').toArray();
    for (const job of jobs) {
      if (job.kind !== QUEUE_JOB_KIND) continue;
      // The job is deleted once it ran (below), not before: a worker killed in between finds it again.
      const payload = job.payload as QueuedJobPayload;
      try {
        if (payload.chatUserId) {
          await deps.answerQueuedChat(payload.chatUserId);
          started++;
        } else if (payload.action) {
          // The queued row still says 'queued': clear that before running (run refuses nothing on it).
          if ('draftId' in payload.action) await db.drafts.update(payload.action.draftId, { queuedAction: undefined, queuedActionCode: undefined });
          const result = await deps.run({ action: payload.action, online: true });
          if (result.ok) started++;
          else if ('draftId' in payload.action) {
            await db.drafts.update(payload.action.draftId, { status: 'error', error: result.message });
          }
        }
      } catch {
        // It ran and failed (its ticket is gone...): it goes too, or it would block every later drain.
      }
      await db.queue.delete(job.id!);
    }
  } finally {
    state.draining = false;
  }
  return started;
}

// The drafting service's shared mutable state, owned in one place: the streams running now (by row id), the
// per-draft chains that make actions on one draft run one after another, the keep-alive handle, and whether the
// offline queue is being drained. The service creates one and hands it to the units that need it (stream
// starters track into it, recovery and the queue read it), so each unit can be tested with its own.
import type { DraftActionResult } from './types';
import { actionFailure } from '../action-failure';

export interface RunningStream {
  controller: AbortController;
  /** Settles (never rejects) when the stream's work ended and it left `running`. */
  done: Promise<void>;
}

export interface DraftRuns {
  /** Streams in flight, by the id of the row they write (draft or assistant chat row). */
  readonly running: Map<string, RunningStream>;
  /** True while drainQueue runs (a second drain at the same time would run every job twice). */
  draining: boolean;
  /** Register a stream's work; the keep-alive starts with the first stream and stops after the last. */
  track(id: string, controller: AbortController, work: Promise<void>): void;
  /** Abort a running stream (its partial text is kept by the stream writer). False when none runs. */
  stop(id: string): boolean;
  /** The refusal for an action on a draft whose stream is still running, or null. */
  busy(id: string): DraftActionResult | null;
  /** Run `fn` once the previous action on `draftId` (and its stream) ended; resolves when `fn` does. */
  oneAfterAnother(draftId: string, fn: () => Promise<DraftActionResult>): Promise<DraftActionResult>;
  /** Resolves when no stream is running (including streams started while waiting). */
  idle(): Promise<void>;
}

export function createDraftRuns(keepAlive?: () => () => void): DraftRuns {
  const running = new Map<string, RunningStream>();
  let stopKeepAlive: (() => void) | null = null;
  /** Per draft: the end of the last action asked for it (its row set up and its stream finished). */
  const chains = new Map<string, Promise<void>>();

  function track(id: string, controller: AbortController, work: Promise<void>): void {
    if (running.size === 0 && keepAlive) stopKeepAlive = keepAlive();
    const done = work
      .catch(() => {})
      .finally(() => {
        running.delete(id);
        if (running.size === 0 && stopKeepAlive) {
          stopKeepAlive();
          stopKeepAlive = null;
        }
      });
    running.set(id, { controller, done });
  }

  /**
   * Actions on one draft run one after another: each reads the row, moves the text into versions and streams
   * into the row, so two refines in flight would both take the same text as their source, one version would be
   * lost and both streams would write into one row. The next action starts once the previous one's stream ended
   * (a stream running without a chain, the first draft's, counts too); `fn` resolves when its own row is set up.
   */
  function oneAfterAnother(draftId: string, fn: () => Promise<DraftActionResult>): Promise<DraftActionResult> {
    const previous = chains.get(draftId) ?? running.get(draftId)?.done ?? Promise.resolve();
    const result = previous.then(fn);
    const end: Promise<void> = result.then(
      () => running.get(draftId)?.done,
      () => undefined,
    );
    chains.set(draftId, end);
    void end.then(() => {
      if (chains.get(draftId) === end) chains.delete(draftId);
    });
    return result;
  }

  function stop(id: string): boolean {
    const job = running.get(id);
    if (!job) return false;
    job.controller.abort();
    return true;
  }

  function busy(id: string): DraftActionResult | null {
    return running.has(id) ? { ...actionFailure('still-writing'), draftId: id } : null;
  }

  async function idle(): Promise<void> {
    while (running.size) await Promise.all([...running.values()].map((r) => r.done));
  }

  return { running, draining: false, track, stop, busy, oneAfterAnother, idle };
}

import { describe, expect, it } from 'vitest';
import { createDraftRuns } from './runs';
import type { DraftActionResult } from './types';

function deferred() {
  let resolve!: () => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('draft runs (the service shared state)', () => {
  it('tracks a stream until its work ends, even when the work fails, and keeps the worker alive meanwhile', async () => {
    let alive = 0;
    const runs = createDraftRuns(() => {
      alive++;
      return () => alive--;
    });
    const a = deferred();
    const b = deferred();
    runs.track('a', new AbortController(), a.promise);
    runs.track('b', new AbortController(), b.promise);
    expect(alive).toBe(1);
    expect(runs.busy('a')).toMatchObject({ ok: false, draftId: 'a' });
    a.reject(new Error('boom'));
    await tick();
    expect(runs.running.has('a')).toBe(false);
    expect(runs.busy('a')).toBeNull();
    expect(alive).toBe(1);
    b.resolve();
    await runs.idle();
    expect(runs.running.size).toBe(0);
    expect(alive).toBe(0);
  });

  it('stop aborts the stream of that row only', () => {
    const runs = createDraftRuns();
    const c = new AbortController();
    runs.track('x', c, new Promise(() => {}));
    expect(runs.stop('nope')).toBe(false);
    expect(runs.stop('x')).toBe(true);
    expect(c.signal.aborted).toBe(true);
  });

  it('runs actions on one draft one after another, waiting for the stream each one started', async () => {
    const runs = createDraftRuns();
    const order: string[] = [];
    const stream = deferred();
    const first = runs.oneAfterAnother('d', async () => {
      order.push('first set up');
      runs.track('d', new AbortController(), stream.promise.then(() => void order.push('first stream ended')));
      return { ok: true } as DraftActionResult;
    });
    const second = runs.oneAfterAnother('d', async () => {
      order.push('second set up');
      return { ok: true } as DraftActionResult;
    });
    const other = runs.oneAfterAnother('e', async () => {
      order.push('other draft');
      return { ok: true } as DraftActionResult;
    });
    await first;
    await other;
    await tick();
    expect(order).toEqual(['first set up', 'other draft']);
    stream.resolve();
    await second;
    expect(order).toEqual(['first set up', 'other draft', 'first stream ended', 'second set up']);
  });

  it('an action waits for a stream started outside any chain (a new draft streaming)', async () => {
    const runs = createDraftRuns();
    const stream = deferred();
    let ran = false;
    runs.track('d', new AbortController(), stream.promise);
    const next = runs.oneAfterAnother('d', async () => {
      ran = true;
      return { ok: true };
    });
    await tick();
    expect(ran).toBe(false);
    stream.resolve();
    await next;
    expect(ran).toBe(true);
  });

  it('a failed action does not block the next one on the same draft', async () => {
    const runs = createDraftRuns();
    const failed = runs.oneAfterAnother('d', async () => {
      throw new Error('gone');
    });
    await expect(failed).rejects.toThrow('gone');
    await expect(runs.oneAfterAnother('d', async () => ({ ok: true }))).resolves.toEqual({ ok: true });
  });
});

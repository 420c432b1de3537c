// Streamed text reaches IndexedDB at most every `intervalMs` (the first delta at once, so the first token shows
// without delay). Writes run one after another, so the final write of a stream always lands last.
export interface ThrottledWriter<T> {
  /** Offer the newest value; it is written now or at the next slot (older unwritten values are dropped). */
  push(value: T): void;
  /** Write any pending value and wait for every write to finish. */
  flush(): Promise<void>;
}

export function createThrottledWriter<T>(write: (value: T) => Promise<unknown>, intervalMs = 50, now: () => number = Date.now): ThrottledWriter<T> {
  let chain: Promise<unknown> = Promise.resolve();
  let pending: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastWrite = -Infinity;

  const writeNow = () => {
    timer = undefined;
    if (!pending) return;
    const { value } = pending;
    pending = null;
    lastWrite = now();
    // A failed write (database closing) must not stop later ones.
    chain = chain.then(() => write(value)).catch(() => {});
  };

  return {
    push(value) {
      pending = { value };
      if (timer) return;
      const wait = lastWrite + intervalMs - now();
      if (wait <= 0) writeNow();
      else timer = setTimeout(writeNow, wait);
    },
    async flush() {
      clearTimeout(timer);
      writeNow();
      await chain;
    },
  };
}

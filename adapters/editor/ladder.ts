// The insertion ladder (insert.ts) is not part of the content script every helpdesk page loads: that script has a
// 30 KB gzip budget (bench:adapters), and the ladder is about a tenth of it while most page loads never insert. The
// background injects it (entrypoints/insert-ladder.ts, lib/background/insert-ladder.ts) right before it asks a tab to
// insert. The injected script runs in the content script's isolated world, never the page's, so it can hand the
// ladder over on that world's globalThis, which the page cannot see or replace.
import type { insertIntoEditor } from './insert';

export type InsertLadder = typeof insertIntoEditor;

const LADDER_KEY = '__tandemInsertLadder';
type WithLadder = { [LADDER_KEY]?: InsertLadder };

/** The ladder, once the background has injected it into this world. */
export const installedLadder = (): InsertLadder | undefined => (globalThis as WithLadder)[LADDER_KEY];

/** Called by the injected script (and by the unit tests' setup, which stands in for the background). Injected again,
 *  it keeps the first. */
export function installLadder(ladder: InsertLadder): void {
  (globalThis as WithLadder)[LADDER_KEY] ??= ladder;
}

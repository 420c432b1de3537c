// The page side of tests/scoring/reading-score.ts: runs in the page (bundled for Chromium) or in happy-dom. No Node imports.
import type { TicketSnapshot } from '../../adapters/types';

/** What the page side hands back: the snapshot, and whether the editor found is the one expected. */
export interface PageRead {
  adapter: string | null;
  snapshot: TicketSnapshot | null;
  /** findEditor's element is document.querySelector(expected.editor) (or both are null when none is expected). */
  editorRight: boolean;
}

/**
 * The page side, as a function source to run in the page (Chromium) or called directly (happy-dom): pick the
 * adapter, read, find the editor. `api` is the adapters module (pickAdapter).
 */
export function readPage(
  api: { pickAdapter(url: string, doc: Document): { id: string; readTicket(d: Document, u: string): TicketSnapshot | null; findEditor(d: Document): HTMLElement | null } | null },
  doc: Document,
  url: string,
  editorSelector: string | null,
): PageRead {
  const adapter = api.pickAdapter(url, doc);
  const snapshot = adapter ? adapter.readTicket(doc, url) : null;
  const editor = adapter ? adapter.findEditor(doc) : null;
  let expectedEditor: Element | null;
  try {
    expectedEditor = editorSelector ? doc.querySelector(editorSelector) : null;
  } catch {
    expectedEditor = null;
  }
  return { adapter: adapter?.id ?? null, snapshot, editorRight: editor === expectedEditor };
}


// Every adapter inserts the same way: find its reply editor, then hand it to the insertion ladder.
import { isRendered } from '../editor/inspect';
import { installedLadder } from '../editor/ladder';
import type { HelpdeskAdapter, InsertMode, InsertOptions, InsertResult, TicketSnapshot } from '../types';
import { neverThrow } from './read';
import { insertFailure } from './insert-failure';

/**
 * The reply editor from a selector list (newest markup first): the first match the agent can see. Helpdesks keep
 * their reply, note and forward forms mounted and show one (Freshdesk classic's `.request_panel` forms, each with
 * its own Redactor editor: tuning-3 SOURCES.md, toggl freshdesk.js), and the insertion ladder refuses a hidden
 * editor, so the first match in the DOM is the wrong one whenever the open form is not the first. When none is
 * rendered, the first match (insertion then says the editor is hidden).
 */
export function queryEditor(root: ParentNode | null | undefined, selectors: readonly string[]): HTMLElement | null {
  if (!root) return null;
  let first: HTMLElement | null = null;
  for (const s of selectors) {
    let found: HTMLElement[] = [];
    try {
      found = Array.from(root.querySelectorAll<HTMLElement>(s));
    } catch {
      /* an invalid selector: try the next one */
    }
    for (const el of found) {
      if (isRendered(el)) return el;
      first ??= el;
    }
  }
  return first;
}

export async function insertWith(
  findEditor: (doc: Document) => HTMLElement | null,
  doc: Document,
  text: string,
  mode: InsertMode,
  options?: InsertOptions,
): Promise<InsertResult> {
  let editor: HTMLElement | null;
  try {
    editor = findEditor(doc);
  } catch {
    editor = null;
  }
  if (!editor) return insertFailure('no-editor');
  // (the background injects the ladder before it asks for an insertion: adapters/editor/ladder.ts)
  const ladder = installedLadder();
  if (!ladder) return insertFailure('error', 'the insertion code was not loaded into this page');
  return ladder(editor, text, mode, options);
}

/**
 * What every built-in adapter shares: reading and editor lookup that never throw into the page, and insertion
 * through the ladder. Each adapter supplies only its own reader and editor lookup.
 */
export function adapterParts(
  readTicketUnsafe: (doc: Document, url: string) => TicketSnapshot | null,
  findEditorUnsafe: (doc: Document) => HTMLElement | null,
): Pick<HelpdeskAdapter, 'readTicket' | 'findEditor' | 'insert'> {
  const findEditor = neverThrow(findEditorUnsafe);
  return {
    readTicket: neverThrow(readTicketUnsafe),
    findEditor,
    insert: (doc, text, mode, options) => insertWith(findEditor, doc, text, mode, options),
  };
}

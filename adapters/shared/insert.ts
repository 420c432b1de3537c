// Every adapter inserts the same way: find its reply editor, then hand it to the insertion ladder.
import { insertIntoEditor } from '../editor/insert';
import type { HelpdeskAdapter, InsertMode, InsertOptions, InsertResult, TicketSnapshot } from '../types';
import { neverThrow } from './read';
import { insertFailure } from './insert-failure';


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
  return insertIntoEditor(editor, text, mode, options);
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

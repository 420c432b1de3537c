// Every adapter inserts the same way: find its reply editor, then hand it to the insertion ladder.
import { insertIntoEditor } from '../editor/insert';
import type { InsertMode, InsertOptions, InsertResult } from '../types';

export const NO_EDITOR_REASON = 'No reply editor found on this page — open the reply box and try again.';

export async function insertWith(
  findEditor: (doc: Document) => HTMLElement | null,
  doc: Document,
  text: string,
  mode: InsertMode,
  options?: InsertOptions,
): Promise<InsertResult> {
  let editor: HTMLElement | null = null;
  try {
    editor = findEditor(doc);
  } catch {
    editor = null;
  }
  if (!editor) return { ok: false, reason: NO_EDITOR_REASON };
  return insertIntoEditor(editor, text, mode, options);
}

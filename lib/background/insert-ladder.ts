// Insertion into a helpdesk tab: the insertion ladder (entrypoints/insert-ladder.ts) is injected first, then the
// tab's content script is asked to insert. The ladder is not in the content script every helpdesk page loads
// (adapters/editor/ladder.ts says why and how the two meet).
import { browser } from 'wxt/browser';
import type { InsertResult } from '../../adapters/types';
import { sendMessage, type InsertRequest } from '../messaging';

const INSERT_LADDER_SCRIPT = '/insert-ladder.js';

/** Asks the tab's top-frame content script to insert, with the ladder injected into its world first. */
export async function insertIntoTabEditor(tabId: number, request: Omit<InsertRequest, 'tabId'>): Promise<InsertResult> {
  // (a failed injection is not the answer: a tab without the content script says so below, and one that has the
  // ladder already inserts)
  await browser.scripting?.executeScript({ target: { tabId }, files: [INSERT_LADDER_SCRIPT] }).catch(() => {});
  return sendMessage('insertIntoEditor', request, tabId);
}

// Keyboard command "insert the top draft": the newest finished reply draft of the ticket in the active tab goes
// into the helpdesk editor at the cursor. Anything that needs the agent's judgement — a draft written before the
// customer's latest message, or text already in the editor — opens the panel instead, where they decide.
import browser from 'webextension-polyfill';
import { getDb, type TandemDB } from '../db';
import { isStale } from '../drafts/stale';
import { sendMessage } from '../messaging';
import { audit } from '../audit';

export const INSERT_TOP_DRAFT = 'insert-top-draft';

/** The draft the command would insert, or why there is none. */
export async function topDraftFor(db: TandemDB, tabId: number): Promise<{ ticketId: string; text: string; stale: boolean } | { reason: string }> {
  const tab = await db.tabs.get(tabId);
  if (!tab?.ticketKey) return { reason: 'no-ticket' };
  const ticket = await db.tickets.get(tab.ticketKey);
  const drafts = await db.drafts.where('ticketKey').equals(tab.ticketKey).toArray();
  const top = drafts
    .filter((d) => (d.kind === 'reply' || d.kind === 'offline') && d.status === 'done' && d.text.trim())
    .sort((a, b) => b.updatedAt - a.updatedAt)[0];
  if (!ticket || !top) return { reason: 'no-draft' };
  return { ticketId: ticket.snapshot.ticketId, text: top.text, stale: isStale(top, ticket) };
}

export function registerCommands(): void {
  browser.commands?.onCommand.addListener(async (command, tab) => {
    if (command !== INSERT_TOP_DRAFT) return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    const openPanel = () => (globalThis as { chrome?: typeof chrome }).chrome?.sidePanel?.open?.({ tabId }).catch(() => {});
    const top = await topDraftFor(getDb(), tabId);
    if ('reason' in top || top.stale) return void openPanel();
    const result = await sendMessage('insertIntoEditor', { ticketId: top.ticketId, text: top.text, mode: 'cursor' }, tabId).catch(() => ({ ok: false }));
    if (!result.ok) return void openPanel();
    const state = await getDb().tabs.get(tabId);
    await audit(getDb(), 'draft_inserted', { ticketKey: state?.ticketKey, detail: { chars: top.text.length, via: 'via' in result ? result.via : undefined, source: 'shortcut' } }).catch(() => {});
  });
}

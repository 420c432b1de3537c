// Keyboard command "insert the top draft": the newest finished reply draft of the ticket in the active tab goes
// into the helpdesk editor at the cursor. Anything that needs the agent's judgement — a draft the panel never
// showed them (as it stands now), a draft written before the customer's latest message, or text already in the
// editor — opens the panel instead, where they decide.
import { browser } from 'wxt/browser';
import { getDb, type TandemDB } from '../db';
import { ticketHostOf } from '../ticket-identity';
import { isStale } from '../drafts/stale';
import type { InsertRequest } from '../messaging';
import { insertIntoTabEditor } from './insert-ladder';
import type { InsertResult } from '../../adapters/types';
import { audit } from '../audit';
import { insertBlockedByReading } from './tickets';

export const INSERT_TOP_DRAFT = 'insert-top-draft';

/** The draft the command would insert, or why there is none. */
export async function topDraftFor(
  db: TandemDB,
  tabId: number,
): Promise<{ ticketId: string; host: string; text: string; stale: boolean; shown: boolean } | { reason: string }> {
  const tab = await db.tabs.get(tabId);
  if (!tab?.ticketKey) return { reason: 'no-ticket' };
  const ticket = await db.tickets.get(tab.ticketKey);
  const drafts = await db.drafts.where('ticketKey').equals(tab.ticketKey).toArray();
  const top = drafts
    .filter((d) => (d.kind === 'reply' || d.kind === 'offline') && d.status === 'done' && d.text.trim())
    .sort((a, b) => b.updatedAt - a.updatedAt)[0];
  if (!ticket || !top) return { reason: 'no-draft' };
  // Shown: the panel displayed this text (any later change — refine, regenerate — bumps updatedAt past it).
  const shown = top.shownAt !== undefined && top.shownAt >= top.updatedAt;
  return { ticketId: ticket.snapshot.ticketId, host: ticketHostOf(ticket.snapshot), text: top.text, stale: isStale(top, ticket), shown };
}

export interface InsertCommandDeps {
  openPanel(): void;
  insert(request: Omit<InsertRequest, 'tabId'>): Promise<InsertResult>;
}

/** The command for one tab: insert the top draft, or open the panel where the agent decides. */
export async function insertTopDraft(db: TandemDB, tabId: number, deps: InsertCommandDeps): Promise<'inserted' | 'panel'> {
  const top = await topDraftFor(db, tabId);
  // Never put in text the agent has not seen: personal data restored into it goes to a customer on one keypress.
  // Nor on an unsure reading of the page: the panel shows why and asks.
  if ('reason' in top || top.stale || !top.shown || (await insertBlockedByReading(db, tabId))) {
    deps.openPanel();
    return 'panel';
  }
  const result = await deps.insert({ ticketId: top.ticketId, host: top.host, text: top.text, mode: 'cursor' }).catch((): InsertResult => ({ ok: false }));
  if (!result.ok) {
    deps.openPanel();
    return 'panel';
  }
  const state = await db.tabs.get(tabId);
  await audit(db, 'draft_inserted', { ticketKey: state?.ticketKey, detail: { chars: top.text.length, via: result.via, source: 'shortcut' } }).catch(() => {});
  return 'inserted';
}

export function registerCommands(): void {
  browser.commands?.onCommand.addListener(async (command, tab) => {
    if (command !== INSERT_TOP_DRAFT) return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    await insertTopDraft(getDb(), tabId, {
      openPanel: () => void browser.sidePanel?.open?.({ tabId }).catch(() => {}),
      insert: (request) => insertIntoTabEditor(tabId, request),
    });
  });
}

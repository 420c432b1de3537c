// UI state of the side panel only (selection, open sections, pending insert). Everything about tickets, drafts
// and knowledge lives in IndexedDB and is read with live queries.
import { create } from 'zustand';
import type { InsertMode, InsertResult } from '../../adapters/types';

export interface PendingInsert {
  text: string;
  ticketId: string;
  /** The ticket's helpdesk account host (with the id, which ticket the text is for). */
  host: string;
  mode: InsertMode;
  source?: 'draft' | 'summary' | 'snippet' | 'greeting' | 'chat';
  /** The agent confirmed inserting on an unsure reading of the page (adapters/shared/health.ts). */
  readingConfirmed?: boolean;
  /** What the pending confirmation is about: the agent's own text in the editor (default) or the reading. */
  ask?: 'reading';
}

interface InsertSlice {
  insertMode: InsertMode;
  setInsertMode(mode: InsertMode): void;
  /** An insert that needs the agent's go-ahead (it would write over their text). */
  awaitingConfirmation: PendingInsert | null;
  setAwaitingConfirmation(p: PendingInsert | null): void;
  lastInsert: { status: 'working' | 'done' | 'failed'; result?: InsertResult; message?: string } | null;
  setLastInsert(s: InsertSlice['lastInsert']): void;
}

export const useUiStore = create<InsertSlice>()((set) => ({
  insertMode: 'cursor',
  setInsertMode: (insertMode) => set({ insertMode }),
  awaitingConfirmation: null,
  setAwaitingConfirmation: (awaitingConfirmation) => set({ awaitingConfirmation }),
  lastInsert: null,
  setLastInsert: (lastInsert) => set({ lastInsert }),
}));

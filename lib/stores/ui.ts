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

/** Panel sections the agent opened or closed. Remembered in this extension page's localStorage (the extension's
 *  origin, never the helpdesk's): UI state only, so not a setting in storage.local. */
interface SectionsSlice {
  openSections: Record<string, boolean>;
  setSectionOpen(id: string, open: boolean): void;
}

const SECTIONS_KEY = 'tandem.openSections';

function loadSections(): Record<string, boolean> {
  try {
    const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(SECTIONS_KEY) ?? '{}');
    if (!parsed || typeof parsed !== 'object') return {};
    return Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === 'boolean')) as Record<string, boolean>;
  } catch {
    return {};
  }
}

export const useUiStore = create<InsertSlice & SectionsSlice>()((set, get) => ({
  openSections: loadSections(),
  setSectionOpen(id, open) {
    const openSections = { ...get().openSections, [id]: open };
    set({ openSections });
    try {
      globalThis.localStorage?.setItem(SECTIONS_KEY, JSON.stringify(openSections));
    } catch {
      // Storage refused (private mode, quota): the section still opens, it is just not remembered.
    }
  },
  insertMode: 'cursor',
  setInsertMode: (insertMode) => set({ insertMode }),
  awaitingConfirmation: null,
  setAwaitingConfirmation: (awaitingConfirmation) => set({ awaitingConfirmation }),
  lastInsert: null,
  setLastInsert: (lastInsert) => set({ lastInsert }),
}));

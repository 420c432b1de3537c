// The one IndexedDB database of Tandem. It lives in the extension's origin (background, side panel, options),
// never in a content script, whose IndexedDB would belong to the helpdesk's origin.
// Index only what `where()` / `orderBy()` use: never big strings, never secrets.
import Dexie, { type EntityTable } from 'dexie';
import type { TicketSnapshot } from '../../adapters/types';
import { migrateTicketKeys } from './migrate-keys';
import type { TicketKey } from '../ticket-identity';
import type { StoredToolCall } from '../connectors/types';
import type { ChatRow, DraftRow } from '../drafts/types';

export { ticketKeyOf, type TicketKey } from '../ticket-identity';

export interface StoredTicket {
  key: TicketKey;
  snapshot: TicketSnapshot;
  firstSeenAt: number;
  updatedAt: number;
  /** Number of customer messages when last stored: lets drafts tell they were written for an older state. */
  customerMessageCount: number;
  /** Messages of a very long ticket not kept in `snapshot` (between the first and the newest; lib/limits.ts). */
  omittedMessages?: number;
}

/** What the content script of a tab last reported. No row: nothing reported (not a supported helpdesk page). */
export interface TabState {
  tabId: number;
  /** 'unidentified': a ticket is open, but Tandem cannot tell which (no id, or the page's host disagrees with the
   *  tab's), so nothing is stored, drafted or inserted for it. */
  status: 'ticket' | 'no-ticket' | 'unidentified';
  helpdesk?: string;
  ticketKey?: TicketKey;
  /** Why an 'unidentified' ticket is. */
  unidentified?: 'no-id' | 'no-host' | 'host-mismatch';
  /** The last write of this tab's ticket failed (storage full...): the panel says so; cleared by the next write. */
  storageError?: string;
  url: string;
  updatedAt: number;
}

// The rows of `drafts` and `chats` (DraftRow, ChatRow) are defined once, by the drafting service that writes them
// (lib/drafts/types.ts), as the rows of `toolCalls` are by connectors: the tables below are typed with them, so no
// read or write needs a cast.

export interface StoredArticle {
  id: string;
  /** Where it came from: 'file:<name>', 'zendesk:<subdomain>', ... */
  source: string;
  title: string;
  body: string;
  url?: string;
  tags?: string[];
  kind?: 'article' | 'macro';
  updatedAt: number;
}

/** Serialized search index and other blobs keyed by name (loaded without rebuilding). */
export interface KbMeta {
  key: string;
  value: unknown;
  updatedAt: number;
}

export interface KbFeedback {
  ticketKey: TicketKey;
  articleId: string;
  vote: 1 | -1;
  at: number;
}

export interface DismissedAlert {
  ticketKey: TicketKey;
  kind: string;
  at: number;
}

export interface AuditEntry {
  id?: number;
  at: number;
  action: string;
  ticketKey?: TicketKey;
  detail?: Record<string, unknown>;
}

/** The AI's second opinion on one customer message (issue 15), cached by the message's text: asked once per text. */
export interface StoredAiAlerts {
  ticketKey: TicketKey;
  /** messageHash() of the message text. */
  messageHash: string;
  /** Where the message was when classified (the panel shows the alert against it). */
  messageIndex: number;
  model: string;
  alerts: { kind: string; severity: 'info' | 'warning' | 'critical'; evidence: string }[];
  at: number;
}

/** Work asked for while offline, run when the network returns. */
export interface QueuedJob {
  id?: number;
  createdAt: number;
  kind: string;
  payload: Record<string, unknown>;
}

export class TandemDB extends Dexie {
  tickets!: EntityTable<StoredTicket, 'key'>;
  tabs!: EntityTable<TabState, 'tabId'>;
  drafts!: EntityTable<DraftRow, 'id'>;
  chats!: EntityTable<ChatRow, 'id'>;
  kbArticles!: EntityTable<StoredArticle, 'id'>;
  kbMeta!: EntityTable<KbMeta, 'key'>;
  kbFeedback!: Dexie.Table<KbFeedback, [TicketKey, string]>;
  dismissedAlerts!: Dexie.Table<DismissedAlert, [TicketKey, string]>;
  audit!: EntityTable<AuditEntry, 'id'>;
  queue!: EntityTable<QueuedJob, 'id'>;
  aiAlerts!: Dexie.Table<StoredAiAlerts, [TicketKey, string]>;
  toolCalls!: EntityTable<StoredToolCall, 'id'>;

  constructor(name = 'tandem') {
    super(name);
    this.version(1).stores({
      tickets: 'key, updatedAt',
      tabs: 'tabId, ticketKey',
      drafts: 'id, ticketKey, updatedAt',
      chats: 'id, ticketKey, at',
      kbArticles: 'id, source, updatedAt',
      kbMeta: 'key',
      kbFeedback: '[ticketKey+articleId], articleId',
      dismissedAlerts: '[ticketKey+kind]',
      audit: '++id, at, ticketKey, action',
      queue: '++id, createdAt',
    });
    // Version 2: ticket keys gain the account host (helpdesk:host:id). Same tables and indexes; rows move.
    this.version(2).stores({}).upgrade(migrateTicketKeys);
    // Version 3: the AI's alerts per message (issue 15). A new table only: nothing to move.
    this.version(3).stores({ aiAlerts: '[ticketKey+messageHash], ticketKey, at' });
    // Version 4: tool calls of connectors (issue 16): approvals waiting, facts found, calls interrupted.
    this.version(4).stores({ toolCalls: 'id, ticketKey, rowId, createdAt' });
  }
}

let instance: TandemDB | undefined;
/** The shared database, opened lazily so importing this module does nothing. */
export function getDb(): TandemDB {
  instance ??= new TandemDB();
  return instance;
}
